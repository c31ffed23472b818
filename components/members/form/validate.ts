/**
 * Client-side checks of the member registration and edit forms. They mirror the server's rules so
 * staff see mistakes before submitting; the server still validates everything and its answer wins.
 * Pure functions, no framework imports: `today` is passed in.
 */
import { canonicalIdCard } from '@/services/members/identity-card';

export type IssueKey =
  | 'required'
  | 'tooLong'
  | 'invalidPhone'
  | 'invalidEmail'
  | 'invalidIdCard'
  | 'invalidDate'
  | 'birthdayInFuture'
  | 'notANumber'
  | 'notAnOption';

export type FieldIssue = { key: IssueKey; params?: Record<string, number> };
export type FieldIssues = Record<string, FieldIssue>;

export type CustomFieldKind = 'TEXT' | 'NUMBER' | 'DATE' | 'SELECT';

export type CustomFieldRule = {
  id: string;
  type: CustomFieldKind;
  maxLength: number | null;
  options: string[];
  required: boolean;
};

export type MemberFormValues = {
  branchId: string;
  groupId: string;
  lastName: string;
  firstName: string;
  englishName: string;
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN' | '';
  idCard: string;
  phone: string;
  phone2: string;
  email: string;
  birthday: string;
  address: string;
  consultantId: string;
  referrerId: string;
  remarks: string;
  interestGroupIds: string[];
  /** Custom field values by field id. */
  customFields: Record<string, string>;
};

/** Column sizes of the members table: a longer value could not be stored. */
export const MAX_LENGTH = {
  lastName: 50,
  firstName: 50,
  englishName: 100,
  email: 150,
  address: 255,
  remarks: 2000,
} as const;

/** A text custom field without its own maximum holds at most this many characters. */
export const CUSTOM_VALUE_MAX = 500;

/** Birthdays before this are typing slips. */
const EARLIEST_BIRTHDAY = '1900-01-01';

/** Spaces, dashes, dots and brackets people type between digit groups. */
export function normalizePhone(raw: string): string {
  return raw.trim().replace(/[\s\-().]/g, '');
}

const PHONE_PATTERNS: readonly RegExp[] = [
  // Hong Kong: 8 digits starting 2, 3 (fixed) or 5–9 (mobile); +852 / 00852 before them.
  /^(?:(?:\+|00)852)?[235-9]\d{7}$/,
  // Mainland China mobile: 11 digits 1[3-9]…; +86 / 0086 before them.
  /^(?:(?:\+|00)86)?1[3-9]\d{9}$/,
  // Thailand mobile: 0 + 9 digits (06/08/09…), or +66 / 0066 without the trunk 0.
  /^(?:0|(?:\+|00)66)[689]\d{8}$/,
];

/**
 * A Hong Kong, mainland China or Thai phone number as the front desk types it: the same numbers
 * the server's canonicalPhone accepts (a unit test holds the two together).
 */
export function isValidPhone(raw: string): boolean {
  const phone = normalizePhone(raw);
  return PHONE_PATTERNS.some((pattern) => pattern.test(phone));
}

export function isValidEmail(raw: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(raw.trim());
}

/** A Hong Kong, mainland China or Thai identity card number with a correct check digit. */
export function isValidIdCard(raw: string): boolean {
  return canonicalIdCard(raw) !== null;
}

/** A real calendar date written YYYY-MM-DD (no 31 February). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkLength(issues: FieldIssues, field: keyof typeof MAX_LENGTH, value: string) {
  if (value.trim().length > MAX_LENGTH[field]) issues[field] = { key: 'tooLong', params: { max: MAX_LENGTH[field] } };
}

export function validateCustomValue(rule: CustomFieldRule, raw: string): FieldIssue | null {
  const value = raw.trim();
  if (!value) return rule.required ? { key: 'required' } : null;
  switch (rule.type) {
    case 'TEXT': {
      const max = rule.maxLength ?? CUSTOM_VALUE_MAX;
      return value.length > max ? { key: 'tooLong', params: { max } } : null;
    }
    case 'NUMBER':
      return /^-?\d+(?:\.\d+)?$/.test(value) ? null : { key: 'notANumber' };
    case 'DATE':
      return isRealDate(value) ? null : { key: 'invalidDate' };
    case 'SELECT':
      return rule.options.includes(value) ? null : { key: 'notAnOption' };
  }
}

/** The key a custom field's issue is filed under, shared with the server-error mapping. */
export const customFieldKey = (fieldId: string) => `customFields.${fieldId}`;

/**
 * Every problem of a filled-in registration or edit form, by field name. `today` is the branch's
 * date (YYYY-MM-DD) so a birthday later than it is refused.
 */
export function validateMemberForm(values: MemberFormValues, customFields: CustomFieldRule[], today: string): FieldIssues {
  const issues: FieldIssues = {};
  for (const field of ['branchId', 'groupId', 'lastName', 'gender', 'phone'] as const) {
    if (!values[field].trim()) issues[field] = { key: 'required' };
  }
  for (const field of Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[]) {
    if (!issues[field]) checkLength(issues, field, values[field]);
  }
  for (const field of ['phone', 'phone2'] as const) {
    if (!issues[field] && values[field].trim() && !isValidPhone(values[field])) issues[field] = { key: 'invalidPhone' };
  }
  if (!issues.email && values.email.trim() && !isValidEmail(values.email)) issues.email = { key: 'invalidEmail' };
  if (!issues.idCard && values.idCard.trim() && !isValidIdCard(values.idCard)) issues.idCard = { key: 'invalidIdCard' };
  const birthday = values.birthday.trim();
  if (birthday) {
    if (!isRealDate(birthday) || birthday < EARLIEST_BIRTHDAY) issues.birthday = { key: 'invalidDate' };
    else if (birthday > today) issues.birthday = { key: 'birthdayInFuture' };
  }
  for (const rule of customFields) {
    const issue = validateCustomValue(rule, values.customFields[rule.id] ?? '');
    if (issue) issues[customFieldKey(rule.id)] = issue;
  }
  return issues;
}

/** The walk-in quick form: a phone and a branch, nothing else. */
export function validateWalkIn(values: { phone: string; branchId: string }): FieldIssues {
  const issues: FieldIssues = {};
  if (!values.branchId) issues.branchId = { key: 'required' };
  if (!values.phone.trim()) issues.phone = { key: 'required' };
  else if (!isValidPhone(values.phone)) issues.phone = { key: 'invalidPhone' };
  return issues;
}

/** The calendar date (YYYY-MM-DD) at `now` in a time zone, e.g. the branch's "today". */
export function dateInTimeZone(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
