import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Offer, RecycleBinItem } from '../../entities';
import { OfferDiscountType } from '../../entities/offer.entity';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { OfferService } from '../../services/offers/offer.service';

@ObjectType('OfferConnection', { description: 'A page of offers, by code.' })
export class OfferConnection extends Connection(Offer, 'Offer') {}

@InputType('OfferInput', { description: 'An offer (優惠): code, names, conditions and discount. Empty id lists mean "all"; every condition given must hold for the offer to apply.' })
export class OfferInput {
  @Field(() => String, { description: 'Unique offer code (優惠編號): 1–20 characters, no spaces or ! @ $ # % ^ & *.' })
  code: string;

  @Field(() => String, { description: 'Offer name (1–100 characters).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Alternative code (代替編號) typed at the cashier: at most 3 characters, unique among codes and alternative codes; empty for none.' })
  altCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號), at most 20 characters; empty for none.' })
  analysisCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A marketing offer (市場部優惠) that campaigns may carry (default false).' })
  isMarketing?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the offer may be used (狀態; default true).' })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Branches (分店) where it applies; empty or null: every branch.' })
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Member groups (會員組別) the member must be in; empty or null: any.' })
  memberGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Interest groups (會員興趣組別) of which the member must have one; empty or null: any.' })
  interestGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Purchase departments (購買項目部門): the bill must hold an item of one; item discounts and fixed prices apply to those lines. Empty or null: any.' })
  departmentIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Birthday condition: at most this many months (0–11) before the birth month; null with birthdayMonthsAfter null: no birthday condition.' })
  birthdayMonthsBefore?: number | null;

  @Field(() => Int, { nullable: true, description: 'Birthday condition: at most this many months (0–11) after the birth month.' })
  birthdayMonthsAfter?: number | null;

  @Field(() => String, { nullable: true, description: 'First day of the offer period (YYYY-MM-DD); null: open.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the offer period (YYYY-MM-DD), inclusive, not before validFrom; null: open.' })
  validTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Uses per member (試用次數限制), 1–9999; null: unlimited.' })
  perMemberLimit?: number | null;

  @Field(() => OfferDiscountType, { nullable: true, description: 'How it discounts (default INVOICE_PERCENT).' })
  discountType?: OfferDiscountType | null;

  @Field(() => Int, { nullable: true, description: 'For the percent types: the percentage off in basis points (0–10000; 1000 = 10%).' })
  discountBasisPoints?: number | null;

  @Field(() => Int, { nullable: true, description: 'For FIXED_PRICE: the unit price in cents; required then.' })
  fixedPriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default expiry of prepaid items sold under it, in months (1–120); null: the item\'s own.' })
  prepaidExpiryMonths?: number | null;
}

const ids = (list: number[] | null) => list?.map(String) ?? null;

/** Offers: listed for every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(Permission.OffersManage)
  @Mutation(() => RecycleBinItem, { description: 'Moves an offer into the recycle bin (managers and admins); refused while a campaign carries it. Audited.' })
  async deleteOffer(@Arg('id', () => ID, { description: 'The offer\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new OfferService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Branches where the offer applies; null: every branch.' })
  branchIds(@Root() offer: Offer): string[] | null {
    return ids(offer.branchIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Member groups the member must be in; null: any.' })
  memberGroupIds(@Root() offer: Offer): string[] | null {
    return ids(offer.memberGroupIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Interest groups of which the member must have one; null: any.' })
  interestGroupIds(@Root() offer: Offer): string[] | null {
    return ids(offer.interestGroupIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Purchase departments; null: any.' })
  departmentIds(@Root() offer: Offer): string[] | null {
    return ids(offer.departmentIds);
  }

  @Query(() => OfferConnection, { description: 'Offers by code.' })
  async offers(
    @Arg('marketingOnly', () => Boolean, { defaultValue: false, description: 'Only marketing offers (the ones a campaign may carry).' }) marketingOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<OfferConnection> {
    return OfferConnection.from(await new OfferService(ds).list(marketingOnly, page));
  }

  @Authorized(Permission.OffersManage)
  @Mutation(() => Offer, { description: 'Creates an offer (managers and admins). Audited.' })
  async createOffer(
    @Arg('input', () => OfferInput, { description: 'The offer.' }) input: OfferInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Offer> {
    return new OfferService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.OffersManage)
  @Mutation(() => Offer, { description: 'Replaces the whole offer: codes, names, conditions and discount (managers and admins). Audited.' })
  async updateOffer(
    @Arg('id', () => ID, { description: 'The offer\'s id.' }) id: string,
    @Arg('input', () => OfferInput, { description: 'The whole new offer.' }) input: OfferInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Offer> {
    return new OfferService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }
}
