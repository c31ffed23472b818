import { parseInput } from '../validation/parse-input';
import { offerSchema } from './offer-input.schema';

export { OFFER_LIMITS } from './offer-input.schema';

export type OfferInput = { code: string; name: string; analysisCode?: string | null; isMarketing?: boolean | null };
export type OfferValues = { code: string; name: string; analysisCode: string | null; isMarketing: boolean };

/** The offer's values checked by the schema the offers editor uses (offer-input.schema.ts). */
export function validateOffer(input: OfferInput): OfferValues {
  return parseInput(offerSchema, input);
}
