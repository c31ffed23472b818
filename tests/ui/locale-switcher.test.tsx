/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { messages, renderWithIntl } from './render-with-intl';

const mockReplace = jest.fn();

jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ replace: mockReplace, push: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/members/42',
}));

beforeEach(() => mockReplace.mockClear());

describe('LocaleSwitcher', () => {
  it('offers the four locales, each named in its own language, with the current one selected', () => {
    renderWithIntl(<LocaleSwitcher />, 'zh-HK');
    const select = screen.getByRole('combobox', { name: messages['zh-HK'].locales.label });
    const options = screen.getAllByRole('option') as HTMLOptionElement[];
    expect(options.map((option) => option.value)).toEqual(['zh-HK', 'en', 'zh-CN', 'th']);
    expect(options.map((option) => option.textContent)).toEqual(['繁體中文', 'English', '简体中文', 'ไทย']);
    expect(select).toHaveValue('zh-HK');
  });

  it.each(['en', 'zh-CN', 'th'] as const)('replaces the URL with the same path in %s', (locale) => {
    renderWithIntl(<LocaleSwitcher />, 'zh-HK');
    fireEvent.change(screen.getByTestId('locale-switcher'), { target: { value: locale } });
    expect(mockReplace).toHaveBeenCalledTimes(1);
    expect(mockReplace).toHaveBeenCalledWith('/members/42', { locale });
  });

  it('does nothing when the current locale is chosen again', () => {
    renderWithIntl(<LocaleSwitcher />, 'en');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    fireEvent.change(screen.getByTestId('locale-switcher'), { target: { value: 'en' } });
    expect(mockReplace).not.toHaveBeenCalled();
  });
});
