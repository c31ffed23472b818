import { invalidField } from '../errors/domain-error';

/** A required text input, trimmed, at most `max` characters; the error names `field`. */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw invalidField(field, 'required');
  if (text.length > max) throw invalidField(field, 'tooLong', { max });
  return text;
}

/** An optional text input, trimmed; empty becomes null. */
export function optionalText(field: string, value: string | null | undefined, max?: number): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (max !== undefined && text.length > max) throw invalidField(field, 'tooLong', { max });
  return text;
}
