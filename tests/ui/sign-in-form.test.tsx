/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { signIn } from 'next-auth/react';
import { SignInForm } from '@/components/sign-in-form';
import type { Locale } from '@/i18n/locales';
import { messages, renderWithIntl } from './render-with-intl';

const mockReplace = jest.fn();
const mockRefresh = jest.fn();

jest.mock('next-auth/react', () => ({ signIn: jest.fn() }));
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ replace: mockReplace, push: jest.fn(), refresh: mockRefresh }),
  usePathname: () => '/sign-in',
}));

const mockSignIn = signIn as jest.MockedFunction<typeof signIn>;

function fillAndSubmit(locale: Locale, login: string, password: string) {
  const t = messages[locale].signIn;
  fireEvent.change(screen.getByLabelText(t.login), { target: { value: login } });
  fireEvent.change(screen.getByLabelText(t.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: t.submit }));
}

beforeEach(() => {
  mockSignIn.mockReset();
  mockReplace.mockClear();
  mockRefresh.mockClear();
});

describe('SignInForm', () => {
  it('labels both inputs so they have accessible names', () => {
    renderWithIntl(<SignInForm />, 'en');
    expect(screen.getByRole('textbox', { name: 'Login' })).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['zh-HK', 'en', 'zh-CN', 'th'] as const)(
    'shows one localised message, naming neither field, when sign-in is refused (%s)',
    async (locale) => {
      mockSignIn.mockResolvedValue({ error: 'CredentialsSignin', status: 401, ok: false, url: null });
      renderWithIntl(<SignInForm />, locale);
      fillAndSubmit(locale, 'beauty', 'wrong-password');

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(messages[locale].signIn.failed);
      expect(mockSignIn).toHaveBeenCalledWith('credentials', { redirect: false, login: 'beauty', password: 'wrong-password' });
      expect(mockReplace).not.toHaveBeenCalled();
      // The password is cleared for the next attempt; the login is kept.
      expect(screen.getByLabelText(messages[locale].signIn.password)).toHaveValue('');
      expect(screen.getByLabelText(messages[locale].signIn.login)).toHaveValue('beauty');
      await waitFor(() => expect(screen.getByRole('button', { name: messages[locale].signIn.submit })).toBeEnabled());
    },
  );

  // 2026-03-02 06:14:20 UTC is 14:14:20 in Hong Kong; the form rounds up to the next minute.
  const RETRY_AT = Date.UTC(2026, 2, 2, 6, 14, 20);

  it.each([
    ['zh-HK', 'locked', `SignInLocked:${RETRY_AT}`, '登入失敗次數過多，此登入名稱已鎖定至 下午2:15。經理可提早解鎖。'],
    ['en', 'locked', `SignInLocked:${RETRY_AT}`, 'Too many failed sign-ins: this login is locked until 2:15 PM. A manager can unlock it sooner.'],
    ['zh-CN', 'throttled', `SignInThrottled:${RETRY_AT}`, '登录尝试次数过多，请等到 14:15 再试。'],
    ['th', 'throttled', `SignInThrottled:${RETRY_AT}`, 'พยายามลงชื่อเข้าใช้หลายครั้งเกินไป กรุณารอจนถึง 14:15 แล้วลองอีกครั้ง'],
  ] as const)('says until when in %s when the login is %s', async (locale, _reason, error, text) => {
    mockSignIn.mockResolvedValue({ error, status: 401, ok: false, url: null });
    renderWithIntl(<SignInForm />, locale);
    fillAndSubmit(locale, 'beauty', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent?.replace(/\s/g, ' ')).toBe(text);
  });

  it('says the service is unavailable when the server fails to check', async () => {
    mockSignIn.mockResolvedValue({ error: 'SignInUnavailable', status: 401, ok: false, url: null });
    renderWithIntl(<SignInForm />, 'en');
    fillAndSubmit('en', 'beauty', 'demo1234');
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.en.signIn.unavailable);
  });

  it('shows the same message for an unknown login as for a wrong password', async () => {
    mockSignIn.mockResolvedValue({ error: 'CredentialsSignin', status: 401, ok: false, url: null });
    renderWithIntl(<SignInForm />, 'en');
    fillAndSubmit('en', 'nobody', 'whatever');
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.en.signIn.failed);
  });

  it('goes home after a successful sign-in', async () => {
    mockSignIn.mockResolvedValue({ error: null, status: 200, ok: true, url: 'http://localhost/zh-HK' });
    renderWithIntl(<SignInForm />, 'zh-HK');
    fillAndSubmit('zh-HK', '  beauty ', 'demo1234');
    await waitFor(() => expect(mockReplace).toHaveBeenCalledWith('/'));
    expect(mockSignIn).toHaveBeenCalledWith('credentials', { redirect: false, login: 'beauty', password: 'demo1234' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for both fields without calling the server when one is empty', async () => {
    renderWithIntl(<SignInForm />, 'en');
    fillAndSubmit('en', 'beauty', '');
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.en.signIn.missing);
    expect(mockSignIn).not.toHaveBeenCalled();
  });

  it('says the service is unavailable when the request itself fails', async () => {
    mockSignIn.mockRejectedValue(new TypeError('Failed to fetch'));
    renderWithIntl(<SignInForm />, 'th');
    fillAndSubmit('th', 'beauty', 'demo1234');
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.th.signIn.unavailable);
  });
});
