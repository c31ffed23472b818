'use client';

import type { z } from 'zod';
import { useIssueText } from '@/lib/forms/issue-text';

/**
 * The schema's issues keyed by the field they name, worded as the API words the same refusal; a
 * payment's field ("payments.1.amountCents") is labelled by its last part ("amount").
 */
export function useSchemaErrors(): (error: z.ZodError) => Record<string, string> {
  const issueText = useIssueText();
  return (error) => {
    const found: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.map(String).join('.');
      found[field] ??= issueText(String(issue.path[issue.path.length - 1] ?? field), issue.message);
    }
    return found;
  };
}
