'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useMemo, useRef, useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import type { Gender, MemberSummaryFragment, MemberFormCustomFieldFragment, RegisterMemberInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { memberFormSchema, type MemberFormInput, type MemberFormOutput } from '@/services/members/member-input.schema';
import { compactPhone } from '@/services/members/phone-number';
import { DuplicatePhoneWarning } from './duplicate-phone-warning';
import { FormField } from './form-field';
import { useIssueText } from '@/lib/forms/issue-text';
import { ConsultantsQuery, ConvertWalkInMutation, DuplicatePhoneQuery, RegisterMemberMutation, UpdateMemberMutation } from './member-form-documents';
import { customFieldKey, customFieldRules, FORM_GENDERS, type MemberFormMode, type MemberFormValues, type Option } from './member-values';
import { ReferrerPicker } from './referrer-picker';
import { formFieldOf } from './server-field';

export type MemberFormProps = {
  mode: MemberFormMode;
  /** The member being edited or converted. */
  memberId?: string;
  /** Editing a walk-in: surname and gender may stay empty, as the server allows. */
  walkIn?: boolean;
  initial: MemberFormValues;
  initialReferrer?: MemberSummaryFragment | null;
  /** The current consultant, offered even before the branch's staff list arrives. */
  initialConsultant?: Option | null;
  branches: Option[];
  groups: Option[];
  interestGroups: Option[];
  customFields: MemberFormCustomFieldFragment[];
  /** The branch's date (YYYY-MM-DD): birthdays after it are refused. */
  today: string;
};

type Duplicates = { phone: string; total: number; members: MemberSummaryFragment[] };

/**
 * The registration form; also edits a member and converts a walk-in, prefilled. It checks with
 * the server's own schema (member-input.schema.ts), so it refuses what the server refuses, with
 * the server's words; the server's answer still wins and is shown next to its field.
 */
export function MemberForm(props: MemberFormProps) {
  const { mode, memberId, initial, branches, groups, interestGroups, customFields, today } = props;
  const t = useTranslations('members.form');
  const issueText = useIssueText();
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const client = useApolloClient();
  const [registerMember] = useMutation(RegisterMemberMutation);
  const [updateMember] = useMutation(UpdateMemberMutation);
  const [convertWalkIn] = useMutation(ConvertWalkInMutation);
  const schema = useMemo(
    () => memberFormSchema({ today, walkIn: props.walkIn, genders: FORM_GENDERS, customFields: customFieldRules(customFields) }),
    [today, props.walkIn, customFields],
  );
  const form = useForm<MemberFormInput, unknown, MemberFormOutput>({ resolver: zodResolver(schema), defaultValues: initial, shouldFocusError: true });
  const { register, handleSubmit, setError, clearErrors, watch, setValue, formState } = form;
  const [referrer, setReferrer] = useState<MemberSummaryFragment | null>(props.initialReferrer ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ found: Duplicates; output: MemberFormOutput } | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const labelOf = useMemo(() => new Map(customFields.map((field) => [customFieldKey(field.id), field.label])), [customFields]);

  const branchId = watch('branchId') ?? '';
  const { data: staff } = useQuery(ConsultantsQuery, { variables: { branchId }, skip: !branchId });
  const consultants = useMemo(() => {
    const listed = (staff?.staffMembers.nodes ?? []).map((s) => ({ id: s.id, name: `${s.displayName} (${s.code})` }));
    const kept = props.initialConsultant && !listed.some((s) => s.id === props.initialConsultant?.id) ? [props.initialConsultant] : [];
    return [...kept, ...listed];
  }, [staff, props.initialConsultant]);

  const errorOf = (name: string): string | null => {
    const error = get(formState.errors, name) as FieldError | undefined;
    if (!error?.message) return null;
    // The server's answer comes already worded; the schema's issues are keys.
    return error.type === 'server' ? error.message : issueText(name, error.message, labelOf.get(name));
  };

  /** A control's error goes away as soon as it is edited; the next submit checks again. */
  const field = (name: string) => register(name as keyof MemberFormInput, { onChange: () => clearErrors(name as keyof MemberFormInput) });

  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  function buildInput(output: MemberFormOutput): RegisterMemberInput {
    const given = output.customFields;
    return {
      branchId: output.branchId,
      groupId: output.groupId,
      lastName: output.lastName ?? '',
      firstName: output.firstName || null,
      englishName: output.englishName,
      gender: output.gender as Gender,
      idCard: output.idCard,
      phone: output.phone,
      phone2: output.phone2,
      email: output.email,
      birthday: output.birthday,
      address: output.address,
      consultantId: output.consultantId || null,
      referrerId: referrer?.id ?? null,
      remarks: output.remarks,
      interestGroupIds: output.interestGroupIds,
      customFields: customFields
        .filter((f) => (given[f.id] ?? '').trim() || (mode === 'edit' && (initial.customFields[f.id] ?? '').trim()))
        .map((f) => ({ fieldId: f.id, value: (given[f.id] ?? '').trim() })),
    };
  }

  async function save(output: MemberFormOutput) {
    setPending(true);
    setFormError(null);
    const input = buildInput(output);
    try {
      const saved =
        mode === 'register'
          ? (await registerMember({ variables: { input } })).data?.registerMember
          : mode === 'edit'
            ? (await updateMember({ variables: { id: memberId!, input } })).data?.updateMember
            : (await convertWalkIn({ variables: { id: memberId!, input } })).data?.convertWalkIn;
      if (!saved) throw new Error(tErrors('internal'));
      router.push(`/members/${saved.id}`);
      router.refresh();
    } catch (failure) {
      setPending(false);
      const error = requestError(failure);
      const name = formFieldOf(error.field, Object.fromEntries(customFields.map((f) => [f.key, f.id])));
      if (name) {
        setError(name as keyof MemberFormInput, { type: 'server', message: error.message });
        focusFirstError();
      } else {
        setFormError(error.message);
      }
    }
  }

  async function submit(output: MemberFormOutput) {
    if (pending) return;
    setFormError(null);
    const phone = output.phone;
    if (mode !== 'edit' || phone !== compactPhone(initial.phone)) {
      setPending(true);
      try {
        const { data } = await client.query({ query: DuplicatePhoneQuery, variables: { phone, excludeMemberId: memberId ?? null }, fetchPolicy: 'network-only' });
        const found = data?.duplicatePhoneMembers;
        if (found && found.nodes.length > 0) {
          setPending(false);
          setDuplicates({ found: { phone, total: found.totalCount, members: found.nodes }, output });
          return;
        }
      } catch {
        // The check only warns; when it cannot run, registration goes ahead and the server decides.
      }
    }
    await save(output);
  }

  const values = { interestGroupIds: watch('interestGroupIds') ?? [], customFields: watch('customFields') ?? {} };
  const submitLabel = t(`submit.${mode}`);
  const text = (name: keyof MemberFormValues & string, options: { required?: boolean; hint?: string; type?: string; maxLength?: number; autoComplete?: string; inputMode?: 'tel' | 'email' } = {}) => (
    <FormField name={name} label={t(`label.${name}`)} required={options.required} hint={options.hint} error={errorOf(name)}>
      {(control) => (
        <input
          {...control}
          {...field(name)}
          type={options.type ?? 'text'}
          className="input"
          maxLength={options.maxLength}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode}
          data-testid={`input-${name}`}
        />
      )}
    </FormField>
  );
  const select = (name: 'branchId' | 'groupId' | 'consultantId' | 'gender', choices: Option[], options: { required?: boolean; emptyLabel: string }) => (
    <FormField name={name} label={t(`label.${name}`)} required={options.required} error={errorOf(name)}>
      {(control) => (
        <select {...control} {...field(name)} className="select select--block" data-testid={`input-${name}`}>
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
    <form ref={formRef} className="form member-form" onSubmit={handleSubmit(submit, focusFirstError)} noValidate data-testid="member-form">
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
            FORM_GENDERS.map((gender) => ({ id: gender, name: t(`gender.${gender}`) })),
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
                    onChange={(event) => {
                    setValue(
                      'interestGroupIds',
                      event.target.checked ? [...values.interestGroupIds, group.id] : values.interestGroupIds.filter((id) => id !== group.id),
                    );
                    clearErrors('interestGroupIds');
                  }}
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
            {customFields.map((custom) => {
              const key = customFieldKey(custom.id);
              return (
                <FormField key={custom.id} name={key} label={custom.label} required={custom.required} error={errorOf(key)}>
                  {(control) =>
                    custom.type === 'SELECT' ? (
                      <select {...control} {...field(key)} className="select select--block">
                        <option value="">{t('choose')}</option>
                        {custom.options.map((option) => (
                          <option key={option} value={option}>
                            {option}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        {...control}
                        className="input"
                        {...field(key)}
                        type={custom.type === 'DATE' ? 'date' : 'text'}
                        inputMode={custom.type === 'NUMBER' ? 'decimal' : undefined}
                        maxLength={custom.type === 'TEXT' ? (custom.maxLength ?? undefined) : undefined}
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
          <textarea {...control} {...field('remarks')} className="input textarea" rows={3} data-testid="input-remarks" />
        )}
      </FormField>

      {duplicates ? (
        <DuplicatePhoneWarning
          phone={duplicates.found.phone}
          members={duplicates.found.members}
          total={duplicates.found.total}
          proceedLabel={mode === 'edit' ? t('duplicate.saveAnyway') : t('duplicate.registerAnyway')}
          onProceed={() => {
            setDuplicates(null);
            void save(duplicates.output);
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
