import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { SignInForm } from '@/components/sign-in-form';
import { routing } from '@/i18n/routing';
import { currentViewer } from '../(app)/require-viewer';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'signIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Someone already signed in has nothing to do here.
  if (await currentViewer()) redirect(`/${locale}`);
  const t = await getTranslations('signIn');
  const common = await getTranslations('common');

  return (
    <main className="sign-in">
      <div className="sign-in__locale">
        <LocaleSwitcher />
      </div>
      <section className="card sign-in__card" aria-labelledby="sign-in-title">
        <p className="brand brand--static">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{common('productName')}</span>
        </p>
        <h1 id="sign-in-title">{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
        <SignInForm />
      </section>
    </main>
  );
}
