/**
 * Identity card numbers the salons record: Hong Kong (HKID "A123456(3)"), mainland China (18-
 * character resident ID) and Thailand (13-digit ID), each with its check digit. Pure functions.
 */

/** The HKID check digit: weights 9..2 over (space, letter, six digits), modulus 11, 10 → "A". */
export function hkidCheckDigit(letters: string, digits: string): string {
  const values = letters.length === 1 ? [36, letters.charCodeAt(0) - 55] : [...letters].map((c) => c.charCodeAt(0) - 55);
  let sum = 0;
  [...values, ...[...digits].map(Number)].forEach((v, i) => { sum += v * (9 - i); });
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

/** ISO 7064 MOD 11-2 check character of a mainland resident ID's first 17 digits. */
function chinaIdCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

/** Thai ID check digit: weights 13..2 over the first 12 digits, (11 − sum mod 11) mod 10. */
function thaiIdCheck(first12: string): string {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (13 - i), 0);
  return String((11 - (sum % 11)) % 10);
}

/**
 * The identity card number in its canonical form ("A123456(3)", "11010519491231002X",
 * "1101700230705"), or null when it is none of the accepted kinds or its check digit is wrong.
 * Spaces, dashes and letter case are forgiven; the HKID brackets are optional.
 */
export function canonicalIdCard(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').toUpperCase();
  const hk = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(compact);
  if (hk) return hkidCheckDigit(hk[1], hk[2]) === hk[3] ? `${hk[1]}${hk[2]}(${hk[3]})` : null;
  if (/^\d{17}[\dX]$/.test(compact)) return chinaIdCheck(compact.slice(0, 17)) === compact[17] ? compact : null;
  if (/^\d{13}$/.test(compact)) return thaiIdCheck(compact.slice(0, 12)) === compact[12] ? compact : null;
  return null;
}
