'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { EquipmentInput, EquipmentSettingFragment, RoomInput, RoomSettingFragment } from '@/graphql/generated/graphql';
import { equipmentSchema, roomSchema } from '@/services/appointment-resources/resource-input.schema';
import { EQUIPMENT_LIMITS, ROOM_LIMITS } from '@/services/appointment-resources/resource-rules';
import { CreateEquipmentMutation, CreateRoomMutation, UpdateEquipmentMutation, UpdateRoomMutation } from './appointment-resource-documents';
import { useRecycleBinRemove } from '@/components/admin/recycle-bin/use-recycle-bin-remove';

export type EquipmentRow = EquipmentSettingFragment;
export type RoomRow = RoomSettingFragment;

/** 儀器 of one branch: code, name, how many units. */
export function EquipmentEditor({ branchId, rows, canEdit }: { branchId: string; rows: EquipmentRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.equipment');
  const s = useTranslations('appointmentSettings');
  const [createEquipment] = useMutation(CreateEquipmentMutation);
  const [updateEquipment] = useMutation(UpdateEquipmentMutation);
  const remove = useRecycleBinRemove<EquipmentRow>('equipment', (row) => `${row.code} ${row.name}`);
  // Checked with the branch resources service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({
    input: { code: String(values.code).trim(), name: String(values.name).trim(), count: numberValue(values.count), active: values.active === true } satisfies EquipmentInput,
  });
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
      schema={equipmentSchema}
      save={{
        // The input is the EquipmentInput toInput built above.
        create: async (input) => (await createEquipment({ variables: { branchId, input: input as EquipmentInput } })).data?.createEquipment,
        update: async (row, input) => (await updateEquipment({ variables: { id: row.id, input: input as EquipmentInput } })).data?.updateEquipment,
      }}
      remove={remove}
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
  const [createRoom] = useMutation(CreateRoomMutation);
  const [updateRoom] = useMutation(UpdateRoomMutation);
  const remove = useRecycleBinRemove<RoomRow>('room', (row) => row.name);
  // Checked with the branch resources service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({
    input: { name: String(values.name).trim(), type: String(values.type).trim(), active: values.active === true } satisfies RoomInput,
  });
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
      schema={roomSchema}
      save={{
        // The input is the RoomInput toInput built above.
        create: async (input) => (await createRoom({ variables: { branchId, input: input as RoomInput } })).data?.createRoom,
        update: async (row, input) => (await updateRoom({ variables: { id: row.id, input: input as RoomInput } })).data?.updateRoom,
      }}
      remove={remove}
      columns={[
        { header: t('name'), cell: (row) => row.name },
        { header: t('type'), cell: (row) => row.type },
        { header: s('status'), cell: (row) => (row.active ? s('activeState') : s('inactiveState')) },
      ]}
    />
  );
}
