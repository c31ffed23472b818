import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function LocaleNotFound() {
  const t = await getTranslations('notFound');
  return (
    <main className="centered-page">
      <div className="card card--narrow">
        <h1>{t('title')}</h1>
        <p className="muted">{t('description')}</p>
        <Link className="button button--primary" href="/">
          {t('backHome')}
        </Link>
      </div>
    </main>
  );
}
