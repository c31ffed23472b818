import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import { ReturnsSetupQuery } from '@/components/sales/returns/returns-documents';
import { ReturnsScreen } from '@/components/sales/returns/returns-screen';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ invoice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.returns' });
  return { title: t('title') };
}

/**
 * 顧客退貨: returns need sales.refund, and finding the invoice needs sales.view (front desk,
 * managers and admins hold both). `?invoice=` starts with that number filled in, as the invoice's
 * page links here.
 */
export default async function ReturnsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  for (const permission of [Permission.SalesRefund, Permission.SalesView]) {
    if (!can(viewer, permission)) return <MissingPermission permission={permission} testId="returns-forbidden" />;
  }
  const [t, setup, { invoice }] = await Promise.all([getTranslations('sales.returns'), serverQuery(ReturnsSetupQuery), searchParams]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ReturnsScreen
        tenders={setup.tenderTypes.nodes}
        money={{ currencyDisplay: setup.systemSettings.currencyDisplay, currencyDecimals: setup.systemSettings.currencyDecimals }}
        initialNumber={invoice?.trim() ?? ''}
      />
    </>
  );
}
