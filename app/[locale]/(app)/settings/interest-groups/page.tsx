import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { allNodes } from '@/components/contact-settings/all-pages';
import { InterestGroupsEditor } from '@/components/settings/interest-groups-editor';
import { InterestGroupSettingsQuery } from '@/components/settings/settings-documents';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.interestGroups' });
  return { title: t('title') };
}

export default async function InterestGroupSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = can(viewer, Permission.SettingsMembers);
  const rows = await allNodes(async (after) => (await serverQuery(InterestGroupSettingsQuery, { after })).interestGroups);
  return (
    <>
      <SettingsPageHeader section="interestGroups" canEdit={canEdit} />
      <InterestGroupsEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
