'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { SectionCard } from '@/components/ui/section-card';
import type { BranchHoursSettingFragment } from '@/graphql/generated/graphql';
import { branchHoursSchema } from '@/services/appointment-resources/resource-input.schema';
import { SetBranchHoursMutation } from './appointment-resource-documents';
import { WEEK_ORDER } from './week-order';

export type HoursRow = BranchHoursSettingFragment;

/** One weekday of the week shown: open or closed, and the hours (kept while closed, as the form's starting point). */
type Day = { id: string; weekday: number; open: boolean; opensAt: string; closesAt: string };

/** The whole week, Monday first, from the branch's rows (weekdays without one are closed). */
const weekOf = (rows: HoursRow[]): Day[] =>
  WEEK_ORDER.map((weekday) => {
    const row = rows.find((r) => r.weekday === weekday);
    return { id: String(weekday), weekday, open: Boolean(row), opensAt: row?.opensAt ?? '09:00', closesAt: row?.closesAt ?? '22:00' };
  });

/** 營業時間: one row per weekday (open or closed, opening and closing time); a change saves the whole week. */
export function BranchHoursForm({ branchId, rows, canEdit }: { branchId: string; rows: HoursRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.hours');
  const s = useTranslations('appointmentSettings');
  const [setHours] = useMutation(SetBranchHoursMutation);
  const toInput = (values: FormValues): InputResult => ({ input: { open: values.open === true, opensAt: String(values.opensAt), closesAt: String(values.closesAt) } });
  /** The week the save sends, with this day changed: what the branch calendar service parses. */
  const weekWith = (day: Day, input: Record<string, unknown>, week: Day[]) =>
    week
      .map((d) => (d.weekday === day.weekday ? { ...d, ...(input as Pick<Day, 'open' | 'opensAt' | 'closesAt'>) } : d))
      .filter((d) => d.open)
      .map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }));
  return (
    <SectionCard id="branch-hours" title={t('title')}>
      <ConfigEditor<Day>
        testId="branch-hours-form"
        nested
        idPrefix="hours"
        rows={weekOf(rows)}
        canEdit={canEdit}
        emptyText=""
        blank={null}
        labels={{ editTitle: (day) => s(`weekdays.${day.weekday}`) }}
        fields={[
          { name: 'open', label: t('open'), kind: 'checkbox' },
          { name: 'opensAt', label: t('opensAt'), kind: 'time', required: true, visible: (values) => values.open === true },
          { name: 'closesAt', label: t('closesAt'), kind: 'time', required: true, visible: (values) => values.open === true },
        ]}
        valuesOf={(day) => ({ open: day.open, opensAt: day.opensAt, closesAt: day.closesAt })}
        toInput={toInput}
        // Only edited days are checked, so `row` is always there.
        schema={branchHoursSchema}
        schemaInput={(input, day, week) => weekWith(day as Day, input, week)}
        save={{
          update: async (day, input, week) => {
            const saved = (await setHours({ variables: { branchId, days: weekWith(day, input, week) } })).data?.setBranchHours;
            return saved && weekOf(saved);
          },
        }}
        columns={[
          { header: t('weekday'), cell: (day) => s(`weekdays.${day.weekday}`), rowHeader: true },
          { header: t('open'), cell: (day) => (day.open ? t('openState') : <span className="tag tag--muted">{t('closedState')}</span>) },
          { header: t('opensAt'), cell: (day) => (day.open ? day.opensAt : '') },
          { header: t('closesAt'), cell: (day) => (day.open ? day.closesAt : '') },
        ]}
      />
    </SectionCard>
  );
}
