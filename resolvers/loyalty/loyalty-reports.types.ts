import { ArrayMaxSize, validate } from 'class-validator';
import { Args, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Branch, Member } from '../../entities';
import { Connection, PageArgs, type Page } from '../../graphql/connection';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooMany } from '../../graphql/filter-validation';
import { parseIds } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { invalidField } from '../../services/errors/domain-error';
import type { MovementPeriod, PointsMovementFigures } from '../../services/loyalty/loyalty-reports';
import type { PointsMovementsFilter } from '../../services/loyalty/loyalty-reports.service';
import { decodeCursor, encodeCursor } from '../../services/pagination/cursor';

export enum PointsMovementPeriod {
  DAY = 'DAY',
  MONTH = 'MONTH',
}

registerEnumType(PointsMovementPeriod, {
  name: 'PointsMovementPeriod',
  description: 'How the points movements report buckets entries: by the salon day or month they were made.',
  valuesConfig: {
    DAY: { description: 'One row per salon day (and branch).' },
    MONTH: { description: 'One row per month (and branch), clipped to the period.' },
  },
});

const BRANCHES_MAX = 100;

@InputType('LoyaltyBranchesFilter', { description: 'Which members a loyalty report covers: those of these branches (the member\'s own branch).' })
export class LoyaltyBranchesFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Only members of these branches (within the viewer\'s scope); absent or empty: every member she may see.' })
  @ArrayMaxSize(BRANCHES_MAX, tooMany(BRANCHES_MAX))
  branchIds?: string[] | null;
}

@InputType('PointsMovementsFilter', { description: 'The points movements report\'s period, bucketing and branches.' })
export class PointsMovementsFilterInput {
  @Field(() => LocalDate, { nullable: true, description: 'First salon day (YYYY-MM-DD), inclusive; absent: the first of the month (by day) or of the year (by month).' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last salon day, inclusive, at most 366 days after `from`; absent: today.' })
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => PointsMovementPeriod, { nullable: true, description: 'Rows per day or per month; absent: per month.' })
  period?: PointsMovementPeriod | null;

  @Field(() => [ID], { nullable: true, description: 'Only entries made at these branches (an expiry counts at the member\'s branch); absent or empty: every branch.' })
  @ArrayMaxSize(BRANCHES_MAX, tooMany(BRANCHES_MAX))
  branchIds?: string[] | null;
}

async function validated<T extends object>(cls: new () => T, input: unknown, field: string): Promise<T> {
  if (input !== null && input !== undefined && (typeof input !== 'object' || Array.isArray(input))) throw invalidField(field, 'notAnOption');
  const instance = Object.assign(new cls(), input ?? {});
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  return instance;
}

/** The branches filter (GraphQL or the export's query string), errors naming `<field>.branchIds`. */
export async function toBranchesFilter(input: Partial<LoyaltyBranchesFilterInput> | null | undefined, field = 'filter'): Promise<{ branchIds?: number[] }> {
  const valid = await validated(LoyaltyBranchesFilterInput, input, field);
  const branchIds = parseIds(valid.branchIds, `${field}.branchIds`);
  return branchIds?.length ? { branchIds: [...new Set(branchIds)] } : {};
}

/** The movements filter, the missing ends from today (a salon day): the month so far by day, the year so far by month. */
export async function toPointsMovementsFilter(input: Partial<PointsMovementsFilterInput> | null | undefined, today: string, field = 'filter'): Promise<PointsMovementsFilter> {
  const valid = await validated(PointsMovementsFilterInput, input, field);
  if (valid.period && !Object.values(PointsMovementPeriod).includes(valid.period)) throw invalidField(`${field}.period`, 'notAnOption');
  const period: MovementPeriod = valid.period ?? PointsMovementPeriod.MONTH;
  const to = valid.to || (valid.from && valid.from > today ? valid.from : today);
  const from = valid.from || (period === 'DAY' ? `${to.slice(0, 7)}-01` : `${to.slice(0, 4)}-01-01`);
  const branchIds = parseIds(valid.branchIds, `${field}.branchIds`);
  return { from, to, period, ...(branchIds?.length ? { branchIds: [...new Set(branchIds)] } : {}) };
}

/** Rows computed whole, a page at a time; the cursor is the row's position. */
export function positionalPage<T>(rows: readonly T[], first: number, after?: string | null): Page<T> {
  const start = after ? Number(decodeCursor(after, 1)[0]) + 1 : 0;
  if (!Number.isInteger(start) || start < 0) throw invalidField('after', 'invalidCursor');
  const nodes = rows.slice(start, start + first);
  const position = new Map(nodes.map((n, i) => [n, start + i]));
  return { nodes, hasNextPage: start + first < rows.length, cursorOf: (n) => encodeCursor([position.get(n)!]), totalCount: async () => rows.length };
}

// ---------------------------------------------------------------- ranking

@ObjectType('PointsRank', { description: 'One member of the points ranking: her balance and her place among all members.' })
export class PointsRank {
  @Field(() => Int, { description: 'Rank among all members by balance, most first: 1 + members holding more, so ties share a rank (1, 2, 2, 4).' })
  rank: number;

  @Field(() => Int, { description: 'Points she holds now.' })
  balance: number;

  @Field(() => Int, { description: 'Points earned over her lifetime (earnings and referral shares net of reversals).' })
  earnedTotal: number;

  memberId: number;

  @Field(() => Member, { nullable: true, description: 'The member (through the viewer\'s member scope); null when she may no longer open her.' })
  member: Member | null;
}

@ObjectType('PointsRankConnection', { description: 'A page of the points ranking, most points first.' })
export class PointsRankConnection extends Connection(PointsRank, 'PointsRank') {}

@ObjectType('PointsRanking', { description: '積分排名: the members the viewer may see who hold points, most first, with their rank among all members.' })
export class PointsRanking {
  @Field(() => Int, { description: 'How many members there are in all (the recycle bin\'s included): ranks are places among them.' })
  memberCount: number;

  @Field(() => Date, { description: 'When the ranking was read.' })
  ranAt: Date;

  @Field(() => PointsRankConnection, { description: 'The ranked members the viewer may see, most points first (ties by member).' })
  rows: PointsRankConnection;
}

// ---------------------------------------------------------------- movements

@ObjectType('PointsMovementFigures', { description: 'Points moved, as positive amounts except `net`: issued − redeemed − expired − reversed − adjustedOut = net, the sum of the ledger entries.' })
export class PointsMovementFiguresType implements PointsMovementFigures {
  @Field(() => Int, { description: 'Points issued: earned + referral shares + positive adjustments.' })
  issued: number;

  @Field(() => Int, { description: 'Earned on purchases (EARN).' })
  earned: number;

  @Field(() => Int, { description: 'Referral shares (REFERRAL).' })
  referral: number;

  @Field(() => Int, { description: 'Added by hand (positive ADJUST).' })
  adjustedIn: number;

  @Field(() => Int, { description: 'Redeemed for gifts, net of cancelled redemptions (REDEEM).' })
  redeemed: number;

  @Field(() => Int, { description: 'Expired lots (EXPIRE).' })
  expired: number;

  @Field(() => Int, { description: 'Taken back by returns and voids, referral shares included (REVERSE and negative EARN/REFERRAL).' })
  reversed: number;

  @Field(() => Int, { description: 'Deducted by hand (negative ADJUST).' })
  adjustedOut: number;

  @Field(() => Int, { description: 'The change of the balances: the sum of the entries.' })
  net: number;
}

@ObjectType('PointsMovementRow', { description: 'Points moved at one branch in one day or month.' })
export class PointsMovementRow extends PointsMovementFiguresType {
  @Field(() => String, { description: 'The bucket: a salon day (YYYY-MM-DD) or month (YYYY-MM).' })
  period: string;

  @Field(() => LocalDate, { description: 'The bucket\'s first day within the report\'s period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The bucket\'s last day within the report\'s period.' })
  to: string;

  branchId: number;

  @Field(() => Branch, { nullable: true, description: 'The branch the entries were made at (an expiry at the member\'s branch).' })
  branch: Branch | null;
}

@ObjectType('PointsMovementRowConnection', { description: 'A page of points movements rows, in period then branch order.' })
export class PointsMovementRowConnection extends Connection(PointsMovementRow, 'PointsMovementRow') {}

@ObjectType('PointsMovements', { description: 'Points issued, redeemed, expired, reversed and adjusted per period and branch, from the ledger of the members the viewer may see.' })
export class PointsMovements {
  @Field(() => LocalDate, { description: 'First salon day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'Last salon day of the period (inclusive).' })
  to: string;

  @Field(() => PointsMovementPeriod, { description: 'How rows are bucketed.' })
  period: PointsMovementPeriod;

  @Field(() => [ID], { description: 'The branches it was limited to; empty for every branch.' })
  branchIds: string[];

  @Field(() => PointsMovementFiguresType, { description: 'The totals over every row.' })
  totals: PointsMovementFiguresType;

  all: PointsMovementRow[];

  @Field(() => PointsMovementRowConnection, { description: 'The rows that moved, in period then branch order.' })
  rows(@Args(() => PageArgs) page: PageArgs): PointsMovementRowConnection {
    return PointsMovementRowConnection.from(positionalPage(this.all, page.first, page.after));
  }
}

// ---------------------------------------------------------------- liability

@ObjectType('PointsLiabilityBranch', { description: 'Outstanding points of the members of one branch.' })
export class PointsLiabilityBranch {
  branchId: number;

  @Field(() => Branch, { nullable: true, description: 'The members\' own branch.' })
  branch: Branch | null;

  @Field(() => Int, { description: 'Members of the branch holding points.' })
  members: number;

  @Field(() => Int, { description: 'Points they hold.' })
  points: number;
}

@ObjectType('PointsLiabilityBranchConnection', { description: 'A page of outstanding points by branch.' })
export class PointsLiabilityBranchConnection extends Connection(PointsLiabilityBranch, 'PointsLiabilityBranch') {}

@ObjectType('PointsLiabilityExpiry', { description: 'Outstanding points that expire in one month.' })
export class PointsLiabilityExpiry {
  @Field(() => String, { nullable: true, description: 'The salon month (YYYY-MM) the lots expire in; null for points that never expire.' })
  month: string | null;

  @Field(() => Int, { description: 'Points of open lots expiring then.' })
  points: number;
}

@ObjectType('PointsLiabilityExpiryConnection', { description: 'A page of outstanding points by expiry month.' })
export class PointsLiabilityExpiryConnection extends Connection(PointsLiabilityExpiry, 'PointsLiabilityExpiry') {}

@ObjectType('PointsLiability', { description: '積分負債: the points the members the viewer may see hold now, by their branch and by when they expire.' })
export class PointsLiability {
  @Field(() => Int, { description: 'Points held in all (the sum of the balances).' })
  points: number;

  @Field(() => Int, { description: 'Members holding points.' })
  members: number;

  @Field(() => Date, { description: 'When it was read.' })
  asOf: Date;

  branches: PointsLiabilityBranch[];

  expiries: PointsLiabilityExpiry[];

  @Field(() => PointsLiabilityBranchConnection, { description: 'By the member\'s branch, in branch order.' })
  byBranch(@Args(() => PageArgs) page: PageArgs): PointsLiabilityBranchConnection {
    return PointsLiabilityBranchConnection.from(positionalPage(this.branches, page.first, page.after));
  }

  @Field(() => PointsLiabilityExpiryConnection, { description: 'By expiry month, soonest first, never-expiring points last.' })
  byExpiry(@Args(() => PageArgs) page: PageArgs): PointsLiabilityExpiryConnection {
    return PointsLiabilityExpiryConnection.from(positionalPage(this.expiries, page.first, page.after));
  }
}
