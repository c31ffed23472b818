import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { BranchHoursForm, type HoursRow } from '@/components/appointment-resources/branch-hours-form';
import { ClosedDaysEditor, type ClosedDayRow } from '@/components/appointment-resources/closed-days-editor';
import { ChoiceLinks, ResourceHeader } from '@/components/appointment-resources/resource-header';
import styles from '@/components/appointment-resources/resources.module.css';
import { allPages } from '@/components/contact-settings/all-pages';
import { serverGraphql } from '@/lib/server-graphql';
import { requireViewer } from '../../../require-viewer';
import { chosenBranch, loadBranches } from '../branches';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ branch?: string }> };

const HOURS = 'query($branchId: ID!) { branchHours(branchId: $branchId) { weekday opensAt closesAt } }';
const CLOSED_DAYS = `query($branchId: ID!, $from: String, $first: Int!, $after: String) {
  branchClosedDays(branchId: $branchId, from: $from, first: $first, after: $after) { nodes { id date reason } pageInfo { hasNextPage endCursor } }
}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.hours.title') };
}

/** 營業時間及休息日: per branch, the weekly opening hours and the closed days from today on (branch local date). */
export default async function OpeningHoursPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const [t, branches] = await Promise.all([getTranslations('appointmentSettings'), loadBranches(viewer, locale)]);
  const branch = chosenBranch(branches, (await searchParams).branch, viewer.branchId);
  if (!branch) return <ResourceHeader current="hours" canEdit={canEdit} />;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: branch.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [hours, closedDays] = await Promise.all([
    serverGraphql<{ branchHours: HoursRow[] }>(viewer, locale, HOURS, { branchId: branch.id }),
    allPages<ClosedDayRow>(viewer, locale, CLOSED_DAYS, 'branchClosedDays', { branchId: branch.id, from: today }),
  ]);
  return (
    <>
      <ResourceHeader current="hours" canEdit={canEdit} />
      <ChoiceLinks
        label={t('branch')}
        param="branch"
        basePath="/settings/appointments/hours"
        options={branches.map((b) => ({ id: b.id, label: b.code }))}
        current={branch.id}
        testId="branch-choice"
      />
      <div className={styles.stack}>
        <BranchHoursForm key={`h${branch.id}`} branchId={branch.id} rows={hours.branchHours} canEdit={canEdit} />
        <ClosedDaysEditor key={`c${branch.id}`} branchId={branch.id} rows={closedDays} canEdit={canEdit} />
      </div>
    </>
  );
}
