/** Names of a configurable item in the locales other than the one it was typed in. */
export type LocalisedNames = Partial<Record<'zh-HK' | 'en' | 'zh-CN' | 'th', string>>;

/**
 * Stored as JSON text so salons can add languages' names without a schema change; read back as
 * an object (null when none were given).
 */
export const localisedNamesTransformer = {
  to: (value: LocalisedNames | null | undefined): string | null => (value && Object.keys(value).length ? JSON.stringify(value) : null),
  from: (value: string | null): LocalisedNames | null => (value ? (JSON.parse(value) as LocalisedNames) : null),
};
