import { invalidField } from '../services/errors/domain-error';

/** Database ids travel as GraphQL IDs (strings); anything but a positive integer names the field. */
export function parseId(value: string, field: string): number {
  const id = Number(value);
  if (!/^\d{1,15}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) throw invalidField(field, 'invalidId');
  return id;
}
