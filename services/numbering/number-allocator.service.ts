import type { EntityManager } from 'typeorm';
import { Member, MemberNumberSequence } from '../../entities';
import { formatMemberNumber } from './member-number';

/** Gives up rather than loop for ever when a sequence was set far below numbers already used. */
const MAX_SKIPS = 10_000;

async function bump(manager: EntityManager, scope: string): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(MemberNumberSequence)
    .set({ nextValue: () => 'nextValue + 1' })
    .where('scope = :scope', { scope })
    .execute();
  return (result.affected ?? 0) > 0;
}

/**
 * The next free member number of a sequence, inside the caller's transaction. The UPDATE comes
 * first: on MySQL it locks the sequence row until the transaction ends, so concurrent
 * registrations queue there; SQLite has one writer (see db/sqlite-serial-transactions.ts). A
 * missing sequence is created from `fallback`. Numbers already taken (a sequence reset by hand,
 * members imported with numbers) are skipped; the unique index on memberNo is the last guard.
 */
export async function allocateMemberNumber(
  manager: EntityManager,
  scope: string,
  fallback: { prefix: string; digits: number },
): Promise<string> {
  if (!(await bump(manager, scope))) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MemberNumberSequence)
      .values({ scope, prefix: fallback.prefix, digits: fallback.digits, nextValue: 1 })
      .orIgnore()
      .execute();
    await bump(manager, scope);
  }
  for (let skips = 0; ; skips += 1) {
    const sequence = await manager.findOneByOrFail(MemberNumberSequence, { scope });
    const memberNo = formatMemberNumber(sequence, sequence.nextValue - 1);
    if (!(await manager.existsBy(Member, { memberNo }))) return memberNo;
    if (skips >= MAX_SKIPS) throw new Error(`Member number sequence "${scope}" found no free number after ${MAX_SKIPS} tries`);
    await bump(manager, scope);
  }
}
