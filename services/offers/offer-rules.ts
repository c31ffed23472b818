import { parseInput } from '../validation/parse-input';
import { offerSchema, type OfferInput, type OfferValues } from './offer-input.schema';

export { OFFER_LIMITS } from './offer-input.schema';
export type { OfferInput, OfferValues } from './offer-input.schema';

/** The offer's values checked by the schema the offers editor uses (offer-input.schema.ts). */
export function validateOffer(input: OfferInput): OfferValues {
  return parseInput(offerSchema, input);
}
