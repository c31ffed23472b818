import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { InvoiceDetailQuery } from '@/components/sales/invoices/invoice-documents';
import { InvoiceDetailView } from '@/components/sales/invoices/invoice-detail';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.invoices' });
  return { title: t('title') };
}

/**
 * One invoice (發票): header, lines with the staff credited, totals, payments, its returns, and
 * the receipt (80 mm or A4) and void actions. An invoice the viewer may not see is not found.
 */
export default async function InvoicePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.SalesView)) return <MissingPermission permission={Permission.SalesView} testId="invoices-forbidden" />;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const { invoice } = await serverQuery(InvoiceDetailQuery, { id });
  if (!invoice) notFound();
  const t = await getTranslations('sales.invoices.detail');
  return (
    <>
      <PageHeader title={t('title', { number: invoice.number })} />
      <InvoiceDetailView invoice={invoice} canVoid={can(viewer, Permission.SalesVoid)} canReturn={can(viewer, Permission.SalesRefund)} />
    </>
  );
}
