import type { EntityManager } from 'typeorm';
import { lockForUpdate } from '../../db/dialect';
import { Branch, DocumentSequence, Invoice, PrepaidSale, SalesReturn } from '../../entities';

export type DocumentKind = 'INVOICE' | 'RETURN' | 'PREPAID';

/** What a branch's documents are called before its sequence is set: the branch code, then SI- (sales invoice), SR- (sales return) or PP- (prepaid sale). */
const DEFAULT_SUFFIX: Record<DocumentKind, string> = { INVOICE: 'SI-', RETURN: 'SR-', PREPAID: 'PP-' };
const DOCUMENTS = { INVOICE: Invoice, RETURN: SalesReturn, PREPAID: PrepaidSale } as const;
const DEFAULT_DIGITS = 5;
/** Gives up rather than loop for ever when a sequence was set far below numbers already used. */
const MAX_SKIPS = 10_000;

export function formatDocumentNumber(sequence: { prefix: string; digits: number }, value: number): string {
  return `${sequence.prefix}${String(value).padStart(sequence.digits, '0')}`;
}

async function bump(manager: EntityManager, branchId: number, kind: DocumentKind): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(DocumentSequence)
    .set({ nextValue: () => 'nextValue + 1' })
    .where('branchId = :branchId AND kind = :kind', { branchId, kind })
    .execute();
  return (result.affected ?? 0) > 0;
}

/**
 * The next document number of a branch (e.g. "TKOSI-00001"), inside the caller's transaction.
 * The UPDATE comes first: on MySQL/MariaDB it locks the sequence row until the transaction ends,
 * so concurrent sales at the branch queue there and each reads its own value; SQLite has one
 * writer. A sale that rolls back rolls its bump back too, so numbers stay unique and gap-free.
 * A branch without a sequence gets one (branch code + SI-/SR-/PP-, 5 digits) on its first document.
 * Numbers already taken (a sequence set back by hand) are skipped; the unique index is the last guard.
 */
export async function allocateDocumentNumber(manager: EntityManager, branchId: number, kind: DocumentKind): Promise<string> {
  if (!(await bump(manager, branchId, kind))) {
    // The branch's first document: its row lock lets one concurrent first sale create the sequence
    // while the others wait, then bump the row it made. Bumping again before inserting keeps the
    // waiters from taking a shared lock on that row (an INSERT IGNORE of an existing row would),
    // which MySQL would turn into a deadlock when they all upgrade it for their UPDATE.
    const branch = await lockForUpdate(manager.createQueryBuilder(Branch, 'b').where('b.id = :branchId', { branchId })).getOneOrFail();
    if (!(await bump(manager, branchId, kind))) {
      // Created already bumped: this document takes number 1.
      await manager.insert(DocumentSequence, { branchId, kind, prefix: `${branch.code}${DEFAULT_SUFFIX[kind]}`, digits: DEFAULT_DIGITS, nextValue: 2 });
    }
  }
  const documents = DOCUMENTS[kind];
  for (let skips = 0; ; skips += 1) {
    const sequence = await manager.findOneByOrFail(DocumentSequence, { branchId, kind });
    const number = formatDocumentNumber(sequence, sequence.nextValue - 1);
    if (!(await manager.existsBy(documents, { number }))) return number;
    if (skips >= MAX_SKIPS) throw new Error(`Document sequence ${kind} of branch ${branchId} found no free number after ${MAX_SKIPS} tries`);
    await bump(manager, branchId, kind);
  }
}
