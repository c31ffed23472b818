import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StaffAccessList } from '@/components/staff/staff-access-list';
import { STAFF_ACCESS_PAGE_SIZE, StaffAccessQuery } from '@/components/staff/staff-access-documents';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.staffAccess' });
  return { title: t('title') };
}

/**
 * 員工登入: managers and admins see who is locked out of sign-in and who is signed in, and lift a
 * lock or end someone's sessions. Others are told the page is not for them; the API refuses them
 * the lock and session fields anyway.
 */
export default async function StaffAccessPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canManage = can(viewer, Permission.StaffAccess);
  const t = await getTranslations('staffAccess');
  const notice = (
    <p className="alert alert--info" data-testid="settings-read-only">
      {t('managersOnly')}
    </p>
  );
  if (!canManage) return <SettingsPageHeader section="staffAccess" canEdit={false} readOnlyNotice={notice} />;
  const { staffMembers } = await serverQuery(StaffAccessQuery, { search: null, first: STAFF_ACCESS_PAGE_SIZE, after: null });
  return (
    <>
      <SettingsPageHeader section="staffAccess" canEdit />
      <StaffAccessList initial={staffMembers} />
    </>
  );
}
