/**
 * The one set of rules for gifts (禮品), gift categories (禮品類別), gift stock moves and
 * redemptions (積分兌換) as staff type them: the loyalty pages check with these schemas and the
 * gift services parse with them (parseInput), so both refuse the same values with the same
 * message. Pure: zod only. Whether a category, gift or branch exists is the service's check.
 */
import { z } from 'zod';
import { issueMessage, refuse } from '../../validation/schema-issues';
import { optionalText, requiredText } from '../../validation/text-fields';

export const GIFT_LIMITS = {
  categoryCode: 20,
  giftCode: 30,
  name: 100,
  description: 500,
  sortOrder: 9_999,
  /** A points price above a million would be a typing slip, not a gift. */
  pointsPrice: 1_000_000,
  /** Units in one receipt, adjustment or redemption. */
  quantity: 10_000,
  note: 200,
  reason: 200,
} as const;

const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((value) => value ?? fallback);

function wholeNumber(min: number, max: number, required: boolean) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return required ? refuse(ctx, 'required') : null;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : refuse(ctx, 'outOfRange', { min, max });
  });
}

/** An id as GraphQL sends it (a string) or a number. */
function anId(required: boolean) {
  return z.unknown().optional().transform((value, ctx): number | null => {
    if (value === null || value === undefined || value === '') return required ? refuse(ctx, 'required') : null;
    const id = Number(value);
    return Number.isSafeInteger(id) && id > 0 ? id : refuse(ctx, 'invalidId');
  });
}

/** Code 1–20, name 1–100, position 0–9999 (default 0), active (default true). */
export const giftCategorySchema = z.object({
  code: requiredText(GIFT_LIMITS.categoryCode),
  name: requiredText(GIFT_LIMITS.name),
  sortOrder: wholeNumber(0, GIFT_LIMITS.sortOrder, false).transform((value) => value ?? 0),
  active: flag(true),
});

/** Code 1–30, name 1–100, an optional category, points price 1–1,000,000, description up to 500, active (default true). */
export const giftSchema = z.object({
  code: requiredText(GIFT_LIMITS.giftCode),
  name: requiredText(GIFT_LIMITS.name),
  categoryId: anId(false),
  pointsPrice: wholeNumber(1, GIFT_LIMITS.pointsPrice, true).transform((value) => value as number),
  description: optionalText(GIFT_LIMITS.description),
  active: flag(true),
});

export const GIFT_STOCK_MOVE_KINDS = ['RECEIVE', 'ADJUST'] as const;

/**
 * A receipt adds 1–10,000 units; an adjustment (a count correction) moves −10,000…10,000 units,
 * not 0, and needs a note saying why. The note is at most 200 characters.
 */
export const giftStockMoveSchema = z
  .object({
    giftId: anId(true),
    branchId: anId(true),
    kind: z.enum(GIFT_STOCK_MOVE_KINDS, { message: 'notAnOption' }),
    quantity: wholeNumber(-GIFT_LIMITS.quantity, GIFT_LIMITS.quantity, true).transform((value) => value as number),
    note: optionalText(GIFT_LIMITS.note),
  })
  .superRefine((move, ctx) => {
    if (move.kind === 'RECEIVE' && move.quantity < 1) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: issueMessage('outOfRange', { min: 1, max: GIFT_LIMITS.quantity }) });
    } else if (move.quantity === 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'zeroQuantity' });
    }
    if (move.kind === 'ADJUST' && move.note === null) ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
  });

/** A redemption: the member, the gift, 1–10,000 units, at a branch. */
export const giftRedemptionSchema = z.object({
  memberId: anId(true).transform((value) => value as number),
  giftId: anId(true).transform((value) => value as number),
  branchId: anId(true).transform((value) => value as number),
  quantity: wholeNumber(1, GIFT_LIMITS.quantity, true).transform((value) => value as number),
});

/** Cancelling a redemption needs a reason (1–200 characters). */
export const giftCancellationSchema = z.object({ reason: requiredText(GIFT_LIMITS.reason) });

export type GiftCategoryInput = z.input<typeof giftCategorySchema>;
export type GiftCategoryValues = z.output<typeof giftCategorySchema>;
export type GiftInput = z.input<typeof giftSchema>;
export type GiftValues = z.output<typeof giftSchema>;
export type GiftStockMoveInput = z.input<typeof giftStockMoveSchema>;
export type GiftStockMoveValues = z.output<typeof giftStockMoveSchema>;
export type GiftRedemptionValues = z.output<typeof giftRedemptionSchema>;
