'use client';

import { useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import type { MemberGroupInput, MemberLevelSettingFragment } from '@/graphql/generated/graphql';
import { memberLevelSchema } from '@/services/member-levels/member-level-input.schema';
import { ConfigEditor, numberValue, type FieldSpec, type FormValues, type InputResult } from './config-editor';
import { centsToMoneyText, parseMoneyToCents } from './money';
import { CreateMemberGroupMutation, UpdateMemberGroupMutation } from './settings-documents';

export type MemberLevelRow = MemberLevelSettingFragment;

/** 會員級別: member groups with their discount, points, top-up bonus and upgrade-by-spend rules. */
export function MemberLevelsEditor({ rows, canEdit, currency }: { rows: MemberLevelRow[]; canEdit: boolean; currency: string }) {
  const t = useTranslations('settings.memberLevels');
  const format = useFormatter();
  const [createGroup] = useMutation(CreateMemberGroupMutation);
  const [updateGroup] = useMutation(UpdateMemberGroupMutation);
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency, maximumFractionDigits: 2 });
  const fields: FieldSpec[] = [
    { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: 20 },
    { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100 },
    { name: 'discountPercent', label: t('discountPercent'), kind: 'number', hint: t('percentHint') },
    { name: 'pointsPer100', label: t('pointsPer100'), kind: 'number' },
    { name: 'topUpBonusPercent', label: t('topUpBonusPercent'), kind: 'number', hint: t('percentHint') },
    { name: 'upgradeSpendCents', label: t('upgradeSpend', { currency }), kind: 'number', hint: t('upgradeSpendHint') },
    { name: 'upgradeWithinMonths', label: t('upgradeWithinMonths'), kind: 'number', hint: t('monthsHint') },
    { name: 'sortOrder', label: t('sortOrder'), kind: 'number' },
  ];
  // The rest is checked with the member group service's own schema (`schema` below); the API
  // takes cents, so only the typed amount is the form's own check.
  const toInput = (values: FormValues): InputResult => {
    const spendText = String(values.upgradeSpendCents).trim();
    const upgradeSpendCents = spendText ? parseMoneyToCents(spendText) : null;
    if (spendText && upgradeSpendCents === null) return { errors: { upgradeSpendCents: t('invalidAmount') } };
    const input: MemberGroupInput = {
      code: String(values.code).trim(),
      name: String(values.name).trim(),
      discountPercent: numberValue(values.discountPercent),
      pointsPer100: numberValue(values.pointsPer100),
      topUpBonusPercent: numberValue(values.topUpBonusPercent),
      upgradeSpendCents,
      upgradeWithinMonths: numberValue(values.upgradeWithinMonths),
      sortOrder: numberValue(values.sortOrder),
    };
    return { input };
  };
  return (
    <ConfigEditor<MemberLevelRow>
      testId="member-levels-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={fields}
      blank={{ code: '', name: '', discountPercent: '0', pointsPer100: '0', topUpBonusPercent: '0', upgradeSpendCents: '', upgradeWithinMonths: '12', sortOrder: String(rows.length + 1) }}
      valuesOf={(row) => ({
        code: row.code,
        name: row.name,
        discountPercent: String(row.discountPercent),
        pointsPer100: String(row.pointsPer100),
        topUpBonusPercent: String(row.topUpBonusPercent),
        upgradeSpendCents: row.upgradeSpendCents == null ? '' : centsToMoneyText(row.upgradeSpendCents),
        upgradeWithinMonths: String(row.upgradeWithinMonths),
        sortOrder: String(row.sortOrder),
      })}
      toInput={toInput}
      schema={memberLevelSchema}
      save={{
        // The input is the MemberGroupInput toInput built above.
        create: async (input) => (await createGroup({ variables: { input: input as MemberGroupInput } })).data?.createMemberGroup,
        update: async (row, input) => (await updateGroup({ variables: { id: row.id, input: input as MemberGroupInput } })).data?.updateMemberGroup,
      }}
      columns={[
        { header: t('name'), cell: (row) => (row.isDeletedGroup ? <>{row.name} <span className="tag tag--muted">{t('deletedGroup')}</span></> : row.name) },
        { header: t('code'), cell: (row) => row.code },
        { header: t('discountPercent'), cell: (row) => `${row.discountPercent}%` },
        { header: t('pointsPer100'), cell: (row) => row.pointsPer100 },
        { header: t('topUpBonusPercent'), cell: (row) => `${row.topUpBonusPercent}%` },
        {
          header: t('upgrade'),
          cell: (row) => (row.upgradeSpendCents == null ? t('noUpgrade') : t('upgradeRule', { amount: money(row.upgradeSpendCents), months: row.upgradeWithinMonths })),
        },
      ]}
    />
  );
}
