import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PrepaidLiabilityReport } from '@/components/reports/prepaid/prepaid-liability-report';
import type { QueryRecord } from '@/components/reports/report-filter';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports.prepaid' });
  return { title: t('tabs.liability') };
}

/** 預付 報告 > 預付負債: runs in the browser through GraphQL, where the viewer's member scope applies. */
export default async function PrepaidLiabilityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  return <PrepaidLiabilityReport query={await searchParams} />;
}
