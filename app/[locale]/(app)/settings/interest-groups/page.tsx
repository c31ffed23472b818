import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InterestGroupsEditor, type InterestGroupRow } from '@/components/settings/interest-groups-editor';
import { StaffRole } from '@/services/staff/staff-role';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

const QUERY = `query InterestGroupSettings { interestGroups(first: 100) { nodes { id code name } } }`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.interestGroups' });
  return { title: t('title') };
}

export default async function InterestGroupSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = hasRole(viewer, StaffRole.ADMIN);
  const data = await serverGraphql<{ interestGroups: { nodes: InterestGroupRow[] } }>(viewer, locale, QUERY);
  return (
    <>
      <SettingsPageHeader section="interestGroups" canEdit={canEdit} />
      <InterestGroupsEditor rows={data.interestGroups.nodes} canEdit={canEdit} />
    </>
  );
}
