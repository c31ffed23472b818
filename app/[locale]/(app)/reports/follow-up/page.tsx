import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import type { QueryRecord } from '@/components/reports/report-filter';
import { FollowUpReport } from '@/components/reports/follow-up/follow-up-report';
import { ReportsSubnav } from '@/components/reports/reports-subnav';
import { getDataSource } from '@/db/data-source';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { followUpPeriod } from '@/services/reports/follow-up-statistics';
import { salonDay } from '@/services/reports/report-range';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports.followUp' });
  return { title: t('title') };
}

/**
 * 會員 > 報告 > 同事跟進的統計. The report runs in the browser through GraphQL (the viewer's
 * contact scope applies there); the query string carries the filters and the number drilled into.
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const [query, t, timeZone] = await Promise.all([searchParams, getTranslations('reports.followUp'), viewerTimeZone(await getDataSource(), viewer)]);
  const defaultPeriod = followUpPeriod(undefined, undefined, salonDay(new Date(), timeZone));

  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ReportsSubnav current="followUp" />
      </PageHeader>
      <FollowUpReport query={query} defaultPeriod={defaultPeriod} timeZone={timeZone} />
    </>
  );
}
