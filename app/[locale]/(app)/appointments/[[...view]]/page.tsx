import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AppointmentBoard } from '@/components/appointments/boards/appointment-board';
import { AppointmentsDayBar } from '@/components/appointments/boards/appointments-day-bar';
import boards from '@/components/appointments/boards/boards.module.css';
import { dayQuery, type DayParams } from '@/components/appointments/boards/day-params';
import { DayCalendar } from '@/components/appointments/calendar/day-calendar';
import { AppointmentDayCountsQuery } from '@/components/appointments/day/day-documents';
import { dayViewOf, dayViewPath, type DayView } from '@/components/appointments/day/day-views';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { loadDayContext, type DayContext } from './day-context';

type Props = { params: Promise<{ locale: string; view?: string[] }>; searchParams: Promise<DayParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, view: segments } = await params;
  const view = dayViewOf(segments);
  const t = await getTranslations({ locale, namespace: 'appointments' });
  return { title: !view || view === 'home' ? t('title') : `${t(`dayBar.view.${view}`)} · ${t('title')}` };
}

/**
 * 預約 and its day views, one page: the branch and day (from the query string) with the views'
 * bar, then 預約's tiles with the day's counts, 日曆 (one column per beautician; move and book by
 * drag or tap), 到達版面 or 完成版面. The calendar's and the boards' data load in the browser.
 */
export default async function AppointmentDayPage({ params, searchParams }: Props) {
  const { locale, view: segments } = await params;
  const view = dayViewOf(segments);
  if (!view) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('appointments');
  const day = await loadDayContext(viewer, await searchParams);
  const key = `${day.branchId}:${day.date}`;
  return (
    <>
      {view === 'home' ? (
        <PageHeader title={t('title')} description={t('description')} />
      ) : (
        <PageHeader title={t(`dayBar.view.${view}`)} description={t(`views.${view}`)} />
      )}
      <AppointmentsDayBar view={view} branches={day.branches} branchId={day.branchId} date={day.date} today={day.today} />
      {view === 'home' ? <DayTiles day={day} /> : null}
      {view === 'calendar' ? <DayCalendar key={key} branchId={day.branchId} date={day.date} /> : null}
      {view === 'arrivals' || view === 'completions' ? <AppointmentBoard key={key} kind={view} branchId={day.branchId} date={day.date} timeZone={day.timeZone} canCheckout={can(viewer, Permission.SalesCheckout)} canUseSessions={can(viewer, Permission.PrepaidUseSessions)} /> : null}
    </>
  );
}

/** 預約's tiles: the three views of the day, the boards with the day's counts. */
async function DayTiles({ day }: { day: DayContext }) {
  const t = await getTranslations('appointments');
  const counts = await serverQuery(AppointmentDayCountsQuery, { branchId: day.branchId, date: day.date });
  const query = dayQuery(day.branchId, day.date);
  const tiles: Array<{ view: Exclude<DayView, 'home'>; text: string }> = [
    { view: 'calendar', text: t('home.calendarText') },
    { view: 'arrivals', text: t('home.arrivalsText', { appointments: counts.arrivals.appointmentCount, members: counts.arrivals.memberCount }) },
    { view: 'completions', text: t('home.completionsText', { count: counts.completions.appointmentCount }) },
  ];
  return (
    <div className={boards.tiles}>
      {tiles.map((tile) => (
        <Link key={tile.view} href={`${dayViewPath(tile.view)}?${query}`} className={boards.tile} data-testid={`appointments-tile-${tile.view}`}>
          <span className={boards.tileTitle}>{t(`dayBar.view.${tile.view}`)}</span>
          <span>{tile.text}</span>
        </Link>
      ))}
    </div>
  );
}
