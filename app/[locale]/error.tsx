'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="centered-page" role="alert">
      <div className="card card--narrow">
        <h1>{t('title')}</h1>
        <p className="muted">{t('description')}</p>
        <button type="button" className="button button--primary" onClick={reset}>
          {t('retry')}
        </button>
      </div>
    </main>
  );
}
