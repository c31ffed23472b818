/**
 * The one set of rules for what the front desk types on a return (顧客退貨): the returns screen
 * checks with this schema and the return service parses with it, so both refuse the same values
 * with the same message. Pure: zod only. Whether a line is on the invoice and how many of its
 * units may still come back is the service's check (it needs the database and the line's name).
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { optionalText } from '../validation/text-fields';

/** Column size of `sales_returns.reason`; at most this many lines on one return. */
export const RETURN_LIMITS = { reason: 200, lines: 200 } as const;

/** Units of one line to return: a whole number, at least 1. */
export const returnQuantity = z.unknown().transform((value, ctx): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : refuse(ctx, 'returnQuantityMin'),
);

export const returnSaleSchema = z.object({
  lines: z
    .array(z.object({ invoiceLineId: z.number(), quantity: returnQuantity }))
    .transform((lines, ctx) => {
      if (lines.length === 0) return refuse(ctx, 'returnNoLines');
      return lines.length > RETURN_LIMITS.lines ? refuse(ctx, 'tooMany', { max: RETURN_LIMITS.lines }) : lines;
    }),
  // Blank is no reason: the column holds "".
  reason: optionalText(RETURN_LIMITS.reason).transform((reason) => reason ?? ''),
});
