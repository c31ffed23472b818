import { invalidField } from '../errors/domain-error';
import { optionalText, requiredText } from '../contact-settings/text-rules';

export const OFFER_LIMITS = { code: 20, name: 100, analysisCode: 20 } as const;

/** Characters the seed asks users not to put in an offer code (請避免輸入 !, @, $, #, %, ^, &, * 空白). */
const FORBIDDEN_IN_CODE = /[\s!@$#%^&*]/;

export type OfferInput = { code: string; name: string; analysisCode?: string | null; isMarketing?: boolean | null };
export type OfferValues = { code: string; name: string; analysisCode: string | null; isMarketing: boolean };

/** Code 1–20 without spaces or !@$#%^&*, name 1–100, analysis code up to 20; all trimmed. */
export function validateOffer(input: OfferInput): OfferValues {
  const code = requiredText('code', input.code, OFFER_LIMITS.code);
  if (FORBIDDEN_IN_CODE.test(code)) throw invalidField('code', 'invalidOfferCode');
  return {
    code,
    name: requiredText('name', input.name, OFFER_LIMITS.name),
    analysisCode: optionalText('analysisCode', input.analysisCode, OFFER_LIMITS.analysisCode),
    isMarketing: input.isMarketing ?? false,
  };
}
