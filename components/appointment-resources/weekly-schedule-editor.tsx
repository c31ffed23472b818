'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfigEditor, type FormValues, type InputResult, type Interval } from '@/components/settings/config-editor';
import { SectionCard } from '@/components/ui/section-card';
import type { WorkScheduleSettingFragment } from '@/graphql/generated/graphql';
import { scheduleDaysSchema } from '@/services/appointment-resources/resource-input.schema';
import { SetWorkScheduleMutation } from './appointment-resource-documents';
import { WEEK_ORDER } from './week-order';

export type ScheduleRow = WorkScheduleSettingFragment;

/** One weekday of the week shown, with the beautician's hours at every branch that day. */
type Day = { id: string; weekday: number; schedules: ScheduleRow[] };

const weekOf = (rows: ScheduleRow[]): Day[] => WEEK_ORDER.map((weekday) => ({ id: String(weekday), weekday, schedules: rows.filter((r) => r.weekday === weekday) }));

const intervalsAt = (day: Day, branchId: string): Interval[] =>
  day.schedules.filter((r) => r.branch.id === branchId).map(({ startTime, endTime }) => ({ startTime, endTime }));

/**
 * 每週工作時間: per weekday, the hours the beautician works at the chosen branch (none = not working
 * there; two intervals = a split shift). Hours at other branches are shown for reference; the server
 * refuses overlaps with them. A change saves the branch's whole week.
 */
export function WeeklyScheduleEditor({
  staffId, branches, rows, initialBranchId, canEdit,
}: { staffId: string; branches: { id: string; code: string }[]; rows: ScheduleRow[]; initialBranchId: string; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.schedules');
  const s = useTranslations('appointmentSettings');
  const [branchId, setBranchId] = useState(initialBranchId);
  const [setSchedule] = useMutation(SetWorkScheduleMutation);
  const toInput = (values: FormValues): InputResult => ({ input: { intervals: [...(values.intervals as Interval[])].sort((a, b) => a.startTime.localeCompare(b.startTime)) } });
  /** The branch's week the save sends, with this day's hours changed: what the work schedule service parses. */
  const weekWith = (day: Day, input: Record<string, unknown>, week: Day[]) =>
    week.flatMap((d) => (d.weekday === day.weekday ? (input.intervals as Interval[]) : intervalsAt(d, branchId)).map((i) => ({ weekday: d.weekday, ...i })));
  return (
    <SectionCard id="weekly-schedule" title={t('weekTitle')}>
      <ConfigEditor<Day>
        testId="weekly-schedule-form"
        nested
        idPrefix="schedule"
        rows={weekOf(rows)}
        canEdit={canEdit}
        emptyText=""
        blank={null}
        scope={{ label: t('branch'), options: branches.map((b) => ({ value: b.id, label: b.code })), value: branchId, onChange: setBranchId }}
        labels={{ editTitle: (day) => s(`weekdays.${day.weekday}`) }}
        fields={[
          {
            name: 'intervals', label: t('hours'), kind: 'intervals', holds: ['startTime', 'endTime', 'days'],
            intervals: {
              add: t('addHours'), remove: t('removeHours'), start: s('exceptions.start'), end: s('exceptions.end'),
              next: (list) => (list.length ? { startTime: '18:00', endTime: '21:00' } : { startTime: '10:00', endTime: '19:00' }),
            },
          },
        ]}
        valuesOf={(day) => ({ intervals: intervalsAt(day, branchId) })}
        toInput={toInput}
        // Only edited days are checked, so `row` is always there.
        schema={scheduleDaysSchema}
        schemaInput={(input, day, week) => weekWith(day as Day, input, week)}
        save={{
          update: async (day, input, week) => {
            const days = weekWith(day, input, week);
            const saved = (await setSchedule({ variables: { staffId, branchId, days } })).data?.setWorkSchedule;
            return saved && weekOf(saved);
          },
        }}
        columns={[
          { header: t('weekday'), cell: (day) => s(`weekdays.${day.weekday}`), rowHeader: true },
          {
            header: t('hours'),
            cell: (day) => {
              const here = intervalsAt(day, branchId);
              return here.length ? here.map((i) => `${i.startTime}–${i.endTime}`).join(', ') : <span className="muted">{t('notWorking')}</span>;
            },
          },
          {
            header: t('elsewhere'),
            cell: (day) =>
              day.schedules
                .filter((r) => r.branch.id !== branchId)
                .map((r) => `${r.branch.code} ${r.startTime}–${r.endTime}`)
                .join(', '),
          },
        ]}
      />
    </SectionCard>
  );
}
