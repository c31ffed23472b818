import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ApolloProvider } from '@/components/apollo-provider';
import { AppNav } from '@/components/app-nav';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { QuickLookup } from '@/components/quick-lookup';
import { SignOutButton } from '@/components/sign-out-button';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { requireViewer } from './require-viewer';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The signed-in shell: product name, areas, who is signed in, language and sign-out. */
export default async function SignedInLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('nav');
  const common = await getTranslations('common');

  return (
    <ApolloProvider>
      <div className="shell" data-testid="app-shell">
        <a className="skip-link" href="#main">
          {common('skipToContent')}
        </a>
        <header className="topbar">
          <div className="topbar__inner">
            <Link href="/" className="brand" data-testid="brand">
              <span className="brand__mark" aria-hidden="true" />
              <span className="brand__name">{common('productName')}</span>
            </Link>
            <QuickLookup />
            <div className="topbar__user">
              <span className="viewer">
                <span className="visually-hidden">{t('signedInAs')} </span>
                <span className="viewer__avatar" aria-hidden="true">
                  {viewer.displayName.trim().charAt(0).toUpperCase()}
                </span>
                <span className="viewer__name" data-testid="viewer-name">
                  {viewer.displayName}
                </span>
              </span>
              <LocaleSwitcher />
              <SignOutButton />
            </div>
          </div>
        </header>
        <AppNav />
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </ApolloProvider>
  );
}
