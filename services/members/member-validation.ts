/**
 * Checks and canonical forms of what staff type into the member form. Pure: no database, no
 * clock (`today` is passed in). Every failure is an `invalidField(<plain field name>, <key>)`,
 * so the API and the form name the same field ("phone", "birthday", "customFields.skinType").
 */
import { isEmail } from 'class-validator';
import type { Gender } from '../../entities/member.entity';
import { invalidField } from '../errors/domain-error';
import { canonicalIdCard } from './identity-card';

/** Column sizes of `members`; the form uses the same limits. */
export const MEMBER_LIMITS = {
  lastName: 50,
  firstName: 50,
  englishName: 100,
  email: 150,
  address: 255,
  remarks: 2000,
  commentBody: 2000,
  customValue: 500,
} as const;

/** The earliest birthday accepted; anything before is a typing slip. */
const EARLIEST_BIRTHDAY = '1900-01-01';

const GENDERS: readonly string[] = ['F', 'M', 'U'];

/**
 * The phone number in the form it is stored and searched by: the digits a caller in the number's
 * own country dials, so the front desk's prefix search matches what customers say.
 * - Hong Kong: 8 digits starting 2, 3, 5, 6, 7, 8 or 9 ("91234567"); "+852" is dropped.
 * - Mainland China: an 11-digit mobile 1[3-9]… ("13812345678"); "+86" is dropped.
 * - Thailand: 0 + 9 digits, mobiles 06/08/09… ("0812345678"); "+66 81…" becomes "081…".
 * Spaces, dashes, dots and brackets are ignored. Returns null for anything else.
 */
export function canonicalPhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s\-().]/g, '');
  const international = /^(?:\+|00)(\d+)$/.exec(compact);
  if (international) {
    const digits = international[1];
    if (/^852[235-9]\d{7}$/.test(digits)) return digits.slice(3);
    if (/^861[3-9]\d{9}$/.test(digits)) return digits.slice(2);
    if (/^66[689]\d{8}$/.test(digits)) return `0${digits.slice(2)}`;
    return null;
  }
  if (/^[235-9]\d{7}$/.test(compact)) return compact;
  if (/^1[3-9]\d{9}$/.test(compact)) return compact;
  if (/^0[689]\d{8}$/.test(compact)) return compact;
  return null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The raw member fields of a registration or an update; absent (undefined) means "unchanged". */
export type MemberFieldsInput = {
  lastName?: string | null;
  firstName?: string | null;
  englishName?: string | null;
  gender?: Gender | null;
  idCard?: string | null;
  phone?: string | null;
  phone2?: string | null;
  email?: string | null;
  birthday?: string | null;
  address?: string | null;
  remarks?: string | null;
};

/** Checked fields in canonical form; only the fields the input carried. */
export type MemberFields = Partial<{
  lastName: string;
  firstName: string;
  englishName: string | null;
  gender: Gender;
  idCard: string | null;
  phone: string;
  phone2: string | null;
  email: string | null;
  birthday: string | null;
  address: string | null;
  remarks: string | null;
}>;

export type MemberFieldsOptions = {
  /** Today's date (YYYY-MM-DD) where the salon is; birthdays may not be later. */
  today: string;
  /** 'create' requires the registration's required fields; 'update' checks only what is given. */
  mode: 'create' | 'update';
  /** Walk-ins may have no surname yet (the UI shows their phone instead). */
  walkIn?: boolean;
};

function text(field: keyof typeof MEMBER_LIMITS, value: string, max: number = MEMBER_LIMITS[field]): string {
  const trimmed = value.trim();
  if (trimmed.length > max) throw invalidField(field, 'tooLong', { max });
  return trimmed;
}

/**
 * Validates and canonicalises member fields, in the order the form shows them; the first bad
 * field throws. Optional fields given as null or blank become null (cleared).
 */
export function validateMemberFields(input: MemberFieldsInput, options: MemberFieldsOptions): MemberFields {
  const out: MemberFields = {};
  const given = (key: keyof MemberFieldsInput) => input[key] !== undefined || options.mode === 'create';
  const optional = (key: keyof MemberFieldsInput) => {
    const value = input[key];
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  };

  if (given('lastName')) {
    const lastName = text('lastName', input.lastName ?? '');
    if (!lastName && !options.walkIn) throw invalidField('lastName', 'required');
    out.lastName = lastName;
  }
  if (given('firstName')) out.firstName = text('firstName', input.firstName ?? '');
  if (given('englishName')) {
    const value = optional('englishName');
    out.englishName = value === null ? null : text('englishName', value);
  }
  if (given('gender')) {
    const gender = input.gender ?? null;
    if (gender === null) {
      if (!options.walkIn) throw invalidField('gender', 'required');
      out.gender = 'U' as Gender;
    } else {
      if (!GENDERS.includes(gender)) throw invalidField('gender', 'notAnOption');
      out.gender = gender;
    }
  }
  if (given('idCard')) {
    const value = optional('idCard');
    if (value === null) out.idCard = null;
    else {
      const canonical = canonicalIdCard(value);
      if (!canonical) throw invalidField('idCard', 'invalidIdCard');
      out.idCard = canonical;
    }
  }
  if (given('phone')) {
    const value = optional('phone');
    if (value === null) throw invalidField('phone', 'required');
    const canonical = canonicalPhone(value);
    if (!canonical) throw invalidField('phone', 'invalidPhone');
    out.phone = canonical;
  }
  if (given('phone2')) {
    const value = optional('phone2');
    if (value === null) out.phone2 = null;
    else {
      const canonical = canonicalPhone(value);
      if (!canonical) throw invalidField('phone2', 'invalidPhone');
      out.phone2 = canonical;
    }
  }
  if (given('email')) {
    const value = optional('email');
    if (value === null) out.email = null;
    else {
      const email = text('email', value);
      if (!isEmail(email)) throw invalidField('email', 'invalidEmail');
      out.email = email;
    }
  }
  if (given('birthday')) {
    const value = optional('birthday');
    if (value === null) out.birthday = null;
    else {
      const birthday = value.trim();
      if (!isIsoDate(birthday) || birthday < EARLIEST_BIRTHDAY) throw invalidField('birthday', 'invalidDate');
      if (birthday > options.today) throw invalidField('birthday', 'birthdayInFuture');
      out.birthday = birthday;
    }
  }
  if (given('address')) {
    const value = optional('address');
    out.address = value === null ? null : text('address', value);
  }
  if (given('remarks')) {
    const value = optional('remarks');
    out.remarks = value === null ? null : text('remarks', value);
  }
  return out;
}

/** A comment's text: 1–2,000 characters after trimming. */
export function validateCommentBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw invalidField('body', 'required');
  if (trimmed.length > MEMBER_LIMITS.commentBody) throw invalidField('body', 'tooLong', { max: MEMBER_LIMITS.commentBody });
  return trimmed;
}
