import { invalidField } from '../services/errors/domain-error';

/** Database ids travel as GraphQL IDs (strings); anything but a positive integer names the field. */
export function parseId(value: string, field: string): number {
  const id = Number(value);
  if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) throw invalidField(field, 'invalidId');
  return id;
}

/** A list of ids from a filter (GraphQL or a download's query string); absent stays absent, anything but a list of ids names the field. */
export function parseIds(values: unknown, field: string): number[] | undefined {
  if (values === null || values === undefined) return undefined;
  if (!Array.isArray(values)) throw invalidField(field, 'invalidId');
  return values.map((v) => parseId(String(v), field));
}
