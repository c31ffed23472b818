'use client';

import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from './config-editor';

export type InterestGroupRow = { id: string; code: string; name: string };

/** 會員興趣組別: the marketing interest tags members can carry. */
export function InterestGroupsEditor({ rows, canEdit }: { rows: InterestGroupRow[]; canEdit: boolean }) {
  const t = useTranslations('settings.interestGroups');
  const errorsT = useTranslations('settings.customFields.errors');
  const toInput = (values: FormValues): InputResult => {
    const errors: Record<string, string> = {};
    if (!String(values.code).trim()) errors.code = errorsT('required');
    if (!String(values.name).trim()) errors.name = errorsT('required');
    return Object.keys(errors).length ? { errors } : { input: { code: String(values.code).trim(), name: String(values.name).trim() } };
  };
  return (
    <ConfigEditor<InterestGroupRow>
      testId="interest-groups-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: 20 },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100 },
      ]}
      blank={{ code: '', name: '' }}
      valuesOf={(row) => ({ code: row.code, name: row.name })}
      toInput={toInput}
      createMutation={{ query: `mutation CreateInterestGroup($input: InterestGroupInput!) { createInterestGroup(input: $input) { id code name } }`, root: 'createInterestGroup' }}
      updateMutation={{ query: `mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) { updateInterestGroup(id: $id, input: $input) { id code name } }`, root: 'updateInterestGroup' }}
      columns={[
        { header: t('name'), cell: (row) => row.name },
        { header: t('code'), cell: (row) => row.code },
      ]}
    />
  );
}
