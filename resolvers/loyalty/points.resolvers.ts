/**
 * The points ledger at the member (memberPoints, pointsEntries with each entry's source documents
 * and decoded basis), quick points (adjustPoints) and the loyalty settings. Members come through
 * the viewer's member scope, invoices and returns through the sales scope (sales.view), each
 * entry's parts through per-request batch loaders.
 */
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, createUnionType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Gift, GiftRedemption, Invoice, LoyaltySettings, Member, PointsEntry, PointsLot, SalesReturn, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { can } from '../../services/auth/viewer';
import type { EarningBasis, PointsBasis, ReferralBasis, ReversalBasis } from '../../services/loyalty/points-basis';
import { PointsAccountService, rankedMemberCount } from '../../services/loyalty/points-account.service';
import { invoiceQuery } from '../../services/sales/invoice-scope.service';

@ObjectType('PointsExpiryGroup', { description: 'Points a member holds that expire on one date.' })
export class PointsExpiryGroup {
  @Field(() => Date, { nullable: true, description: 'When these points expire; null for points that never expire.' })
  expiresAt: Date | null;

  @Field(() => Int, { description: 'How many points expire then.' })
  points: number;
}

@ObjectType('MemberPointsSummary', { description: 'A member\'s points as her page shows them: balance, rank among all members and what expires when.' })
export class MemberPointsSummary {
  @Field(() => ID, { description: 'The member\'s id.' })
  memberId: string;

  @Field(() => Int, { description: 'Points the member holds now (the sum of her ledger).' })
  balance: number;

  @Field(() => Int, { description: 'Points earned over her lifetime (earnings and referral shares net of reversals).' })
  earnedTotal: number;

  @Field(() => Int, { description: 'Her rank among all members by balance: 1 + how many members hold more (members without points hold 0).' })
  rank: number;

  @Field(() => [PointsExpiryGroup], { description: 'What she holds, by expiry date, soonest first; points that never expire last.' })
  expiring: PointsExpiryGroup[];
}

@ObjectType('EarningRuleApplied', { description: 'A points rule that applied to a line, as it was when the points were earned.' })
class EarningRuleApplied {
  @Field(() => String, { description: 'The rule\'s code.' })
  code: string;

  @Field(() => String, { description: 'The rule\'s name.' })
  name: string;

  @Field(() => String, { description: 'MULTIPLY (× a factor) or REPLACE (its own points per 100).' })
  effect: string;
}

@ObjectType('EarningLineBasis', { description: 'How one invoice line earned its points.' })
class EarningLineBasisType {
  @Field(() => Int, { description: 'The line\'s position on the invoice.' })
  position: number;

  @Field(() => String, { description: 'The item\'s code.' })
  code: string;

  @Field(() => String, { description: 'The item as sold.' })
  description: string;

  @Field(() => Int, { description: 'What the line came to after every discount, in cents: the amount points are earned on.' })
  amountCents: number;

  @Field(() => Int, { description: 'Points per 100 of money: the level\'s, or the winning REPLACE rule\'s.' })
  pointsPer100: number;

  @Field(() => Int, { description: 'The multiplier applied, in basis points (10000 = ×1).' })
  multiplierBasisPoints: number;

  @Field(() => [EarningRuleApplied], { description: 'The rules that applied to the line.' })
  rules: EarningRuleApplied[];

  @Field(() => Int, { description: 'Points the line earned.' })
  points: number;
}

@ObjectType('EarningBasis', { description: 'How an earning (EARN) was computed: the member\'s level rate and, per line, the rules that applied.' })
export class EarningBasisType {
  @Field(() => ID, { description: 'The member level at the time.' })
  levelId: string;

  @Field(() => String, { description: 'The level\'s name at the time.' })
  levelName: string;

  @Field(() => Int, { description: 'The level\'s points per 100 of money.' })
  levelPointsPer100: number;

  @Field(() => [EarningLineBasisType], { description: 'Per invoice line, how it earned.' })
  lines: EarningLineBasisType[];
}

@ObjectType('ReferralBasis', { description: 'How a referral share (REFERRAL) was computed.' })
export class ReferralBasisType {
  @Field(() => Int, { description: 'The referrer\'s share, in basis points of the referred member\'s points (1000 = 10 %).' })
  shareBasisPoints: number;

  @Field(() => Int, { description: 'The points the referred member earned that the share was taken of.' })
  sourcePoints: number;
}

@ObjectType('ReversalLineBasis', { description: 'A returned invoice line\'s part of a reversal.' })
class ReversalLineBasisType {
  @Field(() => Int, { description: 'The line\'s position on the invoice.' })
  position: number;

  @Field(() => Int, { description: 'Units that came back.' })
  returnedQuantity: number;

  @Field(() => Int, { description: 'Units sold on the line.' })
  soldQuantity: number;

  @Field(() => Int, { description: 'Points taken back for the line.' })
  points: number;
}

@ObjectType('ReversalBasis', { description: 'How a reversal (REVERSE) was computed: what it takes back of which earning.' })
export class ReversalBasisType {
  @Field(() => Int, { description: 'Points of the entry being (partly) reversed.' })
  reversedPoints: number;

  @Field(() => [ReversalLineBasisType], { description: 'For a return: per returned line, units back of units sold and the points; empty for a void.' })
  lines: ReversalLineBasisType[];

  @Field(() => Int, { description: 'Points the reversal could not take because the member had already spent them.' })
  shortfallPoints: number;
}

export const PointsBasisUnion = createUnionType({
  name: 'PointsBasis',
  description: 'How a points entry\'s number came about (earnings, referral shares and reversals).',
  types: () => [EarningBasisType, ReferralBasisType, ReversalBasisType] as const,
  resolveType: (value) => (value instanceof EarningBasisType ? 'EarningBasis' : value instanceof ReferralBasisType ? 'ReferralBasis' : 'ReversalBasis'),
});

/** The stored JSON as the typed objects; unknown shapes (never written) explain nothing rather than fail the page. */
export function decodeBasis(json: string | null): EarningBasisType | ReferralBasisType | ReversalBasisType | null {
  if (!json) return null;
  const basis = JSON.parse(json) as PointsBasis;
  switch (basis.kind) {
    case 'EARN': {
      const b = basis as EarningBasis;
      return Object.assign(new EarningBasisType(), {
        levelId: String(b.levelId),
        levelName: b.levelName,
        levelPointsPer100: b.levelPointsPer100,
        lines: b.lines.map((line) => Object.assign(new EarningLineBasisType(), { ...line, rules: line.rules.map((r) => Object.assign(new EarningRuleApplied(), r)) })),
      });
    }
    case 'REFERRAL': {
      const b = basis as ReferralBasis;
      return Object.assign(new ReferralBasisType(), { shareBasisPoints: b.shareBasisPoints, sourcePoints: b.sourcePoints });
    }
    case 'REVERSE': {
      const b = basis as ReversalBasis;
      return Object.assign(new ReversalBasisType(), {
        reversedPoints: b.reversedPoints,
        shortfallPoints: b.shortfallPoints,
        lines: b.lines.map((line) => Object.assign(new ReversalLineBasisType(), line)),
      });
    }
    default:
      return null;
  }
}

@ObjectType('PointsEntryConnection', { description: 'A page of a member\'s points entries, newest first.' })
export class PointsEntryConnection extends Connection(PointsEntry, 'PointsEntry') {}

@InputType('AdjustPointsInput', { description: 'A manual points adjustment (快速積分).' })
export class AdjustPointsInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => Int, { description: 'Points to add (positive) or deduct (negative); not 0.' })
  points: number;

  @Field(() => String, { description: 'Why (required, at most 200 characters); shown on the member\'s ledger.' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this adjustment: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('LoyaltySettingsInput', { description: 'The chain\'s loyalty settings, all of them.' })
export class LoyaltySettingsInput {
  @Field(() => Int, { nullable: true, description: 'Points expire this many months (1–120) after they were earned; null: never.' })
  pointsExpiryMonths?: number | null;

  @Field(() => Int, { description: 'The referrer\'s share of the points a referred member earns, in basis points (0–10000; 1000 = 10 %).' })
  referralShareBasisPoints: number;

  @Field(() => Int, { nullable: true, description: 'For how many months (1–120) after the referred member joined the share is earned; null: always.' })
  referralMonths?: number | null;

  @Field(() => Boolean, { description: 'Review levels downwards once a month.' })
  levelReviewDownwards: boolean;
}

/** Per-request loaders of an entry's parts, made once per GraphQL context. */
function entryLoaders(context: GraphQLContext) {
  const viewer = context.viewer;
  const { ds } = context;
  const mapped = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  };
  const invoice = new DataLoader<number, Invoice | null>(async (ids) =>
    mapped(ids, viewer && can(viewer, Permission.SalesView) ? await invoiceQuery(ds, viewer).andWhere('i.id IN (:...pointsInvoiceIds)', { pointsInvoiceIds: [...ids] }).getMany() : []),
  );
  return {
    invoice,
    salesReturn: new DataLoader<number, SalesReturn | null>(async (ids) => {
      if (!viewer || !can(viewer, Permission.SalesView)) return ids.map(() => null);
      const returns = await ds.getRepository(SalesReturn).findBy({ id: In([...ids]) });
      // A return is as visible as its invoice.
      const invoices = await invoice.loadMany(returns.map((r) => r.invoiceId));
      return mapped(ids, returns.filter((_, i) => invoices[i] && !(invoices[i] instanceof Error)));
    }),
    redemption: new DataLoader<number, GiftRedemption | null>(async (ids) => mapped(ids, await ds.getRepository(GiftRedemption).findBy({ id: In([...ids]) }))),
    gift: new DataLoader<number, Gift | null>(async (ids) => mapped(ids, await ds.getRepository(Gift).findBy({ id: In([...ids]) }))),
    lot: new DataLoader<number, PointsLot | null>(async (ids) => mapped(ids, await ds.getRepository(PointsLot).findBy({ id: In([...ids]) }))),
  };
}

const loadersOf = new WeakMap<GraphQLContext, ReturnType<typeof entryLoaders>>();
const partsOf = (context: GraphQLContext) => {
  let loaders = loadersOf.get(context);
  if (!loaders) loadersOf.set(context, (loaders = entryLoaders(context)));
  return loaders;
};

@Authorized()
@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change; null for the scheduled expiry and for earnings at a checkout by a removed staff member.' })
  staff(@Root() entry: PointsEntry, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return entry.staffId === null ? null : loaders.staff.load(entry.staffId);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch where it happened; null for expiry.' })
  branch(@Root() entry: PointsEntry, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> | null {
    return entry.branchId === null ? null : loaders.branch.load(entry.branchId);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice that earned (or whose return or void reversed) the points; null without sales.view or outside the viewer\'s sales scope.' })
  invoice(@Root() entry: PointsEntry, @Ctx() context: GraphQLContext): Promise<Invoice | null> | null {
    return entry.invoiceId === null ? null : partsOf(context).invoice.load(entry.invoiceId);
  }

  @FieldResolver(() => SalesReturn, { nullable: true, description: 'The return that reversed the points; null without sales.view or outside the viewer\'s sales scope.' })
  salesReturn(@Root() entry: PointsEntry, @Ctx() context: GraphQLContext): Promise<SalesReturn | null> | null {
    return entry.salesReturnId === null ? null : partsOf(context).salesReturn.load(entry.salesReturnId);
  }

  @FieldResolver(() => GiftRedemption, { nullable: true, description: 'The gift redemption (積分兌換) that spent (or, cancelled, gave back) the points.' })
  giftRedemption(@Root() entry: PointsEntry, @Ctx() context: GraphQLContext): Promise<GiftRedemption | null> | null {
    return entry.giftRedemptionId === null ? null : partsOf(context).redemption.load(entry.giftRedemptionId);
  }

  @FieldResolver(() => Gift, { nullable: true, description: 'The gift of the redemption.' })
  async gift(@Root() entry: PointsEntry, @Ctx() context: GraphQLContext): Promise<Gift | null> {
    if (entry.giftRedemptionId === null) return null;
    const redemption = await partsOf(context).redemption.load(entry.giftRedemptionId);
    return redemption ? partsOf(context).gift.load(redemption.giftId) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'For a referral share: the referred member whose purchase earned it; null outside the viewer\'s member scope.' })
  referredMember(@Root() entry: PointsEntry, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> | null {
    return entry.referredMemberId === null ? null : loaders.member.load(entry.referredMemberId);
  }

  @FieldResolver(() => PointsLot, { nullable: true, description: 'For an expiry: the lot that expired (when it was earned, how many points it started with).' })
  expiredLot(@Root() entry: PointsEntry, @Ctx() context: GraphQLContext): Promise<PointsLot | null> | null {
    return entry.lotId === null ? null : partsOf(context).lot.load(entry.lotId);
  }

  @FieldResolver(() => PointsBasisUnion, { nullable: true, description: 'How the number came about (earnings, referral shares, reversals); null for other kinds.' })
  basis(@Root() entry: PointsEntry): EarningBasisType | ReferralBasisType | ReversalBasisType | null {
    return decodeBasis(entry.basis);
  }
}

/** The count of every member is a full count (tens of milliseconds at a million members), so it is read only when asked for. */
@Resolver(() => MemberPointsSummary)
export class MemberPointsSummaryResolver {
  @FieldResolver(() => Int, { description: 'How many members are ranked (every member). A full count: ask for it where it is shown, not on every page.' })
  rankedMembers(@Ctx() context: GraphQLContext): Promise<number> {
    return rankedMemberCount(context.ds);
  }
}

@Authorized()
@Resolver()
export class MemberPointsResolver {
  @Query(() => MemberPointsSummary, { description: 'A member\'s points: balance, rank among all members and what expires when. The member must be in the viewer\'s member scope.' })
  async memberPoints(@Arg('memberId', () => ID, { description: 'The member.' }) memberId: string, @Ctx() context: GraphQLContext): Promise<MemberPointsSummary> {
    const summary = await new PointsAccountService(context.ds).summary(viewerOf(context), parseId(memberId, 'memberId'));
    return Object.assign(new MemberPointsSummary(), {
      ...summary,
      memberId: String(summary.memberId),
      expiring: summary.expiring.map((group) => Object.assign(new PointsExpiryGroup(), group)),
    });
  }

  @Query(() => PointsEntryConnection, { description: 'A member\'s points ledger, newest first; each entry with its source documents and how its number came about. The member must be in the viewer\'s member scope.' })
  async pointsEntries(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<PointsEntryConnection> {
    return PointsEntryConnection.from(await new PointsAccountService(context.ds).entries(viewerOf(context), parseId(memberId, 'memberId'), page));
  }

  @Authorized(Permission.LoyaltyAdjustPoints)
  @Mutation(() => PointsEntry, {
    description: 'Adds or deducts a member\'s points by hand with a reason (快速積分). A deduction beyond the balance is INSUFFICIENT_POINTS naming `points`. Idempotent by key; audited.',
  })
  async adjustPoints(@Arg('input', () => AdjustPointsInput, { description: 'The adjustment.' }) input: AdjustPointsInput, @Ctx() context: GraphQLContext): Promise<PointsEntry> {
    return new PointsAccountService(context.ds).adjust(viewerOf(context), { ...input, memberId: parseId(input.memberId, 'memberId') });
  }

  @Query(() => LoyaltySettings, { description: 'The chain\'s loyalty settings: points expiry, referral share, level review.' })
  loyaltySettings(@Ctx() context: GraphQLContext): Promise<LoyaltySettings> {
    return new PointsAccountService(context.ds).settings();
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => LoyaltySettings, { description: 'Changes the chain\'s loyalty settings (loyalty.manage). Lots already earned keep their expiry. Audited.' })
  updateLoyaltySettings(@Arg('input', () => LoyaltySettingsInput, { description: 'All the settings.' }) input: LoyaltySettingsInput, @Ctx() context: GraphQLContext): Promise<LoyaltySettings> {
    return new PointsAccountService(context.ds).updateSettings(viewerOf(context), input);
  }
}

/** The resolvers of the points ledger at the member, quick points, expiry and the loyalty settings (registered through ./index.ts). */
export const POINTS_RESOLVERS: Array<new (...args: never[]) => object> = [PointsEntryResolver, MemberPointsSummaryResolver, MemberPointsResolver];
