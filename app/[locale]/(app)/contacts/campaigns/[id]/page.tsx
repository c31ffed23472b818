import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DeleteCampaignButton } from '@/components/admin/recycle-bin/delete-campaign-button';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { CampaignFormQuery } from '@/components/campaigns/campaign-documents';
import { campaignOfferOptions } from '@/components/campaigns/campaign-queries';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { PageHeader } from '@/components/page-header';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'campaigns.form' });
  return { title: t('editTitleShort') };
}

export default async function EditCampaignPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const canEdit = canEditContactSettings(viewer);
  const { campaign } = await serverQuery(CampaignFormQuery, { id });
  const [t, offers] = await Promise.all([getTranslations('campaigns.form'), campaignOfferOptions(campaign.offer ?? null)]);
  return (
    <>
      <PageHeader title={t('editTitle', { name: campaign.name, code: campaign.code })} description={t('memberCount', { count: campaign.memberCount })}>
        <ContactsSubnav current="campaigns" />
        {canEdit ? null : <ReadOnlyNotice />}
      </PageHeader>
      <CampaignForm
        campaignId={campaign.id}
        initial={{
          code: campaign.code,
          name: campaign.name,
          details: campaign.details ?? '',
          offerId: campaign.offer?.id ?? '',
          startsOn: campaign.startsOn ?? '',
          endsOn: campaign.endsOn ?? '',
          archived: campaign.archived,
        }}
        offers={offers}
        canEdit={canEdit}
      />
      {/* Only a campaign nobody was assigned to can go to the recycle bin; the others are archived. */}
      {can(viewer, Permission.CampaignsManage) && campaign.memberCount === 0 ? <DeleteCampaignButton campaignId={campaign.id} label={`${campaign.code} ${campaign.name}`} /> : null}
    </>
  );
}
