/**
 * The one set of rules for a role (角色) as an administrator types it: the role editor checks with
 * this schema (react-hook-form's zod resolver) and the role service parses with it (parseInput),
 * so both refuse the same values with the same message naming the same field. Also the key a new
 * role is given. Pure: zod only; uniqueness and who may grant what are the service's checks.
 */
import { z } from 'zod';
import { TRANSLATION_LOCALES } from '../contact-settings/contact-option-rules';
import type { LocalisedNames } from '../contact-settings/localised-names';
import { refuse } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';
import { ALL_PERMISSIONS, isPermission, type Permission } from './permission';

/** Column sizes of `roles`. */
export const ROLE_LIMITS = { name: 60, key: 40 } as const;

const translation = optionalText(ROLE_LIMITS.name);

/** Each translation trimmed, at most 60, blank ones dropped (the name shows instead); none at all is null. */
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

/** Catalogue values only, each once, in catalogue order; none is allowed (a role that only reads). */
const permissions = z
  .array(z.string(), { error: 'required' })
  .transform((given, ctx): Permission[] => {
    if (!given.every(isPermission)) return refuse(ctx, 'unknownPermission');
    return ALL_PERMISSIONS.filter((permission) => given.includes(permission));
  });

/** Name 1–60 and its translations; permissions a subset of the catalogue. */
export const roleSchema = z.object({
  name: requiredText(ROLE_LIMITS.name),
  translations,
  permissions,
});

export type RoleFormInput = z.input<typeof roleSchema>;
export type RoleValues = z.output<typeof roleSchema>;

/**
 * The key a new role is held by: its name as a lower-case ASCII slug (empty for names without
 * Latin letters or digits, e.g. "前台主管" → "role"), then "_" and its id. Ids never repeat and
 * end every generated key after the last "_" (built-in keys never end in digits), so the key is
 * unique; it fits ROLE_LIMITS.key and never changes when the role is renamed.
 */
export function roleKeyFor(name: string, id: number): string {
  const suffix = `_${id}`;
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, ROLE_LIMITS.key - suffix.length)
    .replace(/_+$/, '');
  return `${slug || 'role'}${suffix}`;
}
