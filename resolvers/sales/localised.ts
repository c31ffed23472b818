import type { LocalisedNames } from '../../services/contact-settings/localised-names';
import { LocalisedNamesType } from '../contact-settings/contact-option.resolver';

/** The stored translations as the API shows them (null where none was given). */
export const translationsOf = (names: LocalisedNames | null): LocalisedNamesType =>
  Object.assign(new LocalisedNamesType(), { zhHK: names?.['zh-HK'] ?? null, en: names?.en ?? null, zhCN: names?.['zh-CN'] ?? null, th: names?.th ?? null });
