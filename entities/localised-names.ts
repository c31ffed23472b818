import type { LocalisedNames } from '../services/contact-settings/localised-names';

/**
 * Stored as JSON text so salons can add languages' names without a schema change; read back as
 * an object (null when none were given).
 */
export const localisedNamesTransformer = {
  to: (value: LocalisedNames | null | undefined): string | null => (value && Object.keys(value).length ? JSON.stringify(value) : null),
  from: (value: string | null): LocalisedNames | null => (value ? (JSON.parse(value) as LocalisedNames) : null),
};
