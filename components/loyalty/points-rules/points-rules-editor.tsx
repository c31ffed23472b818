'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FieldSpec, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { parseMoneyToCents } from '@/components/settings/money';
import type { PointsRuleEffect, PointsRuleInput, PointsRuleSettingFragment } from '@/graphql/generated/graphql';
import { POINTS_RULE_EFFECTS, POINTS_RULE_LIMITS, pointsRuleSchema } from '@/services/loyalty/points-rule-input.schema';
import { CreatePointsRuleMutation, DeletePointsRuleMutation, UpdatePointsRuleMutation } from './points-rule-documents';

export type PointsRuleRow = PointsRuleSettingFragment;

type Choice = { value: string; label: string };

/** What the conditions choose from. */
export type PointsRuleChoices = { branches: Choice[]; memberGroups: Choice[]; products: Choice[]; treatments: Choice[]; categories: Choice[]; departments: Choice[] };

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

const text = (value: FormValues[string] | undefined) => String(value ?? '').trim();
const list = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value as string[]) : []);

/** A factor typed as "2" or "1.5", in basis points (×2 = 20000); blank is null, anything else NaN (the schema refuses it). */
function factorBasisPoints(raw: FormValues[string] | undefined): number | null {
  const typed = text(raw);
  if (typed === '') return null;
  const hundredths = parseMoneyToCents(typed);
  return hundredths === null ? Number.NaN : hundredths * 100;
}

/** The factor in basis points as typed: 20000 → "2", 15000 → "1.5". */
export const factorText = (basisPoints: number) => String(basisPoints / 10_000);

/** The form's values as the points rule service takes them; checked with its own schema before they are sent. */
export function pointsRuleInputOf(values: FormValues): PointsRuleInput {
  const effect = text(values.effect) as PointsRuleEffect;
  return {
    code: text(values.code),
    name: text(values.name),
    active: values.active === true,
    effect,
    multiplierBasisPoints: effect === 'MULTIPLY' ? factorBasisPoints(values.factor) : null,
    pointsPer100: effect === 'REPLACE' ? numberValue(values.pointsPer100) : null,
    priority: numberValue(values.priority),
    branchIds: list(values.branchIds),
    memberGroupIds: list(values.memberGroupIds),
    productIds: list(values.productIds),
    treatmentIds: list(values.treatmentIds),
    categoryIds: list(values.categoryIds),
    departmentIds: list(values.departmentIds),
    weekdays: list(values.weekdays).map(Number),
    birthdayMonthOnly: values.birthdayMonthOnly === true,
    validFrom: text(values.validFrom) || null,
    validTo: text(values.validTo) || null,
  };
}

export function pointsRuleValuesOf(row: PointsRuleRow): FormValues {
  return {
    code: row.code,
    name: row.name,
    active: row.active,
    effect: row.effect,
    factor: row.effect === 'MULTIPLY' ? factorText(row.multiplierBasisPoints) : '',
    pointsPer100: row.effect === 'REPLACE' ? String(row.pointsPer100) : '',
    priority: String(row.priority),
    branchIds: row.branchIds ?? [],
    memberGroupIds: row.memberGroupIds ?? [],
    productIds: row.productIds ?? [],
    treatmentIds: row.treatmentIds ?? [],
    categoryIds: row.categoryIds ?? [],
    departmentIds: row.departmentIds ?? [],
    weekdays: (row.weekdays ?? []).map(String),
    birthdayMonthOnly: row.birthdayMonthOnly,
    validFrom: row.validFrom ?? '',
    validTo: row.validTo ?? '',
  };
}

const BLANK: FormValues = {
  code: '', name: '', active: true, effect: 'MULTIPLY', factor: '2', pointsPer100: '', priority: '0', branchIds: [], memberGroupIds: [], productIds: [], treatmentIds: [],
  categoryIds: [], departmentIds: [], weekdays: [], birthdayMonthOnly: false, validFrom: '', validTo: '',
};

/** 積分規則: every rule with what it does to the level's rate and the purchases it covers. */
export function PointsRulesEditor({ rows, canEdit, choices }: { rows: PointsRuleRow[]; canEdit: boolean; choices: PointsRuleChoices }) {
  const t = useTranslations('loyalty.earning.rules');
  const [createRule] = useMutation(CreatePointsRuleMutation);
  const [updateRule] = useMutation(UpdatePointsRuleMutation);
  const [deleteRule] = useMutation(DeletePointsRuleMutation);
  const toInput = (values: FormValues): InputResult => ({ input: pointsRuleInputOf(values) });
  const multiplies = (values: FormValues) => values.effect === 'MULTIPLY';
  const fields: FieldSpec[] = [
    { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: POINTS_RULE_LIMITS.code },
    { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: POINTS_RULE_LIMITS.name, hint: t('nameHint') },
    { name: 'active', label: t('active'), kind: 'checkbox' },
    { name: 'effect', label: t('effect'), kind: 'select', options: POINTS_RULE_EFFECTS.map((effect) => ({ value: effect, label: t(`effects.${effect}`) })), hint: t('effectHint') },
    { name: 'factor', label: t('factor'), kind: 'number', required: true, visible: multiplies, holds: ['multiplierBasisPoints'], hint: t('factorHint') },
    { name: 'pointsPer100', label: t('pointsPer100'), kind: 'number', required: true, visible: (values) => !multiplies(values) },
    { name: 'priority', label: t('priority'), kind: 'number', hint: t('priorityHint') },
    { name: 'birthdayMonthOnly', label: t('birthdayMonthOnly'), kind: 'checkbox' },
    { name: 'validFrom', label: t('validFrom'), kind: 'date' },
    { name: 'validTo', label: t('validTo'), kind: 'date' },
    { name: 'weekdays', label: t('weekdays'), kind: 'multi', options: WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) })), hint: t('allWhenNone') },
    { name: 'branchIds', label: t('branches'), kind: 'multi', options: choices.branches, hint: t('allWhenNone') },
    { name: 'memberGroupIds', label: t('memberGroups'), kind: 'multi', options: choices.memberGroups, hint: t('allWhenNone') },
    { name: 'productIds', label: t('products'), kind: 'multi', options: choices.products, hint: t('itemsHint') },
    { name: 'treatmentIds', label: t('treatments'), kind: 'multi', options: choices.treatments },
    { name: 'categoryIds', label: t('categories'), kind: 'multi', options: choices.categories },
    { name: 'departmentIds', label: t('departments'), kind: 'multi', options: choices.departments },
  ];
  const effectOf = (row: PointsRuleRow) =>
    row.effect === 'MULTIPLY' ? t('summary.multiply', { factor: factorText(row.multiplierBasisPoints) }) : t('summary.replace', { points: row.pointsPer100, priority: row.priority });
  const conditionsOf = (row: PointsRuleRow) => {
    const items = [row.productIds, row.treatmentIds, row.categoryIds, row.departmentIds].reduce((n, ids) => n + (ids?.length ?? 0), 0);
    const parts = [
      row.birthdayMonthOnly ? t('summary.birthday') : null,
      row.validFrom || row.validTo ? t('summary.period', { from: row.validFrom ?? '…', to: row.validTo ?? '…' }) : null,
      row.weekdays?.length ? row.weekdays.map((day) => t(`weekday.${day}`)).join(' ') : null,
      row.branchIds ? t('summary.branches', { count: row.branchIds.length }) : null,
      row.memberGroupIds ? t('summary.memberGroups', { count: row.memberGroupIds.length }) : null,
      items ? t('summary.items', { count: items }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('summary.none');
  };
  return (
    <ConfigEditor<PointsRuleRow>
      testId="points-rules-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={fields}
      blank={BLANK}
      valuesOf={pointsRuleValuesOf}
      toInput={toInput}
      schema={pointsRuleSchema}
      save={{
        // The input is the PointsRuleInput toInput built above.
        create: async (input) => (await createRule({ variables: { input: input as PointsRuleInput } })).data?.createPointsRule,
        update: async (row, input) => (await updateRule({ variables: { id: row.id, input: input as PointsRuleInput } })).data?.updatePointsRule,
      }}
      remove={{
        label: t('delete'),
        confirm: t('deleteConfirm'),
        run: (row) => deleteRule({ variables: { id: row.id } }),
        notice: (row) => t('deleted', { code: row.code }),
      }}
      columns={[
        { header: t('code'), cell: (row) => row.code },
        { header: t('name'), cell: (row) => row.name },
        { header: t('effect'), cell: effectOf },
        { header: t('conditions'), cell: conditionsOf },
        { header: t('active'), cell: (row) => (row.active ? t('yes') : t('no')) },
      ]}
    />
  );
}
