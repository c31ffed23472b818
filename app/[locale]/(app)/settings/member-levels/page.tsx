import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { allNodes } from '@/components/contact-settings/all-pages';
import { MemberLevelsEditor } from '@/components/settings/member-levels-editor';
import { MemberLevelSettingsQuery, ViewerCurrencyQuery } from '@/components/settings/settings-documents';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.memberLevels' });
  return { title: t('title') };
}

export default async function MemberLevelSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = can(viewer, Permission.SettingsMembers);
  const [rows, currency] = await Promise.all([
    allNodes(async (after) => (await serverQuery(MemberLevelSettingsQuery, { after })).memberGroups),
    serverQuery(ViewerCurrencyQuery),
  ]);
  return (
    <>
      <SettingsPageHeader section="memberLevels" canEdit={canEdit} />
      <MemberLevelsEditor rows={rows} canEdit={canEdit} currency={currency.viewer.branch.currency} />
    </>
  );
}
