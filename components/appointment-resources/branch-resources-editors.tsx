'use client';

import { useTranslations } from 'next-intl';
import { ConfigEditor, intValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { EQUIPMENT_LIMITS, ROOM_LIMITS } from '@/services/appointment-resources/resource-rules';
import { EQUIPMENT_FIELDS, ROOM_FIELDS } from './fields';

export type EquipmentRow = { id: string; code: string; name: string; count: number; active: boolean };
export type RoomRow = { id: string; name: string; type: string; active: boolean };

/** The branch id as a GraphQL string literal: the editor's create mutation only carries `$input`. */
const idLiteral = (id: string) => JSON.stringify(String(Number(id)));

/** 儀器 of one branch: code, name, how many units. */
export function EquipmentEditor({ branchId, rows, canEdit }: { branchId: string; rows: EquipmentRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.equipment');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const toInput = (values: FormValues): InputResult => {
    const errors: Record<string, string> = {};
    const code = String(values.code).trim();
    const name = String(values.name).trim();
    const count = intValue(values.count);
    if (!code) errors.code = e('required');
    if (!name) errors.name = e('required');
    if (count === null || count < 1 || count > EQUIPMENT_LIMITS.maxCount) errors.count = e('outOfRange', { min: 1, max: EQUIPMENT_LIMITS.maxCount });
    if (Object.keys(errors).length) return { errors };
    return { input: { code, name, count, active: values.active === true } };
  };
  return (
    <ConfigEditor<EquipmentRow>
      key={branchId}
      testId="equipment-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: EQUIPMENT_LIMITS.code, hint: t('codeHint') },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: EQUIPMENT_LIMITS.name },
        { name: 'count', label: t('count'), kind: 'number', required: true, hint: t('countHint', { max: EQUIPMENT_LIMITS.maxCount }) },
        { name: 'active', label: s('active'), kind: 'checkbox' },
      ]}
      blank={{ code: '', name: '', count: '1', active: true }}
      valuesOf={(row) => ({ code: row.code, name: row.name, count: String(row.count), active: row.active })}
      toInput={toInput}
      createMutation={{
        query: `mutation CreateEquipment($input: EquipmentInput!) { createEquipment(branchId: ${idLiteral(branchId)}, input: $input) { ${EQUIPMENT_FIELDS} } }`,
        root: 'createEquipment',
      }}
      updateMutation={{ query: `mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) { updateEquipment(id: $id, input: $input) { ${EQUIPMENT_FIELDS} } }`, root: 'updateEquipment' }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('count'), cell: (row) => row.count },
        { header: s('status'), cell: (row) => (row.active ? s('activeState') : s('inactiveState')) },
      ]}
    />
  );
}

/** 房間 of one branch: name and type (matched against treatments' room type). */
export function RoomsEditor({ branchId, rows, canEdit }: { branchId: string; rows: RoomRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.rooms');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const toInput = (values: FormValues): InputResult => {
    const errors: Record<string, string> = {};
    const name = String(values.name).trim();
    const type = String(values.type).trim();
    if (!name) errors.name = e('required');
    if (!type) errors.type = e('required');
    if (Object.keys(errors).length) return { errors };
    return { input: { name, type, active: values.active === true } };
  };
  return (
    <ConfigEditor<RoomRow>
      key={branchId}
      testId="rooms-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: ROOM_LIMITS.name },
        { name: 'type', label: t('type'), kind: 'text', required: true, maxLength: ROOM_LIMITS.type, hint: t('typeHint') },
        { name: 'active', label: s('active'), kind: 'checkbox' },
      ]}
      blank={{ name: '', type: '', active: true }}
      valuesOf={(row) => ({ name: row.name, type: row.type, active: row.active })}
      toInput={toInput}
      createMutation={{ query: `mutation CreateRoom($input: RoomInput!) { createRoom(branchId: ${idLiteral(branchId)}, input: $input) { ${ROOM_FIELDS} } }`, root: 'createRoom' }}
      updateMutation={{ query: `mutation UpdateRoom($id: ID!, $input: RoomInput!) { updateRoom(id: $id, input: $input) { ${ROOM_FIELDS} } }`, root: 'updateRoom' }}
      columns={[
        { header: t('name'), cell: (row) => row.name },
        { header: t('type'), cell: (row) => row.type },
        { header: s('status'), cell: (row) => (row.active ? s('activeState') : s('inactiveState')) },
      ]}
    />
  );
}
