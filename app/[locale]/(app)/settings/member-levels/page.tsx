import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MemberLevelsEditor, type MemberLevelRow } from '@/components/settings/member-levels-editor';
import { StaffRole } from '@/services/staff/staff-role';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

const QUERY = `query MemberLevelSettings {
  viewer { branch { currency } }
  memberGroups(first: 100) {
    nodes { id code name sortOrder isDeletedGroup discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }
  }
}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.memberLevels' });
  return { title: t('title') };
}

export default async function MemberLevelSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = hasRole(viewer, StaffRole.ADMIN);
  const data = await serverGraphql<{ viewer: { branch: { currency: string } }; memberGroups: { nodes: MemberLevelRow[] } }>(viewer, locale, QUERY);
  return (
    <>
      <SettingsPageHeader section="memberLevels" canEdit={canEdit} />
      <MemberLevelsEditor rows={data.memberGroups.nodes} canEdit={canEdit} currency={data.viewer.branch.currency} />
    </>
  );
}
