/**
 * The contact list's same-day purchases (當日購買紀錄), its 預約即日開發票 filters and the success
 * rule (成功購買), on SQLite and (with TEST_DATABASE_URL) MariaDB, from invoices, voids and returns
 * made through the real services and bookings made, moved and cancelled through the booking
 * service: what the list shows and filters on is what the member really bought on the booked day.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { CampaignMember, ContactSettings, InvoiceLine, type Campaign, type Member, type Staff, type Treatment, type Product } from '../../entities';
import type { Invoice } from '../../entities';
import { BookingService } from '../../services/appointments/booking.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { CheckoutService } from '../../services/sales/checkout.service';
import { InvoiceVoidService } from '../../services/sales/invoice-void.service';
import { SalesReturnService } from '../../services/sales/sales-return.service';
import { aContactCampaign, aContactMember } from '../helpers/contact-list-fixtures';
import { aMember, aMemberGroup } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, openEveryDay, worksEveryDay } from './appointment-booking.fixtures';
import { aProduct, aShop, newKey, receive, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let campaign: Campaign;
let managerViewer: Viewer;
let cream: Product; // $300, no tax
let deepFacial: Treatment; // $1,200
const contacts = new Map<string, { member: Member; cm: CampaignMember; appointmentId?: number }>();

// The booked day, in Hong Kong: the clock stands at 09:00 that morning, the visits follow from 10:00.
const DAY = '2026-06-01';
const at = (day: string, hkHour: number, minute = 0) => new Date(`${day}T${String(hkHour - 8).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
const morning = () => at(DAY, 9);

let slot = 0;

async function book(name: string): Promise<void> {
  const entry = contacts.get(name)!;
  // One beautician: each visit in a half hour of its own, from 10:00.
  const startsAt = at(DAY, 10 + Math.floor(slot / 2), (slot % 2) * 30);
  slot += 1;
  const appointment = await new BookingService(ds, morning).book(managerViewer, {
    memberId: entry.member.id, branchId: shop.branch.id, beauticianId: shop.beautician.id, startsAt, minutes: 30, contactMemberId: entry.cm.id,
  });
  entry.appointmentId = appointment.id;
}

async function buy(name: string, items: Array<Product | Treatment>, options: { day?: string; branchId?: number } = {}): Promise<Invoice> {
  const service = new CheckoutService(ds, () => at(options.day ?? DAY, 15));
  const draft = {
    branchId: options.branchId ?? shop.branch.id,
    memberId: contacts.get(name)!.member.id,
    lines: items.map((item) => ({ kind: 'priceCents' in item && 'durationMinutes' in item ? 'TREATMENT' as const : 'PRODUCT' as const, itemId: item.id, quantity: 1, staffId: shop.beautician.id })),
  };
  const priced = await service.quote(managerViewer, draft);
  return service.checkout(managerViewer, { ...draft, idempotencyKey: newKey(), payments: [{ tenderTypeId: shop.cash.id, amountCents: priced.totals.totalCents }] });
}

async function returnLines(invoice: Invoice, kind: 'PRODUCT' | 'TREATMENT'): Promise<void> {
  const lines = await ds.getRepository(InvoiceLine).findBy({ invoiceId: invoice.id, kind: kind as InvoiceLine['kind'] });
  await new SalesReturnService(ds).returnSale(managerViewer, {
    idempotencyKey: newKey(), invoiceId: invoice.id, lines: lines.map((l) => ({ invoiceLineId: l.id, quantity: l.quantity })), refundTenderTypeId: shop.cash.id, reason: 'changed her mind',
  });
}

async function stored(name: string) {
  const row = await ds.getRepository(CampaignMember).findOneByOrFail({ id: contacts.get(name)!.cm.id });
  return { invoice: row.sameDayInvoiceCents, product: row.sameDayProductCents, treatment: row.sameDayTreatmentCents };
}

const LIST = `query($f: ContactFilterInput) { contactMembers(first: 50, filter: $f) { nodes {
  id successfulPurchase
  sameDayPurchase { date invoiceCents productCents treatmentCents invoices { number } items { kind code quantity } }
} } }`;

async function list(staff: Staff, filter: Record<string, unknown> = {}) {
  const res = await gql(LIST, { f: { campaignIds: [String(campaign.id)], ...filter } }, { cookie: await sessionCookieFor(staff) });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.contactMembers.nodes as Array<Record<string, any>>;
}

async function namesMatching(filter: Record<string, unknown>): Promise<string[]> {
  const ids = new Set((await list(shop.manager, filter)).map((n) => Number(n.id)));
  return [...contacts].filter(([, c]) => ids.has(c.cm.id)).map(([name]) => name).sort();
}

const setRule = (values: Partial<ContactSettings>) => ds.getRepository(ContactSettings).update({ id: 1 }, values);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  await openEveryDay(ds, shop.branch);
  await worksEveryDay(ds, shop.beautician, shop.branch);
  managerViewer = (await loadViewer(ds, shop.manager.id, 'session'))!;
  const plain = await aMemberGroup(ds, { discountPercent: 0 });
  cream = await aProduct(ds, { name: 'Moisturising cream', priceCents: 30_000 });
  await receive(ds, cream, shop.branch, 50);
  await receive(ds, cream, shop.otherBranch, 50);
  deepFacial = await aTreatment(ds, { code: 'AP03', name: 'Deep facial', priceCents: 120_000 });
  campaign = await aContactCampaign(ds, 'JUNEBIRTH');
  for (const name of ['treatment', 'product', 'voided', 'returned', 'nothing', 'unbooked', 'moved', 'cancelled', 'elsewhere']) {
    const member = await aMember(ds, shop.branch, plain);
    contacts.set(name, { member, cm: await aContactMember(ds, campaign, member, shop.salesperson) });
  }
  await setRule({
    invoiceThresholdCents: 50_000, productThresholdCents: 20_000, treatmentThresholdCents: 100_000,
    successRuleEnabled: true, successMetric: 'treatment' as ContactSettings['successMetric'], successThresholdCents: 100_000,
  });

  for (const name of ['treatment', 'product', 'voided', 'returned', 'nothing', 'moved', 'cancelled', 'elsewhere']) await book(name);
  await buy('treatment', [deepFacial]);
  await buy('treatment', [cream], { day: '2026-05-31' }); // the day before the visit: not counted
  await buy('product', [cream]);
  const voided = await buy('voided', [deepFacial]);
  await new InvoiceVoidService(ds, () => at(DAY, 16)).void(managerViewer, voided.id, 'wrong member');
  const returned = await buy('returned', [deepFacial, cream]);
  await returnLines(returned, 'TREATMENT');
  await buy('unbooked', [deepFacial]);
  await buy('moved', [deepFacial]);
  await buy('cancelled', [deepFacial]);
  await buy('elsewhere', [cream], { branchId: shop.otherBranch.id });

  const moved = contacts.get('moved')!;
  const appointment = await ds.getRepository('Appointment').findOneByOrFail({ id: moved.appointmentId }) as { version: number };
  await new BookingService(ds, morning).update(managerViewer, moved.appointmentId!, { startsAt: at('2026-06-02', 14), version: appointment.version });
  await new BookingService(ds, morning).cancel(managerViewer, contacts.get('cancelled')!.appointmentId!);
});

afterAll(async () => {
  await db.drop();
});

describe('same-day purchases from real invoices', () => {
  it('stores the booked day\'s issued invoices net of returns, any branch, and none for voids, other days or no booking', async () => {
    expect(await stored('treatment')).toEqual({ invoice: 120_000, product: 0, treatment: 120_000 });
    expect(await stored('product')).toEqual({ invoice: 30_000, product: 30_000, treatment: 0 });
    expect(await stored('voided')).toEqual({ invoice: null, product: null, treatment: null });
    expect(await stored('returned')).toEqual({ invoice: 30_000, product: 30_000, treatment: 0 });
    expect(await stored('nothing')).toEqual({ invoice: null, product: null, treatment: null });
    expect(await stored('unbooked')).toEqual({ invoice: null, product: null, treatment: null });
    expect(await stored('elsewhere')).toEqual({ invoice: 30_000, product: 30_000, treatment: 0 });
  });

  it('follows a moved visit to its new day and clears a cancelled booking', async () => {
    expect(await stored('moved')).toEqual({ invoice: null, product: null, treatment: null });
    expect(await stored('cancelled')).toEqual({ invoice: null, product: null, treatment: null });
    // Buying on the new day fills it again.
    await buy('moved', [cream], { day: '2026-06-02' });
    expect(await stored('moved')).toEqual({ invoice: 30_000, product: 30_000, treatment: 0 });
  });

  it('shows the purchase block: date, invoice numbers, items bought and not returned, amounts and 成功購買', async () => {
    const rows = new Map((await list(shop.manager)).map((n) => [Number(n.id), n]));
    const treatment = rows.get(contacts.get('treatment')!.cm.id)!;
    expect(treatment.successfulPurchase).toBe(true);
    expect(treatment.sameDayPurchase).toMatchObject({ date: DAY, invoiceCents: 120_000, productCents: 0, treatmentCents: 120_000, items: [{ kind: 'TREATMENT', code: 'AP03', quantity: 1 }] });
    expect(treatment.sameDayPurchase.invoices).toHaveLength(1);
    const returned = rows.get(contacts.get('returned')!.cm.id)!;
    expect(returned.successfulPurchase).toBe(false);
    expect(returned.sameDayPurchase).toMatchObject({ invoiceCents: 30_000, treatmentCents: 0, items: [{ kind: 'PRODUCT', code: cream.code, quantity: 1 }] });
    expect(rows.get(contacts.get('voided')!.cm.id)!).toMatchObject({ successfulPurchase: false, sameDayPurchase: null });
  });

  it('shows a salesperson without sales.view the amounts but not the invoices', async () => {
    const rows = await list(shop.salesperson);
    const treatment = rows.find((n) => Number(n.id) === contacts.get('treatment')!.cm.id)!;
    expect(treatment.sameDayPurchase).toMatchObject({ invoiceCents: 120_000, invoices: [], items: [] });
  });
});

describe('預約即日開發票 filters', () => {
  it.each([
    ['INVOICE_POSITIVE', ['elsewhere', 'moved', 'product', 'returned', 'treatment']],
    ['PRODUCT_POSITIVE', ['elsewhere', 'moved', 'product', 'returned']],
    ['TREATMENT_POSITIVE', ['treatment']],
    ['INVOICE_AT_LEAST', ['treatment']],
    ['PRODUCT_AT_LEAST', ['elsewhere', 'moved', 'product', 'returned']],
    ['TREATMENT_AT_LEAST', ['treatment']],
    ['NO_INVOICE', ['cancelled', 'nothing', 'unbooked', 'voided']],
  ])('%s', async (option, expected) => {
    expect(await namesMatching({ sameDayInvoice: option })).toEqual(expected);
  });
});

describe('成功購買 filter and rule', () => {
  afterEach(() => setRule({ successRuleEnabled: true, successMetric: 'treatment' as ContactSettings['successMetric'], successThresholdCents: 100_000 }));

  it('Y is the booked contacts whose treatment amount reaches $1,000; N is everyone else', async () => {
    expect(await namesMatching({ successfulPurchase: true })).toEqual(['treatment']);
    expect(await namesMatching({ successfulPurchase: false })).toEqual(['cancelled', 'elsewhere', 'moved', 'nothing', 'product', 'returned', 'unbooked', 'voided']);
  });

  it('follows the rule\'s metric and threshold', async () => {
    await setRule({ successMetric: 'invoice' as ContactSettings['successMetric'], successThresholdCents: 30_000 });
    expect(await namesMatching({ successfulPurchase: true })).toEqual(['elsewhere', 'moved', 'product', 'returned', 'treatment']);
    await setRule({ successMetric: 'product' as ContactSettings['successMetric'], successThresholdCents: 30_001 });
    expect(await namesMatching({ successfulPurchase: true })).toEqual([]);
  });

  it('with the rule off shows no Y/N and Y matches none', async () => {
    await setRule({ successRuleEnabled: false });
    expect(await namesMatching({ successfulPurchase: true })).toEqual([]);
    expect((await list(shop.manager)).every((n) => n.successfulPurchase === null)).toBe(true);
  });

  it('a return turns Y back to N', async () => {
    const invoice = await buy('nothing', [deepFacial]);
    expect(await namesMatching({ successfulPurchase: true })).toEqual(['nothing', 'treatment']);
    await returnLines(invoice, 'TREATMENT');
    expect(await namesMatching({ successfulPurchase: true })).toEqual(['treatment']);
    expect(await stored('nothing')).toEqual({ invoice: 0, product: 0, treatment: 0 });
  });
});
