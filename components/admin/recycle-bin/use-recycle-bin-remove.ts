'use client';

import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTranslations } from 'next-intl';
import {
  DeleteCampaignMutation, DeleteContactMethodMutation, DeleteContactStatusMutation, DeleteEquipmentMutation, DeleteOfferMutation, DeleteRoomMutation,
  DeleteTreatmentMutation,
} from './delete-documents';

const DOCUMENTS = {
  offer: DeleteOfferMutation,
  treatment: DeleteTreatmentMutation,
  equipment: DeleteEquipmentMutation,
  room: DeleteRoomMutation,
  contactStatus: DeleteContactStatusMutation,
  contactMethod: DeleteContactMethodMutation,
  campaign: DeleteCampaignMutation,
} as const;

export type DeletableKind = keyof typeof DOCUMENTS;

/**
 * A settings editor's remove action (ConfigEditor's `remove`): asks first, moves the row into the
 * recycle bin and says so; a row still in use is refused by the API with the reason (shown by the
 * editor above its list).
 */
export function useRecycleBinRemove<Row extends { id: string }>(kind: DeletableKind, labelOf: (row: Row) => string) {
  const t = useTranslations('admin.recycleBin.delete');
  // Every document takes { id } and answers { id }; only the field's name differs.
  const [run] = useMutation(DOCUMENTS[kind] as TypedDocumentNode<unknown, { id: string }>);
  return {
    label: t('label'),
    confirm: t('confirm'),
    run: (row: Row) => run({ variables: { id: row.id } }),
    notice: (row: Row) => t('moved', { label: labelOf(row) }),
  };
}
