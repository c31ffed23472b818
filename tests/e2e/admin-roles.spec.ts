/**
 * Issue 14's story in the browser: the administrator (beauty) makes a role "Front desk (no
 * exports)" — the front desk's permissions without 匯出資料, one area ticked with its select-all —
 * then a staff member holding it (用戶管理, with an initial password). That person signs in, is
 * sent to the password page from every page until they choose their own password (refused first
 * for a short one, next to the field), lands home, and is refused an export with the message
 * naming the missing permission. Deleting the role while they hold it is refused, saying how many
 * hold it. Every control touched is a 44px target.
 */
import { BUILT_IN_ROLES } from '../../services/admin/built-in-roles';
import { Permission, permissionArea } from '../../services/admin/permission';
import { MANAGER, expect, expectPath, expectTouchSized, test } from './fixtures';

const FRONT_DESK = BUILT_IN_ROLES.find((role) => role.key === 'front_desk')!.permissions;
const WANTED: readonly Permission[] = FRONT_DESK.filter((permission) => permission !== Permission.DataExport);

test('an administrator makes a role without exports; its holder changes the initial password and cannot export', async ({ page, otherPage, press, signIn }) => {
  test.setTimeout(420_000);
  const slow = { timeout: 90_000 };
  const stamp = Date.now().toString(36).slice(-6).toUpperCase();
  const roleName = `Front desk (no exports) ${stamp}`;
  const login = `e2e.role.${stamp.toLowerCase()}`;
  const initial = 'Start-2026x';
  const chosen = 'Mine-2026-ok';

  await signIn('zh-HK', MANAGER.login, MANAGER.password);
  await page.waitForURL(/\/zh-HK$/, slow);

  // 權限設置: the list, then a new role.
  await page.goto('/zh-HK/settings/roles');
  await expect(page.getByTestId('role-row-front_desk')).toBeVisible(slow);
  await expect(page.getByTestId('role-row-admin')).toContainText('系統內置');
  await expectTouchSized(page.getByTestId('role-new'), 'new role');
  await press(page.getByTestId('role-new'));
  const form = page.getByTestId('role-form');
  await expect(form).toBeVisible(slow);
  await page.getByTestId('role-name').fill(roleName);
  await form.getByLabel('繁體中文').fill(`前台（不可匯出）${stamp}`);

  // Every permission of the members area at once, then the rest one by one.
  const membersAll = page.getByTestId('role-select-all-members');
  await expectTouchSized(membersAll.locator('xpath=..'), 'select all of an area');
  await press(membersAll.locator('xpath=..'));
  for (const permission of Object.values(Permission).filter((p) => permissionArea(p) === 'members')) {
    await expect(page.getByTestId(`role-permission-${permission}`)).toBeChecked();
  }
  for (const permission of WANTED.filter((p) => permissionArea(p) !== 'members')) {
    const box = page.getByTestId(`role-permission-${permission}`);
    await expectTouchSized(box.locator('xpath=..'), `${permission} checkbox`);
    await press(box.locator('xpath=..'));
    await expect(box).toBeChecked();
  }
  await expect(page.getByTestId(`role-permission-${Permission.DataExport}`)).not.toBeChecked();
  // Each permission says what it allows.
  await expect(page.getByTestId('role-area-data')).toContainText('下載 Excel 匯出檔');
  await expectTouchSized(page.getByTestId('role-save'), 'save');
  await press(page.getByTestId('role-save'));
  await expect(page.getByTestId('role-saved')).toBeVisible(slow);
  const roleUrl = new URL(page.url()).pathname;
  expect(roleUrl).toMatch(/^\/zh-HK\/settings\/roles\/\d+$/);
  for (const permission of Object.values(Permission)) {
    const box = page.getByTestId(`role-permission-${permission}`);
    if (WANTED.includes(permission)) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }

  // 用戶管理: a staff member holding the new role, on an initial password.
  await page.goto('/zh-HK/settings/staff/new');
  const staffForm = page.getByTestId('staff-form');
  await expect(staffForm).toBeVisible(slow);
  await staffForm.getByLabel('姓名').fill(`前台 ${stamp}`);
  await staffForm.getByLabel('代碼').fill(`R${stamp}`);
  await staffForm.getByLabel('登入名稱').fill(login);
  // The role's key: its name as a slug, then its id.
  const roleBox = staffForm.locator(`[data-testid^="staff-role-front_desk_no_exports_${stamp.toLowerCase()}_"]`);
  await press(roleBox.locator('xpath=..'));
  await expect(roleBox).toBeChecked();
  await staffForm.getByLabel('初始密碼').fill(initial);
  await press(page.getByTestId('staff-save'));
  // A typed initial password is not shown again: the new staff member's page opens.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`R${stamp}`, slow);

  // The new staff member, in a browser of their own: every page sends them to the password page.
  await signIn('zh-HK', login, initial, otherPage);
  await expectPath(otherPage, '/zh-HK/account/password');
  await expect(otherPage.getByTestId('password-change-required')).toBeVisible(slow);
  await expect(otherPage.getByTestId('app-nav')).toHaveCount(0);
  await otherPage.goto('/zh-HK/members');
  await expectPath(otherPage, '/zh-HK/account/password');

  const pressThere = (target: ReturnType<typeof otherPage.getByTestId>) => (test.info().project.use.hasTouch ? target.tap() : target.click());
  await otherPage.getByTestId('current-password').fill(initial);
  await otherPage.getByTestId('new-password').fill('short1');
  await otherPage.getByTestId('confirm-password').fill('short1');
  await pressThere(otherPage.getByTestId('password-submit'));
  await expect(otherPage.getByTestId('error-newPassword')).toHaveText('「新密碼」無效：最少 8 個字元');
  await otherPage.getByTestId('new-password').fill(initial);
  await otherPage.getByTestId('confirm-password').fill(initial);
  await pressThere(otherPage.getByTestId('password-submit'));
  await expect(otherPage.getByTestId('error-newPassword')).toHaveText('「新密碼」無效：必須與目前的密碼不同', slow);
  await otherPage.getByTestId('new-password').fill(chosen);
  await otherPage.getByTestId('confirm-password').fill(chosen);
  await expectTouchSized(otherPage.getByTestId('password-submit'), 'change password');
  await pressThere(otherPage.getByTestId('password-submit'));
  await expectPath(otherPage, '/zh-HK');
  await expect(otherPage.getByTestId('app-nav')).toBeVisible(slow);

  // No exports: the download is refused with the permission's name.
  const refused = await otherPage.request.get('/api/members/export?selection=1&locale=zh-HK');
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe('你沒有「匯出資料」權限。請向系統管理員申請。');

  // Back to the administrator: the role is held by one, so it is not deleted.
  await page.goto(roleUrl);
  await expect(page.getByTestId('role-held-by')).toContainText('1 名在職員工', slow);
  await press(page.getByTestId('role-delete-button'));
  await expect(page.getByTestId('role-delete-confirm')).toContainText(`前台（不可匯出）${stamp}`);
  await press(page.getByTestId('role-delete-confirm-button'));
  await expect(page.getByTestId('role-delete-message')).toContainText('仍有 1 名員工', slow);
});
