import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { canEditAppointmentResources } from '@/components/appointment-resources/access';
import { ChoiceLinks, ResourceHeader } from '@/components/appointment-resources/resource-header';
import { ScheduleBeauticiansQuery, ScheduleExceptionsQuery, WorkSchedulesQuery } from '@/components/appointment-resources/appointment-resource-documents';
import { ScheduleExceptionsEditor } from '@/components/appointment-resources/schedule-exceptions-editor';
import { WeeklyScheduleEditor } from '@/components/appointment-resources/weekly-schedule-editor';
import styles from '@/components/appointment-resources/resources.module.css';
import { allNodes } from '@/components/contact-settings/all-pages';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';
import { dateDaysAgo, loadBranches } from '../branches';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ staff?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'appointmentSettings' });
  return { title: t('pages.schedules.title') };
}

/** 美容師工作時間: pick a beautician, then their weekly hours per branch and their exceptions from today on. */
export default async function BeauticianSchedulesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditAppointmentResources(viewer);
  const [t, beauticians, branches] = await Promise.all([
    getTranslations('appointmentSettings'),
    allNodes(async (after) => (await serverQuery(ScheduleBeauticiansQuery, { after })).staffMembers),
    loadBranches(),
  ]);
  const requested = (await searchParams).staff;
  const chosen = beauticians.find((b) => b.id === requested) ?? beauticians[0] ?? null;
  const header = <ResourceHeader current="schedules" canEdit={canEdit} />;
  if (!chosen) {
    return (
      <>
        {header}
        <p className="muted" data-testid="no-beauticians">
          {t('schedules.noBeauticians')}
        </p>
      </>
    );
  }
  // Exceptions from a week ago on: recent leave stays visible for corrections, old history does not crowd the list.
  const from = dateDaysAgo(7);
  const [schedules, exceptions] = await Promise.all([
    serverQuery(WorkSchedulesQuery, { staffId: chosen.id }),
    allNodes(async (after) => (await serverQuery(ScheduleExceptionsQuery, { staffId: chosen.id, from, after })).scheduleExceptions),
  ]);
  const branchOptions = branches.map((b) => ({ id: b.id, code: b.code }));
  return (
    <>
      {header}
      <ChoiceLinks
        label={t('schedules.beautician')}
        param="staff"
        basePath="/settings/appointments/schedules"
        options={beauticians.map((b) => ({ id: b.id, label: `${b.displayName} (${b.code})` }))}
        current={chosen.id}
        testId="beautician-choice"
      />
      <div className={styles.stack}>
        <WeeklyScheduleEditor
          key={`w${chosen.id}`}
          staffId={chosen.id}
          branches={branchOptions}
          rows={schedules.workSchedules}
          initialBranchId={schedules.workSchedules[0]?.branch.id ?? chosen.branch.id}
          canEdit={canEdit}
        />
        <ScheduleExceptionsEditor
          key={`x${chosen.id}`}
          staffId={chosen.id}
          branches={branchOptions}
          defaultBranchId={chosen.branch.id}
          rows={exceptions}
          canEdit={canEdit}
        />
      </div>
    </>
  );
}
