import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AppointmentsDayBar } from '@/components/appointments/boards/appointments-day-bar';
import boards from '@/components/appointments/boards/boards.module.css';
import { loadDayContext } from '@/components/appointments/boards/day-context';
import { dayQuery, type DayParams } from '@/components/appointments/boards/day-params';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { serverGraphqlOrNull } from '@/lib/server-graphql';
import { requireViewer } from '../require-viewer';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<DayParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointments' });
  return { title: t('title') };
}

const COUNTS = `query ($branchId: ID!, $date: String!) {
  arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }
  completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }
}`;

/** 預約: the branch and day, and the three views of it with the day's counts. */
export default async function AppointmentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('appointments');
  const day = await loadDayContext(viewer, locale, await searchParams);
  const counts = await serverGraphqlOrNull<{ arrivals: { appointmentCount: number; memberCount: number }; completions: { appointmentCount: number } }>(
    viewer,
    locale,
    COUNTS,
    { branchId: day.branchId, date: day.date },
  );
  const query = dayQuery(day.branchId, day.date);
  const tiles = [
    { view: 'calendar', href: `/appointments/calendar?${query}`, text: t('home.calendarText') },
    {
      view: 'arrivals',
      href: `/appointments/arrivals?${query}`,
      text: counts ? t('home.arrivalsText', { appointments: counts.arrivals.appointmentCount, members: counts.arrivals.memberCount }) : '',
    },
    { view: 'completions', href: `/appointments/completions?${query}`, text: counts ? t('home.completionsText', { count: counts.completions.appointmentCount }) : '' },
  ] as const;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AppointmentsDayBar view="home" branches={day.branches} branchId={day.branchId} date={day.date} today={day.today} />
      <div className={boards.tiles}>
        {tiles.map((tile) => (
          <Link key={tile.view} href={tile.href} className={boards.tile} data-testid={`appointments-tile-${tile.view}`}>
            <span className={boards.tileTitle}>{t(`dayBar.view.${tile.view}`)}</span>
            <span>{tile.text}</span>
          </Link>
        ))}
      </div>
    </>
  );
}
