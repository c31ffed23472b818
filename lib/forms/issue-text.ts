'use client';

import { useTranslations } from 'next-intl';
import { readIssue } from '@/services/validation/schema-issues';

/**
 * The text of a schema issue as the API words the same refusal (graphql/errors.ts,
 * translateDomainError): '"phone" is invalid: not a phone number of …', in the page's language,
 * so the form and the server say the same thing about the same input. `ownLabel` names fields
 * without a label of their own in `errors.fields` (admin-defined fields).
 */
export function useIssueText(): (field: string, message: string, ownLabel?: string) => string {
  const t = useTranslations('errors');
  return (field, message, ownLabel) => {
    const { key, params } = readIssue(message);
    const labelKey = `fields.${field}`;
    const label = ownLabel ?? (t.has(labelKey) ? t(labelKey) : field);
    return t('invalidField', { field: label, reason: t(key, params) });
  };
}
