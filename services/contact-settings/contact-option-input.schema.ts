/**
 * The one set of rules for a contact status or method (聯絡狀態 / 聯絡方法) and a preset note
 * (聯絡會員備註) as managers type them: the contact settings editors check with these schemas and
 * the services parse with them (parseInput), so both refuse the same values with the same message.
 * Pure: zod only.
 */
import { z } from 'zod';
import { optionalText, requiredText } from '../validation/text-fields';
import { OPTION_NAME_MAX, PRESET_NOTE_MAX, TRANSLATION_LOCALES } from './contact-option-rules';
import type { LocalisedNames } from './localised-names';

const translation = optionalText(OPTION_NAME_MAX);

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

/** Name 1–100 and its translations; `active` only when given (an edit without it keeps the state). */
export const contactOptionSchema = z.object({
  name: requiredText(OPTION_NAME_MAX),
  translations,
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? undefined),
});
export type ContactOptionValues = z.output<typeof contactOptionSchema>;

/** A preset note's text: 1–500 characters, trimmed. */
export const presetNoteSchema = z.object({ text: requiredText(PRESET_NOTE_MAX) });
