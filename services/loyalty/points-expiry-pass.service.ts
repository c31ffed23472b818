/**
 * The scheduled expiry of points (hourly on every instance, and `npm run loyalty:expire`): open
 * lots whose expiry has come get an EXPIRE entry for what remains of them, in batches, each batch
 * its own transaction (expireLots in the ledger). Safe when instances run it at once: a lot is
 * expired by the one transaction that finds it still open under its member's lock, the other
 * skips it. Resumable: what a pass that dies leaves open is simply due for the next, which reads
 * from where the last complete pass got to (LoyaltySettings.pointsExpiredThrough).
 */
import type { DataSource } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { LoyaltySettings, PointsLot } from '../../entities';
import { loyaltySettings } from './loyalty-settings.service';
import { expireLots, foldBalanceCounts, type DueLot } from './points-ledger.service';

/**
 * Lots per transaction. An hourly pass is one batch; catching up on a month of a big chain, a
 * batch of this size holds SQLite's writer about half a second (docs/benchmarks.md), and fewer,
 * larger commits write each touched page of the balances and lots fewer times.
 */
export const EXPIRY_BATCH = 5000;

/**
 * Due lots gathered before they are expired in member order: the more at once, the closer together
 * a batch's members (a month's 515,000 lots in one slice took 33 s of transactions, in slices of
 * 200,000 57 s). Kept as two arrays of small integers (16 MB for a million), read in chunks.
 */
export const EXPIRY_SLICE = 1_000_000;
const READ_CHUNK = 50_000;

/**
 * How far before the last complete pass's time a pass reads again. Lots are made due months after
 * they are earned, so none should fall behind the mark; a day covers instances' clocks disagreeing.
 */
export const EXPIRY_OVERLAP_MS = 86_400_000;

/** The hourly pass's period, as the recycle bin purge's. */
export const POINTS_EXPIRY_EVERY_MS = 3_600_000;

export type ExpiryPassResult = { entries: number; batches: number };

type DueRow = { id: number | string; memberId: number | string; expiresAt: Date | string };
type Cursor = { expiresAt: Date | string; id: number };

/** Up to `limit` due lots after `after`, by expiry then id, as two parallel arrays; `last` is where the next slice reads on. */
async function readDueSlice(ds: DataSource, now: Date, since: Date | null, after: Cursor | null, limit: number) {
  const ids: number[] = [];
  const members: number[] = [];
  let count = 0;
  let last = after;
  while (count < limit) {
    const qb = ds
      .getRepository(PointsLot)
      .createQueryBuilder('lot')
      .select('lot.id', 'id')
      .addSelect('lot.memberId', 'memberId')
      .addSelect('lot.expiresAt', 'expiresAt')
      .where('lot.open = :open AND lot.expiresAt <= :now', { open: true, now });
    if (since) qb.andWhere('lot.expiresAt > :since', { since });
    if (last) qb.andWhere('(lot.expiresAt > :afterAt OR (lot.expiresAt = :afterAt AND lot.id > :afterId))', { afterAt: last.expiresAt, afterId: last.id });
    const want = Math.min(READ_CHUNK, limit - count);
    const rows = await qb.orderBy('lot.expiresAt', 'ASC').addOrderBy('lot.id', 'ASC').limit(want).getRawMany<DueRow>();
    for (const row of rows) {
      ids.push(Number(row.id));
      members.push(Number(row.memberId));
      count += 1;
    }
    if (rows.length > 0) last = { expiresAt: rows[rows.length - 1].expiresAt, id: Number(rows[rows.length - 1].id) };
    if (rows.length < want) return { ids, members, count, last, more: false };
  }
  return { ids, members, count, last, more: true };
}

/**
 * Expires every lot due at `now`. Due lots are read a slice at a time by expiry, then id, from
 * the last complete pass's time (on idx_points_lots_expiry; after the last one read, so lots
 * another instance skipped past or a concurrent redemption kept open are not read twice within one
 * pass), and each slice is expired in member order: neighbouring members share the pages of the
 * balances and of the member's lots and entries, where expiry order touches a page per lot.
 * Once every batch has gone through, the mark moves to `now` (never past the clock, so a pass run
 * ahead with `--as-of` leaves the lots of the months between due for the real passes).
 */
export async function expireDuePoints(ds: DataSource, now: Date = new Date(), batch = EXPIRY_BATCH, slice = EXPIRY_SLICE): Promise<ExpiryPassResult> {
  let entries = 0;
  let batches = 0;
  let after: Cursor | null = null;
  const mark = (await loyaltySettings(ds.manager)).pointsExpiredThrough;
  const since = mark ? new Date(mark.getTime() - EXPIRY_OVERLAP_MS) : null;
  for (;;) {
    const due = await readDueSlice(ds, now, since, after, slice);
    after = due.last;
    const order = Uint32Array.from({ length: due.count }, (_, i) => i).sort((a, b) => due.members[a] - due.members[b] || due.ids[a] - due.ids[b]);
    for (let i = 0; i < due.count; i += batch) {
      const lots = Array.from(order.subarray(i, i + batch), (k): DueLot => ({ id: due.ids[k], memberId: due.members[k] }));
      entries += await inReadCommittedTransaction(ds, (manager) => expireLots(manager, lots, now));
      batches += 1;
    }
    if (!due.more) break;
  }
  await markExpiredThrough(ds, new Date(Math.min(now.getTime(), Date.now())));
  // The ranking's count rows of the hour (and of this pass) folded into one per balance.
  await inReadCommittedTransaction(ds, (manager) => foldBalanceCounts(manager));
  return { entries, batches };
}

/** Moves the mark forward only (a slower instance's pass that started earlier never moves it back); the settings' own updatedAt stays. */
async function markExpiredThrough(ds: DataSource, through: Date): Promise<void> {
  const q = (name: string) => ds.driver.escape(name);
  const column = ds.getMetadata(LoyaltySettings).findColumnWithPropertyName('pointsExpiredThrough')!;
  const value: unknown = ds.driver.preparePersistentValue(through, column);
  await ds.query(
    // updatedAt set to itself: MySQL would otherwise stamp it (ON UPDATE).
    `UPDATE ${q('loyalty_settings')} SET ${q('pointsExpiredThrough')} = ?, ${q('updatedAt')} = ${q('updatedAt')} WHERE ${q('id')} = 1 AND (${q('pointsExpiredThrough')} IS NULL OR ${q('pointsExpiredThrough')} < ?)`,
    [value, value],
  );
}
