import type { LocalisedNames } from './localised-names';
import { invalidField } from '../errors/domain-error';

export const OPTION_NAME_MAX = 100;
export const PRESET_NOTE_MAX = 500;

/** The locales a status or method name may be translated into, as GraphQL spells them and as stored. */
export const TRANSLATION_LOCALES = [
  { input: 'zhHK', stored: 'zh-HK' },
  { input: 'en', stored: 'en' },
  { input: 'zhCN', stored: 'zh-CN' },
  { input: 'th', stored: 'th' },
] as const;

export type TranslationsInput = Partial<Record<(typeof TRANSLATION_LOCALES)[number]['input'], string | null>>;

export type ContactOptionInput = { name: string; translations?: TranslationsInput | null; active?: boolean | null };

/** The name in the caller's locale: its translation if there is one, else the name as entered. */
export function labelFor(item: { name: string; translations: LocalisedNames | null }, locale: keyof LocalisedNames): string {
  return item.translations?.[locale] ?? item.name;
}

/**
 * The new order of a list: `ids` must name every existing item exactly once. Returns each id's
 * new sort position (1-based). Errors name the field "order": "ids" is labelled as contact
 * members in the messages (reassignContactMembers' argument).
 */
export function reorderPositions(existing: readonly number[], ids: readonly number[]): Map<number, number> {
  const known = new Set(existing);
  const seen = new Set<number>();
  for (const id of ids) {
    if (!known.has(id) || seen.has(id)) throw invalidField('order', 'reorderMismatch');
    seen.add(id);
  }
  if (seen.size !== known.size) throw invalidField('order', 'reorderMismatch');
  return new Map(ids.map((id, index) => [id, index + 1]));
}
