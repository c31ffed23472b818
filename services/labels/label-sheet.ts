/**
 * Pure layout of the A4 label sheet (seed 000 列印標籤): 3 × 8 labels of 70 × 37 mm per sheet,
 * the name line with the title the locale puts on an envelope, and the address split into lines.
 */
import type { Gender } from '../members/gender';
import { formatMemberName } from '../members/member-name';

export const LABEL_COLUMNS = 3;
export const LABEL_ROWS = 8;
export const LABELS_PER_SHEET = LABEL_COLUMNS * LABEL_ROWS;
/** Labels on one page: 100 sheets is as much as a browser prints comfortably in one go. */
export const MAX_LABELS_PER_PAGE = 100 * LABELS_PER_SHEET;

export type LabelMember = {
  id: number;
  memberNo: string;
  lastName: string;
  firstName: string;
  gender: Gender;
  address: string | null;
};

/** The labels sheet by sheet; the last sheet may be partly empty. */
export function chunkIntoSheets<T>(items: readonly T[], perSheet = LABELS_PER_SHEET): T[][] {
  if (!Number.isInteger(perSheet) || perSheet < 1) throw new RangeError(`perSheet must be a positive integer; got ${perSheet}`);
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += perSheet) sheets.push(items.slice(i, i + perSheet));
  return sheets;
}

/**
 * The name as addressed, from the locale's pattern for the member's gender with `{name}` in it:
 * "{name}小姐" gives "陳小麗小姐", "Ms {name}" gives "Ms Chan Susan".
 */
export function labelNameLine(member: Pick<LabelMember, 'lastName' | 'firstName' | 'gender'>, patterns: Record<Gender, string>): string {
  const name = formatMemberName(member);
  return (patterns[member.gender] ?? '{name}').replace('{name}', name).trim();
}

/** The address as printed: one line per line the user typed, blank lines and stray spaces dropped. */
export function addressLines(address: string | null): string[] {
  return (address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Members without an address are listed apart rather than printed as a label with only a name. */
export function hasAddress(member: Pick<LabelMember, 'address'>): boolean {
  return addressLines(member.address).length > 0;
}
