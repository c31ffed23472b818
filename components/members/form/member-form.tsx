'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { DuplicatePhoneWarning } from './duplicate-phone-warning';
import { FormField } from './form-field';
import { ReferrerPicker } from './referrer-picker';
import { formFieldOf } from './server-field';
import type { CustomFieldDef, MemberFormMode, MemberSummary, Option } from './types';
import { customFieldKey, normalizePhone, validateMemberForm, type FieldIssue, type MemberFormValues } from './validate';

const DUPLICATES = `query DuplicatePhone($phone: String!, $excludeMemberId: ID) {
  duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {
    totalCount
    nodes { id memberNo displayName branch { name } }
  }
}`;

const CONSULTANTS = `query Consultants($branchId: ID!) {
  staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }
}`;

const MUTATIONS: Record<MemberFormMode, { query: string; root: string }> = {
  register: {
    query: `mutation RegisterMember($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }`,
    root: 'registerMember',
  },
  edit: {
    query: `mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id memberNo } }`,
    root: 'updateMember',
  },
  convert: {
    query: `mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) { convertWalkIn(id: $id, input: $input) { id memberNo } }`,
    root: 'convertWalkIn',
  },
};

const GENDERS = ['FEMALE', 'MALE', 'UNKNOWN'] as const;

export type MemberFormProps = {
  mode: MemberFormMode;
  /** The member being edited or converted. */
  memberId?: string;
  initial: MemberFormValues;
  initialReferrer?: MemberSummary | null;
  /** The current consultant, offered even before the branch's staff list arrives. */
  initialConsultant?: Option | null;
  branches: Option[];
  groups: Option[];
  interestGroups: Option[];
  customFields: CustomFieldDef[];
  /** The branch's date (YYYY-MM-DD): birthdays after it are refused. */
  today: string;
};

type Duplicates = { phone: string; total: number; members: MemberSummary[] };

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

/** The registration form; also edits a member and converts a walk-in, prefilled. */
export function MemberForm(props: MemberFormProps) {
  const { mode, memberId, initial, branches, groups, interestGroups, customFields, today } = props;
  const t = useTranslations('members.form');
  const locale = useLocale();
  const router = useRouter();
  const [values, setValues] = useState<MemberFormValues>(initial);
  const [referrer, setReferrer] = useState<MemberSummary | null>(props.initialReferrer ?? null);
  const [clientIssues, setClientIssues] = useState<Record<string, FieldIssue>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [pending, setPending] = useState(false);
  const [consultants, setConsultants] = useState<Option[]>(props.initialConsultant ? [props.initialConsultant] : []);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!values.branchId) return;
    let current = true;
    graphqlFetch<{ staffMembers: { nodes: { id: string; displayName: string; code: string }[] } }>(CONSULTANTS, { branchId: values.branchId }, locale)
      .then((data) => {
        if (!current) return;
        const staff = data.staffMembers.nodes.map((s) => ({ id: s.id, name: `${s.displayName} (${s.code})` }));
        const kept = props.initialConsultant && !staff.some((s) => s.id === props.initialConsultant?.id) ? [props.initialConsultant] : [];
        setConsultants([...kept, ...staff]);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [values.branchId, locale, props.initialConsultant]);

  /** A control's error goes away as soon as it is edited; the next submit checks again. */
  function clearError(name: string) {
    const without = <T,>(previous: Record<string, T>) => {
      if (!(name in previous)) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    };
    setClientIssues(without);
    setServerErrors(without);
  }

  function set<K extends keyof MemberFormValues>(field: K, value: MemberFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    clearError(field);
  }

  function setCustom(fieldId: string, value: string) {
    setValues((previous) => ({ ...previous, customFields: { ...previous.customFields, [fieldId]: value } }));
    clearError(customFieldKey(fieldId));
  }

  const errorOf = (name: string): string | null => {
    const issue = clientIssues[name];
    if (issue) return t(`error.${issue.key}`, issue.params ?? {});
    return serverErrors[name] ?? null;
  };

  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function submittedCustomFields() {
    return customFields
      .filter((field) => (values.customFields[field.id] ?? '').trim() || (mode === 'edit' && (initial.customFields[field.id] ?? '').trim()))
      .map((field) => ({ fieldId: field.id, value: (values.customFields[field.id] ?? '').trim() }));
  }

  function buildInput() {
    return {
      branchId: values.branchId,
      groupId: values.groupId,
      lastName: values.lastName.trim(),
      firstName: blankToNull(values.firstName),
      englishName: blankToNull(values.englishName),
      gender: values.gender,
      idCard: blankToNull(values.idCard),
      phone: normalizePhone(values.phone),
      phone2: values.phone2.trim() ? normalizePhone(values.phone2) : null,
      email: blankToNull(values.email),
      birthday: blankToNull(values.birthday),
      address: blankToNull(values.address),
      consultantId: values.consultantId || null,
      referrerId: referrer?.id ?? null,
      remarks: blankToNull(values.remarks),
      interestGroupIds: values.interestGroupIds,
      customFields: submittedCustomFields(),
    };
  }

  async function save() {
    setPending(true);
    setFormError(null);
    const input = buildInput();
    const { query, root } = MUTATIONS[mode];
    try {
      const data = await graphqlFetch<Record<string, { id: string; memberNo: string }>>(
        query,
        mode === 'register' ? { input } : { id: memberId, input },
        locale,
      );
      router.push(`/members/${data[root].id}`);
      router.refresh();
    } catch (error) {
      setPending(false);
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof GraphQLRequestError ? formFieldOf(error.field, Object.fromEntries(customFields.map((f) => [f.key, f.id]))) : null;
      if (field) {
        setServerErrors({ [field]: message });
        focusFirstError();
      } else {
        setFormError(message);
      }
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const issues = validateMemberForm({ ...values, referrerId: referrer?.id ?? '' }, customFields, today);
    setClientIssues(issues);
    setServerErrors({});
    setFormError(null);
    if (Object.keys(issues).length > 0) {
      focusFirstError();
      return;
    }
    const phone = normalizePhone(values.phone);
    if (mode !== 'edit' || phone !== normalizePhone(initial.phone)) {
      setPending(true);
      try {
        const data = await graphqlFetch<{ duplicatePhoneMembers: { totalCount: number; nodes: MemberSummary[] } }>(
          DUPLICATES,
          { phone, excludeMemberId: memberId ?? null },
          locale,
        );
        if (data.duplicatePhoneMembers.nodes.length > 0) {
          setPending(false);
          setDuplicates({ phone, total: data.duplicatePhoneMembers.totalCount, members: data.duplicatePhoneMembers.nodes });
          return;
        }
      } catch {
        // The check only warns; when it cannot run, registration goes ahead and the server decides.
      }
    }
    await save();
  }

  const submitLabel = t(`submit.${mode}`);
  const text = (name: keyof typeof values & string, options: { required?: boolean; hint?: string; type?: string; maxLength?: number; autoComplete?: string; inputMode?: 'tel' | 'email' } = {}) => (
    <FormField name={name} label={t(`label.${name}`)} required={options.required} hint={options.hint} error={errorOf(name)}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={options.type ?? 'text'}
          className="input"
          value={values[name] as string}
          maxLength={options.maxLength}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode}
          onChange={(event) => set(name, event.target.value as never)}
          data-testid={`input-${name}`}
        />
      )}
    </FormField>
  );
  const select = (name: 'branchId' | 'groupId' | 'consultantId' | 'gender', choices: Option[], options: { required?: boolean; emptyLabel: string }) => (
    <FormField name={name} label={t(`label.${name}`)} required={options.required} error={errorOf(name)}>
      {(control) => (
        <select
          {...control}
          name={name}
          className="select select--block"
          value={values[name]}
          onChange={(event) => set(name, event.target.value as never)}
          data-testid={`input-${name}`}
        >
          <option value="">{options.emptyLabel}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form ref={formRef} className="form member-form" onSubmit={handleSubmit} noValidate data-testid="member-form">
      <p className="muted" data-testid="required-note">
        {t('requiredNote')}
      </p>
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="form-error">
          {formError}
        </p>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('section.membership')}</legend>
        <div className="form-grid">
          {select('branchId', branches, { required: true, emptyLabel: t('choose') })}
          {select('groupId', groups, { required: true, emptyLabel: t('choose') })}
          {select('consultantId', consultants, { emptyLabel: t('noConsultant') })}
          <FormField name="referrerId" label={t('label.referrerId')} error={errorOf('referrerId')}>
            {(control) => <ReferrerPicker control={control} value={referrer} excludeId={memberId} onChange={setReferrer} />}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('section.personal')}</legend>
        <div className="form-grid">
          {text('lastName', { required: true, maxLength: 50 })}
          {text('firstName', { maxLength: 50 })}
          {text('englishName', { maxLength: 100 })}
          {select(
            'gender',
            GENDERS.map((gender) => ({ id: gender, name: t(`gender.${gender}`) })),
            { required: true, emptyLabel: t('choose') },
          )}
          {text('idCard', { hint: t('idCardHint'), maxLength: 20 })}
          {text('birthday', { type: 'date' })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('section.contact')}</legend>
        <div className="form-grid">
          {text('phone', { required: true, hint: t('phoneHint'), type: 'tel', inputMode: 'tel', maxLength: 20 })}
          {text('phone2', { type: 'tel', inputMode: 'tel', maxLength: 20 })}
          {text('email', { type: 'email', inputMode: 'email', maxLength: 150 })}
          {text('address', { maxLength: 255 })}
        </div>
      </fieldset>

      {interestGroups.length > 0 ? (
        <fieldset className="form-section" data-testid="field-interestGroupIds">
          <legend>{t('label.interestGroupIds')}</legend>
          <div className="checkbox-list">
            {interestGroups.map((group) => (
              <label key={group.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.interestGroupIds.includes(group.id)}
                  onChange={(event) =>
                    set(
                      'interestGroupIds',
                      event.target.checked ? [...values.interestGroupIds, group.id] : values.interestGroupIds.filter((id) => id !== group.id),
                    )
                  }
                />
                {group.name}
              </label>
            ))}
          </div>
          {errorOf('interestGroupIds') ? <p className="field__error">{errorOf('interestGroupIds')}</p> : null}
        </fieldset>
      ) : null}

      {customFields.length > 0 ? (
        <fieldset className="form-section">
          <legend>{t('section.customFields')}</legend>
          <div className="form-grid">
            {customFields.map((field) => {
              const key = customFieldKey(field.id);
              const value = values.customFields[field.id] ?? '';
              return (
                <FormField key={field.id} name={key} label={field.label} required={field.required} error={errorOf(key)}>
                  {(control) =>
                    field.type === 'SELECT' ? (
                      <select {...control} className="select select--block" value={value} onChange={(event) => setCustom(field.id, event.target.value)}>
                        <option value="">{t('choose')}</option>
                        {field.options.map((option) => (
                          <option key={option} value={option}>
                            {option}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        {...control}
                        className="input"
                        type={field.type === 'DATE' ? 'date' : 'text'}
                        inputMode={field.type === 'NUMBER' ? 'decimal' : undefined}
                        maxLength={field.type === 'TEXT' ? (field.maxLength ?? undefined) : undefined}
                        value={value}
                        onChange={(event) => setCustom(field.id, event.target.value)}
                      />
                    )
                  }
                </FormField>
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <FormField name="remarks" label={t('label.remarks')} error={errorOf('remarks')}>
        {(control) => (
          <textarea
            {...control}
            name="remarks"
            className="input textarea"
            rows={3}
            value={values.remarks}
            onChange={(event) => set('remarks', event.target.value)}
            data-testid="input-remarks"
          />
        )}
      </FormField>

      {duplicates ? (
        <DuplicatePhoneWarning
          phone={duplicates.phone}
          members={duplicates.members}
          total={duplicates.total}
          proceedLabel={mode === 'edit' ? t('duplicate.saveAnyway') : t('duplicate.registerAnyway')}
          onProceed={() => {
            setDuplicates(null);
            void save();
          }}
          onCancel={() => setDuplicates(null)}
        />
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="member-form-submit">
            {pending ? t('submitting') : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={() => router.back()}>
            {t('cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
