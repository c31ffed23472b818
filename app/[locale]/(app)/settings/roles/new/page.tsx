import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PermissionCatalogueQuery } from '@/components/admin/roles/role-documents';
import { BLANK_ROLE, RoleForm } from '@/components/admin/roles/role-form';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.roles' });
  return { title: t('newTitle') };
}

/** 新增角色: only for those holding roles.manage. */
export default async function NewRolePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.RolesManage)) notFound();
  const [t, { permissionCatalogue }] = await Promise.all([getTranslations('admin.roles'), serverQuery(PermissionCatalogueQuery, {})]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')}>
        <p>
          <Link href="/settings/roles" className="back-link">
            ← {t('backToList')}
          </Link>
        </p>
      </PageHeader>
      <RoleForm roleId={null} initial={BLANK_ROLE} areas={permissionCatalogue.areas} />
    </>
  );
}
