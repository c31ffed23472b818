import type { FieldSpec, FormValues } from '@/components/settings/config-editor';

/** The locales a catalogue name is translated into, as the API's LocalisedNamesInput names them. */
export const TRANSLATION_KEYS = ['zhHK', 'en', 'zhCN', 'th'] as const;

type Translations = { zhHK?: string | null; en?: string | null; zhCN?: string | null; th?: string | null };

/** One text field per locale, labelled with the locale's own name. */
export function translationFields(label: (locale: (typeof TRANSLATION_KEYS)[number]) => string, maxLength: number): FieldSpec[] {
  return TRANSLATION_KEYS.map((l) => ({ name: `translations.${l}`, label: label(l), kind: 'text' as const, maxLength }));
}

/** The form's values of a row's translations (blank where none). */
export const translationValues = (translations: Translations): FormValues =>
  Object.fromEntries(TRANSLATION_KEYS.map((l) => [`translations.${l}`, translations[l] ?? '']));

export const blankTranslations = (): FormValues => Object.fromEntries(TRANSLATION_KEYS.map((l) => [`translations.${l}`, '']));

/** The API's translations from the form's values; blank ones are null (the name shows instead). */
export const translationsInput = (values: FormValues) =>
  Object.fromEntries(TRANSLATION_KEYS.map((l) => [l, String(values[`translations.${l}`] ?? '').trim() || null])) as Translations;
