import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { QueryRecord } from '@/components/reports/report-filter';
import { CampaignReturnInvoices } from '@/components/reports/sales-views/campaign-return-invoices';
import { getDataSource } from '@/db/data-source';
import { Campaign } from '@/entities';
import { requireViewer } from '../../../../require-viewer';

type Props = { params: Promise<{ locale: string; campaignId: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'salesViews' });
  return { title: t('campaignReturn.title') };
}

/** 活動回報's drill-through: one campaign's contributing invoices (read through the scoped API). */
export default async function CampaignReturnInvoicesPage({ params, searchParams }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  await requireViewer(locale);
  if (!/^\d{1,15}$/.test(campaignId)) notFound();
  const campaign = await (await getDataSource()).getRepository(Campaign).findOne({ select: { id: true, code: true }, where: { id: Number(campaignId) } });
  if (!campaign) notFound();
  return <CampaignReturnInvoices campaignId={campaignId} campaignCode={campaign.code} query={await searchParams} />;
}
