'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { TreatmentInput, TreatmentSettingFragment } from '@/graphql/generated/graphql';
import { treatmentSchema } from '@/services/appointment-resources/resource-input.schema';
import { TREATMENT_LIMITS } from '@/services/appointment-resources/resource-rules';
import { CreateTreatmentMutation, UpdateTreatmentMutation } from './appointment-resource-documents';
import { useRecycleBinRemove } from '@/components/admin/recycle-bin/use-recycle-bin-remove';

export type TreatmentRow = TreatmentSettingFragment;

/** 護理: code, name, series, duration, buffer, price, the equipment and room type it needs. */
export function TreatmentsEditor({ rows, canEdit, equipmentCodes, departments = [] }: {
  rows: TreatmentRow[];
  canEdit: boolean;
  equipmentCodes: string[];
  /** Departments a treatment may count under (購買項目部門), for sales reports and offers. */
  departments?: { id: string; label: string }[];
}) {
  const t = useTranslations('appointmentSettings.treatments');
  const e = useTranslations('appointmentSettings.errors');
  const L = TREATMENT_LIMITS;
  const [createTreatment] = useMutation(CreateTreatmentMutation);
  const [updateTreatment] = useMutation(UpdateTreatmentMutation);
  const remove = useRecycleBinRemove<TreatmentRow>('treatment', (row) => `${row.code} ${row.name}`);

  // The rest is checked with the treatment service's own schema (`schema` below); the API takes
  // cents, so only the typed amount is the form's own check.
  const toInput = (values: FormValues): InputResult => {
    const price = String(values.priceCents).trim() === '' ? 0 : parseMoneyToCents(String(values.priceCents));
    if (price === null) return { errors: { priceCents: e('invalidAmount') } };
    const input: TreatmentInput = {
      code: String(values.code).trim(), name: String(values.name).trim(), series: String(values.series).trim() || null,
      // The schema refuses a missing duration before anything is sent.
      durationMinutes: numberValue(values.durationMinutes) as number, bufferMinutes: numberValue(values.bufferMinutes), priceCents: price,
      equipmentCode: String(values.equipmentCode) || null, roomType: String(values.roomType).trim() || null,
      departmentId: String(values.departmentId) || null, active: values.active === true,
    };
    return { input };
  };

  return (
    <ConfigEditor<TreatmentRow>
      testId="treatments-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: L.code, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: L.name },
        { name: 'series', label: t('series'), kind: 'text', maxLength: L.series, hint: t('seriesHint') },
        { name: 'durationMinutes', label: t('duration'), kind: 'number', required: true, hint: t('durationHint', { min: L.minDuration, max: L.maxDuration }) },
        { name: 'bufferMinutes', label: t('buffer'), kind: 'number', hint: t('bufferHint', { max: L.maxBuffer }) },
        { name: 'priceCents', label: t('price'), kind: 'number', hint: t('priceHint') },
        {
          name: 'equipmentCode', label: t('equipment'), kind: 'select',
          options: [{ value: '', label: t('noEquipment') }, ...equipmentCodes.map((code) => ({ value: code, label: code }))],
        },
        { name: 'roomType', label: t('roomType'), kind: 'text', maxLength: L.roomType, hint: t('roomTypeHint') },
        {
          name: 'departmentId', label: t('department'), kind: 'select',
          options: [{ value: '', label: t('noDepartment') }, ...departments.map((d) => ({ value: d.id, label: d.label }))],
        },
        { name: 'active', label: t('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', series: '', durationMinutes: '60', bufferMinutes: '0', priceCents: '0', equipmentCode: '', roomType: '', departmentId: '', active: true }}
      valuesOf={(row) => ({
        code: row.code, name: row.name, series: row.series ?? '', durationMinutes: String(row.durationMinutes), bufferMinutes: String(row.bufferMinutes),
        priceCents: centsToMoneyText(row.priceCents), equipmentCode: row.equipmentCode ?? '', roomType: row.roomType ?? '',
        departmentId: row.department?.id ?? '', active: row.active,
      })}
      toInput={toInput}
      schema={treatmentSchema}
      save={{
        // The input is the TreatmentInput toInput built above.
        create: async (input) => (await createTreatment({ variables: { input: input as TreatmentInput } })).data?.createTreatment,
        update: async (row, input) => (await updateTreatment({ variables: { id: row.id, input: input as TreatmentInput } })).data?.updateTreatment,
      }}
      remove={remove}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('series'), cell: (row) => row.series ?? '' },
        { header: t('duration'), cell: (row) => t('minutes', { n: row.durationMinutes }) },
        { header: t('buffer'), cell: (row) => t('minutes', { n: row.bufferMinutes }) },
        { header: t('price'), cell: (row) => centsToMoneyText(row.priceCents) },
        { header: t('equipment'), cell: (row) => row.equipmentCode ?? '' },
        { header: t('roomType'), cell: (row) => row.roomType ?? '' },
        { header: t('department'), cell: (row) => row.department?.label ?? '' },
        { header: t('status'), cell: (row) => (row.active ? t('activeState') : t('inactiveState')) },
      ]}
    />
  );
}
