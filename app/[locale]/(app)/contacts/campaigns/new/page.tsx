import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { BLANK_CAMPAIGN } from '@/components/campaigns/campaign-values';
import { campaignOfferOptions } from '@/components/campaigns/campaign-queries';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { PageHeader } from '@/components/page-header';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'campaigns.form' });
  return { title: t('newTitle') };
}

export default async function NewCampaignPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditContactSettings(viewer);
  const [t, offers] = await Promise.all([getTranslations('campaigns.form'), campaignOfferOptions()]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')}>
        <ContactsSubnav current="campaigns" />
        {canEdit ? null : <ReadOnlyNotice />}
      </PageHeader>
      <CampaignForm campaignId={null} initial={BLANK_CAMPAIGN} offers={offers} canEdit={canEdit} />
    </>
  );
}
