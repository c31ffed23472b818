/**
 * Field rules the sales input schemas share (catalogue, tender types, stock moves): codes,
 * translations, whole numbers in a range, the active flag. Pure: zod only.
 */
import { z } from 'zod';
import { TRANSLATION_LOCALES } from '../contact-settings/contact-option-rules';
import type { LocalisedNames } from '../contact-settings/localised-names';
import { refuse } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';

/** Column size of every catalogue name and its translations. */
export const NAME_MAX = 100;

/** A code a scanner or a keyboard types: letters, digits, "-", "_" and "." only, at most `max`. */
export function codeText(max: number) {
  return requiredText(max).transform((code, ctx) => (/^[A-Za-z0-9._-]+$/.test(code) ? code : refuse(ctx, 'invalidCode')));
}

const translation = optionalText(NAME_MAX);

/** Each translation trimmed, at most 100, blank ones dropped (the name shows instead); none at all is null. */
export const translations = z
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

/** A whole number from `min` to `max`; `fallback` when not given, else required. Not-a-number is out of range. */
export function integerIn(min: number, max: number, fallback?: number) {
  return z.unknown().optional().transform((value, ctx): number => {
    if (value === null || value === undefined || value === '') return fallback ?? refuse(ctx, 'required');
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** A flag; absent or null is `fallback`. */
export const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? fallback);

/** An optional reference by id (a category, a department): a positive whole number, or null. */
export const optionalId = z.unknown().optional().transform((value, ctx): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : refuse(ctx, 'notAnOption');
});

/** Largest amount of money one catalogue price or cost may be (cents): 100 million dollars. */
export const MAX_PRICE_CENTS = 10_000_000_000;
