'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { SectionCard } from '@/components/ui/section-card';
import type { ScheduleExceptionInput, ScheduleExceptionSettingFragment } from '@/graphql/generated/graphql';
import { exceptionSchema } from '@/services/appointment-resources/resource-input.schema';
import { EXCEPTION_NOTE_MAX } from '@/services/appointment-resources/resource-rules';
import { AddScheduleExceptionMutation, RemoveScheduleExceptionMutation } from './appointment-resource-documents';

export type ExceptionRow = ScheduleExceptionSettingFragment;

/** Leave is a whole day unless unticked; changed hours always have times. */
const withTimes = (values: FormValues) => values.kind === 'OVERRIDE' || values.wholeDay !== true;

/** 更改時間及請假: dates on which the beautician works other hours (override) or is away (leave, whole day or part). */
export function ScheduleExceptionsEditor({
  staffId, branches, defaultBranchId, rows, canEdit,
}: { staffId: string; branches: { id: string; code: string }[]; defaultBranchId: string; rows: ExceptionRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.exceptions');
  const [addException] = useMutation(AddScheduleExceptionMutation);
  const [removeException] = useMutation(RemoveScheduleExceptionMutation);
  // Checked with the work schedule service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => {
    const timed = withTimes(values);
    const input: ScheduleExceptionInput = {
      staffId,
      branchId: String(values.branchId),
      date: String(values.date),
      kind: values.kind === 'OVERRIDE' ? 'OVERRIDE' : 'LEAVE',
      startTime: timed ? String(values.startTime) : null,
      endTime: timed ? String(values.endTime) : null,
      note: String(values.note).trim() || null,
    };
    return { input };
  };
  return (
    <SectionCard id="exceptions" title={t('title')} description={t('description')}>
      <ConfigEditor<ExceptionRow>
        testId="schedule-exceptions"
        nested
        idPrefix="exception"
        rows={rows}
        canEdit={canEdit}
        emptyText={t('empty')}
        addFormOpen
        labels={{ newTitle: t('add'), save: t('addButton') }}
        fields={[
          { name: 'date', label: t('date'), kind: 'date', required: true },
          { name: 'kind', label: t('kind'), kind: 'select', required: true, options: (['LEAVE', 'OVERRIDE'] as const).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })) },
          { name: 'branchId', label: t('branch'), kind: 'select', required: true, hint: t('branchHint'), options: branches.map((b) => ({ value: b.id, label: b.code })) },
          { name: 'wholeDay', label: t('wholeDay'), kind: 'checkbox', visible: (values) => values.kind === 'LEAVE' },
          { name: 'startTime', label: t('start'), kind: 'time', required: true, visible: withTimes },
          { name: 'endTime', label: t('end'), kind: 'time', required: true, visible: withTimes },
          { name: 'note', label: t('note'), kind: 'text', maxLength: EXCEPTION_NOTE_MAX },
        ]}
        blank={{ date: '', kind: 'LEAVE', branchId: defaultBranchId, wholeDay: true, startTime: '10:00', endTime: '19:00', note: '' }}
        toInput={toInput}
        schema={exceptionSchema}
        sort={(a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)}
        save={{
          // The input is the ScheduleExceptionInput toInput built above.
          create: async (input) => (await addException({ variables: { input: input as ScheduleExceptionInput } })).data?.addScheduleException,
        }}
        remove={{ label: t('remove'), run: (row) => removeException({ variables: { id: row.id } }) }}
        columns={[
          { header: t('date'), cell: (row) => row.date },
          { header: t('kind'), cell: (row) => t(`kinds.${row.kind}`) },
          { header: t('branch'), cell: (row) => row.branch.code },
          { header: t('hours'), cell: (row) => (row.startTime && row.endTime ? `${row.startTime}–${row.endTime}` : t('wholeDay')) },
          { header: t('note'), cell: (row) => row.note ?? '' },
        ]}
      />
    </SectionCard>
  );
}
