/**
 * Text inputs as the input schemas check them: trimmed, within the column's size, blank as
 * required, "" or null. Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from './schema-issues';

const input = z.string().nullish();

/** Blank (or null) as null, else the trimmed text. */
export const filled = (value: string | null | undefined) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** Text that must be given, at most `max` characters. */
export function requiredText(max: number) {
  return input.transform((value, ctx) => {
    const trimmed = filled(value);
    if (trimmed === null) return refuse(ctx, 'required');
    return trimmed.length > max ? refuse(ctx, 'tooLong', { max }) : trimmed;
  });
}

/** Optional text, at most `max` characters; blank is null. */
export function optionalText(max: number) {
  return input.transform((value, ctx) => {
    const trimmed = filled(value);
    if (trimmed === null) return null;
    return trimmed.length > max ? refuse(ctx, 'tooLong', { max }) : trimmed;
  });
}

/** Optional text, at most `max` characters; blank is "" (columns that hold no null). */
export function blankableText(max: number) {
  return input.transform((value, ctx) => {
    const trimmed = filled(value) ?? '';
    return trimmed.length > max ? refuse(ctx, 'tooLong', { max }) : trimmed;
  });
}
