/**
 * The points ledger (積分): the one way any code changes a member's points. Every change is an
 * append-only entry naming its source; the member's balance (member_points) is the sum of her
 * entries and the sum of her open lots' `remaining`, all written in the caller's transaction.
 *
 * Concurrency: the member's member_points row is the lock. An addition is an UPDATE of it; a
 * deduction is a guarded UPDATE (`balance >= n`), so of concurrent deductions only those the
 * balance covers pass and the balance is never negative. Lots are read and changed only after
 * that UPDATE, under its lock. Deductions take the lots soonest-expiring first (then oldest), so
 * expiry always takes the oldest points.
 *
 * Callers own the transaction, the idempotency key (services/idempotency) and the audit entry.
 */
import type { EntityManager } from 'typeorm';
import { MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { isSqlite } from '../../db/dialect';
import { insufficientPoints } from '../errors/domain-error';

export type PointsPosting = {
  memberId: number;
  kind: PointsEntryKind;
  /** Points added (positive) or taken (negative); never 0. */
  points: number;
  at: Date;
  branchId?: number | null;
  invoiceId?: number | null;
  salesReturnId?: number | null;
  giftRedemptionId?: number | null;
  referredMemberId?: number | null;
  /** How an earning was computed; stored as JSON for the page to explain. */
  basis?: unknown;
  reason?: string | null;
  staffId?: number | null;
  /** Additions: when the new lot expires (null = never). */
  expiresAt?: Date | null;
  /** Deductions: take at most the balance instead of refusing (a return's reversal of points already spent). */
  clampToBalance?: boolean;
  /** Deductions: take from the lots these entries added first (a reversal takes its own invoice's lot first). */
  fromEntryIds?: readonly number[];
  /** Deductions: take from this lot only (expiry). */
  lotId?: number;
  /** The input field a refusal names (INSUFFICIENT_POINTS). */
  field?: string;
};

/** Kinds whose points count towards (or back from) the member's lifetime earnings. */
const EARNING_KINDS: ReadonlySet<PointsEntryKind> = new Set([PointsEntryKind.EARN, PointsEntryKind.REFERRAL, PointsEntryKind.REVERSE]);

async function ensureBalanceRow(manager: EntityManager, memberId: number): Promise<void> {
  if (isSqlite(manager)) {
    await manager.query('INSERT INTO "member_points" ("memberId", "balance", "earnedTotal", "updatedAt") VALUES (?, 0, 0, CURRENT_TIMESTAMP) ON CONFLICT ("memberId") DO NOTHING', [memberId]);
  } else {
    // ON DUPLICATE KEY UPDATE takes the exclusive lock at once (INSERT IGNORE's shared lock deadlocks when waiters upgrade it).
    await manager.query('INSERT INTO `member_points` (`memberId`, `balance`, `earnedTotal`, `updatedAt`) VALUES (?, 0, 0, CURRENT_TIMESTAMP) ON DUPLICATE KEY UPDATE `balance` = `balance`', [memberId]);
  }
}

async function changeBalance(manager: EntityManager, memberId: number, delta: number, earned: number): Promise<boolean> {
  const update = manager
    .createQueryBuilder()
    .update(MemberPoints)
    .set({ balance: () => `balance + ${delta}`, earnedTotal: () => `earnedTotal + ${earned}` })
    .where('memberId = :memberId', { memberId });
  if (delta < 0) update.andWhere('balance >= :needed', { needed: -delta });
  return Boolean((await update.execute()).affected);
}

/**
 * The ranking's counts (points_balance_counts): a member whose balance moves from `from` to `to`
 * leaves −1 at the old balance and +1 at the new one (balances of 0 are not counted: everyone
 * without points ties below the holders). Append-only rows, so concurrent changes of different
 * members never wait for each other here; foldBalanceCounts folds them together.
 */
export async function recordBalanceMoves(manager: EntityManager, moves: ReadonlyArray<{ from: number; to: number }>): Promise<void> {
  const net = new Map<number, number>();
  for (const { from, to } of moves) {
    if (from === to) continue;
    if (from > 0) net.set(from, (net.get(from) ?? 0) - 1);
    if (to > 0) net.set(to, (net.get(to) ?? 0) + 1);
  }
  const rows = [...net].filter(([, members]) => members !== 0);
  const q = (name: string) => manager.connection.driver.escape(name);
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await manager.query(`INSERT INTO ${q('points_balance_counts')} (${q('balance')}, ${q('members')}) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }
}

/**
 * Folds the ranking's count rows into one row per balance. The rows folded are locked first (a
 * change still writing one is waited for), so none is lost or counted twice, also when two
 * instances fold at once. Run by the hourly expiry pass.
 */
export async function foldBalanceCounts(manager: EntityManager): Promise<void> {
  const q = (name: string) => manager.connection.driver.escape(name);
  const table = q('points_balance_counts');
  const [{ last }] = (await manager.query(`SELECT MAX(${q('id')}) AS ${q('last')} FROM ${table}`)) as Array<{ last: number | string | null }>;
  if (last === null) return;
  await manager.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${q('id')} <= ?${isSqlite(manager) ? '' : ' FOR UPDATE'}`, [last]);
  const sums = (await manager.query(
    `SELECT ${q('balance')} AS balance, SUM(${q('members')}) AS members FROM ${table} WHERE ${q('id')} <= ? GROUP BY ${q('balance')} HAVING SUM(${q('members')}) <> 0`,
    [last],
  )) as Array<{ balance: number | string; members: number | string }>;
  await manager.query(`DELETE FROM ${table} WHERE ${q('id')} <= ?`, [last]);
  const rows = sums.map((row) => [Number(row.balance), Number(row.members)]);
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await manager.query(`INSERT INTO ${table} (${q('balance')}, ${q('members')}) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }
}

/** The member's balance as this transaction sees it (after its own changes). */
export async function pointsBalance(manager: EntityManager, memberId: number): Promise<number> {
  const row = await manager.findOneBy(MemberPoints, { memberId });
  return row?.balance ?? 0;
}

/** Takes `points` from the member's open lots in expiry order (preferred lots first, or one lot only). */
async function consumeLots(manager: EntityManager, posting: PointsPosting, points: number): Promise<void> {
  const qb = manager.getRepository(PointsLot).createQueryBuilder('lot').where('lot.memberId = :memberId AND lot.open = :open', { memberId: posting.memberId, open: true });
  if (posting.lotId !== undefined) qb.andWhere('lot.id = :lotId', { lotId: posting.lotId });
  const lots = await qb.orderBy('lot.expiresAt IS NULL', 'ASC').addOrderBy('lot.expiresAt', 'ASC').addOrderBy('lot.id', 'ASC').getMany();
  const preferred = new Set(posting.fromEntryIds ?? []);
  const ordered = [...lots.filter((l) => preferred.has(l.entryId)), ...lots.filter((l) => !preferred.has(l.entryId))];
  let left = points;
  for (const lot of ordered) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    left -= take;
    await manager.update(PointsLot, { id: lot.id }, { remaining: lot.remaining - take, open: lot.remaining - take > 0 });
  }
  // The lots always sum to the balance the guarded UPDATE just checked; a shortfall means they drifted.
  if (left > 0) throw new Error(`points lots of member ${posting.memberId} are short by ${left}`);
}

/**
 * Writes one entry and moves the balance and the lots. Returns the entry, or null when a clamped
 * deduction found nothing to take. A deduction the balance does not cover is INSUFFICIENT_POINTS
 * naming `posting.field` (default "points"), unless `clampToBalance`.
 */
export async function postPoints(manager: EntityManager, posting: PointsPosting): Promise<PointsEntry | null> {
  if (!Number.isInteger(posting.points) || posting.points === 0) throw new Error('a points entry moves a whole, non-zero number of points');
  await ensureBalanceRow(manager, posting.memberId);
  let points = posting.points;
  const earned = (n: number) => (EARNING_KINDS.has(posting.kind) ? n : 0);
  if (!(await changeBalance(manager, posting.memberId, points, earned(points)))) {
    const balance = await pointsBalance(manager, posting.memberId);
    if (!posting.clampToBalance) throw insufficientPoints(posting.field ?? 'points', balance);
    if (balance === 0) return null;
    points = -balance;
    if (!(await changeBalance(manager, posting.memberId, points, earned(points)))) throw new Error('points balance changed under its own lock');
  }
  if (points < 0) await consumeLots(manager, posting, -points);
  const balanceAfter = await pointsBalance(manager, posting.memberId);
  await recordBalanceMoves(manager, [{ from: balanceAfter - points, to: balanceAfter }]);
  const entry = manager.create(PointsEntry, {
    memberId: posting.memberId,
    kind: posting.kind,
    points,
    balanceAfter,
    branchId: posting.branchId ?? null,
    invoiceId: posting.invoiceId ?? null,
    salesReturnId: posting.salesReturnId ?? null,
    giftRedemptionId: posting.giftRedemptionId ?? null,
    referredMemberId: posting.referredMemberId ?? null,
    lotId: posting.lotId ?? null,
    basis: posting.basis === undefined || posting.basis === null ? null : JSON.stringify(posting.basis),
    reason: posting.reason ?? null,
    staffId: posting.staffId ?? null,
    createdAt: posting.at,
  });
  entry.id = Number((await manager.insert(PointsEntry, entry)).identifiers[0].id);
  if (points > 0) {
    await manager.insert(PointsLot, { memberId: posting.memberId, entryId: entry.id, points, remaining: points, open: true, earnedAt: posting.at, expiresAt: posting.expiresAt ?? null });
  }
  return entry;
}

/** A lot the expiry pass found due: the member and the lot; what remains is read again under the member's lock. */
export type DueLot = { id: number; memberId: number };

/**
 * Expires what remains of these lots (the scheduled pass, many members at once): per lot an
 * EXPIRE entry naming it, its remaining set to 0 and closed, and each member's balance lowered —
 * the same invariants as postPoints, written set-wise because a month of a big chain is hundreds
 * of thousands of lots. The members' balance rows are locked first, in member order (the lock
 * every points change takes, so this waits for a redemption in progress and two instances
 * running the pass take turns); the lots are then re-read under those locks, so a lot another
 * instance expired meanwhile, or one a redemption emptied, is skipped. Returns the entries written.
 */
export async function expireLots(manager: EntityManager, due: readonly DueLot[], at: Date): Promise<number> {
  if (due.length === 0) return 0;
  const memberIds = [...new Set(due.map((lot) => lot.memberId))].sort((a, b) => a - b);
  const q = (name: string) => manager.connection.driver.escape(name);
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const balanceRows: Array<{ memberId: number | string; balance: number | string }> = await manager.query(
    `SELECT ${q('memberId')}, ${q('balance')} FROM ${q('member_points')} WHERE ${q('memberId')} IN (${marks(memberIds.length)}) ORDER BY ${q('memberId')}${isSqlite(manager) ? '' : ' FOR UPDATE'}`,
    memberIds,
  );
  const balances = new Map(balanceRows.map((row) => [Number(row.memberId), Number(row.balance)]));
  const lotIds = due.map((lot) => lot.id);
  const lots: Array<{ id: number | string; memberId: number | string; remaining: number | string }> = await manager.query(
    `SELECT ${q('id')}, ${q('memberId')}, ${q('remaining')} FROM ${q('points_lots')} WHERE ${q('id')} IN (${marks(lotIds.length)}) AND ${q('open')} = 1 AND ${q('remaining')} > 0 ORDER BY ${q('memberId')}, ${q('id')}`,
    lotIds,
  );
  if (lots.length === 0) return 0;

  // The driver's own form of a datetime (SQLite keeps a UTC text), as the entity's other writes store it.
  const createdAt: unknown = manager.connection.driver.preparePersistentValue(at, manager.connection.getMetadata(PointsEntry).findColumnWithPropertyName('createdAt')!);
  const entries: unknown[][] = [];
  const taken = new Map<number, number>();
  for (const lot of lots) {
    const memberId = Number(lot.memberId);
    const remaining = Number(lot.remaining);
    const balanceAfter = (balances.get(memberId) ?? 0) - remaining;
    // The open lots always sum to the balance; a lot larger than it means they drifted.
    if (balanceAfter < 0) throw new Error(`points lots of member ${memberId} exceed the balance`);
    balances.set(memberId, balanceAfter);
    taken.set(memberId, (taken.get(memberId) ?? 0) + remaining);
    entries.push([memberId, PointsEntryKind.EXPIRE, -remaining, balanceAfter, Number(lot.id), createdAt]);
  }
  await recordBalanceMoves(manager, [...taken].map(([memberId, n]) => ({ from: balances.get(memberId)! + n, to: balances.get(memberId)! })));
  const ids = lots.map((lot) => Number(lot.id));
  await manager.query(`UPDATE ${q('points_lots')} SET ${q('remaining')} = 0, ${q('open')} = 0 WHERE ${q('id')} IN (${marks(ids.length)})`, ids);
  const members = [...taken.keys()];
  // Joined to the list of amounts, each balance found by its key: a CASE over the list would be read for every row.
  const amounts = members.flatMap((id) => [id, taken.get(id)]);
  await manager.query(
    isSqlite(manager)
      ? `UPDATE member_points SET balance = balance - t.column2, updatedAt = CURRENT_TIMESTAMP FROM (VALUES ${members.map(() => '(?, ?)').join(', ')}) AS t WHERE member_points.memberId = t.column1`
      : `UPDATE member_points mp JOIN (${members.map((_, i) => (i === 0 ? 'SELECT ? AS memberId, ? AS n' : 'SELECT ?, ?')).join(' UNION ALL ')}) t ON t.memberId = mp.memberId SET mp.balance = mp.balance - t.n, mp.updatedAt = CURRENT_TIMESTAMP`,
    amounts,
  );
  const columns = ['memberId', 'kind', 'points', 'balanceAfter', 'lotId', 'createdAt'].map(q).join(', ');
  for (let i = 0; i < entries.length; i += 500) {
    const chunk = entries.slice(i, i + 500);
    await manager.query(`INSERT INTO ${q('points_entries')} (${columns}) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`, chunk.flat());
  }
  return entries.length;
}
