'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { FormField } from '@/components/members/form/form-field';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import type { PasswordPolicy } from '@/services/admin/password-policy';
import { passwordChangeFormSchema, type PasswordChangeFormInput } from '@/services/auth/password-change.schema';
import { ChangeOwnPasswordMutation } from './password-documents';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

/**
 * 更改密碼: the current password and the new one twice, checked against the password policy as
 * the server checks it; on success the staff member goes home (their other sessions have ended).
 */
export function PasswordChangeForm({ policy }: { policy: PasswordPolicy }) {
  const t = useTranslations('account.password');
  const issueText = useIssueText();
  const router = useRouter();
  const [changeOwnPassword] = useMutation(ChangeOwnPasswordMutation);
  const schema = useMemo(() => passwordChangeFormSchema(policy), [policy]);
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<PasswordChangeFormInput>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const pending = formState.isSubmitting || formState.isSubmitSuccessful;

  const errorOf = (name: Field) => {
    const error = formState.errors[name] as FieldError | undefined;
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : issueText(name, error.message);
  };
  const field = (name: Field) => register(name, { onChange: () => clearErrors(name) });

  async function submit(values: PasswordChangeFormInput) {
    setFormError(null);
    try {
      await changeOwnPassword({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      router.replace('/');
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && FIELDS.includes(name)) setError(name, { type: 'server', message });
      else setFormError(message);
      throw failure;
    }
  }

  return (
    <form className="form card card--narrow" onSubmit={(event) => void handleSubmit(submit)(event).catch(() => undefined)} noValidate data-testid="password-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="password-form-error">
          {formError}
        </p>
      ) : null}
      <FormField name="currentPassword" label={t('currentPassword')} required error={errorOf('currentPassword')}>
        {(control) => <input {...control} {...field('currentPassword')} className="input" type="password" autoComplete="current-password" data-testid="current-password" />}
      </FormField>
      <FormField name="newPassword" label={t('newPassword')} required error={errorOf('newPassword')}>
        {(control) => (
          <input
            {...control}
            {...field('newPassword')}
            aria-describedby={[control['aria-describedby'], 'password-policy'].filter(Boolean).join(' ')}
            className="input"
            type="password"
            autoComplete="new-password"
            data-testid="new-password"
          />
        )}
      </FormField>
      <FormField name="confirmPassword" label={t('confirmPassword')} required error={errorOf('confirmPassword')}>
        {(control) => <input {...control} {...field('confirmPassword')} className="input" type="password" autoComplete="new-password" data-testid="confirm-password" />}
      </FormField>
      <div id="password-policy" data-testid="password-policy">
        <p>{t('policyHeading')}</p>
        <ul>
          <li>{t('policy.minLength', { min: policy.minLength })}</li>
          {policy.requireLettersAndDigits ? <li>{t('policy.lettersAndDigits')}</li> : null}
          {policy.requireMixedCase ? <li>{t('policy.mixedCase')}</li> : null}
          <li>{t('policy.noBlankEdges')}</li>
          <li>{t('policy.differs')}</li>
        </ul>
        {policy.expiryDays !== null ? <p className="field__hint">{t('policy.expiry', { days: policy.expiryDays })}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="password-submit">
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
