import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ApolloProvider } from '@/components/apollo-provider';
import { AppNav } from '@/components/app-nav';
import { NAV_AREAS, type NavArea } from '@/components/nav-areas';
import { reportPagesFor } from '@/components/reports/report-pages';
import { loyaltyPagesFor } from '@/components/loyalty/loyalty-pages';
import { prepaidPagesFor } from '@/components/prepaid/prepaid-pages';
import { salesPagesFor } from '@/components/sales/sales-pages';
import { can, type Viewer } from '@/services/auth/viewer';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { QuickLookup } from '@/components/quick-lookup';
import { SignOutButton } from '@/components/sign-out-button';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { PASSWORD_CHANGE_PATH, requireSignedIn } from './require-viewer';

/** Whether the main navigation shows an area: reports need one report's permission, 收銀 any sales or products one, 會員積分 any loyalty one, 預付 any prepaid one. */
function opensArea(viewer: Viewer, area: NavArea): boolean {
  if (area === 'reports') return reportPagesFor((permission) => can(viewer, permission)).length > 0;
  if (area === 'sales') return salesPagesFor((permission) => can(viewer, permission)).length > 0;
  if (area === 'loyalty') return loyaltyPagesFor((permission) => can(viewer, permission)).length > 0;
  if (area === 'prepaid') return prepaidPagesFor((permission) => can(viewer, permission)).length > 0;
  return true;
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The signed-in shell: product name, areas, who is signed in, their password, language and
 * sign-out. A staff member who must change their password first (every page sends them to the
 * password page) gets the shell without the areas and the quick lookup, which they cannot use yet.
 */
export default async function SignedInLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireSignedIn(locale);
  const restricted = viewer.mustChangePassword;
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
            {restricted ? null : <QuickLookup />}
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
              <Link href={PASSWORD_CHANGE_PATH} className="button button--secondary" data-testid="change-password-link">
                {t('changePassword')}
              </Link>
              <LocaleSwitcher />
              <SignOutButton />
            </div>
          </div>
        </header>
        {restricted ? null : <AppNav areas={NAV_AREAS.filter((area) => opensArea(viewer, area))} />}
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </ApolloProvider>
  );
}
