/**
 * The stored-value ledger (儲值): the one way any code changes a member's stored value. Every
 * change is an append-only entry naming its document; the balance (stored_value_accounts) is the
 * sum of her entries, written in the caller's transaction.
 *
 * Concurrency: the member's account row is the lock. A credit is an UPDATE of it; a debit is a
 * guarded UPDATE (`balanceCents >= n`), so of concurrent debits only those the balance covers pass
 * and the balance is never negative.
 *
 * Callers own the transaction, the idempotency key (services/idempotency), the card check
 * (prepaid-card-guard.service.ts) and the audit entry.
 */
import type { EntityManager } from 'typeorm';
import { StoredValueAccount, StoredValueEntry } from '../../entities';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { isSqlite } from '../../db/dialect';
import { insufficientStoredValue } from '../errors/domain-error';

export type StoredValuePosting = {
  memberId: number;
  kind: StoredValueEntryKind;
  /** Cents added (positive) or taken (negative); never 0. */
  amountCents: number;
  /** Top-ups and their refunds: the money part and the bonus part (amountCents = paid + bonus). */
  paidCents?: number;
  bonusCents?: number;
  at: Date;
  branchId?: number | null;
  invoiceId?: number | null;
  salesReturnId?: number | null;
  prepaidSaleId?: number | null;
  reason?: string | null;
  staffId?: number | null;
  /** The input field a refusal names (INSUFFICIENT_STORED_VALUE). */
  field?: string;
  /** How a refusal shows the balance ("1100.00"): the caller knows the currency's decimals. */
  formatBalance?: (cents: number) => string;
};

async function ensureAccount(manager: EntityManager, memberId: number): Promise<void> {
  if (isSqlite(manager)) {
    await manager.query('INSERT INTO "stored_value_accounts" ("memberId", "balanceCents", "paidInCents", "bonusInCents", "updatedAt") VALUES (?, 0, 0, 0, CURRENT_TIMESTAMP) ON CONFLICT ("memberId") DO NOTHING', [memberId]);
  } else {
    // ON DUPLICATE KEY UPDATE takes the exclusive lock at once (INSERT IGNORE's shared lock deadlocks when waiters upgrade it).
    await manager.query('INSERT INTO `stored_value_accounts` (`memberId`, `balanceCents`, `paidInCents`, `bonusInCents`, `updatedAt`) VALUES (?, 0, 0, 0, CURRENT_TIMESTAMP) ON DUPLICATE KEY UPDATE `balanceCents` = `balanceCents`', [memberId]);
  }
}

/** The member's stored value as this transaction sees it (after its own changes), in cents. */
export async function storedValueBalance(manager: EntityManager, memberId: number): Promise<number> {
  const row = await manager.findOneBy(StoredValueAccount, { memberId });
  return row?.balanceCents ?? 0;
}

/** Writes one entry and moves the balance; a debit the balance does not cover is INSUFFICIENT_STORED_VALUE naming `posting.field` (default "amountCents"). */
export async function postStoredValue(manager: EntityManager, posting: StoredValuePosting): Promise<StoredValueEntry> {
  const { amountCents } = posting;
  if (!Number.isInteger(amountCents) || amountCents === 0) throw new Error('a stored-value entry moves a whole, non-zero number of cents');
  const paidCents = posting.paidCents ?? 0;
  const bonusCents = posting.bonusCents ?? 0;
  await ensureAccount(manager, posting.memberId);
  const update = manager
    .createQueryBuilder()
    .update(StoredValueAccount)
    .set({
      balanceCents: () => `balanceCents + ${amountCents}`,
      paidInCents: () => `paidInCents + ${paidCents}`,
      bonusInCents: () => `bonusInCents + ${bonusCents}`,
    })
    .where('memberId = :memberId', { memberId: posting.memberId });
  if (amountCents < 0) update.andWhere('balanceCents >= :needed', { needed: -amountCents });
  if (!(await update.execute()).affected) {
    const balance = await storedValueBalance(manager, posting.memberId);
    throw insufficientStoredValue(posting.field ?? 'amountCents', posting.formatBalance ? posting.formatBalance(balance) : (balance / 100).toFixed(2));
  }
  const balanceAfterCents = await storedValueBalance(manager, posting.memberId);
  const entry = manager.create(StoredValueEntry, {
    memberId: posting.memberId,
    kind: posting.kind,
    amountCents,
    paidCents,
    bonusCents,
    balanceAfterCents,
    branchId: posting.branchId ?? null,
    invoiceId: posting.invoiceId ?? null,
    salesReturnId: posting.salesReturnId ?? null,
    prepaidSaleId: posting.prepaidSaleId ?? null,
    reason: posting.reason ?? null,
    staffId: posting.staffId ?? null,
    createdAt: posting.at,
  });
  entry.id = Number((await manager.insert(StoredValueEntry, entry)).identifiers[0].id);
  return entry;
}
