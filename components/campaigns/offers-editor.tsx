'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, numberValue, type FieldSpec, type FormValues, type InputResult } from '@/components/settings/config-editor';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import type { OfferDiscountType, OfferInput, OfferSettingFragment } from '@/graphql/generated/graphql';
import { OFFER_DISCOUNT_TYPES, OFFER_LIMITS, offerSchema } from '@/services/offers/offer-input.schema';
import { CreateOfferMutation, UpdateOfferMutation } from './campaign-documents';
import { useRecycleBinRemove } from '@/components/admin/recycle-bin/use-recycle-bin-remove';

export type OfferRow = OfferSettingFragment;

type Choice = { value: string; label: string };

/** What the conditions choose from. */
export type OfferChoices = { branches: Choice[]; memberGroups: Choice[]; interestGroups: Choice[]; departments: Choice[] };

const text = (value: FormValues[string] | undefined) => String(value ?? '').trim();
const list = (value: FormValues[string] | undefined) => (Array.isArray(value) ? (value as string[]) : []);

/** A percentage typed as "20" or "12.5", in basis points; blank is 0, anything else NaN (the schema refuses it). */
function basisPoints(raw: FormValues[string] | undefined): number {
  const typed = text(raw);
  return typed === '' ? 0 : (parseMoneyToCents(typed) ?? Number.NaN);
}

/** The form's values as the offer service takes them; checked with its own schema before they are sent. */
export function offerInputOf(values: FormValues): OfferInput {
  const discountType = text(values.discountType) as OfferDiscountType;
  const fixed = discountType === 'FIXED_PRICE';
  const price = text(values.fixedPrice);
  return {
    code: text(values.code),
    name: text(values.name),
    altCode: text(values.altCode) || null,
    analysisCode: text(values.analysisCode) || null,
    isMarketing: values.isMarketing === true,
    active: values.active === true,
    branchIds: list(values.branchIds),
    memberGroupIds: list(values.memberGroupIds),
    interestGroupIds: list(values.interestGroupIds),
    departmentIds: list(values.departmentIds),
    birthdayMonthsBefore: numberValue(values.birthdayMonthsBefore),
    birthdayMonthsAfter: numberValue(values.birthdayMonthsAfter),
    validFrom: text(values.validFrom) || null,
    validTo: text(values.validTo) || null,
    perMemberLimit: numberValue(values.perMemberLimit),
    discountType,
    discountBasisPoints: fixed ? 0 : basisPoints(values.discountPercent),
    fixedPriceCents: fixed ? (price === '' ? null : (parseMoneyToCents(price) ?? Number.NaN)) : null,
    prepaidExpiryMonths: numberValue(values.prepaidExpiryMonths),
  };
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function offerValuesOf(row: OfferRow): FormValues {
  return {
    code: row.code,
    name: row.name,
    altCode: row.altCode ?? '',
    analysisCode: row.analysisCode ?? '',
    isMarketing: row.isMarketing,
    active: row.active,
    branchIds: row.branchIds ?? [],
    memberGroupIds: row.memberGroupIds ?? [],
    interestGroupIds: row.interestGroupIds ?? [],
    departmentIds: row.departmentIds ?? [],
    birthdayMonthsBefore: numberText(row.birthdayMonthsBefore),
    birthdayMonthsAfter: numberText(row.birthdayMonthsAfter),
    validFrom: row.validFrom ?? '',
    validTo: row.validTo ?? '',
    perMemberLimit: numberText(row.perMemberLimit),
    discountType: row.discountType,
    discountPercent: row.discountType === 'FIXED_PRICE' ? '' : centsToMoneyText(row.discountBasisPoints),
    fixedPrice: row.fixedPriceCents === null || row.fixedPriceCents === undefined ? '' : centsToMoneyText(row.fixedPriceCents),
    prepaidExpiryMonths: numberText(row.prepaidExpiryMonths),
  };
}

const BLANK: FormValues = {
  code: '', name: '', altCode: '', analysisCode: '', isMarketing: true, active: true, branchIds: [], memberGroupIds: [], interestGroupIds: [], departmentIds: [],
  birthdayMonthsBefore: '', birthdayMonthsAfter: '', validFrom: '', validTo: '', perMemberLimit: '', discountType: 'INVOICE_PERCENT', discountPercent: '', fixedPrice: '', prepaidExpiryMonths: '',
};

/** 優惠: every offer with its conditions (all must hold) and its discount; marketing offers may go on campaigns. */
export function OffersEditor({ rows, canEdit, choices }: { rows: OfferRow[]; canEdit: boolean; choices: OfferChoices }) {
  const t = useTranslations('offers');
  const [createOffer] = useMutation(CreateOfferMutation);
  const [updateOffer] = useMutation(UpdateOfferMutation);
  const remove = useRecycleBinRemove<OfferRow>('offer', (row) => `${row.code} ${row.name}`);
  const toInput = (values: FormValues): InputResult => ({ input: offerInputOf(values) });
  const isFixed = (values: FormValues) => values.discountType === 'FIXED_PRICE';
  const fields: FieldSpec[] = [
    { name: 'code', label: t('code'), kind: 'text', required: true, maxLength: OFFER_LIMITS.code, hint: t('codeHint') },
    { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: OFFER_LIMITS.name },
    { name: 'altCode', label: t('altCode'), kind: 'text', maxLength: OFFER_LIMITS.altCode, hint: t('altCodeHint') },
    { name: 'analysisCode', label: t('analysisCode'), kind: 'text', maxLength: OFFER_LIMITS.analysisCode },
    { name: 'active', label: t('active'), kind: 'checkbox' },
    { name: 'isMarketing', label: t('isMarketing'), kind: 'checkbox', hint: t('isMarketingHint') },
    { name: 'discountType', label: t('discountType'), kind: 'select', options: OFFER_DISCOUNT_TYPES.map((type) => ({ value: type, label: t(`discountTypes.${type}`) })), hint: t('discountTypeHint') },
    { name: 'discountPercent', label: t('discountPercent'), kind: 'number', visible: (values) => !isFixed(values), holds: ['discountBasisPoints'], hint: t('discountPercentHint') },
    { name: 'fixedPrice', label: t('fixedPrice'), kind: 'number', required: true, visible: isFixed, holds: ['fixedPriceCents'] },
    { name: 'validFrom', label: t('validFrom'), kind: 'date' },
    { name: 'validTo', label: t('validTo'), kind: 'date' },
    { name: 'branchIds', label: t('branches'), kind: 'multi', options: choices.branches, hint: t('allWhenNone') },
    { name: 'memberGroupIds', label: t('memberGroups'), kind: 'multi', options: choices.memberGroups, hint: t('allWhenNone') },
    { name: 'interestGroupIds', label: t('interestGroups'), kind: 'multi', options: choices.interestGroups, hint: t('anyWhenNone') },
    { name: 'departmentIds', label: t('departments'), kind: 'multi', options: choices.departments, hint: t('departmentsHint') },
    { name: 'birthdayMonthsBefore', label: t('birthdayMonthsBefore'), kind: 'number', hint: t('birthdayHint') },
    { name: 'birthdayMonthsAfter', label: t('birthdayMonthsAfter'), kind: 'number' },
    { name: 'perMemberLimit', label: t('perMemberLimit'), kind: 'number', hint: t('perMemberLimitHint') },
    { name: 'prepaidExpiryMonths', label: t('prepaidExpiryMonths'), kind: 'number', hint: t('prepaidExpiryMonthsHint') },
  ];
  const discountOf = (row: OfferRow) =>
    row.discountType === 'FIXED_PRICE'
      ? t('discountFixed', { type: t(`discountTypes.${row.discountType}`), price: centsToMoneyText(row.fixedPriceCents ?? 0) })
      : t('discountPercentOff', { type: t(`discountTypes.${row.discountType}`), percent: centsToMoneyText(row.discountBasisPoints) });
  const conditionsOf = (row: OfferRow) => {
    const parts = [
      row.branchIds ? t('summary.branches', { count: row.branchIds.length }) : null,
      row.memberGroupIds ? t('summary.memberGroups', { count: row.memberGroupIds.length }) : null,
      row.interestGroupIds ? t('summary.interestGroups', { count: row.interestGroupIds.length }) : null,
      row.departmentIds ? t('summary.departments', { count: row.departmentIds.length }) : null,
      row.birthdayMonthsBefore !== null || row.birthdayMonthsAfter !== null ? t('summary.birthday', { before: row.birthdayMonthsBefore ?? 0, after: row.birthdayMonthsAfter ?? 0 }) : null,
      row.validFrom || row.validTo ? t('summary.period', { from: row.validFrom ?? '…', to: row.validTo ?? '…' }) : null,
      row.perMemberLimit !== null ? t('summary.limit', { count: row.perMemberLimit ?? 0 }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('summary.none');
  };
  return (
    <ConfigEditor<OfferRow>
      testId="offers-editor"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={fields}
      blank={BLANK}
      valuesOf={offerValuesOf}
      toInput={toInput}
      schema={offerSchema}
      save={{
        // The input is the OfferInput toInput built above.
        create: async (input) => (await createOffer({ variables: { input: input as OfferInput } })).data?.createOffer,
        update: async (row, input) => (await updateOffer({ variables: { id: row.id, input: input as OfferInput } })).data?.updateOffer,
      }}
      remove={remove}
      columns={[
        { header: t('code'), cell: (row) => (row.altCode ? `${row.code} (${row.altCode})` : row.code) },
        { header: t('name'), cell: (row) => row.name },
        { header: t('discount'), cell: discountOf },
        { header: t('conditionsColumn'), cell: conditionsOf },
        { header: t('analysisCode'), cell: (row) => row.analysisCode ?? '' },
        { header: t('active'), cell: (row) => (row.active ? t('yes') : t('no')) },
        { header: t('isMarketing'), cell: (row) => (row.isMarketing ? t('yes') : t('no')) },
      ]}
    />
  );
}
