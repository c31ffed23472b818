import type { z } from 'zod';
import { invalidField } from '../errors/domain-error';
import { firstIssue } from './schema-issues';

/**
 * The value `schema` makes of `input`, or the domain error of its first issue:
 * `invalidField(<field>, <key>, <params>)`, so the API names the field with the same message the
 * form shows for the same issue.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { field, key, params } = firstIssue(result.error);
  throw invalidField(field, key, params);
}
