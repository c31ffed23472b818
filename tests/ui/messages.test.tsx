/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { locales } from '@/i18n/locales';
import { messages } from './render-with-intl';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valuesOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : valuesOf(value)));
}

describe('message files', () => {
  const reference = keysOf(messages.en as Tree).sort();

  it.each(locales.filter((locale) => locale !== 'en'))('%s has exactly the keys of en', (locale) => {
    expect(keysOf(messages[locale] as Tree).sort()).toEqual(reference);
  });

  it.each(locales)('%s has no empty strings', (locale) => {
    expect(valuesOf(messages[locale] as Tree).filter((value) => value.trim() === '')).toEqual([]);
  });

  it('translates the navigation (the Chinese, Thai and English labels differ)', () => {
    const labels = locales.map((locale) => messages[locale].nav.contacts);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
