/**
 * Member number rules. Pure: no database. A sequence hands out prefix + zero-padded value
 * ("A" + 3 digits → A001; "WeM-" + 5 → WeM-00004; walk-ins "K" + 6 → K000001); numbers that
 * outgrow their digits simply get longer (A1000).
 */
import { invalidField } from '../errors/domain-error';

export const WALK_IN_SCOPE = 'walk-in';
export const WALK_IN_DEFAULT = { prefix: 'K', digits: 6 } as const;
export const BRANCH_DEFAULT_DIGITS = 5;
export const SEQUENCE_LIMITS = { prefix: 10, digitsMin: 1, digitsMax: 10, nextValueMax: 2_147_483_647 } as const;
/** Member numbers are at most 30 characters (the column). */
export const MEMBER_NO_MAX = 30;

export const branchScope = (branchId: number) => `branch:${branchId}`;

export function formatMemberNumber(sequence: { prefix: string; digits: number }, value: number): string {
  return sequence.prefix + String(value).padStart(sequence.digits, '0');
}

/** The default sequence of a branch that has none: its code (letters, digits, "-") + 5 digits. */
export function defaultBranchSequence(branchCode: string): { prefix: string; digits: number } {
  const prefix = branchCode.replace(/[^A-Za-z0-9-]/g, '').slice(0, SEQUENCE_LIMITS.prefix);
  return { prefix, digits: BRANCH_DEFAULT_DIGITS };
}

export type SequenceInput = { scope: string; prefix: string; digits: number; nextValue: number };

/** The branch id of a "branch:<id>" scope, null for the walk-in scope; anything else names "scope". */
export function parseScope(scope: string): { branchId: number | null } {
  if (scope === WALK_IN_SCOPE) return { branchId: null };
  const match = /^branch:([1-9]\d{0,9})$/.exec(scope);
  if (!match) throw invalidField('scope', 'invalidScope');
  return { branchId: Number(match[1]) };
}
