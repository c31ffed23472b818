import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PointsMovementsReport } from '@/components/reports/loyalty/points-movements-report';
import type { QueryRecord } from '@/components/reports/report-filter';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyaltyReports' });
  return { title: t('tabs.movements') };
}

/** 會員積分 報告 > 積分變動: runs in the browser through GraphQL, where the viewer's member scope applies. */
export default async function LoyaltyMovementsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  return <PointsMovementsReport query={await searchParams} />;
}
