import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PageHeader } from '@/components/page-header';
import { TenderSettingsQuery } from '@/components/sales/tenders/tender-documents';
import { TendersEditor } from '@/components/sales/tenders/tenders-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.tenders' });
  return { title: t('title') };
}

/** 付款方式: the ways to pay the cashier offers, in their order, inactive ones too. */
export default async function TendersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.SalesSettings)) return <MissingPermission permission={Permission.SalesSettings} />;
  const [t, rows] = await Promise.all([
    getTranslations('sales.tenders'),
    allNodes(async (after) => (await serverQuery(TenderSettingsQuery, { after })).tenderTypes),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <TendersEditor rows={rows} canEdit />
    </>
  );
}
