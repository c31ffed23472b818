/** Names of a configurable item in the locales other than the one it was typed in. */
export type LocalisedNames = Partial<Record<'zh-HK' | 'en' | 'zh-CN' | 'th', string>>;
