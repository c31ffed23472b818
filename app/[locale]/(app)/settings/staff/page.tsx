import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { StaffAdminFilters } from '@/components/admin/staff/staff-admin-filters';
import { StaffAdminChoicesQuery, StaffAdminListQuery, STAFF_ADMIN_PAGE_SIZE } from '@/components/admin/staff/staff-documents';
import { branchesInScope, filterFromParams, type StaffListParams } from '@/components/admin/staff/staff-list-params';
import styles from '@/components/admin/staff/staff.module.css';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { memberScopeFor } from '@/services/visibility/member-visibility';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<StaffListParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.staff' });
  return { title: t('title') };
}

/**
 * 用戶管理: the staff within the viewer's member scope, searched by name, code or sign-in name and
 * filtered by branch, role, sales group and status. The search lives in the address (a plain GET
 * form), so a filtered list can be bookmarked, shared and returned to with Back.
 */
export default async function StaffSettingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('admin.staff');
  if (!can(viewer, Permission.StaffManage)) {
    return (
      <>
        <SettingsPageHeader section="staff" canEdit={false} readOnlyNotice={<MissingPermission permission={Permission.StaffManage} />} />
      </>
    );
  }
  const given = await searchParams;
  const filter = filterFromParams(given);
  const [{ staffAdminList: list }, choices] = await Promise.all([
    serverQuery(StaffAdminListQuery, { filter: filter.variables, first: STAFF_ADMIN_PAGE_SIZE, after: filter.after }),
    serverQuery(StaffAdminChoicesQuery),
  ]);
  const branches = branchesInScope(choices.branches.nodes, memberScopeFor(viewer));
  type Row = (typeof list.nodes)[number];
  const nextQuery = list.pageInfo.hasNextPage && list.pageInfo.endCursor ? { ...filter.query, after: list.pageInfo.endCursor } : null;
  return (
    <>
      <SettingsPageHeader section="staff" canEdit />
      <div className={styles.sections}>
        <div className="button-row">
          <Link href="/settings/staff/new" className="button button--primary" data-testid="staff-new">
            {t('new')}
          </Link>
          <Link href="/settings/roles" className="button button--secondary">
            {t('rolesLink')}
          </Link>
          <Link href="/settings/staff-access" className="button button--secondary">
            {t('accessLink')}
          </Link>
        </div>
        <StaffAdminFilters
          values={filter.query}
          branches={branches.map((b) => ({ id: b.id, label: b.label }))}
          roles={choices.roles.nodes.map((r) => ({ id: r.key, label: r.label }))}
          salesGroups={choices.salesGroups.nodes.map((g) => ({ id: g.id, label: g.name }))}
        />
        <p className="muted" role="status" data-testid="staff-total">
          {t('total', { count: list.totalCount })}
        </p>
        <DataTable<Row>
          label={t('table')}
          rows={list.nodes}
          rowKey={(row) => row.id}
          rowTestId={(row) => `staff-row-${row.code}`}
          emptyText={filter.filtered ? t('noMatch') : t('empty')}
          columns={[
            { header: t('code'), cell: (row) => row.code },
            { header: t('name'), cell: (row) => row.displayName, rowHeader: true },
            { header: t('login'), cell: (row) => row.login },
            { header: t('branch'), cell: (row) => row.branch.name },
            { header: t('roles'), cell: (row) => row.roles.map((role) => role.label).join('、') },
            { header: t('salesGroup'), cell: (row) => row.salesGroup?.name ?? '' },
            {
              header: t('status'),
              cell: (row) => (
                <>
                  {row.active ? <span className="tag">{t('active')}</span> : <span className="tag tag--muted">{t('inactive')}</span>}
                  {row.active && row.mustChangePassword ? <span className="tag tag--muted">{t('mustChangePassword')}</span> : null}
                </>
              ),
            },
            {
              header: t('actions'),
              cell: (row) => (
                <Link
                  href={`/settings/staff/${row.id}`}
                  className="button button--secondary"
                  data-testid={`staff-open-${row.code}`}
                  aria-label={t(row.manageable ? 'editLabel' : 'viewLabel', { name: row.displayName })}
                >
                  {row.manageable ? t('edit') : t('view')}
                </Link>
              ),
            },
          ]}
        />
        {nextQuery ? (
          <p className="button-row">
            <Link href={{ pathname: '/settings/staff', query: nextQuery }} className="button button--secondary" data-testid="staff-next-page">
              {t('nextPage')}
            </Link>
          </p>
        ) : null}
      </div>
    </>
  );
}
