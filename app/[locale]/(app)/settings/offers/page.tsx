import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfferSettingsQuery } from '@/components/campaigns/campaign-documents';
import { OffersEditor } from '@/components/campaigns/offers-editor';
import { allNodes } from '@/components/contact-settings/all-pages';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.offers' });
  return { title: t('title') };
}

export default async function OfferSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditContactSettings(viewer);
  const rows = await allNodes(async (after) => (await serverQuery(OfferSettingsQuery, { after })).offers);
  return (
    <>
      <SettingsPageHeader section="offers" canEdit={canEdit} readOnlyNotice={<ReadOnlyNotice />} />
      <OffersEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
