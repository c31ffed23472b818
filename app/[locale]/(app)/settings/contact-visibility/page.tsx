import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { allNodes } from '@/components/contact-settings/all-pages';
import { VisibilityStaffQuery } from '@/components/contact-settings/contact-settings-documents';
import { ContactVisibilityEditor } from '@/components/contact-settings/contact-visibility-editor';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.contactVisibility' });
  return { title: t('title') };
}

export default async function ContactVisibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditContactSettings(viewer);
  const staff = await allNodes(async (after) => (await serverQuery(VisibilityStaffQuery, { after })).staffMembers);
  return (
    <>
      <SettingsPageHeader section="contactVisibility" canEdit={canEdit} readOnlyNotice={<ReadOnlyNotice />} />
      <ContactVisibilityEditor staff={staff} canEdit={canEdit} />
    </>
  );
}
