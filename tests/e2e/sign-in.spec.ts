import { AREAS, MANAGER, expect, expectNavLabels, expectPath, expectTouchSized, messages, test, textOf } from './fixtures';

// Signing in is what these test: through the form every time, not a session kept from an earlier test.
test.use({ freshSignIn: true });

test('signs in as the manager in zh-HK and sees the shell', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
  const t = messages('zh-HK');
  await signInAs('zh-HK');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await expect(page.getByTestId('viewer-name')).toHaveText(MANAGER.displayName);
  await expectNavLabels(page, t.nav);
  await expect(page.getByTestId('home-display-name')).toHaveText(MANAGER.displayName);
  expect(await textOf(page.getByTestId('home-branch')), 'the home page branch').not.toMatch(/^(—)?$/);
  expect(await textOf(page.getByTestId('home-today')), 'the home page date').toMatch(/\d/);
  if (hasTouch) {
    for (const area of AREAS) await expectTouchSized(page.getByTestId(`nav-${area}`), `nav link ${area}`);
    await expectTouchSized(page.getByTestId('locale-switcher'), 'locale switcher');
    await expectTouchSized(page.getByTestId('sign-out'), 'sign-out button');
  }
  // An area page opens from the navigation and is marked as current.
  await press(page.getByTestId('nav-contacts'));
  await expectPath(page, '/zh-HK/contacts');
  await expect(page.getByTestId('page-title')).toHaveText(t.nav.contacts);
  await expect(page.getByTestId('nav-contacts')).toHaveAttribute('aria-current', 'page');
});

test('a wrong password or unknown login shows the same generic error', { tag: '@tablet' }, async ({ page, hasTouch, signIn }) => {
  const failed = messages('zh-HK').signIn.failed;
  await signIn('zh-HK', MANAGER.login, 'not-the-password');
  await expect(page.getByTestId('sign-in-error')).toHaveText(failed);
  await expectPath(page, '/zh-HK/sign-in');
  expect(await page.getByTestId('app-shell').count(), 'the shell after a failed sign-in').toBe(0);
  if (hasTouch) await expectTouchSized(page.getByTestId('sign-in-submit'), 'sign-in button');

  await signIn('zh-HK', `nobody-${Date.now().toString(36)}`, 'whatever');
  await expect(page.getByTestId('sign-in-error')).toHaveText(failed);
});

test('switches the locale to en, keeps the page, then signs out', { tag: '@tablet' }, async ({ page, press, signInAs }) => {
  const en = messages('en');
  await signInAs('zh-HK');
  await press(page.getByTestId('nav-reports'));
  await expectPath(page, '/zh-HK/reports');
  await page.getByTestId('locale-switcher').selectOption('en');
  await expectPath(page, '/en/reports');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNavLabels(page, en.nav);
  await expect(page.getByTestId('sign-out')).toHaveText(en.nav.signOut);
  await expect(page.getByTestId('viewer-name')).toHaveText(MANAGER.displayName);

  await press(page.getByTestId('sign-out'));
  await expectPath(page, '/en/sign-in');
  await page.getByTestId('sign-in-form').waitFor();
  // The session is gone: the signed-in area sends us back to sign-in.
  await page.goto('/en/members');
  await expectPath(page, '/en/sign-in');
});

test('visiting /en while signed out redirects to sign-in', async ({ page }) => {
  await page.goto('/en');
  await expectPath(page, '/en/sign-in');
  await page.getByTestId('sign-in-form').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en').signIn.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
