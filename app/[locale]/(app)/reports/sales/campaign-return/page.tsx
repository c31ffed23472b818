import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { QueryRecord } from '@/components/reports/report-filter';
import { CampaignReturnView } from '@/components/reports/sales-views/campaign-return';
import { getDataSource } from '@/db/data-source';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'salesViews' });
  return { title: t('campaignReturn.title') };
}

/** 統計分析 > 活動回報: runs in the browser through GraphQL, where the viewer's invoice and contact scopes apply. */
export default async function CampaignReturnPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const timeZone = await viewerTimeZone(await getDataSource(), viewer);
  return <CampaignReturnView query={await searchParams} timeZone={timeZone} />;
}
