/**
 * The rules for what staff type when using, topping up or refunding a member's package: the
 * package actions check with them and the package use service parses with them. Pure: zod only.
 */
import { z } from 'zod';
import { requiredText } from '../validation/text-fields';
import { PACKAGE_TYPE_LIMITS, requiredWholeNumber } from './package-type-input.schema';

export const PACKAGE_USE_LIMITS = { reason: 200 } as const;

const id = z.number().int().positive();

export const useSessionSchema = z.object({
  memberPackageId: id,
  treatmentId: id,
  appointmentId: id.nullish().transform((value) => value ?? null),
  branchId: id,
});

/** 增加計次: 1–999 sessions with a reason. */
export const addSessionsSchema = z.object({
  sessions: requiredWholeNumber(1, PACKAGE_TYPE_LIMITS.sessions),
  reason: requiredText(PACKAGE_USE_LIMITS.reason),
});

/** A refund: the money paid back (0 up to what was paid; the service checks the upper end), by one tender, with a reason. */
export const refundPackageSchema = z.object({
  amountCents: requiredWholeNumber(0, PACKAGE_TYPE_LIMITS.cents),
  tenderTypeId: id,
  reason: requiredText(PACKAGE_USE_LIMITS.reason),
});

export type AddSessionsInput = z.input<typeof addSessionsSchema>;
export type RefundPackageInput = z.input<typeof refundPackageSchema>;
