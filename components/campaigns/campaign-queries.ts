import type { Viewer } from '@/services/auth/viewer';
import { allPages } from '@/components/contact-settings/all-pages';
import type { CampaignOfferOption } from './campaign-values';

const MARKETING_OFFERS = `query CampaignOffers($first: Int!, $after: String) {
  offers(marketingOnly: true, first: $first, after: $after) { nodes { id code name analysisCode } pageInfo { hasNextPage endCursor } }
}`;

export const CAMPAIGN_QUERY = `query CampaignForm($id: ID!) {
  campaign(id: $id) { id code name details startsOn endsOn archived memberCount offer { id code name analysisCode } }
}`;

export type CampaignData = {
  id: string;
  code: string;
  name: string;
  details: string | null;
  startsOn: string | null;
  endsOn: string | null;
  archived: boolean;
  memberCount: number;
  offer: CampaignOfferOption | null;
};

/** The offers a campaign may carry (marketing ones), plus the one it already has if that stopped being one. */
export async function campaignOfferOptions(viewer: Viewer, locale: string, current: CampaignOfferOption | null = null): Promise<CampaignOfferOption[]> {
  const offers = await allPages<CampaignOfferOption>(viewer, locale, MARKETING_OFFERS, 'offers');
  return current && !offers.some((o) => o.id === current.id) ? [current, ...offers] : offers;
}
