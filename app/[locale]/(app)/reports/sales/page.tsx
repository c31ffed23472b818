import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'salesStats' });
  return { title: t('title') };
}

/** 統計分析: sales by period, branch, staff, item, category, department or tender. */
export default async function SalesStatisticsPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return null;
}
