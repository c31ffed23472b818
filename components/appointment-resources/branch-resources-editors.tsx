'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, intValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { EquipmentInput, EquipmentSettingFragment, RoomInput, RoomSettingFragment } from '@/graphql/generated/graphql';
import { EQUIPMENT_LIMITS, ROOM_LIMITS } from '@/services/appointment-resources/resource-rules';
import { CreateEquipmentMutation, CreateRoomMutation, UpdateEquipmentMutation, UpdateRoomMutation } from './appointment-resource-documents';

export type EquipmentRow = EquipmentSettingFragment;
export type RoomRow = RoomSettingFragment;

/** 儀器 of one branch: code, name, how many units. */
export function EquipmentEditor({ branchId, rows, canEdit }: { branchId: string; rows: EquipmentRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.equipment');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const [createEquipment] = useMutation(CreateEquipmentMutation);
  const [updateEquipment] = useMutation(UpdateEquipmentMutation);
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
      nested
      idPrefix="equipment"
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
      save={{
        // The input is the EquipmentInput toInput built above.
        create: async (input) => (await createEquipment({ variables: { branchId, input: input as EquipmentInput } })).data?.createEquipment,
        update: async (row, input) => (await updateEquipment({ variables: { id: row.id, input: input as EquipmentInput } })).data?.updateEquipment,
      }}
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
  const [createRoom] = useMutation(CreateRoomMutation);
  const [updateRoom] = useMutation(UpdateRoomMutation);
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
      nested
      idPrefix="room"
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
      save={{
        // The input is the RoomInput toInput built above.
        create: async (input) => (await createRoom({ variables: { branchId, input: input as RoomInput } })).data?.createRoom,
        update: async (row, input) => (await updateRoom({ variables: { id: row.id, input: input as RoomInput } })).data?.updateRoom,
      }}
      columns={[
        { header: t('name'), cell: (row) => row.name },
        { header: t('type'), cell: (row) => row.type },
        { header: s('status'), cell: (row) => (row.active ? s('activeState') : s('inactiveState')) },
      ]}
    />
  );
}
