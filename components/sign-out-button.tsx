'use client';

import { signOut } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';

/**
 * Ends the session, then shows the sign-in page of the current locale. Navigation happens here
 * rather than by following the URL next-auth answers with, which is built from NEXTAUTH_URL and
 * points at the wrong host or port when that is unset or the app runs behind a proxy.
 */
export function SignOutButton() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function handleClick() {
    setBusy(true);
    try {
      await signOut({ redirect: false, callbackUrl: `/${locale}/sign-in` });
      router.replace('/sign-in');
      router.refresh();
    } catch (error) {
      console.error(error);
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={handleClick}
      disabled={busy}
      aria-busy={busy}
      data-testid="sign-out"
    >
      {busy ? t('signingOut') : t('signOut')}
    </button>
  );
}
