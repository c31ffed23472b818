import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MissingPermission } from '@/components/admin/missing-permission';
import { InvoiceReceiptQuery } from '@/components/sales/invoices/invoice-documents';
import { PrintButton } from '@/components/sales/invoices/print-button';
import { Receipt, ReceiptPrintRules, type ReceiptPaper } from '@/components/sales/invoices/receipt';
import styles from '@/components/sales/invoices/receipt.module.css';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../../require-viewer';
import { serverQuery } from '../../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.invoices' });
  return { title: t('title') };
}

/**
 * 列印收據: the invoice's receipt for 80 mm thermal paper (`?paper=80mm`, the default) or as an A4
 * invoice (`?paper=a4`), previewed at the paper's width; the print button prints only the receipt.
 */
export default async function ReceiptPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.SalesView)) return <MissingPermission permission={Permission.SalesView} testId="invoices-forbidden" />;
  if (!/^\d{1,15}$/.test(id)) notFound();
  const paper: ReceiptPaper = (await searchParams).paper === 'a4' ? 'a4' : '80mm';
  const { invoice, systemSettings } = await serverQuery(InvoiceReceiptQuery, { id });
  if (!invoice) notFound();
  const t = await getTranslations('sales.invoices.receipt');
  return (
    <>
      <ReceiptPrintRules paper={paper} />
      <h1 className="visually-hidden">{t('title', { number: invoice.number })}</h1>
      <nav className={styles.toolbar} aria-label={t('paper')}>
        <PrintButton />
        <Link className="button button--secondary" href={`/sales/invoices/${invoice.id}/receipt?paper=80mm`} aria-current={paper === '80mm' ? 'page' : undefined} data-testid="receipt-paper-80mm">
          {t('paper80')}
        </Link>
        <Link className="button button--secondary" href={`/sales/invoices/${invoice.id}/receipt?paper=a4`} aria-current={paper === 'a4' ? 'page' : undefined} data-testid="receipt-paper-a4">
          {t('paperA4')}
        </Link>
        <Link className="button button--secondary" href={`/sales/invoices/${invoice.id}`} data-testid="receipt-back">
          {t('back')}
        </Link>
      </nav>
      <Receipt invoice={invoice} settings={systemSettings} paper={paper} locale={locale} />
    </>
  );
}
