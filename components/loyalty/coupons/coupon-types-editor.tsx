'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FieldSpec, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import type { CouponDiscountKind, CouponTypeFieldsFragment, CouponTypeInput } from '@/graphql/generated/graphql';
import { COUPON_DISCOUNT_KINDS, COUPON_TYPE_LIMITS, couponTypeSchema } from '@/services/loyalty/coupon-type-input.schema';
import { CreateCouponTypeMutation, UpdateCouponTypeMutation } from './coupon-documents';
import { discountText } from './coupon-labels';

export type CouponTypeRow = CouponTypeFieldsFragment;

type Choice = { value: string; label: string };
export type CouponTypeChoices = { departments: Choice[]; categories: Choice[] };

const text = (value: FormValues[string] | undefined) => String(value ?? '').trim();
const list = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value as string[]) : []);
/** Money typed as "50" or "50.5", in cents; blank is null, anything else NaN (the schema refuses it). */
const cents = (value: FormValues[string] | undefined) => (text(value) === '' ? null : (parseMoneyToCents(text(value)) ?? Number.NaN));
const moneyText = (value: number | null | undefined) => (value === null || value === undefined ? '' : centsToMoneyText(value));

/** The form's values as the coupon service takes them; checked with its own schema before they are sent. */
export function couponTypeInputOf(values: FormValues): CouponTypeInput {
  const byDays = values.validity !== 'WINDOW';
  return {
    code: text(values.code),
    name: text(values.name),
    discountKind: text(values.discountKind) as CouponDiscountKind,
    amountCents: cents(values.amount),
    // A percentage typed as "10" or "12.5", in basis points.
    percentBasisPoints: cents(values.percent),
    maxDiscountCents: cents(values.maxDiscount),
    minSpendCents: cents(values.minSpend) ?? 0,
    categoryIds: list(values.categoryIds),
    departmentIds: list(values.departmentIds),
    validDays: byDays ? numberValue(values.validDays) : null,
    validFrom: byDays ? null : text(values.validFrom) || null,
    validTo: byDays ? null : text(values.validTo) || null,
    active: values.active === true,
  };
}

export function couponTypeValuesOf(row: CouponTypeRow): FormValues {
  return {
    code: row.code,
    name: row.name,
    discountKind: row.discountKind,
    amount: moneyText(row.amountCents),
    percent: moneyText(row.percentBasisPoints),
    maxDiscount: moneyText(row.maxDiscountCents),
    minSpend: row.minSpendCents ? centsToMoneyText(row.minSpendCents) : '',
    categoryIds: row.categoryIds ?? [],
    departmentIds: row.departmentIds ?? [],
    validity: row.validDays === null || row.validDays === undefined ? 'WINDOW' : 'DAYS',
    validDays: row.validDays === null || row.validDays === undefined ? '' : String(row.validDays),
    validFrom: row.validFrom ?? '',
    validTo: row.validTo ?? '',
    active: row.active,
  };
}

const BLANK: FormValues = {
  code: '', name: '', discountKind: 'AMOUNT', amount: '', percent: '', maxDiscount: '', minSpend: '', categoryIds: [], departmentIds: [],
  validity: 'DAYS', validDays: '30', validFrom: '', validTo: '', active: true,
};

/** 電子優惠券類型: what each coupon takes off, on what, from what spend, and for how long. */
export function CouponTypesEditor({ rows, canEdit, choices }: { rows: CouponTypeRow[]; canEdit: boolean; choices: CouponTypeChoices }) {
  const t = useTranslations('loyalty.coupons');
  const [create] = useMutation(CreateCouponTypeMutation);
  const [update] = useMutation(UpdateCouponTypeMutation);
  const toInput = (values: FormValues): InputResult => ({ input: couponTypeInputOf(values) });
  const isPercent = (values: FormValues) => values.discountKind === 'PERCENT';
  const byWindow = (values: FormValues) => values.validity === 'WINDOW';
  const fields: FieldSpec[] = [
    { name: 'code', label: t('types.code'), kind: 'text', required: true, maxLength: COUPON_TYPE_LIMITS.code },
    { name: 'name', label: t('types.name'), kind: 'text', required: true, maxLength: COUPON_TYPE_LIMITS.name },
    { name: 'active', label: t('types.active'), kind: 'checkbox' },
    { name: 'discountKind', label: t('types.discountKind'), kind: 'select', options: COUPON_DISCOUNT_KINDS.map((kind) => ({ value: kind, label: t(`types.kinds.${kind}`) })) },
    { name: 'amount', label: t('types.amount'), kind: 'number', required: true, visible: (values) => !isPercent(values), holds: ['amountCents'] },
    { name: 'percent', label: t('types.percent'), kind: 'number', required: true, visible: isPercent, holds: ['percentBasisPoints'] },
    { name: 'maxDiscount', label: t('types.maxDiscount'), kind: 'number', visible: isPercent, holds: ['maxDiscountCents'], hint: t('types.maxDiscountHint') },
    { name: 'minSpend', label: t('types.minSpend'), kind: 'number', holds: ['minSpendCents'], hint: t('types.minSpendHint') },
    { name: 'categoryIds', label: t('types.categories'), kind: 'multi', options: choices.categories, hint: t('types.eligibleHint') },
    { name: 'departmentIds', label: t('types.departments'), kind: 'multi', options: choices.departments, hint: t('types.eligibleHint') },
    { name: 'validity', label: t('types.validity'), kind: 'select', options: [{ value: 'DAYS', label: t('types.validityDays') }, { value: 'WINDOW', label: t('types.validityWindow') }] },
    { name: 'validDays', label: t('types.validDays'), kind: 'number', required: true, visible: (values) => !byWindow(values) },
    { name: 'validFrom', label: t('types.validFrom'), kind: 'date', required: true, visible: byWindow },
    { name: 'validTo', label: t('types.validTo'), kind: 'date', required: true, visible: byWindow },
  ];
  const validityOf = (row: CouponTypeRow) => (row.validDays ? t('types.daysFromIssue', { days: row.validDays }) : `${row.validFrom ?? ''} – ${row.validTo ?? ''}`);
  const itemsOf = (row: CouponTypeRow) => {
    const parts = [
      row.categoryIds ? t('types.summaryCategories', { count: row.categoryIds.length }) : null,
      row.departmentIds ? t('types.summaryDepartments', { count: row.departmentIds.length }) : null,
      row.productIds ? t('types.summaryProducts', { count: row.productIds.length }) : null,
      row.treatmentIds ? t('types.summaryTreatments', { count: row.treatmentIds.length }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('types.allItems');
  };
  return (
    <ConfigEditor<CouponTypeRow>
      testId="coupon-types-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('types.empty')}
      fields={fields}
      blank={BLANK}
      valuesOf={couponTypeValuesOf}
      toInput={toInput}
      schema={couponTypeSchema}
      save={{
        create: async (input) => (await create({ variables: { input: input as CouponTypeInput } })).data?.createCouponType,
        update: async (row, input) => (await update({ variables: { id: row.id, input: input as CouponTypeInput } })).data?.updateCouponType,
      }}
      columns={[
        { header: t('types.code'), cell: (row) => row.code },
        { header: t('types.name'), cell: (row) => row.name },
        { header: t('types.discount'), cell: (row) => discountText(t, row, centsToMoneyText) },
        { header: t('types.items'), cell: itemsOf },
        { header: t('types.validity'), cell: validityOf },
        { header: t('types.active'), cell: (row) => (row.active ? t('types.yes') : t('types.no')) },
      ]}
    />
  );
}
