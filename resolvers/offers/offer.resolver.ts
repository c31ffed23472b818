import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Offer, RecycleBinItem } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { OfferService } from '../../services/offers/offer.service';

@ObjectType('OfferConnection', { description: 'A page of offers, by code.' })
export class OfferConnection extends Connection(Offer, 'Offer') {}

@InputType('OfferInput', { description: 'An offer as campaigns need it (conditions and discounts come with the offers issue).' })
export class OfferInput {
  @Field(() => String, { description: 'Unique offer code (優惠編號): 1–20 characters, no spaces or ! @ $ # % ^ & *.' })
  code: string;

  @Field(() => String, { description: 'Offer name (1–100 characters).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號), at most 20 characters; empty for none.' })
  analysisCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A marketing offer (市場部優惠) that campaigns may carry (default false).' })
  isMarketing?: boolean | null;
}

/** Offers: listed for every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(Permission.OffersManage)
  @Mutation(() => RecycleBinItem, { description: 'Moves an offer into the recycle bin (managers and admins); refused while a campaign carries it. Audited.' })
  async deleteOffer(@Arg('id', () => ID, { description: 'The offer\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new OfferService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
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
  @Mutation(() => Offer, { description: 'Creates an offer (managers and admins).' })
  async createOffer(
    @Arg('input', () => OfferInput, { description: 'The offer.' }) input: OfferInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Offer> {
    return new OfferService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.OffersManage)
  @Mutation(() => Offer, { description: 'Replaces an offer\'s code, name, analysis code and marketing flag (managers and admins).' })
  async updateOffer(
    @Arg('id', () => ID, { description: 'The offer\'s id.' }) id: string,
    @Arg('input', () => OfferInput, { description: 'The whole new offer.' }) input: OfferInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Offer> {
    return new OfferService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }
}
