import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminRoleQuery, PermissionCatalogueQuery } from '@/components/admin/roles/role-documents';
import { RoleDelete } from '@/components/admin/roles/role-delete';
import { RoleForm } from '@/components/admin/roles/role-form';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.roles' });
  return { title: t('editTitleShort') };
}

/** One role: its names and permissions (an editor for those holding roles.manage) and deleting it. */
export default async function RolePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const manage = can(viewer, Permission.RolesManage);
  const [t, { role }, { permissionCatalogue }] = await Promise.all([
    getTranslations('admin.roles'),
    serverQuery(AdminRoleQuery, { id }),
    serverQuery(PermissionCatalogueQuery, {}),
  ]);
  const saved = (await searchParams).saved === '1';
  const granted = new Set<string>(role.permissions);
  return (
    <>
      <PageHeader title={t('editTitle', { name: role.label })} description={t('editDescription')}>
        <p>
          <Link href="/settings/roles" className="back-link">
            ← {t('backToList')}
          </Link>
        </p>
        {manage ? null : (
          <p className="alert alert--info" data-testid="settings-read-only">
            {t('readOnly')}
          </p>
        )}
      </PageHeader>
      {saved ? (
        <p className="alert alert--success" role="status" data-testid="role-saved">
          {t('saved')}
        </p>
      ) : null}
      <p data-testid="role-held-by">
        {role.builtIn ? <span className="tag">{t('builtIn')}</span> : null} {t('heldBy', { count: role.staffCount })}
      </p>
      {manage ? (
        <>
          <RoleForm
            roleId={role.id}
            initial={{
              name: role.name,
              translations: { zhHK: role.translations.zhHK ?? '', en: role.translations.en ?? '', zhCN: role.translations.zhCN ?? '', th: role.translations.th ?? '' },
              permissions: permissionCatalogue.areas.flatMap((area) => area.permissions.filter((p) => granted.has(p.permission)).map((p) => p.value)),
            }}
            areas={permissionCatalogue.areas}
          />
          <RoleDelete roleId={role.id} name={role.label} builtIn={role.builtIn} />
        </>
      ) : (
        <section className="card" aria-labelledby="role-permissions-heading" data-testid="role-permissions-read-only">
          <h2 id="role-permissions-heading">{t('form.permissions')}</h2>
          {permissionCatalogue.areas
            .filter((area) => area.permissions.some((p) => granted.has(p.permission)))
            .map((area) => (
              <div key={area.key}>
                <h3>{area.name}</h3>
                <ul>
                  {area.permissions
                    .filter((p) => granted.has(p.permission))
                    .map((p) => (
                      <li key={p.value}>
                        <strong>{p.name}</strong> — {p.description}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
        </section>
      )}
    </>
  );
}
