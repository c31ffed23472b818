import type { Page } from '@playwright/test';
import { MANAGER, expect, gqlInPage, test, textOf, todayInHongKong } from './fixtures';

/** The next Monday–Friday after today in Hong Kong, skipping Christmas (the demo branches close). */
function nextWeekdayInHongKong(): string {
  const day = new Date(`${todayInHongKong()}T00:00:00Z`);
  for (;;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5 && !iso.endsWith('-12-25')) return iso;
  }
}

// Booking from a contact through the front desk (seed 000, issue 5). Each project books its own
// Junebirth member, so the tablet run does not find the desktop run's booking in the way.
test('[zh-HK] from a contact, book a suggested slot; arrive and verify on the arrival board; complete; the contact list shows it', async ({ page, press, signInAs }, testInfo) => {
  const memberNo = testInfo.project.name === 'desktop' ? 'A001' : 'A002';
  await signInAs('zh-HK');
  const found = await gqlInPage<{ contactMembers: { nodes: Array<{ id: string; campaign: { code: string }; member: { memberNo: string } }> } }>(
    page,
    'query($k: String) { contactMembers(filter: { keyword: $k }, first: 20) { nodes { id campaign { code } member { memberNo } } } }',
    { k: memberNo },
  );
  const contact = found.contactMembers.nodes.find((n) => n.campaign.code === 'Junebirth' && n.member.memberNo === memberNo);
  expect(contact, `the Junebirth contact for ${memberNo}`).toBeDefined();

  await page.goto(`/zh-HK/contacts/${contact!.id}`);
  await press(page.getByTestId('booking-open'));
  const treatment = page.getByTestId('booking-treatment');
  const value = await treatment.locator('option', { hasText: 'AP03' }).getAttribute('value');
  expect(value, 'treatment AP03 offered').toBeTruthy();
  await treatment.selectOption(value!);
  await press(page.getByTestId('booking-suggest'));
  await page.getByTestId('booking-slot').first().waitFor();
  await press(page.getByTestId('booking-slot').first());
  await page.getByTestId('booking-review').waitFor();
  await press(page.getByTestId('booking-confirm'));
  await page.getByTestId('contact-appointment').waitFor();

  const booked = await gqlInPage<{ contactMember: { status: { key: string | null }; appointment: { id: string; startsAt: string; offerCode: string | null; branch: { id: string } } | null } }>(
    page,
    'query($id: ID!) { contactMember(id: $id) { status { key } appointment { id startsAt offerCode branch { id } } } }',
    { id: contact!.id },
  );
  const appointment = booked.contactMember.appointment;
  expect(appointment, 'the appointment of the contact after booking').not.toBeNull();
  expect(booked.contactMember.status.key, 'the contact status').toBe('booked');
  expect(appointment!.offerCode, "the appointment's offer (the campaign's)").toBe('AP');
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(appointment!.startsAt));
  const row = (board: Page) => board.locator(`[data-testid="board-row"][data-id="${appointment!.id}"]`);

  await page.goto(`/zh-HK/appointments/arrivals?branch=${appointment!.branch.id}&date=${day}`);
  await row(page).waitFor();
  await press(row(page).getByTestId('board-arrive-verify'));
  await expect(row(page)).toHaveAttribute('data-status', 'ARRIVED');

  await page.goto(`/zh-HK/appointments/completions?branch=${appointment!.branch.id}&date=${day}`);
  await row(page).waitFor();
  await press(row(page).getByTestId('board-complete'));
  await expect(row(page)).toHaveCount(0);

  await page.goto(`/zh-HK/contacts?q=${memberNo}`);
  const listRow = page.getByTestId('contact-row').filter({ has: page.getByTestId('contact-row-member-no').getByText(memberNo, { exact: true }) }).filter({ hasText: 'Junebirth' });
  await expect(async () => {
    expect(await textOf(listRow.getByTestId('contact-row-appointment')), 'the appointment cell').toContain('已完成');
    const attendance = await textOf(listRow.getByTestId('contact-row-attendance'));
    expect(attendance, 'the attendance cell').toMatch(/^✓/);
    expect(attendance, 'the attendance cell').toContain(MANAGER.displayName);
  }).toPass();
});

test('[en] the manager taps an empty place on the day calendar, picks a member and a treatment, and the booking appears there', async ({ page, hasTouch, press, signInAs }, testInfo) => {
  await signInAs('en');
  const { branches } = await gqlInPage<{ branches: { nodes: Array<{ id: string; code: string }> } }>(page, '{ branches(first: 20) { nodes { id code } } }');
  const tko = branches.nodes.find((b) => b.code === 'TKO');
  expect(tko, 'the TKO branch').toBeDefined();
  await page.goto(`/en/appointments/calendar?branch=${tko!.id}&date=${nextWeekdayInHongKong()}`);
  const column = page.getByTestId('calendar-column').first();
  await column.waitFor();
  const blocksBefore = await page.getByTestId('calendar-block').count();
  const box = await column.boundingBox();
  expect(box, 'the calendar column is visible').not.toBeNull();
  // Around noon (the column spans 09:00–22:00; the beautician works 10:00–19:00), clear of the
  // booking flow's booking and, on the tablet, of the desktop run's; Playwright scrolls the point
  // into view inside the calendar's scroller.
  const position = { x: box!.width / 2, y: box!.height * (testInfo.project.name === 'desktop' ? 0.23 : 0.31) };
  if (hasTouch) await column.tap({ position });
  else await column.click({ position });
  await page.getByTestId('calendar-book-panel').waitFor();
  await page.getByTestId('calendar-book-member').fill('A005');
  await press(page.getByTestId('calendar-book-member-option').first());
  const treatment = page.getByTestId('calendar-book-treatment');
  const value = await treatment.locator('option', { hasText: 'AP03' }).getAttribute('value');
  expect(value, 'treatment AP03 offered').toBeTruthy();
  await treatment.selectOption(value!);
  await press(page.getByTestId('calendar-book-confirm'));
  await expect(page.getByTestId('calendar-block')).toHaveCount(blocksBefore + 1);
});
