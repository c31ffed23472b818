/**
 * The one set of rules for an offer (優惠) as staff type it: the offers editor checks with this
 * schema and the offer service parses with it, so both refuse the same values with the same
 * message. Pure: zod only.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';
import { optionalText, requiredText } from '../validation/text-fields';

export const OFFER_LIMITS = { code: 20, name: 100, analysisCode: 20 } as const;

/** Characters the seed asks users not to put in an offer code (請避免輸入 !, @, $, #, %, ^, &, * 空白). */
const FORBIDDEN_IN_CODE = /[\s!@$#%^&*]/;

/** Code 1–20 without spaces or !@$#%^&*, name 1–100, analysis code up to 20; all trimmed. */
export const offerSchema = z.object({
  code: requiredText(OFFER_LIMITS.code).transform((code, ctx) => (FORBIDDEN_IN_CODE.test(code) ? refuse(ctx, 'invalidOfferCode') : code)),
  name: requiredText(OFFER_LIMITS.name),
  analysisCode: optionalText(OFFER_LIMITS.analysisCode),
  isMarketing: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});
