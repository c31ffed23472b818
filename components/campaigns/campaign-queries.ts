import { serverQuery } from '@/app/[locale]/(app)/server-apollo';
import { allNodes } from '@/components/contact-settings/all-pages';
import { CampaignOffersQuery } from './campaign-documents';
import type { CampaignOfferOption } from './campaign-values';

/** The offers a campaign may carry (marketing ones), plus the one it already has if that stopped being one. */
export async function campaignOfferOptions(current: CampaignOfferOption | null = null): Promise<CampaignOfferOption[]> {
  const offers = await allNodes(async (after) => (await serverQuery(CampaignOffersQuery, { after })).offers);
  return current && !offers.some((o) => o.id === current.id) ? [current, ...offers] : offers;
}
