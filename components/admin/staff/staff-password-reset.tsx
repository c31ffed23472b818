'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import type { PasswordPolicy } from '@/services/admin/password-policy';
import { staffPasswordResetSchema } from '@/services/admin/staff-admin-input.schema';
import { firstIssue } from '@/services/validation/schema-issues';
import { issueMessage } from '@/services/validation/schema-issues';
import { InitialPasswordNotice } from './initial-password-notice';
import { ResetStaffPasswordMutation } from './staff-documents';

/**
 * 重設密碼: a new initial password, generated (shown once) or typed by the administrator and
 * checked with the same policy as the server; the staff member is signed out everywhere and must
 * choose their own password at the next sign-in.
 */
export function StaffPasswordReset({ staffId, name, policy }: { staffId: string; name: string; policy: PasswordPolicy }) {
  const t = useTranslations('admin.staff.password');
  const issueText = useIssueText();
  const router = useRouter();
  const [reset] = useMutation(ResetStaffPasswordMutation);
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [generated, setGenerated] = useState<string | null>(null);

  function check(): boolean {
    if (mode === 'generate') return true;
    const parsed = staffPasswordResetSchema(policy).safeParse({ initialPassword: typed === '' ? ' ' : typed });
    if (parsed.success && parsed.data.initialPassword) return true;
    const issue = parsed.success ? { key: 'required', params: {} } : firstIssue(parsed.error);
    setFieldError(issueText('initialPassword', issueMessage(issue.key, issue.params)));
    return false;
  }

  async function run(close: () => void) {
    setPending(true);
    setStatus(null);
    setGenerated(null);
    try {
      const result = (await reset({ variables: { id: staffId, input: { initialPassword: mode === 'type' ? typed : null } } })).data?.resetStaffPassword;
      setGenerated(result?.initialPassword ?? null);
      setStatus({ kind: 'success', text: t('resetNotice', { name, sessions: result?.endedSessions ?? 0 }) });
      close();
      setTyped('');
      router.refresh();
    } catch (failure) {
      const error = requestError(failure);
      if (error.field === 'initialPassword') setFieldError(error.message);
      else setStatus({ kind: 'error', text: error.message });
      close();
    }
    setPending(false);
  }

  const hint = [
    t('policy.minLength', { min: policy.minLength }),
    policy.requireLettersAndDigits ? t('policy.lettersAndDigits') : null,
    policy.requireMixedCase ? t('policy.mixedCase') : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section className="card" aria-labelledby="staff-password-heading" data-testid="staff-password">
      <h2 id="staff-password-heading">{t('heading')}</h2>
      <StatusMessage status={status} testId="staff-password-message" />
      {generated ? <InitialPasswordNotice password={generated} /> : null}
      <p>{t('explained')}</p>
      <fieldset className="form-section">
        <legend>{t('how')}</legend>
        <div className="checkbox-list">
          <label className="checkbox">
            <input type="radio" name="staff-password-mode" checked={mode === 'generate'} onChange={() => setMode('generate')} data-testid="staff-password-generate" />
            {t('generate')}
          </label>
          <label className="checkbox">
            <input type="radio" name="staff-password-mode" checked={mode === 'type'} onChange={() => setMode('type')} data-testid="staff-password-type" />
            {t('type')}
          </label>
        </div>
      </fieldset>
      {mode === 'type' ? (
        <div className={fieldError ? 'field field--invalid' : 'field'}>
          <label htmlFor="staff-password-input">{t('typedLabel')}</label>
          <input
            id="staff-password-input"
            className="input"
            type="text"
            autoComplete="new-password"
            autoCapitalize="none"
            spellCheck={false}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setFieldError(null);
            }}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'staff-password-hint staff-password-error' : 'staff-password-hint'}
            data-testid="staff-password-input"
          />
          <p id="staff-password-hint" className="field__hint">
            {hint}
          </p>
          {fieldError ? (
            <p id="staff-password-error" className="field__error" data-testid="error-initialPassword">
              {fieldError}
            </p>
          ) : null}
        </div>
      ) : null}
      <ConfirmAction
        label={t('reset')}
        cancelLabel={t('cancel')}
        prompt={t('confirm', { name })}
        promptId="staff-password-confirm"
        variant="danger"
        triggerVariant="secondary"
        pending={pending}
        onConfirm={(close) => void run(close)}
        onOpen={() => {
          setStatus(null);
          return check();
        }}
        testIds={{ trigger: 'staff-password-button', dialog: 'staff-password-confirm', confirm: 'staff-password-confirm-button' }}
      />
    </section>
  );
}
