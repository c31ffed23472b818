import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { QueryRecord } from '@/components/reports/report-filter';
import { MemberRanking } from '@/components/reports/sales-views/member-ranking';
import { requireViewer } from '../../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'salesViews' });
  return { title: t('ranking.title') };
}

/** 統計分析 > 會員消費排名: runs in the browser through GraphQL, where the viewer's invoice scope applies. */
export default async function MemberRankingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  return <MemberRanking query={await searchParams} />;
}
