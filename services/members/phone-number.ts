/**
 * Phone numbers as the salons take them, read by libphonenumber-js: the library knows each
 * country's calling code, trunk prefix and number lengths; this module says which countries and
 * which kinds of numbers a member may give. Pure: shared by the forms and the server.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

type SalonCountry = Extract<CountryCode, 'HK' | 'CN' | 'TH'>;

/** Tried in this order for a number typed without a country code: Hong Kong first, where most salons are. */
const COUNTRIES: readonly SalonCountry[] = ['HK', 'CN', 'TH'];

/**
 * The numbers a salon can call back and text: Hong Kong fixed lines and mobiles (2, 3, 5–9; not
 * the 4 and 1 ranges), mainland mobiles (1[3-9]…, not landlines with area codes) and Thai mobiles
 * (06, 08, 09 — not Bangkok landlines), by the first digits of the national number.
 */
const TAKEN: Record<SalonCountry, RegExp> = { HK: /^[235-9]/, CN: /^1[3-9]/, TH: /^[689]/ };

/** The trunk prefix dialled inside the country before the national number: Thailand's 0. */
const TRUNK_PREFIX: Record<SalonCountry, string> = { HK: '', CN: '', TH: '0' };

const isSalonCountry = (country: CountryCode | undefined): country is SalonCountry => COUNTRIES.includes(country as SalonCountry);

/** Spaces, dashes, dots and brackets people type between digit groups. */
export function compactPhone(raw: string): string {
  return raw.trim().replace(/[\s\-().]/g, '');
}

/**
 * The phone number in the form it is stored and searched by: the digits a caller in the number's
 * own country dials, so the front desk's prefix search matches what customers say.
 * - Hong Kong: 8 digits ("91234567"); "+852" / "00852" is dropped.
 * - Mainland China: an 11-digit mobile ("13812345678"); "+86" is dropped.
 * - Thailand: 0 + 9 digits, a mobile ("0812345678"); "+66 81…" becomes "081…".
 * Typed without a country code, the number must already be in that form. Returns null for
 * anything else.
 */
export function canonicalPhone(raw: string): string | null {
  const compact = compactPhone(raw);
  if (!/^(?:\+|00)?\d+$/.test(compact)) return null;
  const international = compact.startsWith('+') || compact.startsWith('00');
  const text = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  for (const country of international ? [undefined] : COUNTRIES) {
    const number = parsePhoneNumberFromString(text, country);
    if (!number || !isSalonCountry(number.country) || !number.isValid()) continue;
    if (!TAKEN[number.country].test(number.nationalNumber)) continue;
    const canonical = `${TRUNK_PREFIX[number.country]}${number.nationalNumber}`;
    if (international || canonical === compact) return canonical;
  }
  return null;
}
