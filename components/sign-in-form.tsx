'use client';

import { signIn } from 'next-auth/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { parseRefusal, type SignInRefusal } from '@/services/auth/sign-in-refusal';

type Failure = 'missing' | 'failed' | 'unavailable' | SignInRefusal;

const MINUTE_MS = 60_000;

/**
 * Staff sign-in. A refused sign-in always shows the same message, whichever of the login or the
 * password was wrong, so the form never reveals which logins exist. A locked login or too many
 * attempts say until when (rounded up to the minute); unknown logins lock alike.
 */
export function SignInForm() {
  const t = useTranslations('signIn');
  const format = useFormatter();
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginId = useId();
  const passwordId = useId();
  const errorId = useId();

  function untilText(retryAt: Date): string {
    const minute = new Date(Math.ceil(retryAt.getTime() / MINUTE_MS) * MINUTE_MS);
    return format.dateTime(minute, { hour: 'numeric', minute: '2-digit' });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const login = String(data.get('login') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!login || !password) {
      setFailure('missing');
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn('credentials', { redirect: false, login, password });
      if (result?.ok && !result.error) {
        router.replace('/');
        router.refresh();
        return;
      }
      // CredentialsSignin is the refused sign-in; a refusal before the check says until when;
      // anything else is the server failing.
      const refusal = parseRefusal(result?.error);
      setFailure(refusal ?? (result?.error === 'CredentialsSignin' ? 'failed' : 'unavailable'));
    } catch {
      setFailure('unavailable');
    }
    setPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = '';
      passwordRef.current.focus();
    }
  }

  return (
    <form
      className="form"
      onSubmit={handleSubmit}
      noValidate
      aria-describedby={failure ? errorId : undefined}
      data-testid="sign-in-form"
    >
      <div className="field">
        <label htmlFor={loginId}>{t('login')}</label>
        <input
          id={loginId}
          name="login"
          type="text"
          className="input"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          autoFocus
          data-testid="sign-in-login"
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('password')}</label>
        <input
          id={passwordId}
          ref={passwordRef}
          name="password"
          type="password"
          className="input"
          autoComplete="current-password"
          required
          data-testid="sign-in-password"
        />
      </div>
      {failure ? (
        <p id={errorId} className="alert alert--error" role="alert" data-testid="sign-in-error">
          {typeof failure === 'string' ? t(failure) : t(failure.reason, { time: untilText(failure.retryAt) })}
        </p>
      ) : null}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={pending}
        aria-busy={pending}
        data-testid="sign-in-submit"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
