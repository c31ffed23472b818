import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { DepartmentsEditor } from '@/components/sales/catalogue/departments-editor';
import { DepartmentsQuery } from '@/components/sales/catalogue/catalogue-documents';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.catalogue' });
  return { title: t('departments.title') };
}

/** 購買項目部門: every department, inactive ones too, by code. */
export default async function DepartmentsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.ProductsManage)) return <MissingPermission permission={Permission.ProductsManage} />;
  const [t, rows] = await Promise.all([
    getTranslations('sales.catalogue'),
    allNodes(async (after) => (await serverQuery(DepartmentsQuery, { after })).departments),
  ]);
  return (
    <>
      <PageHeader title={t('departments.title')} description={t('departments.description')} />
      <DepartmentsEditor rows={rows} canEdit />
    </>
  );
}
