'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import type { InterestGroupInput, InterestGroupSettingFragment } from '@/graphql/generated/graphql';
import { INTEREST_GROUP_LIMITS, interestGroupSchema } from '@/services/members/interest-group-input.schema';
import { ConfigEditor, type FormValues, type InputResult } from './config-editor';
import { CreateInterestGroupMutation, UpdateInterestGroupMutation } from './settings-documents';

export type InterestGroupRow = InterestGroupSettingFragment;

/** 會員興趣組別: the marketing interest tags members can carry. */
export function InterestGroupsEditor({ rows, canEdit }: { rows: InterestGroupRow[]; canEdit: boolean }) {
  const t = useTranslations('settings.interestGroups');
  const [createGroup] = useMutation(CreateInterestGroupMutation);
  const [updateGroup] = useMutation(UpdateInterestGroupMutation);
  // Checked with the interest group service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({ input: { code: String(values.code).trim(), name: String(values.name).trim() } });
  return (
    <ConfigEditor<InterestGroupRow>
      testId="interest-groups-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: INTEREST_GROUP_LIMITS.code },
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: INTEREST_GROUP_LIMITS.name },
      ]}
      blank={{ code: '', name: '' }}
      valuesOf={(row) => ({ code: row.code, name: row.name })}
      toInput={toInput}
      schema={interestGroupSchema}
      save={{
        // The input is the InterestGroupInput toInput built above.
        create: async (input) => (await createGroup({ variables: { input: input as InterestGroupInput } })).data?.createInterestGroup,
        update: async (row, input) => (await updateGroup({ variables: { id: row.id, input: input as InterestGroupInput } })).data?.updateInterestGroup,
      }}
      columns={[
        { header: t('name'), cell: (row) => row.name },
        { header: t('code'), cell: (row) => row.code },
      ]}
    />
  );
}
