import type { CampaignOfferChoiceFragment } from '@/graphql/generated/graphql';

/** The campaign form's values and the labels it shares with server pages and tests; its checks are the service's schema. */

export type CampaignOfferOption = Pick<CampaignOfferChoiceFragment, 'id' | 'code' | 'name' | 'analysisCode'>;

export type CampaignFormValues = {
  code: string;
  name: string;
  details: string;
  offerId: string;
  startsOn: string;
  endsOn: string;
  archived: boolean;
};

export const BLANK_CAMPAIGN: CampaignFormValues = { code: '', name: '', details: '', offerId: '', startsOn: '', endsOn: '', archived: false };

export type CampaignField = keyof CampaignFormValues;
export const CAMPAIGN_FIELDS: readonly CampaignField[] = ['code', 'name', 'details', 'offerId', 'startsOn', 'endsOn', 'archived'];

/** The offer as the seed shows it: "AP - 生日優惠 (分析編號: K11)". */
export function offerLabel(offer: CampaignOfferOption, analysisLabel: string): string {
  const base = `${offer.code} - ${offer.name}`;
  return offer.analysisCode ? `${base} (${analysisLabel}: ${offer.analysisCode})` : base;
}
