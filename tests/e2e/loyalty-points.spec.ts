/**
 * Points at the front desk, in the browser: a member registered for this run gets points by hand
 * on 快速積分 (found by her member number), a deduction beyond her balance is refused next to the
 * points field, her page then shows the balance, her rank and what expires when, and the ledger
 * row says why in words. The points settings save. Each project registers its own member.
 */
import type { Page } from '@playwright/test';
import { expect, expectTouchSized, gqlInPage, test } from './fixtures';

async function newMember(page: Page, project: string): Promise<{ id: string; memberNo: string }> {
  const { viewer } = await gqlInPage<{ viewer: { branch: { id: string } } }>(page, '{ viewer { branch { id } } }');
  const { memberGroups } = await gqlInPage<{ memberGroups: { nodes: Array<{ id: string; code: string }> } }>(page, '{ memberGroups(first: 100) { nodes { id code } } }');
  const phone = `6${String(Date.now()).slice(-7)}`;
  const { registerMember } = await gqlInPage<{ registerMember: { id: string; memberNo: string } }>(
    page,
    'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id memberNo } }',
    { input: { lastName: '積分', firstName: project, gender: 'FEMALE', phone, branchId: viewer.branch.id, groupId: memberGroups.nodes.find((g) => g.code === 'NEW')!.id } },
  );
  return registerMember;
}

test('quick points adds and refuses, and the member page explains the ledger', { tag: '@tablet' }, async ({ page, signInAs, press }, testInfo) => {
  await signInAs('en');
  const member = await newMember(page, testInfo.project.name);

  await page.goto('/en/loyalty/points');
  await page.getByTestId('quick-points-term').fill(member.memberNo);
  await press(page.getByTestId('quick-points-find'));
  await expect(page.getByTestId('quick-points-member')).toContainText(member.memberNo);
  await expect(page.getByTestId('quick-points-balance')).toHaveText('0');
  if (testInfo.project.name === 'tablet') await expectTouchSized(page.getByTestId('quick-points-submit'), 'the add points button');

  await page.getByTestId('quick-points-points').fill('150');
  await page.getByTestId('quick-points-reason').fill('Welcome gift');
  await press(page.getByTestId('quick-points-submit'));
  await expect(page.getByTestId('quick-points-status')).toContainText('150 points added');
  await expect(page.getByTestId('quick-points-balance')).toHaveText('150');

  await press(page.getByTestId('quick-points-deduct'));
  await page.getByTestId('quick-points-points').fill('200');
  await page.getByTestId('quick-points-reason').fill('Too much');
  await press(page.getByTestId('quick-points-submit'));
  await expect(page.getByTestId('field-points')).toContainText('150');
  await expect(page.getByTestId('quick-points-balance')).toHaveText('150');

  await page.goto(`/en/members/${member.id}`);
  await expect(page.getByTestId('points-balance')).toHaveText('150');
  await expect(page.getByTestId('points-rank')).toHaveAttribute('data-rank', /^\d+$/);
  // The demo chain keeps points for 12 months.
  await expect(page.getByTestId('points-expiring')).toContainText('150 points on');
  const row = page.getByTestId('points-ledger').getByTestId('points-entry');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-kind', 'ADJUST');
  await expect(row.getByTestId('points-entry-explanation')).toHaveText('Adjusted by hand: Welcome gift');
});

test('the points settings save', async ({ page, signInAs, press }) => {
  await signInAs('en');
  await page.goto('/en/loyalty/settings');
  const months = page.getByTestId('settings-expiry-months');
  await expect(months).toHaveValue('12');
  await months.fill('0');
  await press(page.getByTestId('loyalty-settings-save'));
  await expect(page.getByTestId('field-pointsExpiryMonths')).toContainText('between 1 and 120');
  await months.fill('12');
  await page.getByTestId('settings-referral-share').fill('10');
  await press(page.getByTestId('loyalty-settings-save'));
  await expect(page.getByTestId('loyalty-settings-status')).toContainText('Settings saved');
});
