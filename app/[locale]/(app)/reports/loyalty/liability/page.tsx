import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PointsLiabilityReport } from '@/components/reports/loyalty/points-liability-report';
import type { QueryRecord } from '@/components/reports/report-filter';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyaltyReports' });
  return { title: t('tabs.liability') };
}

/** 會員積分 報告 > 積分負債: runs in the browser through GraphQL, where the viewer's member scope applies. */
export default async function LoyaltyLiabilityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  return <PointsLiabilityReport query={await searchParams} />;
}
