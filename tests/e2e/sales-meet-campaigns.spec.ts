/**
 * Issue 16's "Done when" in the browser: a Junebirth contact is booked for today, arrives, and
 * buys a treatment of $1,200 at the cashier with the campaign's offer AP; the contact list shows
 * the invoice and 成功購買 Y; the campaign analysis counts the success and the sales; returning
 * the treatment turns the contact back to N. Each project uses its own Junebirth member (A001
 * desktop, A002 tablet). AP is the demo's birth-month offer of 20% off skin care, so the member's
 * birthday is moved into this month and the treatment (made through the API, like the cashier
 * tests' products) lists at $1,500: $1,200 with the offer.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, gqlInPage, test, todayInHongKong } from './fixtures';

type Contact = { id: string; campaign: { id: string; code: string }; member: { memberNo: string } };

const TREATMENT = { code: 'E2E-SKIN15', name: 'E2E 煥膚療程', priceCents: 150_000 };

/** The $1,500 skin-care treatment, made once per database. */
async function ensureTreatment(page: Page): Promise<void> {
  const { treatments } = await gqlInPage<{ treatments: { nodes: Array<{ code: string }> } }>(page, '{ treatments(first: 100) { nodes { code } } }');
  if (treatments.nodes.some((t) => t.code === TREATMENT.code)) return;
  const { departments } = await gqlInPage<{ departments: { nodes: Array<{ id: string; code: string }> } }>(page, '{ departments(first: 50) { nodes { id code } } }');
  const skin = departments.nodes.find((d) => d.code === 'SKIN');
  expect(skin, 'the SKIN department').toBeDefined();
  await gqlInPage(page, 'mutation($input: TreatmentInput!) { createTreatment(input: $input) { id } }', {
    input: { ...TREATMENT, durationMinutes: 60, departmentId: skin!.id },
  });
}

/** Moves the member's birthday into this month (Hong Kong), so AP's birth-month condition holds today. */
async function bornThisMonth(page: Page, memberNo: string): Promise<void> {
  const { quickLookup } = await gqlInPage<{ quickLookup: { nodes: Array<{ id: string; memberNo: string }> } }>(
    page,
    'query($term: String!) { quickLookup(term: $term, first: 5) { nodes { id memberNo } } }',
    { term: memberNo },
  );
  const member = quickLookup.nodes.find((m) => m.memberNo === memberNo)!;
  await gqlInPage(page, 'mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }', {
    id: member.id,
    input: { birthday: `1990-${todayInHongKong().slice(5, 7)}-15` },
  });
}

async function junebirthContact(page: Page, memberNo: string): Promise<Contact> {
  const found = await gqlInPage<{ contactMembers: { nodes: Contact[] } }>(
    page,
    'query($k: String) { contactMembers(filter: { keyword: $k }, first: 20) { nodes { id campaign { id code } member { memberNo } } } }',
    { k: memberNo },
  );
  const contact = found.contactMembers.nodes.find((n) => n.campaign.code === 'Junebirth' && n.member.memberNo === memberNo);
  expect(contact, `the Junebirth contact for ${memberNo}`).toBeDefined();
  return contact!;
}

/** Books AP03 from the contact page for today's first free slot; null when none is left today. */
async function bookToday(page: Page, press: (target: Locator) => Promise<void>, contact: Contact) {
  const today = todayInHongKong();
  await page.goto(`/zh-HK/contacts/${contact.id}`);
  await press(page.getByTestId('booking-open'));
  const treatment = page.getByTestId('booking-treatment');
  await treatment.selectOption((await treatment.locator('option', { hasText: 'AP03' }).getAttribute('value'))!);
  await page.getByTestId('booking-from').fill(today);
  await page.getByTestId('booking-to').fill(today);
  await press(page.getByTestId('booking-suggest'));
  await expect(page.getByTestId('booking-slot').or(page.getByTestId('booking-no-slots')).first()).toBeVisible();
  if (await page.getByTestId('booking-no-slots').isVisible()) return null;
  await press(page.getByTestId('booking-slot').first());
  await page.getByTestId('booking-review').waitFor();
  await press(page.getByTestId('booking-confirm'));
  await page.getByTestId('contact-appointment').waitFor();
  const { contactMember } = await gqlInPage<{ contactMember: { appointment: { id: string; offerCode: string | null; branch: { id: string } } | null } }>(
    page,
    'query($id: ID!) { contactMember(id: $id) { appointment { id offerCode branch { id } } } }',
    { id: contact.id },
  );
  return contactMember.appointment;
}

/** The contact's row on the list filtered to Junebirth and 成功購買 `success`, its detail open. */
async function listRow(page: Page, press: (target: Locator) => Promise<void>, contact: Contact, success: 'yes' | 'no') {
  await page.goto(`/zh-HK/contacts?campaign=${contact.campaign.id}&success=${success}`);
  const row = page.locator(`[data-testid="contact-row"][data-id="${contact.id}"]`);
  await row.waitFor();
  await press(row.getByTestId('contact-row-expand'));
  return page.locator(`[data-testid="contact-row-detail"][data-id="${contact.id}"]`);
}

test('[zh-HK] a Junebirth contact booked, arrived and buying a $1,200 treatment is 成功購買 Y with her invoice on the list and in the campaign analysis; returning it turns her back to N', async ({ page, press, signInAs }, testInfo) => {
  // The story walks nine screens, two of them twice.
  test.setTimeout(240_000);
  const memberNo = testInfo.project.name === 'desktop' ? 'A001' : 'A002';
  const today = todayInHongKong();
  await signInAs('zh-HK');
  const contact = await junebirthContact(page, memberNo);
  await ensureTreatment(page);
  await bornThisMonth(page, memberNo);

  // Booked from the contact, with the campaign's offer; arrives on the arrival board.
  const appointment = await bookToday(page, press, contact);
  test.skip(appointment === null, `no free slot left today (${today}): a visit can only arrive on its day`);
  expect(appointment!.offerCode, "the booking carries the campaign's offer").toBe('AP');
  const boardRow = page.locator(`[data-testid="board-row"][data-id="${appointment!.id}"]`);
  await page.goto(`/zh-HK/appointments/arrivals?branch=${appointment!.branch.id}&date=${today}`);
  await press(boardRow.getByTestId('board-arrive-verify'));
  await expect(boardRow).toHaveAttribute('data-status', 'ARRIVED');

  // At the cashier from the completion board: the visit's AP03 makes way for the $1,500 treatment,
  // and the booking's offer AP, proposed, takes it to $1,200.
  await page.goto(`/zh-HK/appointments/completions?branch=${appointment!.branch.id}&date=${today}`);
  await press(boardRow.getByTestId('board-checkout'));
  await expect(page.getByTestId('checkout-member')).toBeVisible();
  await expect(page.getByTestId('checkout-line')).toHaveCount(1);
  await press(page.getByTestId('checkout-line').getByTestId('checkout-line-remove'));
  await expect(page.getByTestId('checkout-line')).toHaveCount(0);
  await page.getByTestId('checkout-scan').fill(TREATMENT.code);
  await page.getByTestId('checkout-scan').press('Enter');
  await expect(page.getByTestId('checkout-line')).toHaveAttribute('data-code', TREATMENT.code);
  await press(page.getByTestId('checkout-offer-use-proposed'));
  await expect(page.getByTestId('checkout-offer-applied')).toContainText('AP');
  await expect(page.getByTestId('checkout-offer-discount')).toBeVisible();
  await press(page.getByTestId('checkout-payment').locator('[data-tender="現金"]'));
  await press(page.getByTestId('checkout-pay'));
  const number = (await page.getByTestId('checkout-invoice-number').textContent())!.trim();
  const { invoiceByNumber: invoice } = await gqlInPage<{ invoiceByNumber: { id: string; totalCents: number; treatmentCents: number; analysisCode: string | null } }>(
    page,
    'query($number: String!) { invoiceByNumber(number: $number) { id totalCents treatmentCents analysisCode } }',
    { number },
  );
  expect(invoice.treatmentCents, 'a treatment of $1,200 with the offer').toBe(120_000);
  expect(invoice.analysisCode, "the offer's analysis code").toBe('K11');
  const amount = (cents: number) => (cents / 100).toLocaleString('en', { minimumFractionDigits: 2 });

  // The contact list: the invoice, the treatment and 成功購買 Y.
  let detail = await listRow(page, press, contact, 'yes');
  await expect(detail.getByTestId('contact-detail-successfulPurchase')).toContainText('Y');
  await expect(detail.getByTestId('contact-detail-invoiceDate')).not.toContainText('—');
  await expect(detail.getByTestId('contact-detail-invoiceNumbers')).toContainText(number);
  await expect(detail.getByTestId('contact-detail-invoiceAmount')).toContainText(amount(invoice.totalCents));
  await expect(detail.getByTestId('contact-detail-treatments')).toContainText(`${TREATMENT.name} (${TREATMENT.code})`);
  await expect(detail.getByTestId('contact-detail-treatmentAmount')).toContainText(amount(invoice.treatmentCents));
  // The purchase note is written from the list (新增), as on the boards.
  await press(detail.getByTestId('note-purchaseNote-edit'));
  await detail.getByTestId('note-purchaseNote-input').fill('用生日優惠買咗煥膚療程');
  await press(detail.getByTestId('note-purchaseNote-save'));
  await expect(detail.getByTestId('note-purchaseNote')).toHaveText('用生日優惠買咗煥膚療程');

  // The campaign analysis: the success among Junebirth's booked contacts and the sales of the day.
  await page.goto(`/zh-HK/reports/campaign-analysis?view=CAMPAIGN&campaign=${contact.campaign.id}`);
  const junebirth = page.locator('[data-testid="analysis-row"][data-code="Junebirth"]');
  await junebirth.waitFor();
  expect(Number(await junebirth.getByTestId('analysis-successful').getAttribute('data-count')), 'successful purchases').toBeGreaterThanOrEqual(1);
  expect(Number(await junebirth.getByTestId('analysis-success-ratio').getAttribute('data-ratio')), 'the success ratio').toBeGreaterThan(0);
  expect(Number(await junebirth.getByTestId('analysis-amount-treatmentCents').getAttribute('data-cents')), 'the treatment sales').toBeGreaterThanOrEqual(invoice.treatmentCents);
  const successfulBefore = Number(await junebirth.getByTestId('analysis-successful').getAttribute('data-count'));

  // Returning the treatment turns her back to N.
  await page.goto(`/zh-HK/sales/returns?invoice=${encodeURIComponent(number)}`);
  const returnRow = page.locator(`[data-testid="returns-line"][data-code="${TREATMENT.code}"]`);
  await press(returnRow.getByTestId('returns-line-more'));
  await expect(returnRow.getByTestId('returns-line-units')).toHaveValue('1');
  await page.getByTestId('returns-reason').fill('改期再做');
  await press(page.getByTestId('returns-review'));
  await press(page.getByTestId('returns-confirm-submit'));
  await expect(page.getByTestId('returns-done')).toBeVisible();

  detail = await listRow(page, press, contact, 'no');
  await expect(detail.getByTestId('contact-detail-successfulPurchase')).toContainText('N');
  await expect(detail.getByTestId('contact-detail-treatments')).not.toContainText(TREATMENT.code);
  await expect(detail.getByTestId('contact-detail-treatmentAmount')).toContainText('0.00');

  await page.goto(`/zh-HK/reports/campaign-analysis?view=CAMPAIGN&campaign=${contact.campaign.id}`);
  await junebirth.waitFor();
  expect(Number(await junebirth.getByTestId('analysis-successful').getAttribute('data-count')), 'one success fewer').toBe(successfulBefore - 1);
});
