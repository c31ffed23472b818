/**
 * Row generator for bulk-loading members (`npm run db:generate -- --members N`). Pure: no
 * framework imports; the caller supplies the ids of existing branches, groups and consultants.
 */
import { createRng, weighted } from './prng';
import { generatePerson } from './hk-people';
import { birthMonthOf, memberSearchKeys } from '../members/member-search-keys';

export type SqlValue = string | number | null;

/** Column order of the rows `createMemberRowFactory` produces (table `members`). */
export const MEMBER_BULK_COLUMNS = [
  'memberNo', 'lastName', 'firstName', 'englishName', 'gender', 'idCard', 'phone', 'phone2', 'email',
  'birthday', 'branchId', 'groupId', 'consultantId', 'remarks', 'createdAt', 'updatedAt',
  'searchName', 'searchNameAlt', 'birthMonth',
] as const;

export const GENERATED_MEMBER_PREFIX = 'G';
const GENERATED_DIGITS = 7;
export const MAX_GENERATED_SEQ = 10 ** GENERATED_DIGITS - 1;
/** Salt of the mobile-number permutation for generated members (demo members use another). */
export const BULK_PHONE_SALT = 0x6b75;

/** "G0000001" for 1. The demo members use A…/WeM-… numbers, so these never clash with them. */
export function generatedMemberNo(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_GENERATED_SEQ) {
    throw new RangeError(`Generated member sequence must be 1…${MAX_GENERATED_SEQ}; got ${seq}`);
  }
  return GENERATED_MEMBER_PREFIX + String(seq).padStart(GENERATED_DIGITS, '0');
}

/** The sequence number of a generated member number, or null for any other number. */
export function parseGeneratedMemberNo(memberNo: string): number | null {
  const match = /^G(\d{7})$/.exec(memberNo);
  return match ? Number(match[1]) : null;
}

export interface MemberDistribution {
  branches: ReadonlyArray<{ id: number; weight: number }>;
  groups: ReadonlyArray<{ id: number; weight: number }>;
  /** Salespeople who may be a member's consultant, by branch id. */
  consultantsByBranch: ReadonlyMap<number, readonly number[]>;
  /** Share of members with a consultant (when their branch has salespeople). */
  consultantShare: number;
}

/**
 * Returns `next()`, producing the row for sequence numbers firstSeq, firstSeq + 1, … in
 * MEMBER_BULK_COLUMNS order. The same (distribution, seed, firstSeq) always yields the same rows.
 */
export function createMemberRowFactory(dist: MemberDistribution, seed: number, firstSeq: number) {
  if (!dist.branches.length) throw new Error('No branches to put members in');
  if (!dist.groups.length) throw new Error('No member groups to put members in');
  const rng = createRng(`members:${seed}:${firstSeq}`);
  const pickBranch = weighted(dist.branches.map((b) => [b.id, b.weight] as const));
  const pickGroup = weighted(dist.groups.map((g) => [g.id, g.weight] as const));
  let seq = firstSeq;
  return {
    get nextSeq() { return seq; },
    next(): SqlValue[] {
      const memberNo = generatedMemberNo(seq);
      const person = generatePerson(rng, seq, BULK_PHONE_SALT);
      seq += 1;
      const branchId = pickBranch(rng);
      const groupId = pickGroup(rng);
      const consultants = dist.consultantsByBranch.get(branchId);
      const consultantId = consultants?.length && rng.chance(dist.consultantShare) ? rng.pick(consultants) : null;
      return [
        memberNo, person.lastName, person.firstName, person.englishName, person.gender, person.idCard,
        person.phone, person.phone2, person.email, person.birthday, branchId, groupId, consultantId,
        person.remarks, person.registeredAt, person.registeredAt,
        ...Object.values(memberSearchKeys(person)), birthMonthOf(person.birthday),
      ];
    },
  };
}
