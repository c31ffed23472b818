/**
 * Turns an audit entry's before/after JSON into readable rows "field: before → after". Pure, so the
 * audit tab and its tests share it.
 */
export type AuditChange = { field: string; before: string | null; after: string | null };

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: json };
  }
}

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map((item) => show(item) ?? '').join(', ') || null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every field that differs between before and after, in the order they were written. */
export function auditChanges(before: string | null, after: string | null): AuditChange[] {
  const old = parse(before);
  const now = parse(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return fields
    .map((field) => ({ field, before: show(old[field]), after: show(now[field]) }))
    .filter((change) => change.before !== change.after);
}
