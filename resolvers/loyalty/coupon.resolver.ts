import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { BulkJob, Coupon, CouponType, Member } from '../../entities';
import { CouponDiscountKind } from '../../entities/coupon-type.entity';
import { CouponStatus } from '../../entities/coupon.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { startCouponIssue } from '../../services/loyalty/coupon-issue-job.service';
import { couponReport, CouponService, CouponTypeService, type CouponFilter } from '../../services/loyalty/coupon.service';
import { invalidField } from '../../services/errors/domain-error';
import { visibleMember } from '../../services/sales/bill-pricing.service';

@ObjectType('CouponTypeConnection', { description: 'A page of e-coupon types, by code.' })
export class CouponTypeConnection extends Connection(CouponType, 'CouponType') {}

@ObjectType('CouponConnection', { description: 'A page of issued e-coupons, newest first.' })
export class CouponConnection extends Connection(Coupon, 'Coupon') {}

@InputType('CouponTypeInput', { description: 'An e-coupon type: discount, minimum spend, eligible items (empty lists: every item) and validity (days from issue, or a fixed window).' })
export class CouponTypeInput {
  @Field(() => String, { description: 'Unique code, 1–20 characters without spaces (stored in capitals).' })
  code: string;

  @Field(() => String, { description: 'Name printed on the coupon, 1–100 characters.' })
  name: string;

  @Field(() => CouponDiscountKind, { description: 'Amount or percent off.' })
  discountKind: CouponDiscountKind;

  @Field(() => Int, { nullable: true, description: 'For AMOUNT: cents off, at least 1; required then.' })
  amountCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: basis points off, 1–10000 (1000 = 10 %); required then.' })
  percentBasisPoints?: number | null;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: the most it takes off, in cents; null: no cap.' })
  maxDiscountCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'What the eligible lines must come to (after other discounts), in cents; default 0.' })
  minSpendCents?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible products.' })
  productIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible treatments.' })
  treatmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible product categories.' })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Eligible departments.' })
  departmentIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Valid this many days counting the day of issue (1–3660); null: the fixed window.' })
  validDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Fixed window: first valid day (YYYY-MM-DD); required without validDays.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Fixed window: last valid day (YYYY-MM-DD), not before validFrom; required without validDays.' })
  validTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it may be issued (default true).' })
  active?: boolean | null;
}

@InputType('CouponFilterInput', { description: 'Which issued coupons to list; every condition given must hold.' })
export class CouponFilterInput {
  @Field(() => [CouponStatus], { nullable: true, description: 'Only these statuses; empty or null: all.' })
  statuses?: CouponStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this type.' })
  typeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this member\'s (one the viewer may see).' })
  memberId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or after this instant.' })
  issuedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Issued before this instant.' })
  issuedBefore?: Date | null;
}

@ObjectType('CouponReportRow', { description: 'One coupon type\'s figures in a period.' })
export class CouponReportRow {
  @Field(() => CouponType, { description: 'The coupon type.' })
  type: CouponType;

  @Field(() => Int, { description: 'Coupons issued in the period.' })
  issued: number;

  @Field(() => Int, { description: 'Coupons used at checkout in the period (a voided invoice gives its coupon back and it no longer counts).' })
  redeemed: number;

  @Field(() => Int, { description: 'Coupons that expired unused in the period.' })
  expired: number;

  @Field(() => Int, { description: 'Coupons voided by staff in the period.' })
  voided: number;

  @Field(() => Int, { description: 'What the coupons redeemed in the period took off, in cents.' })
  discountCents: number;
}

const ids = (list: number[] | null) => list?.map(String) ?? null;
const optionalId = (value: string | null | undefined, field: string) => (value == null ? null : parseId(value, field));

export function couponFilterOf(input: CouponFilterInput | null | undefined): CouponFilter {
  return {
    statuses: input?.statuses ?? null,
    typeId: optionalId(input?.typeId, 'filter.typeId'),
    memberId: optionalId(input?.memberId, 'filter.memberId'),
    issuedFrom: input?.issuedFrom ?? null,
    issuedBefore: input?.issuedBefore ?? null,
  };
}

/** E-coupon types: every signed-in staff member may read them (the cashier and the issue dialog), managers change them. */
@Authorized()
@Resolver(() => CouponType)
export class CouponTypeResolver {
  @FieldResolver(() => [ID], { nullable: true, description: 'Eligible products; null: none listed.' })
  productIds(@Root() type: CouponType): string[] | null {
    return ids(type.productIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Eligible treatments; null: none listed.' })
  treatmentIds(@Root() type: CouponType): string[] | null {
    return ids(type.treatmentIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Eligible product categories; null: none listed.' })
  categoryIds(@Root() type: CouponType): string[] | null {
    return ids(type.categoryIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Eligible departments; null: none listed (with every other list empty: every item).' })
  departmentIds(@Root() type: CouponType): string[] | null {
    return ids(type.departmentIds);
  }

  @Query(() => CouponTypeConnection, { description: 'E-coupon types by code.' })
  async couponTypes(
    @Arg('activeOnly', () => Boolean, { defaultValue: false, description: 'Only the types that may be issued.' }) activeOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<CouponTypeConnection> {
    return CouponTypeConnection.from(await new CouponTypeService(ds).list(activeOnly, page));
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => CouponType, { description: 'Creates an e-coupon type. Audited.' })
  async createCouponType(@Arg('input', () => CouponTypeInput, { description: 'The type.' }) input: CouponTypeInput, @Ctx() context: GraphQLContext): Promise<CouponType> {
    return new CouponTypeService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => CouponType, { description: 'Replaces an e-coupon type (coupons already issued keep their days). Audited.' })
  async updateCouponType(
    @Arg('id', () => ID, { description: 'The type.' }) id: string,
    @Arg('input', () => CouponTypeInput, { description: 'The whole new type.' }) input: CouponTypeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CouponType> {
    return new CouponTypeService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }
}

/** Issued e-coupons: listed within the viewer's member scope, issued and voided by permission. */
@Authorized()
@Resolver(() => Coupon)
export class CouponResolver {
  @FieldResolver(() => CouponType, { description: 'The coupon\'s type.' })
  async type(@Root() coupon: Coupon, @Ctx() { loaders }: GraphQLContext): Promise<CouponType> {
    return (await loaders.couponType.load(coupon.typeId))!;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member holding it; null when the viewer may not see her.' })
  member(@Root() coupon: Coupon, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    return loaders.member.load(coupon.memberId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The invoice that used it; null until redeemed.' })
  invoiceId(@Root() coupon: Coupon): string | null {
    return coupon.invoiceId === null ? null : String(coupon.invoiceId);
  }

  @Authorized(Permission.LoyaltyIssueCoupons)
  @Query(() => CouponConnection, { description: 'Issued e-coupons, newest first, whose holders the viewer may see.' })
  async coupons(
    @Arg('filter', () => CouponFilterInput, { nullable: true, description: 'Which coupons.' }) filter: CouponFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<CouponConnection> {
    return CouponConnection.from(await new CouponService(context.ds).list(viewerOf(context), couponFilterOf(filter), page));
  }

  @Query(() => CouponConnection, { description: 'A member\'s e-coupons, newest first (NOT_FOUND for a member the viewer may not see).' })
  async memberCoupons(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('statuses', () => [CouponStatus], { nullable: true, description: 'Only these statuses; null: all.' }) statuses: CouponStatus[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<CouponConnection> {
    const viewer = viewerOf(context);
    const member = await visibleMember(context.ds.manager, viewer, parseId(memberId, 'memberId'));
    return CouponConnection.from(await new CouponService(context.ds).list(viewer, { memberId: member.id, statuses }, page));
  }

  @Authorized(Permission.LoyaltyIssueCoupons)
  @Query(() => [CouponReportRow], { description: 'Issued / redeemed / expired / voided e-coupons per type in a period (holders within the viewer\'s member scope).' })
  async couponReport(
    @Arg('from', () => Date, { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('before', () => Date, { description: 'End of the period (exclusive).' }) before: Date,
    @Arg('typeId', () => ID, { nullable: true, description: 'Only this type.' }) typeId: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CouponReportRow[]> {
    if (before <= from) throw invalidField('before', 'dateRangeReversed');
    const rows = await couponReport(context.ds, viewerOf(context), { from, before, typeId: optionalId(typeId, 'typeId') });
    const types = await Promise.all(rows.map((r) => context.loaders.couponType.load(r.typeId)));
    return rows.map((r, i) => ({ ...r, type: types[i]! }));
  }

  @Authorized(Permission.LoyaltyIssueCoupons)
  @Mutation(() => Coupon, { description: 'Issues one e-coupon of an active type to a member the viewer may see, with a fresh unique code. Retried with the same idempotencyKey it returns the first coupon. Audited.' })
  async issueCoupon(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('typeId', () => ID, { description: 'The coupon type (active).' }) typeId: string,
    @Arg('idempotencyKey', () => String, { description: 'A key the client makes up per issue (e.g. a UUID, at most 100 characters).' }) idempotencyKey: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Coupon> {
    return new CouponService(context.ds).issue(viewerOf(context), { memberId: parseId(memberId, 'memberId'), typeId: parseId(typeId, 'typeId'), idempotencyKey });
  }

  @Authorized(Permission.LoyaltyIssueCoupons)
  @Mutation(() => BulkJob, { description: 'Issues one e-coupon of an active type to every member of a saved member search result, as a resumable job (follow it with bulkJob(id)); each coupon its own code. Audited per coupon.' })
  async issueCouponsToSelection(
    @Arg('selectionId', () => ID, { description: 'The saved selection (saveMemberSelection).' }) selectionId: string,
    @Arg('typeId', () => ID, { description: 'The coupon type (active).' }) typeId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<BulkJob> {
    return startCouponIssue(context.ds, viewerOf(context), { selectionId: parseId(selectionId, 'selectionId'), typeId: parseId(typeId, 'typeId') });
  }

  @Authorized(Permission.LoyaltyVoidCoupons)
  @Mutation(() => Coupon, { description: 'Voids an issued (unused) e-coupon with a reason; a used, expired or voided one is refused (CONFLICT). Audited.' })
  async voidCoupon(
    @Arg('id', () => ID, { description: 'The coupon.' }) id: string,
    @Arg('reason', () => String, { description: 'Why, 1–200 characters.' }) reason: string,
    @Arg('idempotencyKey', () => String, { description: 'A key the client makes up per void (at most 100 characters).' }) idempotencyKey: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Coupon> {
    return new CouponService(context.ds).void(viewerOf(context), { id: parseId(id, 'id'), reason, idempotencyKey });
  }
}
