/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { AppNav, NAV_AREAS } from '@/components/app-nav';
import { messages, renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  // The real Link adds the locale prefix; the mock keeps the href the component asked for.
  Link: ({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
  usePathname: () => '/contacts/17',
  useRouter: () => ({ replace: jest.fn(), push: jest.fn(), refresh: jest.fn() }),
}));

describe('AppNav', () => {
  it.each([
    ['zh-HK', ['會員', '聯絡會員', '預約', '收銀', '會員積分', '預付', '報表', '設定']],
    ['en', ['Members', 'Contacts', 'Appointments', 'Sales', 'Loyalty', 'Prepaid', 'Reports', 'Settings']],
  ] as const)('renders the eight areas in %s', (locale, labels) => {
    renderWithIntl(<AppNav />, locale);
    const nav = screen.getByRole('navigation', { name: messages[locale].nav.main });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([...labels]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(NAV_AREAS.map((area) => `/${area}`));
  });

  it('marks the area of the current page', () => {
    renderWithIntl(<AppNav />, 'en');
    expect(screen.getByRole('link', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Members' })).not.toHaveAttribute('aria-current');
  });

  it('has a menu button that opens and closes the area list on narrow screens', () => {
    renderWithIntl(<AppNav />, 'en');
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(list).not.toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveClass('is-open');
    fireEvent.click(screen.getByRole('link', { name: 'Reports' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
