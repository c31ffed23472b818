/**
 * The loyalty reports (會員積分 報告) from the points ledger: the points ranking, points movements
 * per period and branch, and the outstanding points liability. Members are read only through the
 * viewer's member scope (visibleMemberQuery's rule: her branches, not the recycle bin), so each
 * figure is the ledger of the members she may see; ranks are places among all members.
 */
import { format } from 'date-fns';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Member, MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { isSqlite } from '../../db/dialect';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { applyMemberScope } from '../members/member-query.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { offsetSegments, trendSpan } from '../reports/contact-trend';
import { dayExpression } from '../reports/contact-trend.service';
import { REPORT_MAX_DAYS, reportRange } from '../reports/report-range';
import { memberScopeFor } from '../visibility/member-visibility';
import { pointsRank } from './points-account.service';
import {
  addMovements, movementFigures, NO_MOVEMENTS, periodKey, sortExpiryBuckets,
  type ExpiryBucket, type KindSums, type MovementPeriod, type PointsMovementFigures,
} from './loyalty-reports';

/** Joins the members the viewer may see (alias `m`) to a query on `column` (a member id). */
function scoped<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, viewer: Viewer, column: string, branchIds?: readonly number[]): T {
  qb.innerJoin(Member, 'm', `m.id = ${column}`).andWhere('m.deletedAt IS NULL');
  applyMemberScope(qb as unknown as SelectQueryBuilder<Member>, 'm', memberScopeFor(viewer));
  if (branchIds?.length) qb.andWhere('m.branchId IN (:...lrMemberBranchIds)', { lrMemberBranchIds: branchIds });
  return qb;
}

// ---------------------------------------------------------------- ranking

export type PointsRankingFilter = { branchIds?: number[] };
export type PointsRank = { memberId: number; balance: number; earnedTotal: number; rank: number };

/**
 * 積分排名: the members the viewer may see who hold points, most first (ties by member id), each
 * with her rank among all members: 1 + how many members hold more (members without points count
 * at 0, so they never rank above anyone) — the member page's rank (pointsRank, from the
 * maintained balance counts). Keyset-paged on (balance, member), which the balance index serves;
 * a page asks one rank per distinct balance on it.
 */
export async function pointsRanking(ds: DataSource, viewer: Viewer, filter: PointsRankingFilter, page: { first: number; after?: string | null }): Promise<Page<PointsRank>> {
  const base = () => scoped(ds.createQueryBuilder().from(MemberPoints, 'mp'), viewer, 'mp.memberId', filter.branchIds).andWhere('mp.balance > 0');
  const qb = base().select('mp.memberId', 'memberId').addSelect('mp.balance', 'balance').addSelect('mp.earnedTotal', 'earnedTotal');
  if (page.after) {
    const [balance, memberId] = decodeCursor(page.after, 2);
    if (typeof balance !== 'number' || typeof memberId !== 'number') throw invalidField('after', 'invalidCursor');
    qb.andWhere('(mp.balance < :lrBalance OR (mp.balance = :lrBalance AND mp.memberId > :lrMember))', { lrBalance: balance, lrMember: memberId });
  }
  const raw = await qb.orderBy('mp.balance', 'DESC').addOrderBy('mp.memberId', 'ASC').limit(page.first + 1)
    .getRawMany<{ memberId: number | string; balance: number | string; earnedTotal: number | string }>();
  const { nodes: slice, hasNextPage } = sliceWithLookahead(raw, page.first);
  const rows = slice.map((r) => ({ memberId: Number(r.memberId), balance: Number(r.balance), earnedTotal: Number(r.earnedTotal) }));
  const ranks = new Map<number, number>();
  await Promise.all([...new Set(rows.map((r) => r.balance))].map(async (balance) => ranks.set(balance, await pointsRank(ds, balance))));
  const nodes = rows.map((r) => ({ ...r, rank: ranks.get(r.balance)! }));
  return {
    nodes,
    hasNextPage,
    cursorOf: (n) => encodeCursor([n.balance, n.memberId]),
    totalCount: async () => Number((await base().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0),
  };
}


// ---------------------------------------------------------------- movements

export type PointsMovementsFilter = { from: string; to: string; period: MovementPeriod; branchIds?: number[] };
export type PointsMovementRow = PointsMovementFigures & { period: string; from: string; to: string; branchId: number };
export type PointsMovementsReport = { rows: PointsMovementRow[]; totals: PointsMovementFigures };

/** Refuses a reversed period or one longer than a report covers, naming `<field>.to`. */
export function checkMovementsPeriod(filter: Pick<PointsMovementsFilter, 'from' | 'to'>, field = 'filter'): void {
  try {
    reportRange(filter.from, filter.to, field);
  } catch {
    throw filter.to < filter.from ? invalidField(`${field}.to`, 'dateRangeReversed') : invalidField(`${field}.to`, 'rangeTooLong', { max: REPORT_MAX_DAYS });
  }
}

const KIND_SUMS: Record<keyof KindSums, string> = {
  earned: `e.kind = 'EARN' AND e.points > 0`,
  earnReversed: `e.kind = 'EARN' AND e.points < 0`,
  referral: `e.kind = 'REFERRAL' AND e.points > 0`,
  referralReversed: `e.kind = 'REFERRAL' AND e.points < 0`,
  adjustedIn: `e.kind = 'ADJUST' AND e.points > 0`,
  adjustedOut: `e.kind = 'ADJUST' AND e.points < 0`,
  redeem: `e.kind = 'REDEEM'`,
  expire: `e.kind = 'EXPIRE'`,
  reverse: `e.kind = 'REVERSE'`,
};

/**
 * Points movements of the members the viewer may see, per salon day or month of the period and
 * per branch: the entry's branch, or for entries made nowhere (the scheduled expiry) the member's
 * own branch. Summed in the database per salon day and branch (one query per stretch of the time
 * zone's constant offset), bucketed here; rows in period order, then branch id; only periods and
 * branches that moved.
 */
export async function pointsMovements(ds: DataSource, viewer: Viewer, filter: PointsMovementsFilter, timeZone: string): Promise<PointsMovementsReport> {
  checkMovementsPeriod(filter);
  const span = trendSpan(filter.from, filter.to, timeZone);
  const branch = 'COALESCE(e.branchId, m.branchId)';
  const buckets = new Map<string, PointsMovementRow>();
  for (const segment of offsetSegments(span.start, span.end, timeZone)) {
    const day = dayExpression(ds, 'e.createdAt', segment.offsetMinutes);
    const qb = scoped(ds.createQueryBuilder().from(PointsEntry, 'e'), viewer, 'e.memberId')
      .andWhere('e.createdAt >= :lrStart AND e.createdAt < :lrEnd', { lrStart: segment.start, lrEnd: segment.end })
      .select(day, 'day')
      .addSelect(branch, 'branchId');
    for (const [key, condition] of Object.entries(KIND_SUMS)) qb.addSelect(`SUM(CASE WHEN ${condition} THEN e.points ELSE 0 END)`, key);
    if (filter.branchIds?.length) qb.andWhere(`${branch} IN (:...lrBranchIds)`, { lrBranchIds: filter.branchIds });
    const raw = await qb.groupBy(day).addGroupBy(branch).getRawMany<Record<string, string | number>>();
    for (const r of raw) {
      const sums = Object.fromEntries(Object.keys(KIND_SUMS).map((k) => [k, Number(r[k] ?? 0)])) as KindSums;
      const key = periodKey(String(r.day), filter.period);
      const branchId = Number(r.branchId);
      const id = `${key}|${branchId}`;
      const known = buckets.get(id);
      const figures = movementFigures(sums);
      buckets.set(id, { ...(known ?? bucketBounds(key, filter)), branchId, ...addMovements(known ?? NO_MOVEMENTS, figures) });
    }
  }
  const rows = [...buckets.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.branchId - b.branchId));
  return { rows, totals: rows.reduce<PointsMovementFigures>((sum, r) => addMovements(sum, r), NO_MOVEMENTS) };
}

/** A bucket's first and last day, clipped to the period. */
function bucketBounds(key: string, filter: PointsMovementsFilter): { period: string; from: string; to: string } {
  if (filter.period === 'DAY') return { period: key, from: key, to: key };
  const [year, month] = key.split('-').map(Number);
  const last = format(new Date(year, month, 0), 'yyyy-MM-dd');
  const first = `${key}-01`;
  return { period: key, from: first < filter.from ? filter.from : first, to: last > filter.to ? filter.to : last };
}

// ---------------------------------------------------------------- liability

export type LiabilityFilter = { branchIds?: number[] };
export type LiabilityByBranch = { branchId: number; members: number; points: number };
export type PointsLiability = { points: number; members: number; byBranch: LiabilityByBranch[]; byExpiry: ExpiryBucket[] };

/** A stored UTC time from a raw row: MariaDB's driver gives a Date, SQLite the stored text. */
function utcInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}

/**
 * Outstanding points (積分負債) now: the balances of the members the viewer may see, by the
 * member's branch, and the same points by the salon month their lots expire in (open lots'
 * remaining points; lots that never expire apart). Both sum to the same total, as a member's
 * open lots always sum to her balance.
 */
export async function pointsLiability(ds: DataSource, viewer: Viewer, filter: LiabilityFilter, timeZone: string): Promise<PointsLiability> {
  const byBranchRaw = await scoped(ds.createQueryBuilder().from(MemberPoints, 'mp'), viewer, 'mp.memberId', filter.branchIds)
    .andWhere('mp.balance > 0')
    .select('m.branchId', 'branchId').addSelect('COUNT(*)', 'members').addSelect('SUM(mp.balance)', 'points')
    .groupBy('m.branchId').orderBy('m.branchId', 'ASC')
    .getRawMany<{ branchId: number | string; members: number | string; points: number | string }>();
  const byBranch = byBranchRaw.map((r) => ({ branchId: Number(r.branchId), members: Number(r.members), points: Number(r.points) }));

  const lots = () => scoped(ds.createQueryBuilder().from(PointsLot, 'l'), viewer, 'l.memberId', filter.branchIds).andWhere('l.open = :lrOpen', { lrOpen: true });
  const months = new Map<string | null, number>();
  const never = await lots().andWhere('l.expiresAt IS NULL').select('SUM(l.remaining)', 'points').getRawOne<{ points: number | string | null }>();
  if (Number(never?.points ?? 0) > 0) months.set(null, Number(never!.points));
  const range = await lots().select('MIN(l.expiresAt)', 'first').addSelect('MAX(l.expiresAt)', 'last').getRawOne<{ first: Date | string | null; last: Date | string | null }>();
  if (range?.first && range.last) {
    const end = new Date(utcInstant(range.last).getTime() + 1);
    for (const segment of offsetSegments(utcInstant(range.first), end, timeZone)) {
      const day = dayExpression(ds, 'l.expiresAt', segment.offsetMinutes);
      const month = isSqlite(ds) ? `substr(${day}, 1, 7)` : `LEFT(${day}, 7)`;
      const raw = await lots().andWhere('l.expiresAt >= :lrStart AND l.expiresAt < :lrEnd', { lrStart: segment.start, lrEnd: segment.end })
        .select(month, 'month').addSelect('SUM(l.remaining)', 'points').groupBy(month)
        .getRawMany<{ month: string; points: number | string }>();
      for (const r of raw) months.set(String(r.month), (months.get(String(r.month)) ?? 0) + Number(r.points));
    }
  }
  return {
    points: byBranch.reduce((s, b) => s + b.points, 0),
    members: byBranch.reduce((s, b) => s + b.members, 0),
    byBranch,
    byExpiry: sortExpiryBuckets([...months].map(([month, points]) => ({ month, points }))),
  };
}
