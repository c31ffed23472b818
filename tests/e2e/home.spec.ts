import type { Locator, Page } from '@playwright/test';
import { MANAGER, expect, expectPath, expectTouchSized, gqlInPage, test, textOf, todayInHongKong } from './fixtures';

/**
 * The home page per role (seed 000's working day): a salesperson's cards (new contacts, follow-ups,
 * today's appointments) and a manager's (overdue follow-ups per salesperson, today's arrivals per
 * branch, active campaigns' progress), and that an item opens its list already filtered. The demo
 * data changes as other flows run, so counts are compared with what the API says, not fixed.
 */

const SALESPERSON_CARDS = ['home-new-contacts', 'home-follow-ups', 'home-appointments'];
const MANAGER_CARDS = ['home-team-follow-ups', 'home-arrivals', 'home-campaigns'];

/** The first whole number in a text ("2 contacts not yet called", "共 3 個…"). */
const numberIn = (text: string) => Number(/\d+/.exec(text.replace(/,/g, ''))?.[0] ?? NaN);

/** Every link and button on the cards is a touch target on a tablet. */
async function expectCardsTouchSized(page: Page): Promise<void> {
  const targets = page.getByTestId('home-cards').locator('a, button');
  const count = await targets.count();
  for (let i = 0; i < count; i += 1) await expectTouchSized(targets.nth(i), `home link ${await textOf(targets.nth(i))}`);
}

/** The contact list's total once it has loaded. */
async function contactListTotal(page: Page): Promise<number> {
  return numberIn(await textOf(page.getByTestId('contacts-total')));
}

async function openFrom(link: Locator, press: (target: Locator) => Promise<void>, page: Page): Promise<URL> {
  const href = await link.getAttribute('href');
  await press(link);
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search, { message: 'the link opens' }).toBe(href);
  return new URL(page.url());
}

test('a salesperson sees her new contacts, follow-ups and today\'s appointments, and a card opens her filtered list', async ({ page, hasTouch, press, signInAs }) => {
  await signInAs('en', 'is007');
  for (const card of SALESPERSON_CARDS) await expect(page.getByTestId(card)).toBeVisible();
  for (const card of MANAGER_CARDS) await expect(page.getByTestId(card)).toHaveCount(0);

  // Her counts are what the API counts for her own contacts.
  const me = await gqlInPage<{ viewer: { id: string } }>(page, '{ viewer { id } }');
  const counts = await gqlInPage<Record<string, { totalCount: number }>>(page, `query($me: [ID!]) {
    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }) { totalCount }
    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }) { totalCount }
    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }) { totalCount }
    myAppointmentsToday { totalCount } }`, { me: [me.viewer.id] });
  expect(numberIn(await textOf(page.getByTestId('home-new-contacts-count')))).toBe(counts.notContacted.totalCount);
  expect(numberIn(await textOf(page.getByTestId('home-follow-ups-count')))).toBe(counts.overdue.totalCount + counts.dueToday.totalCount);
  expect(numberIn(await textOf(page.getByTestId('home-appointments-count')))).toBe(counts.myAppointmentsToday.totalCount);
  if (hasTouch) await expectCardsTouchSized(page);

  // A card's "see all" opens the contact list filtered to her rows of that kind, with the same total.
  const [testId, quick, expected] = counts.notContacted.totalCount > 0
    ? ['home-new-contacts-all', 'NOT_CONTACTED', counts.notContacted.totalCount]
    : counts.overdue.totalCount > 0
      ? ['home-follow-ups-overdue', 'FOLLOW_UP_OVERDUE', counts.overdue.totalCount]
      : ['home-follow-ups-due', 'FOLLOW_UP_DUE_TODAY', counts.dueToday.totalCount];
  expect(expected, 'the demo salesperson has new contacts or follow-ups').toBeGreaterThan(0);
  const url = await openFrom(page.getByTestId(testId), press, page);
  expect(url.pathname).toBe('/en/contacts');
  expect(url.searchParams.get('quick')).toBe(quick);
  expect(url.searchParams.getAll('salesperson')).toEqual([me.viewer.id]);
  await expect.poll(() => contactListTotal(page), { message: 'the filtered list\'s total' }).toBe(expected);
});

test('a manager sees the team\'s overdue follow-ups, today\'s arrivals and campaign progress, and each opens its list', { tag: '@tablet' }, async ({ page, hasTouch, press, signInAs }) => {
  await signInAs('en', MANAGER.login);
  for (const card of MANAGER_CARDS) await expect(page.getByTestId(card)).toBeVisible();
  for (const card of SALESPERSON_CARDS) await expect(page.getByTestId(card)).toHaveCount(0);
  if (hasTouch) await expectCardsTouchSized(page);

  const team = await gqlInPage<{
    overdueFollowUpsBySalesperson: Array<{ salesperson: { id: string }; count: number }>;
    branchArrivalsToday: Array<{ branch: { id: string; code: string }; date: string; booked: number }>;
    activeCampaignProgress: { nodes: Array<{ campaign: { id: string; code: string }; members: number }> };
  }>(page, `{ overdueFollowUpsBySalesperson { salesperson { id } count }
    branchArrivalsToday { branch { id code } date booked }
    activeCampaignProgress(first: 10) { nodes { campaign { id code } members } } }`);

  // One row per branch, today's day in each, the counts as the API gives them.
  const arrivals = page.getByTestId('home-arrival');
  await expect(arrivals).toHaveCount(team.branchArrivalsToday.length);
  for (const row of team.branchArrivalsToday) {
    const line = page.locator(`[data-testid="home-arrival"][data-branch="${row.branch.code}"]`);
    expect(numberIn(await textOf(line.getByTestId('home-arrival-booked')))).toBe(row.booked);
  }

  // The team's overdue follow-ups: a salesperson's row opens her overdue list with that many rows.
  await expect(page.getByTestId('home-team-follow-up')).toHaveCount(team.overdueFollowUpsBySalesperson.length);
  if (team.overdueFollowUpsBySalesperson.length > 0) {
    const first = team.overdueFollowUpsBySalesperson[0];
    expect(numberIn(await textOf(page.getByTestId('home-team-follow-up-count').first()))).toBe(first.count);
    const url = await openFrom(page.getByTestId('home-team-follow-up-link').first(), press, page);
    expect(url.pathname).toBe('/en/contacts');
    expect([url.searchParams.get('quick'), url.searchParams.getAll('salesperson')]).toEqual(['FOLLOW_UP_OVERDUE', [first.salesperson.id]]);
    await expect.poll(() => contactListTotal(page), { message: 'her overdue follow-ups' }).toBe(first.count);
    await page.goto('/en');
  }

  // A branch opens its arrival board for today.
  const tko = team.branchArrivalsToday.find((row) => row.branch.code === 'TKO')!;
  expect(tko.date).toBe(todayInHongKong());
  const board = await openFrom(page.locator('[data-testid="home-arrival"][data-branch="TKO"]').getByTestId('home-arrival-link'), press, page);
  expect([board.pathname, board.searchParams.get('branch'), board.searchParams.get('date')]).toEqual(['/en/appointments/arrivals', tko.branch.id, tko.date]);
  await expect(page.getByTestId('appointments-branch')).toHaveValue(tko.branch.id);
  await expect(page.getByTestId('appointments-date')).toHaveValue(tko.date);
  await page.goto('/en');

  // A campaign opens the analysis by campaign with that campaign alone.
  const campaign = team.activeCampaignProgress.nodes.find((n) => n.members > 0)!;
  const line = page.locator(`[data-testid="home-campaign"][data-campaign="${campaign.campaign.code}"]`);
  expect(numberIn(await textOf(line.getByTestId('home-campaign-members')))).toBe(campaign.members);
  await expectPath(page, '/en');
  const analysis = await openFrom(line.getByTestId('home-campaign-link'), press, page);
  expect([analysis.pathname, analysis.searchParams.get('view'), analysis.searchParams.getAll('campaign')]).toEqual(['/en/reports/campaign-analysis', 'CAMPAIGN', [campaign.campaign.id]]);
  await expect(page.getByTestId('analysis-row')).toHaveCount(1);
  await expect(page.getByTestId('analysis-row')).toHaveAttribute('data-code', campaign.campaign.code);
});
