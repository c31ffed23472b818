import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { CampaignAnalysis } from '@/components/reports/analysis/campaign-analysis';
import type { QueryRecord } from '@/components/reports/report-filter';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { getDataSource } from '@/db/data-source';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports.analysis' });
  return { title: t('title') };
}

/**
 * 會員 > 報告 > 聯絡活動分析. The report runs in the browser through GraphQL, where the viewer's
 * contact scope applies; the query string carries the view and the filters.
 */
export default async function CampaignAnalysisPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const t = await getTranslations('reports.analysis');
  const timeZone = await viewerTimeZone(await getDataSource(), viewer);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav current="campaignAnalysis" />
      </PageHeader>
      <CampaignAnalysis query={query} timeZone={timeZone} />
    </>
  );
}
