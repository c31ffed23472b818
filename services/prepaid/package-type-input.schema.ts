/**
 * The one set of rules for a package type as staff type it (計次 / discount packages, `003_*`):
 * the package types editor checks with it and the package type service parses with it, so both
 * refuse the same values with the same message naming the same field. Pure: zod only; whether
 * the linked treatments exist and are active is the service's check.
 */
import { z } from 'zod';
import { issueMessage, refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';

export const PACKAGE_TYPE_LIMITS = {
  code: 20,
  name: 100,
  sessions: 999,
  /** GraphQL's Int. */
  cents: 2_147_483_647,
  validityMonths: 120,
  treatments: 300,
} as const;

export const PACKAGE_KINDS = ['SESSIONS', 'VALUE'] as const;
export type PackageKindValue = (typeof PACKAGE_KINDS)[number];

/** An amount in a message ("4000.00"), without a symbol so every language places its own. */
export const plainCents = (cents: number) => (cents / 100).toFixed(2);

/** A whole number in [min, max] from a number or a form field's text; blank is null. */
export function wholeNumberOrNull(min: number, max: number) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** A whole number in [min, max] that must be given. */
export function requiredWholeNumber(min: number, max: number) {
  return wholeNumberOrNull(min, max).transform((value, ctx): number => value ?? refuse(ctx, 'required'));
}

/** Ids as GraphQL sends them (strings) or numbers; null is "any treatment", an empty list is refused (choose some, or any). */
const treatmentIds = z.unknown().optional().transform((value, ctx): number[] | null => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return refuse(ctx, 'notAnOption');
  if (value.length === 0) return refuse(ctx, 'required');
  if (value.length > PACKAGE_TYPE_LIMITS.treatments) return refuse(ctx, 'tooMany', { max: PACKAGE_TYPE_LIMITS.treatments });
  const ids = value.map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) return refuse(ctx, 'invalidId');
  return [...new Set(ids)].sort((a, b) => a - b);
});

const untouched = (fields: string[]) => ({ issues }: { issues: Array<{ path?: PropertyKey[] }> }) => !issues.some((issue) => fields.includes(String(issue.path?.[0])));

/**
 * Code 1–20 without spaces (stored in capitals), name 1–100; SESSIONS holds 1–999 sessions, VALUE
 * a value (cents ≥ 1) sold below it; a price ≥ 1 cent; valid 1–120 months from the sale.
 */
export const packageTypeSchema = z
  .object({
    code: requiredText(PACKAGE_TYPE_LIMITS.code).transform((value, ctx) => (/\s/.test(value) ? refuse(ctx, 'invalidOfferCode') : value.toUpperCase())),
    name: requiredText(PACKAGE_TYPE_LIMITS.name),
    kind: z
      .unknown()
      .optional()
      .transform((value, ctx) => ((PACKAGE_KINDS as readonly unknown[]).includes(value) ? (value as PackageKindValue) : refuse(ctx, 'notAnOption'))),
    treatmentIds,
    sessions: wholeNumberOrNull(1, PACKAGE_TYPE_LIMITS.sessions),
    valueCents: wholeNumberOrNull(1, PACKAGE_TYPE_LIMITS.cents),
    priceCents: requiredWholeNumber(1, PACKAGE_TYPE_LIMITS.cents),
    validityMonths: requiredWholeNumber(1, PACKAGE_TYPE_LIMITS.validityMonths),
    active: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
  })
  .refine((t) => t.kind !== 'SESSIONS' || t.sessions !== null, { path: ['sessions'], message: issueMessage('required'), when: untouched(['kind', 'sessions']) })
  .refine((t) => t.kind !== 'VALUE' || t.valueCents !== null, { path: ['valueCents'], message: issueMessage('required'), when: untouched(['kind', 'valueCents']) })
  .superRefine((t, ctx) => {
    // A discount package sold at or above its value gives the member nothing (`003_*`).
    if (t.kind === 'VALUE' && t.valueCents !== null && t.priceCents >= t.valueCents) {
      ctx.addIssue({ code: 'custom', path: ['priceCents'], message: issueMessage('priceNotBelowValue', { value: plainCents(t.valueCents) }) });
    }
  })
  .transform((t) => ({
    ...t,
    // One figure per kind, so a type never carries a stale one it does not use.
    sessions: t.kind === 'SESSIONS' ? t.sessions : null,
    valueCents: t.kind === 'VALUE' ? t.valueCents : null,
  }));

export type PackageTypeInput = z.input<typeof packageTypeSchema>;
export type PackageTypeValues = z.output<typeof packageTypeSchema>;
