import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MissingPermission } from '@/components/admin/missing-permission';
import { StaffAdminChoicesQuery, StaffAdminMemberQuery } from '@/components/admin/staff/staff-documents';
import { StaffApiTokens } from '@/components/admin/staff/staff-api-tokens';
import { StaffForm, type StaffFormValues } from '@/components/admin/staff/staff-form';
import { branchesInScope } from '@/components/admin/staff/staff-list-params';
import { StaffPasswordReset } from '@/components/admin/staff/staff-password-reset';
import { StaffStateActions } from '@/components/admin/staff/staff-state-actions';
import { PageHeader } from '@/components/page-header';
import styles from '@/components/admin/staff/staff.module.css';
import { getDataSource } from '@/db/data-source';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { memberScopeFor } from '@/services/visibility/member-visibility';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.staff' });
  return { title: t('editTitleShort') };
}

/**
 * One staff member: their details (a form when the viewer may change them), deactivating or
 * reactivating, a password reset, their API tokens, and the screens that keep the rest of their
 * access — contact visibility and sign-in locks and sessions.
 */
export default async function StaffMemberPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const t = await getTranslations('admin.staff');
  const back = (
    <p>
      <Link href="/settings/staff" className="back-link">
        ← {t('backToList')}
      </Link>
    </p>
  );
  if (!can(viewer, Permission.StaffManage)) {
    return (
      <>
        <PageHeader title={t('editTitleShort')}>{back}</PageHeader>
        <MissingPermission permission={Permission.StaffManage} />
      </>
    );
  }
  const [format, { staffAdminMember: staff, staffApiTokens: tokens }, choices, timeZone] = await Promise.all([
    getFormatter(),
    serverQuery(StaffAdminMemberQuery, { id }),
    serverQuery(StaffAdminChoicesQuery),
    viewerTimeZone(await getDataSource(), viewer),
  ]);
  const saved = (await searchParams).saved === '1';
  const scope = memberScopeFor(viewer);
  const branches = branchesInScope(choices.branches.nodes.filter((b) => b.open || b.id === staff.branch.id), scope);
  const policy = {
    minLength: choices.systemSettings.passwordMinLength,
    requireLettersAndDigits: choices.systemSettings.passwordRequireLettersAndDigits,
    requireMixedCase: choices.systemSettings.passwordRequireMixedCase,
    expiryDays: choices.systemSettings.passwordExpiryDays ?? null,
  };
  const initial: StaffFormValues = {
    login: staff.login,
    displayName: staff.displayName,
    code: staff.code,
    branchId: staff.branch.id,
    salesGroupId: staff.salesGroup?.id ?? '',
    roleKeys: staff.roles.map((role) => role.key),
    memberReach: staff.memberReach.toLowerCase() as StaffFormValues['memberReach'],
    memberBranchIds: staff.memberBranches.map((branch) => branch.id),
    initialPassword: '',
  };
  const isSelf = staff.id === String(viewer.staffId);
  return (
    <>
      <PageHeader title={t('editTitle', { code: staff.code, name: staff.displayName })} description={t('editDescription')}>
        {back}
        {staff.manageable ? null : (
          <p className="alert alert--info" data-testid="staff-read-only">
            {t('outranks')}
          </p>
        )}
      </PageHeader>
      <div className={styles.sections}>
        {saved ? (
          <p className="alert alert--success" role="status" data-testid="staff-saved">
            {t('saved')}
          </p>
        ) : null}
        {staff.active ? null : (
          <p className="alert alert--info" data-testid="staff-inactive-banner">
            {t('inactiveBanner')}
          </p>
        )}
        {staff.mustChangePassword ? (
          <p className="alert alert--info" data-testid="staff-must-change">
            {t('mustChangeBanner')}
          </p>
        ) : null}
        <nav className="button-row" aria-label={t('relatedSettings')}>
          <Link href="/settings/contact-visibility" className="button button--secondary" data-testid="staff-visibility-link">
            {t('visibilityLink')}
          </Link>
          <Link href="/settings/staff-access" className="button button--secondary" data-testid="staff-access-link">
            {t('accessLink')}
          </Link>
        </nav>
        {staff.manageable ? (
          <StaffForm
            staffId={staff.id}
            initial={initial}
            branches={branches.map((b) => ({ id: b.id, label: `${b.code} ${b.label}` }))}
            salesGroups={choices.salesGroups.nodes.map((g) => ({ id: g.id, label: g.name }))}
            roles={choices.grantableRoles.nodes.map((r) => ({ key: r.key, label: r.label }))}
            policy={policy}
            canSeeAllBranches={scope.kind === 'all'}
          />
        ) : (
          <dl className="card" data-testid="staff-details">
            <dt>{t('login')}</dt>
            <dd>{staff.login}</dd>
            <dt>{t('branch')}</dt>
            <dd>{staff.branch.name}</dd>
            <dt>{t('roles')}</dt>
            <dd>{staff.roles.map((role) => role.label).join('、')}</dd>
            <dt>{t('salesGroup')}</dt>
            <dd>{staff.salesGroup?.name ?? '—'}</dd>
          </dl>
        )}
        <p className="muted" data-testid="staff-password-set">
          {staff.passwordSetAt
            ? t('passwordSetAt', { date: format.dateTime(new Date(staff.passwordSetAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) })
            : t('passwordNeverSet')}
        </p>
        {staff.manageable ? <StaffPasswordReset staffId={staff.id} name={staff.displayName} policy={policy} /> : null}
        {staff.manageable ? <StaffStateActions staffId={staff.id} name={staff.displayName} active={staff.active} isSelf={isSelf} /> : null}
        <StaffApiTokens tokens={tokens.nodes} canRevoke={can(viewer, Permission.ApiTokensManageAll) && can(viewer, Permission.ApiTokensCreate)} timeZone={timeZone} />
      </div>
    </>
  );
}
