import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OffersEditor, type OfferRow } from '@/components/campaigns/offers-editor';
import { allPages } from '@/components/contact-settings/all-pages';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { requireViewer } from '../../require-viewer';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

const QUERY = `query OfferSettings($first: Int!, $after: String) {
  offers(first: $first, after: $after) { nodes { id code name analysisCode isMarketing } pageInfo { hasNextPage endCursor } }
}`;

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
  const rows = await allPages<OfferRow>(viewer, locale, QUERY, 'offers');
  return (
    <>
      <SettingsPageHeader section="offers" canEdit={canEdit} readOnlyNotice={<ReadOnlyNotice />} />
      <OffersEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
