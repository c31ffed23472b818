/**
 * The prepaid reports (預付 報告) from the stored-value and package ledgers and the prepaid payments:
 * the liability as of a time (outstanding stored value, unused packages and their deferred revenue)
 * per branch, and money and revenue per period and branch. Members are read only through the
 * viewer's member scope (her branches, not the recycle bin), so each figure is the ledgers of the
 * members she may see.
 */
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Member, MemberPackage, PackageEntry, PrepaidPayment, PrepaidSale, StoredValueEntry } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { salonDayStart } from '../contacts/contact-filter';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { checkMovementsPeriod } from '../loyalty/loyalty-reports.service';
import { applyMemberScope } from '../members/member-query.service';
import { offsetSegments, trendSpan } from '../reports/contact-trend';
import { dayExpression } from '../reports/contact-trend.service';
import { memberInScope, memberScopeFor } from '../visibility/member-visibility';
import {
  addLiability, addRevenue, bucketBounds, liabilityFigures, NO_LIABILITY, NO_REVENUE, periodKey, revenueFigures,
  type LiabilityFigures, type PrepaidPeriod, type RevenueFigures, type RevenueSums,
} from './prepaid-reports';

/** Joins the members the viewer may see (alias `m`) to a query on `column` (a member id), optionally one member only. */
function scoped<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, viewer: Viewer, column: string, memberId?: number): T {
  qb.innerJoin(Member, 'm', `m.id = ${column}`).andWhere('m.deletedAt IS NULL');
  applyMemberScope(qb as unknown as SelectQueryBuilder<Member>, 'm', memberScopeFor(viewer));
  if (memberId !== undefined) qb.andWhere('m.id = :prMemberId', { prMemberId: memberId });
  return qb;
}

const num = (value: unknown) => Number(value ?? 0);

// ---------------------------------------------------------------- liability

export type PrepaidLiabilityFilter = {
  /** The end of this salon day; absent: now. */
  asOf?: string;
  branchIds?: number[];
  memberId?: number;
};
export type PrepaidLiabilityRow = LiabilityFigures & { branchId: number };
export type PrepaidLiabilityReport = { asOf: Date; rows: PrepaidLiabilityRow[]; totals: LiabilityFigures };

/** The instant a liability is read at: the end of the salon day asked for, or now. */
export function liabilityInstant(asOf: string | undefined, timeZone: string, now: Date): Date {
  if (!asOf) return now;
  const [y, m, d] = asOf.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return salonDayStart(next, timeZone);
}

/** Refuses a member the viewer may not see (or in the recycle bin): NOT_FOUND naming `field`. */
export async function checkLiabilityMember(ds: DataSource, viewer: Viewer, memberId: number, field = 'filter.memberId'): Promise<void> {
  const member = await ds.manager.findOneBy(Member, { id: memberId });
  if (!member || !memberInScope(memberScopeFor(viewer), member)) throw new DomainError(ErrorCode.NotFound, 'notFound', { entity: 'member' }, field);
}

/**
 * What the salon owes the members the viewer may see as of a time, per branch: their stored value
 * (the sum of their entries made before then, by the member's branch) and their packages sold
 * before then (by the branch that sold them) with what their entries leave — sessions, value, and
 * the price not yet recognised — leaving out packages expired (breakage booked) or refunded by
 * then. With a member, hers only (she must be in the viewer's scope: NOT_FOUND naming
 * `filter.memberId`). Rows in branch order, only branches owing something.
 */
export async function prepaidLiability(ds: DataSource, viewer: Viewer, filter: PrepaidLiabilityFilter, timeZone: string, now: Date = new Date()): Promise<PrepaidLiabilityReport> {
  if (filter.memberId !== undefined) await checkLiabilityMember(ds, viewer, filter.memberId);
  const at = liabilityInstant(filter.asOf, timeZone, now);
  const branches = filter.branchIds?.length ? filter.branchIds : null;

  const storedValue = await ds.createQueryBuilder()
    .from((sub) => {
      const q = scoped(sub.from(StoredValueEntry, 'e'), viewer, 'e.memberId', filter.memberId)
        .andWhere('e.createdAt < :prAt', { prAt: at })
        .select('m.branchId', 'bid').addSelect('SUM(e.amountCents)', 'bal')
        .groupBy('e.memberId').addGroupBy('m.branchId');
      if (branches) q.andWhere('m.branchId IN (:...prBranches)', { prBranches: branches });
      return q;
    }, 's')
    .select('s.bid', 'branchId').addSelect('SUM(s.bal)', 'cents').addSelect('SUM(CASE WHEN s.bal > 0 THEN 1 ELSE 0 END)', 'members')
    .groupBy('s.bid')
    .getRawMany<{ branchId: number | string; cents: number | string; members: number | string }>();

  const packages = await ds.createQueryBuilder()
    .from((sub) => {
      const q = scoped(sub.from(MemberPackage, 'p'), viewer, 'p.memberId', filter.memberId)
        .innerJoin(PackageEntry, 'e', 'e.memberPackageId = p.id AND e.createdAt < :prAt', { prAt: at })
        .andWhere('p.soldAt < :prAt')
        // Closed by then: its remainder was booked as breakage or paid back, so nothing is owed.
        .andWhere(`NOT EXISTS (SELECT 1 FROM package_entries x WHERE x.memberPackageId = p.id AND x.kind IN ('EXPIRE', 'REFUND') AND x.createdAt < :prAt)`)
        .select('p.branchId', 'bid').addSelect('p.priceCents', 'price')
        .addSelect('SUM(e.sessions)', 'ses').addSelect('SUM(e.valueCents)', 'val').addSelect('SUM(e.revenueCents)', 'rev')
        .groupBy('p.id').addGroupBy('p.branchId').addGroupBy('p.priceCents');
      if (branches) q.andWhere('p.branchId IN (:...prBranches)', { prBranches: branches });
      return q;
    }, 'k')
    .select('k.bid', 'branchId')
    .addSelect('SUM(CASE WHEN k.ses > 0 OR k.val > 0 OR k.price - k.rev > 0 THEN 1 ELSE 0 END)', 'count')
    .addSelect('SUM(k.ses)', 'sessions').addSelect('SUM(k.val)', 'valueCents').addSelect('SUM(k.price - k.rev)', 'deferredCents')
    .groupBy('k.bid')
    .getRawMany<Record<'branchId' | 'count' | 'sessions' | 'valueCents' | 'deferredCents', number | string>>();

  const ids = [...new Set([...storedValue, ...packages].map((r) => Number(r.branchId)))].sort((a, b) => a - b);
  const rows = ids
    .map((branchId): PrepaidLiabilityRow => {
      const sv = storedValue.find((r) => Number(r.branchId) === branchId);
      const pk = packages.find((r) => Number(r.branchId) === branchId);
      return {
        branchId,
        ...liabilityFigures(
          { cents: num(sv?.cents), members: num(sv?.members) },
          { count: num(pk?.count), sessions: num(pk?.sessions), valueCents: num(pk?.valueCents), deferredCents: num(pk?.deferredCents) },
        ),
      };
    })
    .filter((r) => r.storedValueCents !== 0 || r.packages !== 0);
  return { asOf: at, rows, totals: rows.reduce<LiabilityFigures>((sum, r) => addLiability(sum, r), NO_LIABILITY) };
}

// ---------------------------------------------------------------- revenue

export type PrepaidRevenueFilter = { from: string; to: string; period: PrepaidPeriod; branchIds?: number[] };
export type PrepaidRevenueRow = RevenueFigures & { period: string; from: string; to: string; branchId: number };
export type PrepaidRevenueReport = { rows: PrepaidRevenueRow[]; totals: RevenueFigures };

export { checkMovementsPeriod as checkRevenuePeriod };

type SumSpec = { from: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>; created: string; branch: string; sums: Partial<Record<keyof RevenueSums, string>> };

/** Where each sum comes from: the entry's or payment's branch (the member's or package's when it has none). */
const SOURCES = (viewer: Viewer): SumSpec[] => [
  {
    from: (qb) => scoped(qb.from(StoredValueEntry, 'e'), viewer, 'e.memberId'),
    created: 'e.createdAt',
    branch: 'COALESCE(e.branchId, m.branchId)',
    sums: {
      topUpPaid: `CASE WHEN e.kind = 'TOP_UP' THEN e.paidCents ELSE 0 END`,
      topUpBonus: `CASE WHEN e.kind = 'TOP_UP' THEN e.bonusCents ELSE 0 END`,
      svPayments: `CASE WHEN e.kind = 'PAYMENT' THEN e.amountCents ELSE 0 END`,
      svReversals: `CASE WHEN e.kind = 'REVERSE' THEN e.amountCents ELSE 0 END`,
      svRefunds: `CASE WHEN e.kind = 'REFUND' THEN e.amountCents ELSE 0 END`,
    },
  },
  {
    from: (qb) => scoped(qb.from(PrepaidPayment, 'pp').innerJoin(PrepaidSale, 'ps', 'ps.id = pp.prepaidSaleId'), viewer, 'ps.memberId'),
    created: 'pp.createdAt',
    branch: 'pp.branchId',
    sums: {
      packagePayments: `CASE WHEN ps.kind = 'PACKAGE' THEN pp.amountCents ELSE 0 END`,
      packageRefundPayments: `CASE WHEN ps.kind = 'PKG_REFUND' THEN pp.amountCents ELSE 0 END`,
    },
  },
  {
    from: (qb) => scoped(qb.from(PackageEntry, 'pe').innerJoin(MemberPackage, 'p', 'p.id = pe.memberPackageId'), viewer, 'pe.memberId'),
    created: 'pe.createdAt',
    branch: 'COALESCE(pe.branchId, p.branchId)',
    sums: {
      useRevenue: `CASE WHEN pe.kind = 'USE' THEN pe.revenueCents ELSE 0 END`,
      reverseRevenue: `CASE WHEN pe.kind = 'REVERSE' THEN pe.revenueCents ELSE 0 END`,
      expireRevenue: `CASE WHEN pe.kind = 'EXPIRE' THEN pe.revenueCents ELSE 0 END`,
    },
  },
];

const NO_SUMS: RevenueSums = { topUpPaid: 0, topUpBonus: 0, svPayments: 0, svReversals: 0, svRefunds: 0, packagePayments: 0, packageRefundPayments: 0, useRevenue: 0, reverseRevenue: 0, expireRevenue: 0 };

/**
 * Prepaid money and revenue of the members the viewer may see, per salon day or month of the
 * period and per branch (where the entry or payment was made): summed in the database per salon
 * day and branch (one query per source and stretch of the time zone's constant offset), bucketed
 * here; rows in period order, then branch id; only periods and branches that moved.
 */
export async function prepaidRevenue(ds: DataSource, viewer: Viewer, filter: PrepaidRevenueFilter, timeZone: string): Promise<PrepaidRevenueReport> {
  checkMovementsPeriod(filter);
  const span = trendSpan(filter.from, filter.to, timeZone);
  const buckets = new Map<string, { period: string; branchId: number; sums: RevenueSums }>();
  for (const segment of offsetSegments(span.start, span.end, timeZone)) {
    for (const source of SOURCES(viewer)) {
      const day = dayExpression(ds, source.created, segment.offsetMinutes);
      const qb = source.from(ds.createQueryBuilder())
        .andWhere(`${source.created} >= :prStart AND ${source.created} < :prEnd`, { prStart: segment.start, prEnd: segment.end })
        .select(day, 'day')
        .addSelect(source.branch, 'branchId');
      for (const [key, expression] of Object.entries(source.sums)) qb.addSelect(`SUM(${expression})`, key);
      if (filter.branchIds?.length) qb.andWhere(`${source.branch} IN (:...prBranchIds)`, { prBranchIds: filter.branchIds });
      const raw = await qb.groupBy(day).addGroupBy(source.branch).getRawMany<Record<string, string | number>>();
      for (const r of raw) {
        const key = periodKey(String(r.day), filter.period);
        const branchId = Number(r.branchId);
        const id = `${key}|${branchId}`;
        const bucket = buckets.get(id) ?? { period: key, branchId, sums: { ...NO_SUMS } };
        for (const k of Object.keys(source.sums) as (keyof RevenueSums)[]) bucket.sums[k] += num(r[k]);
        buckets.set(id, bucket);
      }
    }
  }
  const rows = [...buckets.values()]
    .map((b): PrepaidRevenueRow => ({ ...bucketBounds(b.period, filter.period, filter), branchId: b.branchId, ...revenueFigures(b.sums) }))
    .filter((r) => Object.keys(NO_REVENUE).some((k) => r[k as keyof RevenueFigures] !== 0))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.branchId - b.branchId));
  return { rows, totals: rows.reduce<RevenueFigures>((sum, r) => addRevenue(sum, r), NO_REVENUE) };
}
