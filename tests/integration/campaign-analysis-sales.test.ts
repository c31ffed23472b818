/**
 * 聯絡活動分析's successful purchases (成功購買) and same-day sales, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB, from invoices, voids and returns made through the real checkout,
 * void and return services on contacts booked through the booking service: every view (campaign,
 * branch, salesperson, member) and its totals, the rule on, off and on another metric, what a
 * salesperson may see, and the Excel export's columns.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET } from '../../app/api/reports/campaign-analysis/export/route';
import { useDataSource } from '../../db/data-source';
import { ContactSettings, InvoiceLine, type Campaign, type CampaignMember, type Invoice, type Member, type Product, type Staff, type Treatment } from '../../entities';
import { BookingService } from '../../services/appointments/booking.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { CheckoutService } from '../../services/sales/checkout.service';
import { InvoiceVoidService } from '../../services/sales/invoice-void.service';
import { SalesReturnService } from '../../services/sales/sales-return.service';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactMember } from '../helpers/contact-list-fixtures';
import { aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, openEveryDay, worksEveryDay } from './appointment-booking.fixtures';
import { aProduct, aShop, newKey, receive, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let june: Campaign;
let may: Campaign;
let tstSalesperson: Staff;
let managerViewer: Viewer;
let cream: Product; // $300, no tax
let deepFacial: Treatment; // $1,200
const contacts = new Map<string, { member: Member; cm: CampaignMember; appointmentId?: number }>();
const invoices = new Map<string, Invoice>();

// The booked day, in Hong Kong: the clock stands at 09:00 that morning, the visits follow from 10:00.
const DAY = '2026-06-01';
const at = (day: string, hkHour: number, minute = 0) => new Date(`${day}T${String(hkHour - 8).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
const morning = () => at(DAY, 9);

let slot = 0;

async function book(name: string): Promise<void> {
  const entry = contacts.get(name)!;
  const startsAt = at(DAY, 10 + Math.floor(slot / 2), (slot % 2) * 30);
  slot += 1;
  const appointment = await new BookingService(ds, morning).book(managerViewer, {
    memberId: entry.member.id, branchId: shop.branch.id, beauticianId: shop.beautician.id, startsAt, minutes: 30, contactMemberId: entry.cm.id,
  });
  entry.appointmentId = appointment.id;
}

async function buy(name: string, items: Array<Product | Treatment>): Promise<Invoice> {
  const service = new CheckoutService(ds, () => at(DAY, 15));
  const draft = {
    branchId: shop.branch.id,
    memberId: contacts.get(name)!.member.id,
    lines: items.map((item) => ({ kind: 'durationMinutes' in item ? 'TREATMENT' as const : 'PRODUCT' as const, itemId: item.id, quantity: 1, staffId: shop.beautician.id })),
  };
  const priced = await service.quote(managerViewer, draft);
  const invoice = await service.checkout(managerViewer, { ...draft, idempotencyKey: newKey(), payments: [{ tenderTypeId: shop.cash.id, amountCents: priced.totals.totalCents }] });
  invoices.set(name, invoice);
  return invoice;
}

async function returnLines(invoice: Invoice, kind: 'PRODUCT' | 'TREATMENT'): Promise<void> {
  const lines = await ds.getRepository(InvoiceLine).findBy({ invoiceId: invoice.id, kind: kind as InvoiceLine['kind'] });
  await new SalesReturnService(ds).returnSale(managerViewer, {
    idempotencyKey: newKey(), invoiceId: invoice.id, lines: lines.map((l) => ({ invoiceLineId: l.id, quantity: l.quantity })), refundTenderTypeId: shop.cash.id, reason: 'changed her mind',
  });
}

const setRule = (values: Partial<ContactSettings>) => ds.getRepository(ContactSettings).update({ id: 1 }, values);
const treatmentRule = () => setRule({ successRuleEnabled: true, successMetric: 'treatment' as ContactSettings['successMetric'], successThresholdCents: 100_000 });

type View = 'CAMPAIGN' | 'BRANCH' | 'SALESPERSON' | 'MEMBER';
type Sales = { bookedContacts: number; successful: number | null; successRatio: number | null; invoiceCents: number; productCents: number; treatmentCents: number };
type Analysis = {
  successRule: { enabled: boolean; metric: string; thresholdCents: number };
  totals: { sales: Sales };
  rows: { nodes: Array<{ code: string; sales: Sales }>; totalCount: number };
};

const SALES = 'sales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }';
const ANALYSIS = `query($view: CampaignAnalysisView!, $filter: ReportFilterInput) { campaignAnalysis(view: $view, filter: $filter) {
  successRule { enabled metric thresholdCents }
  totals { ${SALES} }
  rows(first: 100) { nodes { code ${SALES} } totalCount }
} }`;

async function analysis(staff: Staff, view: View): Promise<Analysis> {
  const res = await gql(ANALYSIS, { view, filter: { campaignIds: [String(june.id), String(may.id)] } }, { cookie: await sessionCookieFor(staff) });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.campaignAnalysis as Analysis;
}

const byCode = (result: Analysis) => Object.fromEntries(result.rows.nodes.map((r) => [r.code, r.sales]));

// What each booked contact bought on its visit's day, net of voids and returns (cents).
// June (salesperson at TKO): treatment $1,200 ✓; product $300; voided (nothing left); returned
// treatment+cream with the treatment brought back ($300 left); booked and bought nothing. The
// unbooked contact's purchase and the cancelled booking's do not count.
// May (salesperson at TST): treatment $1,200 ✓ + cream $300.
const JUNE: Sales = { bookedContacts: 5, successful: 1, successRatio: 0.2, invoiceCents: 180_000, productCents: 60_000, treatmentCents: 120_000 };
const MAY: Sales = { bookedContacts: 1, successful: 1, successRatio: 1, invoiceCents: 150_000, productCents: 30_000, treatmentCents: 120_000 };
const TOTAL: Sales = { bookedContacts: 6, successful: 2, successRatio: 0.3333, invoiceCents: 330_000, productCents: 90_000, treatmentCents: 240_000 };

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  await openEveryDay(ds, shop.branch);
  await worksEveryDay(ds, shop.beautician, shop.branch);
  managerViewer = (await loadViewer(ds, shop.manager.id, 'session'))!;
  tstSalesperson = await aStaff(ds, shop.otherBranch, [StaffRole.SALESPERSON]);
  const plain = await aMemberGroup(ds, { discountPercent: 0 });
  cream = await aProduct(ds, { name: 'Moisturising cream', priceCents: 30_000 });
  await receive(ds, cream, shop.branch, 50);
  deepFacial = await aTreatment(ds, { code: 'AP03', name: 'Deep facial', priceCents: 120_000 });
  june = await aContactCampaign(ds, 'JUNEBIRTH');
  may = await aContactCampaign(ds, 'MAYBIRTH');
  for (const name of ['treatment', 'product', 'voided', 'returned', 'nothing', 'unbooked', 'cancelled']) {
    const member = await aMember(ds, shop.branch, plain, { memberNo: `J-${name}` });
    contacts.set(name, { member, cm: await aContactMember(ds, june, member, shop.salesperson) });
  }
  const mayMember = await aMember(ds, shop.branch, plain, { memberNo: 'M-both' });
  contacts.set('both', { member: mayMember, cm: await aContactMember(ds, may, mayMember, tstSalesperson) });
  await treatmentRule();

  for (const name of ['treatment', 'product', 'voided', 'returned', 'nothing', 'cancelled', 'both']) await book(name);
  await buy('treatment', [deepFacial]);
  await buy('product', [cream]);
  const voided = await buy('voided', [deepFacial]);
  await new InvoiceVoidService(ds, () => at(DAY, 16)).void(managerViewer, voided.id, 'wrong member');
  const returned = await buy('returned', [deepFacial, cream]);
  await returnLines(returned, 'TREATMENT');
  await buy('unbooked', [deepFacial]);
  await buy('cancelled', [deepFacial]);
  await new BookingService(ds, morning).cancel(managerViewer, contacts.get('cancelled')!.appointmentId!);
  await buy('both', [deepFacial, cream]);
});

afterAll(async () => {
  await db.drop();
});

describe('successful purchases and same-day sales in the campaign analysis', () => {
  it('gives each campaign its booked contacts\' success count, ratio over the booked contacts, and same-day amounts net of voids and returns', async () => {
    const result = await analysis(shop.manager, 'CAMPAIGN');
    expect(result.successRule).toEqual({ enabled: true, metric: 'TREATMENT', thresholdCents: 100_000 });
    expect(byCode(result)).toEqual({ JUNEBIRTH: JUNE, MAYBIRTH: MAY });
    expect(result.totals.sales).toEqual(TOTAL);
  });

  it('groups the same figures by the salesperson\'s branch and by salesperson', async () => {
    const branches = await analysis(shop.manager, 'BRANCH');
    expect(byCode(branches)).toEqual({ [shop.branch.code]: JUNE, [shop.otherBranch.code]: MAY });
    expect(branches.totals.sales).toEqual(TOTAL);
    const people = await analysis(shop.manager, 'SALESPERSON');
    expect(byCode(people)).toEqual({ [shop.salesperson.code]: JUNE, [tstSalesperson.code]: MAY });
    expect(people.totals.sales).toEqual(TOTAL);
  });

  it('gives each member their own figures; unbooked and cancelled contacts count nothing', async () => {
    const members = await analysis(shop.manager, 'MEMBER');
    const none = { bookedContacts: 0, successful: 0, successRatio: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 };
    const one = (s: Partial<Sales>) => ({ ...none, bookedContacts: 1, ...s });
    expect(byCode(members)).toEqual({
      'J-treatment': one({ successful: 1, successRatio: 1, invoiceCents: 120_000, treatmentCents: 120_000 }),
      'J-product': one({ invoiceCents: 30_000, productCents: 30_000 }),
      'J-voided': one({}),
      'J-returned': one({ invoiceCents: 30_000, productCents: 30_000 }),
      'J-nothing': one({}),
      'J-unbooked': none,
      'J-cancelled': none,
      'M-both': MAY,
    });
    expect(members.totals.sales).toEqual(TOTAL);
  });

  it('withholds success while the rule is off, and follows another metric and threshold', async () => {
    try {
      await setRule({ successRuleEnabled: false });
      const off = await analysis(shop.manager, 'CAMPAIGN');
      expect(off.successRule.enabled).toBe(false);
      expect(byCode(off).JUNEBIRTH).toEqual({ ...JUNE, successful: null, successRatio: null });
      expect(off.totals.sales).toEqual({ ...TOTAL, successful: null, successRatio: null });

      // Same-day invoice ≥ $300: treatment, product and returned in June; May's $1,500.
      await setRule({ successRuleEnabled: true, successMetric: 'invoice' as ContactSettings['successMetric'], successThresholdCents: 30_000 });
      const invoice = await analysis(shop.manager, 'SALESPERSON');
      expect(byCode(invoice)[shop.salesperson.code]).toEqual({ ...JUNE, successful: 3, successRatio: 0.6 });
      expect(invoice.totals.sales).toEqual({ ...TOTAL, successful: 4, successRatio: 0.6667 });
    } finally {
      await treatmentRule();
    }
  });

  it('counts only the contacts a salesperson may see', async () => {
    const mine = await analysis(shop.salesperson, 'CAMPAIGN');
    expect(byCode(mine)).toEqual({ JUNEBIRTH: JUNE });
    expect(mine.totals.sales).toEqual({ ...JUNE });
  });

  it('writes the success and amount columns to Excel, in dollars, as the screen shows them', async () => {
    const url = new URL('http://localhost/api/reports/campaign-analysis/export');
    url.searchParams.set('views', 'CAMPAIGN');
    url.searchParams.set('filter', JSON.stringify({ campaignIds: [String(june.id), String(may.id)] }));
    url.searchParams.set('locale', 'zh-HK');
    const response = await GET(new NextRequest(url, { headers: { cookie: await sessionCookieFor(shop.manager) } }));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const HEADER_ROW = 11;
    const header = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1) as string[];
    const figures = (row: number) => ['成功購買 數目', '成功購買 比率', '發票金額', '產品金額', '護理金額'].map((h) => sheet.getRow(row).getCell(header.indexOf(h) + 1).value);
    expect(sheet.getRow(HEADER_ROW + 1).getCell(1).value).toBe('JUNEBIRTH');
    expect(figures(HEADER_ROW + 1)).toEqual([1, 0.2, 1800, 600, 1200]);
    expect(figures(HEADER_ROW + 2)).toEqual([1, 1, 1500, 300, 1200]);
    expect(figures(HEADER_ROW + 3)).toEqual([2, 0.3333, 3300, 900, 2400]);
    expect(sheet.getRow(HEADER_ROW + 1).getCell(header.indexOf('發票金額') + 1).numFmt).toBe('#,##0.00');
  });
});

describe('when a sale changes afterwards', () => {
  it('turns the successful purchase back when the treatment is returned, and when an invoice is voided', async () => {
    await returnLines(invoices.get('treatment')!, 'TREATMENT');
    let result = await analysis(shop.manager, 'CAMPAIGN');
    expect(byCode(result).JUNEBIRTH).toEqual({ ...JUNE, successful: 0, successRatio: 0, invoiceCents: 60_000, treatmentCents: 0 });

    await new InvoiceVoidService(ds, () => at(DAY, 17)).void(managerViewer, invoices.get('both')!.id, 'wrong member');
    result = await analysis(shop.manager, 'CAMPAIGN');
    expect(byCode(result).MAYBIRTH).toEqual({ bookedContacts: 1, successful: 0, successRatio: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 });
    expect(result.totals.sales).toEqual({ bookedContacts: 6, successful: 0, successRatio: 0, invoiceCents: 60_000, productCents: 60_000, treatmentCents: 0 });
  });
});
