'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { SectionCard } from '@/components/ui/section-card';
import type { BranchClosedDayInput, ClosedDaySettingFragment } from '@/graphql/generated/graphql';
import { closedDaySchema } from '@/services/appointment-resources/resource-input.schema';
import { CLOSED_DAY_REASON_MAX } from '@/services/appointment-resources/resource-rules';
import { AddBranchClosedDayMutation, RemoveBranchClosedDayMutation } from './appointment-resource-documents';

export type ClosedDayRow = ClosedDaySettingFragment;

/** 休息日: the branch's closed days from today on, with a form to add one and a button to open a day again. */
export function ClosedDaysEditor({ branchId, rows, canEdit }: { branchId: string; rows: ClosedDayRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.closedDays');
  const [addClosedDay] = useMutation(AddBranchClosedDayMutation);
  const [removeClosedDay] = useMutation(RemoveBranchClosedDayMutation);
  // Checked with the branch calendar service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({ input: { date: String(values.date), reason: String(values.reason).trim() || null } });
  return (
    <SectionCard id="closed-days" title={t('title')} description={t('description')}>
      <ConfigEditor<ClosedDayRow>
        testId="closed-days-editor"
        nested
        idPrefix="closed"
        rows={rows}
        canEdit={canEdit}
        emptyText={t('empty')}
        addFormOpen
        labels={{ newTitle: t('add'), save: t('add') }}
        fields={[
          { name: 'date', label: t('date'), kind: 'date', required: true },
          { name: 'reason', label: t('reason'), kind: 'text', maxLength: CLOSED_DAY_REASON_MAX },
        ]}
        blank={{ date: '', reason: '' }}
        toInput={toInput}
        schema={closedDaySchema}
        sort={(a, b) => a.date.localeCompare(b.date)}
        save={{
          // The input is the BranchClosedDayInput toInput built above.
          create: async (input) => (await addClosedDay({ variables: { branchId, input: input as BranchClosedDayInput } })).data?.addBranchClosedDay,
        }}
        remove={{
          label: t('remove'),
          run: (row) => removeClosedDay({ variables: { id: row.id } }),
          notice: (row) => t('removed', { date: row.date }),
        }}
        rowKey={(row) => row.date}
        columns={[
          { header: t('date'), cell: (row) => row.date },
          { header: t('reason'), cell: (row) => row.reason ?? '' },
        ]}
      />
    </SectionCard>
  );
}
