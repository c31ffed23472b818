import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminRolesQuery } from '@/components/admin/roles/role-documents';
import { allNodes } from '@/components/contact-settings/all-pages';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.roles' });
  return { title: t('title') };
}

/**
 * 權限設置: every role with whether it is built in, how many active staff hold it and how many
 * permissions it grants; those holding roles.manage add and edit them, the rest look.
 */
export default async function RolesSettingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const manage = can(viewer, Permission.RolesManage);
  const [t, format, roles] = await Promise.all([
    getTranslations('admin.roles'),
    getFormatter(),
    allNodes(async (after) => (await serverQuery(AdminRolesQuery, { after })).roles),
  ]);
  const { saved, deleted } = await searchParams;
  type Row = (typeof roles)[number];
  return (
    <>
      <SettingsPageHeader section="roles" canEdit={manage} readOnlyNotice={<p className="alert alert--info" data-testid="settings-read-only">{t('readOnly')}</p>} />
      {saved === '1' ? (
        <p className="alert alert--success" role="status" data-testid="roles-saved">
          {t('saved')}
        </p>
      ) : null}
      {deleted ? (
        <p className="alert alert--success" role="status" data-testid="roles-deleted">
          {t('deleted', { name: deleted.slice(0, 60) })}
        </p>
      ) : null}
      {manage ? (
        <div className="button-row">
          <Link href="/settings/roles/new" className="button button--primary" data-testid="role-new">
            {t('new')}
          </Link>
        </div>
      ) : null}
      <DataTable<Row>
        label={t('table')}
        rows={roles}
        rowKey={(row) => row.id}
        rowTestId={(row) => `role-row-${row.key}`}
        emptyText={t('empty')}
        columns={[
          { header: t('name'), cell: (row) => row.label, rowHeader: true },
          { header: t('kind'), cell: (row) => (row.builtIn ? <span className="tag">{t('builtIn')}</span> : <span className="tag tag--muted">{t('custom')}</span>) },
          { header: t('staffCount'), cell: (row) => format.number(row.staffCount) },
          { header: t('permissionCount'), cell: (row) => format.number(row.permissions.length) },
          {
            header: t('actions'),
            cell: (row) => (
              <Link href={`/settings/roles/${row.id}`} className="button button--secondary" data-testid={`role-edit-${row.key}`} aria-label={t(manage ? 'editLabel' : 'viewLabel', { name: row.label })}>
                {manage ? t('edit') : t('view')}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
