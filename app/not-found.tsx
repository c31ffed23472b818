import { getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/i18n/locales';

/** Requests outside any locale (e.g. an unknown locale prefix) end here, shown in the default locale. */
export default async function RootNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'notFound' });
  return (
    <html lang={defaultLocale}>
      <body>
        <main className="centered-page">
          <div className="card card--narrow">
            <h1>{t('title')}</h1>
            <p className="muted">{t('description')}</p>
            <a className="button button--primary" href={`/${defaultLocale}`}>
              {t('backHome')}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
