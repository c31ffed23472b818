/**
 * The one set of rules for a tender type (付款方式) as an administrator types it: the tender form
 * checks with it and the tender type service parses with it. Pure: zod only; the service checks
 * that the code is free.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';
import { codeText, flag, integerIn, NAME_MAX, translations } from './sales-input-fields';

/** The kinds the TenderKind enum holds (entities/tender-type.entity.ts), spelled out to keep this module pure. */
export const TENDER_KINDS = ['CASH', 'CARD', 'BANK_TRANSFER', 'OTHER', 'STORED_VALUE', 'PACKAGE'] as const;
export type TenderKindValue = (typeof TENDER_KINDS)[number];

export const TENDER_LIMITS = { code: 20, maxSortOrder: 9999 } as const;

/** Code 1–20, name 1–100 with translations, a kind, whether it gives change (cash does by default), position 0–9999. */
export const tenderTypeSchema = z
  .object({
    code: codeText(TENDER_LIMITS.code).transform((code) => code.toUpperCase()),
    name: requiredText(NAME_MAX),
    translations,
    kind: z.unknown().transform((value, ctx): TenderKindValue => (TENDER_KINDS as readonly unknown[]).includes(value) ? (value as TenderKindValue) : refuse(ctx, 'notAnOption')),
    givesChange: z.boolean().nullish(),
    sortOrder: integerIn(0, TENDER_LIMITS.maxSortOrder, 0),
    active: flag(true),
  })
  .transform((values) => ({ ...values, givesChange: values.givesChange ?? values.kind === 'CASH' }));

export type TenderTypeFormInput = z.input<typeof tenderTypeSchema>;
export type TenderTypeValues = z.output<typeof tenderTypeSchema>;
