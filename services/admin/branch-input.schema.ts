/**
 * The one set of rules for a branch (店面) as an administrator types it: the branch form checks
 * with this schema (react-hook-form's zod resolver) and the branch administration service parses
 * with it (parseInput), so both refuse the same values with the same message. Pure: zod and
 * libphonenumber-js only; uniqueness of the code is the service's check (it needs the database).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import { TRANSLATION_LOCALES } from '../contact-settings/contact-option-rules';
import type { LocalisedNames } from '../contact-settings/localised-names';
import { canonicalPhone, compactPhone } from '../members/phone-number';
import { refuse } from '../validation/schema-issues';
import { filled, optionalText, requiredText } from '../validation/text-fields';

/**
 * Column sizes of `branches`. The code is at most 10 characters of letters, digits and "-",
 * because a branch without its own numbering rule numbers its members with its code as the
 * prefix (at most 10 such characters, services/numbering).
 */
export const BRANCH_LIMITS = { code: 10, name: 100, address: 255, phone: 30, timeZone: 64 } as const;

export const DEFAULT_TIME_ZONE = 'Asia/Hong_Kong';

/** Countries a shop's phone may be in, tried in this order for a number typed without a country code. */
const PHONE_COUNTRIES: readonly CountryCode[] = ['HK', 'CN', 'TH'];

/**
 * A shop's phone as dialled in its own country: a number a member may give (canonicalPhone: Hong
 * Kong 8 digits, mainland mobiles, Thai mobiles), or else any valid fixed line of those countries
 * with its trunk prefix ("0212345678" in Shanghai, "021234567" in Bangkok). Null for anything else.
 */
export function canonicalBranchPhone(raw: string): string | null {
  const member = canonicalPhone(raw);
  if (member) return member;
  const compact = compactPhone(raw);
  if (!/^(?:\+|00)?\d+$/.test(compact)) return null;
  const international = compact.startsWith('+') || compact.startsWith('00');
  const text = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  for (const country of international ? [undefined] : PHONE_COUNTRIES) {
    const number = parsePhoneNumberFromString(text, country);
    if (!number?.country || !PHONE_COUNTRIES.includes(number.country) || !number.isValid()) continue;
    const national = number.formatNational().replace(/\D/g, '');
    if (international || national === compact) return national;
  }
  return null;
}

/**
 * The IANA name of a time zone as the runtime spells it ("asia/hong_kong" → "Asia/Hong_Kong"), or
 * null when the runtime does not know it. Offsets ("+08:00") and abbreviations ("EST") are
 * refused; "UTC" is the one name without a region.
 */
export function canonicalTimeZone(raw: string): string | null {
  const given = raw.trim();
  if (given !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+$/.test(given)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: given }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const translation = optionalText(BRANCH_LIMITS.name);

/** Each translation trimmed, at most 100, blank ones dropped (the name shows instead); none at all is null. */
const translations = z
  .object({ zhHK: translation, en: translation, zhCN: translation, th: translation })
  .nullish()
  .transform((given): LocalisedNames | null => {
    const stored: LocalisedNames = {};
    for (const { input, stored: locale } of TRANSLATION_LOCALES) {
      const value = given?.[input];
      if (value) stored[locale] = value;
    }
    return Object.keys(stored).length ? stored : null;
  });

/**
 * Code 1–10 letters, digits or "-"; name 1–100 and its translations; address up to 255; phone of
 * Hong Kong, mainland China or Thailand (optional); an IANA time zone (Asia/Hong_Kong when blank).
 */
export const branchSchema = z.object({
  code: requiredText(BRANCH_LIMITS.code).transform((code, ctx) => (/^[A-Za-z0-9-]+$/.test(code) ? code : refuse(ctx, 'invalidPrefix'))),
  name: requiredText(BRANCH_LIMITS.name),
  translations,
  address: optionalText(BRANCH_LIMITS.address),
  phone: z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const given = filled(value);
      if (given === null) return null;
      return canonicalBranchPhone(given) ?? refuse(ctx, 'invalidBranchPhone');
    }),
  timeZone: z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const given = filled(value);
      if (given === null) return DEFAULT_TIME_ZONE;
      return canonicalTimeZone(given) ?? refuse(ctx, 'invalidTimeZone');
    }),
});

export type BranchFormInput = z.input<typeof branchSchema>;
export type BranchValues = z.output<typeof branchSchema>;

/** The IANA zones a branch may be given, for the form's list: the runtime's own, with the current one kept. */
export function timeZoneChoices(current: string | null): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [DEFAULT_TIME_ZONE];
  const list = new Set(known);
  if (current) list.add(current);
  list.add(DEFAULT_TIME_ZONE);
  return [...list].sort();
}
