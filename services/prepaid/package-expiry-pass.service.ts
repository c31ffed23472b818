/**
 * The scheduled expiry of packages (hourly on every instance, and `npm run prepaid:expire`): a
 * package whose last day (validTo, in its branch's calendar) has passed with something left gets an
 * EXPIRE entry booking its deferred revenue as breakage (closePackage), in batches, each batch its
 * own transaction. Safe when instances run it at once: each package is re-read under its row lock
 * and skipped when another pass booked it first. Resumable: what a pass that dies leaves is simply
 * due for the next.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Branch, MemberPackage } from '../../entities';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { salonDay } from '../reports/report-range';
import { closePackage, lockPackage } from './package-ledger.service';

/** Packages per transaction: each is a lock, an update and an entry, so a batch holds SQLite's writer briefly. */
export const PACKAGE_EXPIRY_BATCH = 500;

/** The hourly pass's period, as the points expiry's. */
export const PACKAGE_EXPIRY_EVERY_MS = 3_600_000;

export type PackageExpiryResult = { expired: number; batches: number };

/** Whether a package (read under its lock) is due for its expiry entry on `today`. */
export function packageExpiryDue(pkg: Pick<MemberPackage, 'status' | 'expiryBooked' | 'validTo' | 'sessionsRemaining' | 'remainingCents' | 'deferredCents'>, today: string): boolean {
  return pkg.status === MemberPackageStatus.ACTIVE && !pkg.expiryBooked && pkg.validTo < today && (pkg.sessionsRemaining > 0 || pkg.remainingCents > 0 || pkg.deferredCents > 0);
}

async function expireOne(manager: EntityManager, id: number, today: string, at: Date): Promise<boolean> {
  const pkg = await lockPackage(manager, id, 'memberPackageId');
  if (!packageExpiryDue(pkg, today)) return false;
  await closePackage(manager, id, PackageEntryKind.EXPIRE, { at, branchId: pkg.branchId, staffId: null });
  return true;
}

/**
 * Books the expiry of every package past its last day at `now`: branch by branch (each has its own
 * calendar), due packages read in id order a batch at a time and closed in one transaction per batch.
 */
export async function expireDuePackages(ds: DataSource, now: Date = new Date(), batch = PACKAGE_EXPIRY_BATCH): Promise<PackageExpiryResult> {
  let expired = 0;
  let batches = 0;
  const branches = await ds.getRepository(Branch).find({ select: { id: true, timeZone: true }, order: { id: 'ASC' } });
  for (const branch of branches) {
    const today = salonDay(now, branch.timeZone);
    let after = 0;
    for (;;) {
      const due = await ds.getRepository(MemberPackage).createQueryBuilder('p')
        .select('p.id', 'id')
        .where('p.branchId = :branchId AND p.validTo < :today AND p.status = :active AND p.expiryBooked = :booked', { branchId: branch.id, today, active: MemberPackageStatus.ACTIVE, booked: false })
        .andWhere('(p.sessionsRemaining > 0 OR p.remainingCents > 0 OR p.deferredCents > 0)')
        .andWhere('p.id > :after', { after })
        .orderBy('p.id', 'ASC')
        .limit(batch)
        .getRawMany<{ id: number | string }>();
      if (!due.length) break;
      const ids = due.map((r) => Number(r.id));
      expired += await inReadCommittedTransaction(ds, async (manager) => {
        let n = 0;
        for (const id of ids) if (await expireOne(manager, id, today, now)) n += 1;
        return n;
      });
      batches += 1;
      after = ids[ids.length - 1];
      if (ids.length < batch) break;
    }
  }
  return { expired, batches };
}
