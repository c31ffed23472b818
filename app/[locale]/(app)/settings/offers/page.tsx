import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfferChoicesQuery, OfferSettingsQuery } from '@/components/campaigns/campaign-documents';
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
  const [rows, choices] = await Promise.all([allNodes(async (after) => (await serverQuery(OfferSettingsQuery, { after })).offers), serverQuery(OfferChoicesQuery)]);
  return (
    <>
      <SettingsPageHeader section="offers" canEdit={canEdit} readOnlyNotice={<ReadOnlyNotice />} />
      <OffersEditor
        rows={rows}
        canEdit={canEdit}
        choices={{
          branches: choices.branches.nodes.map((b) => ({ value: b.id, label: `${b.label} (${b.code})` })),
          memberGroups: choices.memberGroups.nodes.map((g) => ({ value: g.id, label: g.name })),
          interestGroups: choices.interestGroups.nodes.map((g) => ({ value: g.id, label: g.name })),
          departments: choices.departments.nodes.map((d) => ({ value: d.id, label: d.label })),
        }}
      />
    </>
  );
}
