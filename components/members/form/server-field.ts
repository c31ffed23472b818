/**
 * Which form control a server error names. The server reports plain input names ("phone"), maybe
 * under the argument ("input.phone"); a custom field's value is "customFields.<key>", which the
 * form files under the field's id. A bare "customFields" (an unknown field) names no control.
 */
export function formFieldOf(serverField: string | null, customFieldIdsByKey: Record<string, string> = {}): string | null {
  if (!serverField) return null;
  const path = serverField.replace(/^input\./, '').split('.');
  if (path[0] !== 'customFields') return path[0] || null;
  const key = path[1];
  if (key === undefined) return null;
  return `customFields.${customFieldIdsByKey[key] ?? key}`;
}
