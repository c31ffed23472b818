'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import { FormField } from '@/components/members/form/form-field';
import type { BranchInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { BRANCH_LIMITS, branchSchema, type BranchFormInput, type BranchValues } from '@/services/admin/branch-input.schema';
import { CreateBranchMutation, UpdateBranchMutation } from './branch-documents';

/** The form's values: text as typed; the branch service's own schema checks them before anything is sent. */
export type BranchFormValues = {
  code: string;
  name: string;
  translations: { zhHK: string; en: string; zhCN: string; th: string };
  address: string;
  phone: string;
  timeZone: string;
};

export const BLANK_BRANCH: BranchFormValues = {
  code: '', name: '', translations: { zhHK: '', en: '', zhCN: '', th: '' }, address: '', phone: '', timeZone: 'Asia/Hong_Kong',
};

const TRANSLATION_FIELDS = ['zhHK', 'en', 'zhCN', 'th'] as const;
const FIELDS = ['code', 'name', ...TRANSLATION_FIELDS.map((l) => `translations.${l}` as const), 'address', 'phone', 'timeZone'] as const;
type Field = (typeof FIELDS)[number];

/** 新增 / 編輯分店: code, name and its translations, address, phone, time zone. */
export function BranchForm({ branchId, initial, timeZones }: { branchId: string | null; initial: BranchFormValues; timeZones: string[] }) {
  const t = useTranslations('admin.branches');
  const issueText = useIssueText();
  const router = useRouter();
  const [createBranch] = useMutation(CreateBranchMutation);
  const [updateBranch] = useMutation(UpdateBranchMutation);
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<BranchFormInput, unknown, BranchValues>({
    resolver: zodResolver(branchSchema),
    defaultValues: initial,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const pending = formState.isSubmitting;

  const errors = Object.fromEntries(
    FIELDS.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<Field, string>>;

  /** A control's error goes away as soon as it is edited; the next save checks again. */
  const field = (name: Field) => register(name, { onChange: () => clearErrors(name) });

  async function submit(values: BranchValues) {
    setFormError(null);
    // The raw text goes to the server, which parses it with the same schema (phones as typed are fine).
    const input: BranchInput = {
      code: values.code,
      name: values.name,
      translations: { zhHK: values.translations?.['zh-HK'] ?? null, en: values.translations?.en ?? null, zhCN: values.translations?.['zh-CN'] ?? null, th: values.translations?.th ?? null },
      address: values.address,
      phone: values.phone,
      timeZone: values.timeZone,
    };
    try {
      const saved = branchId
        ? (await updateBranch({ variables: { id: branchId, input } })).data?.updateBranch
        : (await createBranch({ variables: { input } })).data?.createBranch;
      router.push(saved && !branchId ? `/settings/branches/${saved.id}?saved=1` : '/settings/branches?saved=1');
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && FIELDS.includes(name)) setError(name, { type: 'server', message });
      else setFormError(message);
    }
  }

  return (
    <form className="form card" onSubmit={handleSubmit(submit)} noValidate data-testid="branch-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="branch-form-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          <FormField name="code" label={t('code')} required hint={t('form.codeHint')} error={errors.code}>
            {(control) => <input {...control} {...field('code')} className="input" maxLength={BRANCH_LIMITS.code} autoCapitalize="characters" />}
          </FormField>
          <FormField name="name" label={t('name')} required hint={t('form.nameHint')} error={errors.name}>
            {(control) => <input {...control} {...field('name')} className="input" maxLength={BRANCH_LIMITS.name} />}
          </FormField>
          <FormField name="phone" label={t('phone')} hint={t('form.phoneHint')} error={errors.phone}>
            {(control) => <input {...control} {...field('phone')} className="input" type="tel" inputMode="tel" maxLength={BRANCH_LIMITS.phone} />}
          </FormField>
          <FormField name="timeZone" label={t('timeZone')} required hint={t('form.timeZoneHint')} error={errors.timeZone}>
            {(control) => (
              <select {...control} {...field('timeZone')} className="select select--block">
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <FormField name="address" label={t('address')} error={errors.address}>
          {(control) => <textarea {...control} {...field('address')} className="input textarea" rows={2} maxLength={BRANCH_LIMITS.address} />}
        </FormField>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.translations')}</legend>
        <p className="field__hint">{t('form.translationsHint')}</p>
        <div className="form-grid">
          {TRANSLATION_FIELDS.map((locale) => (
            <FormField key={locale} name={`translations.${locale}`} label={t(`form.translation.${locale}`)} error={errors[`translations.${locale}`]}>
              {(control) => <input {...control} {...field(`translations.${locale}`)} className="input" maxLength={BRANCH_LIMITS.name} />}
            </FormField>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="branch-save">
          {t('form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => router.push('/settings/branches')} data-testid="branch-cancel">
          {t('form.back')}
        </button>
      </div>
    </form>
  );
}
