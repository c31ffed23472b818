import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AnalysisPrintView } from '@/components/reports/analysis/print-view';
import type { QueryRecord } from '@/components/reports/report-filter';
import { getDataSource } from '@/db/data-source';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports.analysis' });
  return { title: t('print') };
}

/** 聯絡活動分析 > 列印: the same query string as the analysis, laid out for paper. */
export default async function CampaignAnalysisPrintPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const timeZone = await viewerTimeZone(await getDataSource(), viewer);
  return <AnalysisPrintView query={query} timeZone={timeZone} />;
}
