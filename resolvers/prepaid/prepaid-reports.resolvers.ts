import { ArrayMaxSize, validate } from 'class-validator';
import { Arg, Args, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooMany } from '../../graphql/filter-validation';
import { parseId, parseIds } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { Permission } from '../../services/admin/permission';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { invalidField } from '../../services/errors/domain-error';
import type { LiabilityFigures, PrepaidPeriod, RevenueFigures } from '../../services/prepaid/prepaid-reports';
import { prepaidLiability, prepaidRevenue, type PrepaidLiabilityFilter, type PrepaidRevenueFilter } from '../../services/prepaid/prepaid-reports.service';
import { salonDay } from '../../services/reports/report-range';
import { PointsMovementPeriod, positionalPage } from '../loyalty/loyalty-reports.types';

const BRANCHES_MAX = 100;

@InputType('PrepaidLiabilityFilter', { description: 'As of when, and whose, the prepaid liability is read.' })
export class PrepaidLiabilityFilterInput {
  @Field(() => LocalDate, { nullable: true, description: 'As of the end of this salon day (YYYY-MM-DD); absent: now.' })
  @IsCalendarDate()
  asOf?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these branches (stored value by the member\'s branch, packages by the branch that sold them); absent or empty: every branch.' })
  @ArrayMaxSize(BRANCHES_MAX, tooMany(BRANCHES_MAX))
  branchIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this member\'s stored value and packages (she must be one the viewer may see), to reconcile her account.' })
  memberId?: string | null;
}

@InputType('PrepaidRevenueFilter', { description: 'The prepaid revenue report\'s period, bucketing and branches.' })
export class PrepaidRevenueFilterInput {
  @Field(() => LocalDate, { nullable: true, description: 'First salon day (YYYY-MM-DD), inclusive; absent: the first of the month (by day) or of the year (by month).' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last salon day, inclusive, at most 366 days after `from`; absent: today.' })
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => PointsMovementPeriod, { nullable: true, description: 'Rows per day or per month; absent: per month.' })
  period?: PointsMovementPeriod | null;

  @Field(() => [ID], { nullable: true, description: 'Only entries and payments made at these branches; absent or empty: every branch.' })
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

const branchIdsOf = (ids: string[] | null | undefined, field: string) => {
  const parsed = parseIds(ids, `${field}.branchIds`);
  return parsed?.length ? { branchIds: [...new Set(parsed)] } : {};
};

/** The liability filter (GraphQL or the export's query string), errors naming `<field>.…`. */
export async function toPrepaidLiabilityFilter(input: Partial<PrepaidLiabilityFilterInput> | null | undefined, field = 'filter'): Promise<PrepaidLiabilityFilter> {
  const valid = await validated(PrepaidLiabilityFilterInput, input, field);
  return {
    ...(valid.asOf ? { asOf: valid.asOf } : {}),
    ...branchIdsOf(valid.branchIds, field),
    ...(valid.memberId ? { memberId: parseId(valid.memberId, `${field}.memberId`) } : {}),
  };
}

/** The revenue filter, the missing ends from today (a salon day): the month so far by day, the year so far by month. */
export async function toPrepaidRevenueFilter(input: Partial<PrepaidRevenueFilterInput> | null | undefined, today: string, field = 'filter'): Promise<PrepaidRevenueFilter> {
  const valid = await validated(PrepaidRevenueFilterInput, input, field);
  if (valid.period && !Object.values(PointsMovementPeriod).includes(valid.period)) throw invalidField(`${field}.period`, 'notAnOption');
  const period: PrepaidPeriod = valid.period ?? PointsMovementPeriod.MONTH;
  const to = valid.to || (valid.from && valid.from > today ? valid.from : today);
  const from = valid.from || (period === 'DAY' ? `${to.slice(0, 7)}-01` : `${to.slice(0, 4)}-01-01`);
  return { from, to, period, ...branchIdsOf(valid.branchIds, field) };
}

// ---------------------------------------------------------------- liability

@ObjectType('PrepaidLiabilityFigures', { description: 'What the salon owes members for prepaid services not yet given, in cents (counts aside).' })
export class PrepaidLiabilityFiguresType implements LiabilityFigures {
  @Field(() => Float, { description: 'Stored value not yet spent (the sum of the stored-value entries), in cents.' })
  storedValueCents: number;

  @Field(() => Int, { description: 'Members holding stored value.' })
  storedValueMembers: number;

  @Field(() => Int, { description: 'Packages with sessions or value left, or revenue still deferred.' })
  packages: number;

  @Field(() => Int, { description: 'Sessions left on session packages.' })
  sessionsRemaining: number;

  @Field(() => Float, { description: 'Value left on discount (value) packages, in cents.' })
  valueRemainingCents: number;

  @Field(() => Float, { description: 'Package price not yet recognised as revenue (deferred), in cents.' })
  deferredCents: number;

  @Field(() => Float, { description: 'storedValueCents + deferredCents: the money held for services not yet given.' })
  totalCents: number;
}

@ObjectType('PrepaidLiabilityRow', { description: 'The prepaid liability of one branch.' })
export class PrepaidLiabilityRow extends PrepaidLiabilityFiguresType {
  branchId: number;

  @Field(() => Branch, { nullable: true, description: 'The branch: the member\'s for stored value, the selling one for packages.' })
  branch: Branch | null;
}

@ObjectType('PrepaidLiabilityRowConnection', { description: 'A page of the prepaid liability by branch.' })
export class PrepaidLiabilityRowConnection extends Connection(PrepaidLiabilityRow, 'PrepaidLiabilityRow') {}

@ObjectType('PrepaidLiability', { description: 'Outstanding stored value and unused packages (deferred revenue) of the members the viewer may see, as of a time, per branch.' })
export class PrepaidLiability {
  @Field(() => Date, { description: 'The instant it was read as of: the end of the salon day asked for, or now.' })
  asOf: Date;

  @Field(() => ID, { nullable: true, description: 'The member it was limited to; null for every member the viewer may see.' })
  memberId: string | null;

  @Field(() => PrepaidLiabilityFiguresType, { description: 'The totals over every branch.' })
  totals: PrepaidLiabilityFiguresType;

  all: PrepaidLiabilityRow[];

  @Field(() => PrepaidLiabilityRowConnection, { description: 'By branch, in branch order; only branches owing something.' })
  rows(@Args(() => PageArgs) page: PageArgs): PrepaidLiabilityRowConnection {
    return PrepaidLiabilityRowConnection.from(positionalPage(this.all, page.first, page.after));
  }
}

// ---------------------------------------------------------------- revenue

@ObjectType('PrepaidRevenueFigures', { description: 'Prepaid money and revenue, positive amounts in cents.' })
export class PrepaidRevenueFiguresType implements RevenueFigures {
  @Field(() => Float, { description: 'Money paid for stored-value top-ups.' })
  topUpPaidCents: number;

  @Field(() => Float, { description: 'Bonus stored value given with top-ups (the level\'s rule).' })
  topUpBonusCents: number;

  @Field(() => Float, { description: 'Stored value spent at the cashier, net of payments given back by voids and returns.' })
  storedValueSpentCents: number;

  @Field(() => Float, { description: 'Stored value paid back to members.' })
  storedValueRefundedCents: number;

  @Field(() => Float, { description: 'Money received for packages, instalments included.' })
  packageSalesCents: number;

  @Field(() => Float, { description: 'Package revenue recognised by uses, net of uses given back.' })
  packageRecognisedCents: number;

  @Field(() => Float, { description: 'Package revenue booked when packages expired with something left (breakage).' })
  breakageCents: number;

  @Field(() => Float, { description: 'Money paid back for refunded packages.' })
  packageRefundsCents: number;

  @Field(() => Float, { description: 'packageRecognisedCents + breakageCents: package revenue recognised.' })
  recognisedTotalCents: number;
}

@ObjectType('PrepaidRevenueRow', { description: 'Prepaid money and revenue at one branch in one day or month.' })
export class PrepaidRevenueRow extends PrepaidRevenueFiguresType {
  @Field(() => String, { description: 'The bucket: a salon day (YYYY-MM-DD) or month (YYYY-MM).' })
  period: string;

  @Field(() => LocalDate, { description: 'The bucket\'s first day within the report\'s period.' })
  from: string;

  @Field(() => LocalDate, { description: 'The bucket\'s last day within the report\'s period.' })
  to: string;

  branchId: number;

  @Field(() => Branch, { nullable: true, description: 'The branch the entries and payments were made at.' })
  branch: Branch | null;
}

@ObjectType('PrepaidRevenueRowConnection', { description: 'A page of prepaid revenue rows, in period then branch order.' })
export class PrepaidRevenueRowConnection extends Connection(PrepaidRevenueRow, 'PrepaidRevenueRow') {}

@ObjectType('PrepaidRevenue', { description: 'Prepaid money and revenue per period and branch, from the ledgers and payments of the members the viewer may see.' })
export class PrepaidRevenue {
  @Field(() => LocalDate, { description: 'First salon day of the period.' })
  from: string;

  @Field(() => LocalDate, { description: 'Last salon day of the period (inclusive).' })
  to: string;

  @Field(() => PointsMovementPeriod, { description: 'How rows are bucketed.' })
  period: PointsMovementPeriod;

  @Field(() => [ID], { description: 'The branches it was limited to; empty for every branch.' })
  branchIds: string[];

  @Field(() => PrepaidRevenueFiguresType, { description: 'The totals over every row.' })
  totals: PrepaidRevenueFiguresType;

  all: PrepaidRevenueRow[];

  @Field(() => PrepaidRevenueRowConnection, { description: 'The rows that moved, in period then branch order.' })
  rows(@Args(() => PageArgs) page: PageArgs): PrepaidRevenueRowConnection {
    return PrepaidRevenueRowConnection.from(positionalPage(this.all, page.first, page.after));
  }
}

/**
 * 預付 報告: the prepaid liability and revenue, from the ledgers of the members the viewer may see
 * (her member scope; branches load through their loaders).
 */
@Authorized(Permission.ReportsPrepaid)
@Resolver()
export class PrepaidReportsResolver {
  @Query(() => PrepaidLiability, { description: 'Outstanding stored value and unused packages (deferred revenue) as of a time, per branch, with totals. Needs reports.prepaid.' })
  async prepaidLiability(
    @Arg('filter', () => PrepaidLiabilityFilterInput, { nullable: true, validate: false, description: 'As of when, which branches, which member; absent: now, every member she may see.' }) input: PrepaidLiabilityFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PrepaidLiability> {
    const viewer = viewerOf(context);
    const filter = await toPrepaidLiabilityFilter(input);
    const report = await prepaidLiability(context.ds, viewer, filter, await viewerTimeZone(context.ds, viewer));
    const branches = await Promise.all(report.rows.map((r) => context.loaders.branch.load(r.branchId)));
    return Object.assign(new PrepaidLiability(), {
      asOf: report.asOf,
      memberId: filter.memberId === undefined ? null : String(filter.memberId),
      totals: Object.assign(new PrepaidLiabilityFiguresType(), report.totals),
      all: report.rows.map((r, i) => Object.assign(new PrepaidLiabilityRow(), r, { branch: branches[i] ?? null })),
    });
  }

  @Query(() => PrepaidRevenue, { description: 'Top-ups, stored value spent and refunded, package money received and refunded, package revenue recognised and breakage, per salon day or month and branch. Needs reports.prepaid.' })
  async prepaidRevenue(
    @Arg('filter', () => PrepaidRevenueFilterInput, { nullable: true, validate: false, description: 'Period, bucketing and branches; absent: this year by month, every branch.' }) input: PrepaidRevenueFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PrepaidRevenue> {
    const viewer = viewerOf(context);
    const timeZone = await viewerTimeZone(context.ds, viewer);
    const filter = await toPrepaidRevenueFilter(input, salonDay(new Date(), timeZone));
    const report = await prepaidRevenue(context.ds, viewer, filter, timeZone);
    const branches = await Promise.all(report.rows.map((r) => context.loaders.branch.load(r.branchId)));
    return Object.assign(new PrepaidRevenue(), {
      from: filter.from,
      to: filter.to,
      period: filter.period as PointsMovementPeriod,
      branchIds: (filter.branchIds ?? []).map(String),
      totals: Object.assign(new PrepaidRevenueFiguresType(), report.totals),
      all: report.rows.map((r, i) => Object.assign(new PrepaidRevenueRow(), r, { branch: branches[i] ?? null })),
    });
  }
}

/** Resolvers of this prepaid capability (registered through ./index.ts). */
export const PREPAID_REPORTS_RESOLVERS: Array<new (...args: never[]) => object> = [PrepaidReportsResolver];
