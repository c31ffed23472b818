/**
 * The scheduled expiry of points (hourly on every instance, and `npm run loyalty:expire`): open
 * lots whose expiry has come get an EXPIRE entry for what remains of them, oldest first, in
 * batches, each batch its own transaction (expireLots in the ledger). Safe when instances run it
 * at once: a lot is expired by the one transaction that finds it still open under its member's
 * lock, the other skips it. Resumable: what a pass that dies leaves open is simply due for the next.
 */
import type { DataSource } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { PointsLot } from '../../entities';
import { expireLots, foldBalanceCounts, type DueLot } from './points-ledger.service';

/** Lots per transaction: large enough that a month of a big chain is a few hundred transactions, small enough that a member's redemption never waits long. */
export const EXPIRY_BATCH = 1000;

/** The hourly pass's period, as the recycle bin purge's. */
export const POINTS_EXPIRY_EVERY_MS = 3_600_000;

export type ExpiryPassResult = { entries: number; batches: number };

/**
 * Expires every lot due at `now`. Each batch reads the next due lots after the last one handled
 * (by expiry, then id, on idx_points_lots_expiry), so lots another instance skipped past or that a
 * concurrent redemption kept open are not read twice within one pass.
 */
export async function expireDuePoints(ds: DataSource, now: Date = new Date(), batch = EXPIRY_BATCH): Promise<ExpiryPassResult> {
  let entries = 0;
  let batches = 0;
  let after: { expiresAt: Date; id: number } | null = null;
  for (;;) {
    const qb = ds
      .getRepository(PointsLot)
      .createQueryBuilder('lot')
      .select(['lot.id', 'lot.memberId', 'lot.expiresAt'])
      .where('lot.open = :open AND lot.expiresAt <= :now', { open: true, now });
    if (after) qb.andWhere('(lot.expiresAt > :afterAt OR (lot.expiresAt = :afterAt AND lot.id > :afterId))', { afterAt: after.expiresAt, afterId: after.id });
    const due = await qb.orderBy('lot.expiresAt', 'ASC').addOrderBy('lot.id', 'ASC').limit(batch).getMany();
    if (due.length === 0) break;
    const last = due[due.length - 1];
    after = { expiresAt: last.expiresAt!, id: last.id };
    entries += await inReadCommittedTransaction(ds, (manager) => expireLots(manager, due.map((lot): DueLot => ({ id: lot.id, memberId: lot.memberId })), now));
    batches += 1;
    if (due.length < batch) break;
  }
  // The ranking's count rows of the hour (and of this pass) folded into one per balance.
  await inReadCommittedTransaction(ds, (manager) => foldBalanceCounts(manager));
  return { entries, batches };
}
