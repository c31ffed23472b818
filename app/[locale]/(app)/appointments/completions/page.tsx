import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AppointmentsDayBar } from '@/components/appointments/boards/appointments-day-bar';
import { loadDayContext } from '@/components/appointments/boards/day-context';
import type { DayParams } from '@/components/appointments/boards/day-params';
import { CompletionBoard } from '@/components/appointments/boards/completion-board';
import { PageHeader } from '@/components/page-header';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<DayParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointments' });
  return { title: `${t('dayBar.view.completions')} · ${t('title')}` };
}

/** 預約 > 完成版面: the day's arrived appointments of a branch, to complete. The data loads in the browser through GraphQL. */
export default async function AppointmentsCompletionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('appointments');
  const day = await loadDayContext(viewer, locale, await searchParams);
  return (
    <>
      <PageHeader title={t('dayBar.view.completions')} description={t('views.completions')} />
      <AppointmentsDayBar view="completions" branches={day.branches} branchId={day.branchId} date={day.date} today={day.today} />
      <CompletionBoard key={`${day.branchId}:${day.date}`} branchId={day.branchId} date={day.date} timeZone={day.timeZone} />
    </>
  );
}
