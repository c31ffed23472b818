import type { AssignableCampaignFragment as AssignableCampaign } from '@/graphql/generated/graphql';

type Translate = (key: 'campaignName' | 'offerCode' | 'analysisCode', params: Record<string, string>) => string;

/** "優惠編號：AP, 分析編號：K11", or '' when the campaign carries neither. */
export function campaignCodes(t: Translate, campaign: AssignableCampaign): string {
  return [
    campaign.offerCode ? t('offerCode', { code: campaign.offerCode }) : null,
    campaign.analysisCode ? t('analysisCode', { code: campaign.analysisCode }) : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The picker's line: "6月生日會員優惠 (Junebirth) - 優惠編號：AP, 分析編號：K11" (seed 000). */
export function campaignOptionLabel(t: Translate, campaign: AssignableCampaign): string {
  const name = t('campaignName', { name: campaign.name, code: campaign.code });
  const codes = campaignCodes(t, campaign);
  return codes ? `${name} - ${codes}` : name;
}

/** The salespeople step's subject: "6月生日會員優惠 (Junebirth), 優惠編號：AP, 分析編號：K11" (seed 000). */
export function campaignHeading(t: Translate, campaign: AssignableCampaign): string {
  const name = t('campaignName', { name: campaign.name, code: campaign.code });
  const codes = campaignCodes(t, campaign);
  return codes ? `${name}, ${codes}` : name;
}
