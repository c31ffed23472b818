import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { StaffAdminChoicesQuery } from '@/components/admin/staff/staff-documents';
import { StaffForm, type StaffFormValues } from '@/components/admin/staff/staff-form';
import { branchesInScope } from '@/components/admin/staff/staff-list-params';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { memberScopeFor } from '@/services/visibility/member-visibility';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.staff' });
  return { title: t('newTitle') };
}

/** 新增員工: for those holding staff.manage; the new staff member chooses their own password at first sign-in. */
export default async function NewStaffPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('admin.staff');
  const header = (
    <PageHeader title={t('newTitle')} description={t('newDescription')}>
      <p>
        <Link href="/settings/staff" className="back-link">
          ← {t('backToList')}
        </Link>
      </p>
    </PageHeader>
  );
  if (!can(viewer, Permission.StaffManage)) {
    return (
      <>
        {header}
        <MissingPermission permission={Permission.StaffManage} />
      </>
    );
  }
  const choices = await serverQuery(StaffAdminChoicesQuery);
  const scope = memberScopeFor(viewer);
  const branches = branchesInScope(choices.branches.nodes.filter((b) => b.open), scope);
  const initial: StaffFormValues = {
    login: '',
    displayName: '',
    code: '',
    branchId: branches.some((b) => b.id === String(viewer.branchId)) ? String(viewer.branchId) : '',
    salesGroupId: '',
    roleKeys: [],
    memberReach: 'own_branch',
    memberBranchIds: [],
    initialPassword: '',
  };
  return (
    <>
      {header}
      <StaffForm
        staffId={null}
        initial={initial}
        branches={branches.map((b) => ({ id: b.id, label: `${b.code} ${b.label}` }))}
        salesGroups={choices.salesGroups.nodes.map((g) => ({ id: g.id, label: g.name }))}
        roles={choices.grantableRoles.nodes.map((r) => ({ key: r.key, label: r.label }))}
        policy={{ minLength: choices.systemSettings.passwordMinLength, requireLettersAndDigits: choices.systemSettings.passwordRequireLettersAndDigits, requireMixedCase: choices.systemSettings.passwordRequireMixedCase, expiryDays: choices.systemSettings.passwordExpiryDays ?? null }}
        canSeeAllBranches={scope.kind === 'all'}
      />
    </>
  );
}
