/**
 * The rules for stock moves as staff type them: receiving goods, adjusting by a counted
 * difference with a reason, transferring to another branch. The stock forms and the stock service
 * share them. Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';
import { integerIn } from './sales-input-fields';

/** Column size of a stock movement's reason. */
export const REASON_MAX = 200;

/** The most units one move may take in or out. */
export const MAX_MOVE_QUANTITY = 1_000_000;

const positiveQuantity = integerIn(1, MAX_MOVE_QUANTITY);

/** Units in (1 or more), an optional note (e.g. the supplier's delivery note). */
export const receiveStockSchema = z.object({ quantity: positiveQuantity, reason: optionalText(REASON_MAX) });

/** A signed difference (never 0) and why: counting, breakage, samples. */
export const adjustStockSchema = z.object({
  delta: integerIn(-MAX_MOVE_QUANTITY, MAX_MOVE_QUANTITY).transform((delta, ctx) => (delta === 0 ? refuse(ctx, 'zeroQuantity') : delta)),
  reason: requiredText(REASON_MAX),
});

/** Units to send (1 or more) to another branch, an optional note. The service checks the branches differ. */
export const transferStockSchema = z.object({ quantity: positiveQuantity, reason: optionalText(REASON_MAX) });

export type ReceiveStockFormInput = z.input<typeof receiveStockSchema>;
export type AdjustStockFormInput = z.input<typeof adjustStockSchema>;
export type TransferStockFormInput = z.input<typeof transferStockSchema>;
