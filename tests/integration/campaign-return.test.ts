/**
 * 活動回報 (what a campaign's contacted members bought within N days after a contact) and
 * 會員消費排名 (members by net sales over a period), through the real GraphQL route on SQLite and
 * (with TEST_DATABASE_URL) MariaDB, from invoices, voids and returns made through the real
 * checkout, void and return services: the window's edges, returns taken off, voids left out, the
 * contact range, the drill-through to the invoices, ranks with ties across pages, and who may ask.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as campaignReturnExport } from '../../app/api/reports/sales/campaign-return/export/route';
import { GET as rankingExport } from '../../app/api/reports/sales/ranking/export/route';
import { useDataSource } from '../../db/data-source';
import { InvoiceLine, type Campaign, type CampaignMember, type Invoice, type Member, type Product, type Staff, type Treatment } from '../../entities';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { CheckoutService } from '../../services/sales/checkout.service';
import { InvoiceVoidService } from '../../services/sales/invoice-void.service';
import { SalesReturnService } from '../../services/sales/sales-return.service';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember } from '../helpers/contact-list-fixtures';
import { aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment } from './appointment-booking.fixtures';
import { aProduct, aShop, newKey, receive, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let june: Campaign;
let may: Campaign;
let managerViewer: Viewer;
let mayCaller: Staff;
let cream: Product; // $300
let facial: Treatment; // $1,200
const members = new Map<string, Member>();
const places = new Map<string, CampaignMember>();
const invoices = new Map<string, Invoice>();

/** A Hong Kong wall-clock time as an instant. */
const hk = (day: string, hour: number) => new Date(`${day}T${String(hour - 8).padStart(2, '0')}:00:00Z`);

async function buy(key: string, who: string, when: Date, items: Array<Product | Treatment>): Promise<Invoice> {
  const service = new CheckoutService(ds, () => when);
  const draft = {
    branchId: shop.branch.id,
    memberId: members.get(who)!.id,
    lines: items.map((item) => ({ kind: 'durationMinutes' in item ? 'TREATMENT' as const : 'PRODUCT' as const, itemId: item.id, quantity: 1, staffId: shop.beautician.id })),
  };
  const priced = await service.quote(managerViewer, draft);
  const invoice = await service.checkout(managerViewer, { ...draft, idempotencyKey: newKey(), payments: [{ tenderTypeId: shop.cash.id, amountCents: priced.totals.totalCents }] });
  invoices.set(key, invoice);
  return invoice;
}

async function returnKind(invoice: Invoice, kind: 'PRODUCT' | 'TREATMENT'): Promise<void> {
  const lines = await ds.getRepository(InvoiceLine).findBy({ invoiceId: invoice.id, kind: kind as InvoiceLine['kind'] });
  await new SalesReturnService(ds).returnSale(managerViewer, {
    idempotencyKey: newKey(), invoiceId: invoice.id, lines: lines.map((l) => ({ invoiceLineId: l.id, quantity: l.quantity })), refundTenderTypeId: shop.cash.id, reason: 'changed her mind',
  });
}

type Figures = { invoices: number; buyers: number; grossCents: number; returnedCents: number; netCents: number };
const FIGURES = 'invoices buyers grossCents returnedCents netCents';
const RETURN = `query($days: Int!, $filter: ReportFilterInput) { campaignReturn(daysAfterContact: $days, filter: $filter) {
  days totals { ${FIGURES} } ranBy { login } filter { campaigns { code } }
  rows(first: 100) { nodes { campaign { code } ${FIGURES} } totalCount }
} }`;
const DRILL = `query($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $after: String) {
  campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: 1, after: $after) {
    nodes { number totalCents member { memberNo } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const RANKING = `query($filter: SalesStatisticsFilter, $first: Int, $after: String) { memberSalesRanking(filter: $filter, first: $first, after: $after) {
  nodes { rank member { memberNo } ${FIGURES} } pageInfo { hasNextPage endCursor } totalCount
} }`;

async function ask(staff: Staff, query: string, variables: Record<string, unknown>, locale = 'en') {
  return gql(query, variables, { cookie: await sessionCookieFor(staff), locale });
}

async function report(days: number, filter: Record<string, unknown> = {}, staff: Staff = shop.manager) {
  const res = await ask(staff, RETURN, { days, filter: { campaignIds: [String(june.id), String(may.id)], ...filter } });
  expect(res.body.errors).toBeUndefined();
  const result = res.body.data!.campaignReturn as { days: number; totals: Figures; rows: { nodes: Array<Figures & { campaign: { code: string } }>; totalCount: number } };
  return { totals: result.totals, rows: Object.fromEntries(result.rows.nodes.map(({ campaign, ...figures }) => [campaign.code, figures])) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  managerViewer = (await loadViewer(ds, shop.manager.id, 'session'))!;
  mayCaller = await aStaff(ds, shop.branch, [StaffRole.SALESPERSON]);
  const plain = await aMemberGroup(ds, { discountPercent: 0 });
  cream = await aProduct(ds, { name: 'Cream', priceCents: 30_000 });
  await receive(ds, cream, shop.branch, 50);
  facial = await aTreatment(ds, { code: 'AP03', name: 'Deep facial', priceCents: 120_000 });
  june = await aContactCampaign(ds, 'JUNEBIRTH');
  may = await aContactCampaign(ds, 'MAYBIRTH');
  for (const name of ['A', 'B', 'C', 'D', 'E']) members.set(name, await aMember(ds, shop.branch, plain, { memberNo: `R-${name}` }));
  for (const name of ['A', 'B', 'C', 'D']) places.set(`june-${name}`, await aContactMember(ds, june, members.get(name)!, shop.salesperson));
  places.set('may-A', await aContactMember(ds, may, members.get('A')!, mayCaller));
  // June's calls on 1 June (D is never called); May's call to A on 2 June.
  for (const name of ['A', 'B', 'C']) await aContactLog(ds, places.get(`june-${name}`)!, { at: hk('2026-06-01', 10).toISOString(), by: shop.salesperson });
  await aContactLog(ds, places.get('may-A')!, { at: hk('2026-06-02', 10).toISOString(), by: mayCaller });

  await buy('A-before', 'A', hk('2026-05-31', 15), [cream]); // before any call
  await buy('A-day2', 'A', hk('2026-06-03', 15), [facial]); // 2 days after June's call, 1 after May's
  await buy('A-day19', 'A', hk('2026-06-20', 15), [cream]); // 19 days after June's call
  const b = await buy('B-day4', 'B', hk('2026-06-05', 15), [facial, cream]);
  await returnKind(b, 'PRODUCT'); // $300 back
  const c = await buy('C-voided', 'C', hk('2026-06-02', 15), [facial]);
  await new InvoiceVoidService(ds, () => hk('2026-06-02', 16)).void(managerViewer, c.id, 'wrong member');
  await buy('D-uncalled', 'D', hk('2026-06-02', 15), [facial]);
  await buy('E-walk', 'E', hk('2026-06-10', 15), [facial, cream]);
});

afterAll(async () => {
  await db.drop();
});

describe('活動回報', () => {
  it('sums per campaign the issued invoices within N days after a contact, returns taken off, voids and uncalled members left out', async () => {
    const week = await report(7);
    expect(week.rows).toEqual({
      JUNEBIRTH: { invoices: 2, buyers: 2, grossCents: 270_000, returnedCents: 30_000, netCents: 240_000 },
      MAYBIRTH: { invoices: 1, buyers: 1, grossCents: 120_000, returnedCents: 0, netCents: 120_000 },
    });
    expect(week.totals).toEqual({ invoices: 3, buyers: 3, grossCents: 390_000, returnedCents: 30_000, netCents: 360_000 });
  });

  it('widens with the window: a sale 19 days after the call counts within 30 days, not within 7', async () => {
    const month = await report(30);
    expect(month.rows.JUNEBIRTH).toEqual({ invoices: 3, buyers: 2, grossCents: 300_000, returnedCents: 30_000, netCents: 270_000 });
    expect(month.rows.MAYBIRTH).toEqual({ invoices: 2, buyers: 1, grossCents: 150_000, returnedCents: 0, netCents: 150_000 });
    expect((await report(1)).rows).toEqual({});
  });

  it('counts only sales after contacts in the contact range', async () => {
    const fromSecond = await report(7, { contactedFrom: '2026-06-02' });
    expect(Object.keys(fromSecond.rows)).toEqual(['MAYBIRTH']);
  });

  it('opens the invoices behind a row, newest first, a page at a time', async () => {
    const numbers: string[] = [];
    let after: string | null = null;
    do {
      const res = await ask(shop.manager, DRILL, { campaignId: String(june.id), days: 7, after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data!.campaignReturnInvoices;
      expect(page.totalCount).toBe(2);
      numbers.push(...page.nodes.map((n: { number: string }) => n.number));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(numbers).toEqual([invoices.get('B-day4')!.number, invoices.get('A-day2')!.number]);
  });

  it('refuses a window outside 1–366 days, naming the field, and callers without reports.sales', async () => {
    const res = await ask(shop.manager, RETURN, { days: 0 });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0].extensions?.field).toBe('daysAfterContact');
    const zh = await ask(shop.manager, RETURN, { days: 400 }, 'zh-HK');
    expect(zh.body.errors?.[0].message).toContain('366');
    expect((await ask(shop.salesperson, RETURN, { days: 7 })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ask(shop.cashier, RANKING, {})).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('會員消費排名', () => {
  const ranking = async (filter: Record<string, unknown>, first = 10, after?: string) => {
    const res = await ask(shop.manager, RANKING, { filter, first, after });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.memberSalesRanking as { nodes: Array<Figures & { rank: number; member: { memberNo: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number };
  };

  it('ranks members by net sales over the period, voids left out, returns taken off, ties sharing a rank across pages', async () => {
    const june = { from: '2026-06-01', to: '2026-06-30' };
    const all = await ranking(june);
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((n) => [n.rank, n.member.memberNo, n.netCents])).toEqual([
      // E $1,500; A $1,500 ($1,200 + $300); B $1,500 less the $300 cream returned; D $1,200.
      [1, 'R-A', 150_000], [1, 'R-E', 150_000], [3, 'R-B', 120_000], [3, 'R-D', 120_000],
    ]);
    expect(all.nodes[2]).toMatchObject({ invoices: 1, grossCents: 150_000, returnedCents: 30_000 });

    const paged: Array<[number, string]> = [];
    let after: string | undefined;
    do {
      const page = await ranking(june, 1, after);
      paged.push(...page.nodes.map((n) => [n.rank, n.member.memberNo] as [number, string]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(paged).toEqual(all.nodes.map((n) => [n.rank, n.member.memberNo]));
  });

  it('keeps to the period and the branches asked for', async () => {
    const may = await ranking({ from: '2026-05-01', to: '2026-05-31' });
    expect(may.nodes.map((n) => [n.rank, n.member.memberNo, n.netCents])).toEqual([[1, 'R-A', 30_000]]);
    expect((await ranking({ from: '2026-06-01', to: '2026-06-30', branchIds: [String(shop.otherBranch.id)] })).totalCount).toBe(0);
  });
});

describe('the Excel downloads', () => {
  async function download(get: (req: NextRequest) => Promise<Response>, path: string, query: Record<string, string | string[]>, staff: Staff = shop.manager) {
    const url = new URL(`http://localhost${path}`);
    for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) url.searchParams.append(key, v);
    return get(new NextRequest(url, { headers: { cookie: await sessionCookieFor(staff) } }));
  }
  async function workbookOf(response: Response) {
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook;
  }
  const values = (sheet: ExcelJS.Worksheet, n: number) => Array.from((sheet.getRow(n).values as unknown[]).slice(1), (v) => v ?? null);

  it('writes 活動回報\'s campaigns and totals, then the invoices behind them, in dollars', async () => {
    const filter = JSON.stringify({ campaignIds: [String(june.id), String(may.id)] });
    const workbook = await workbookOf(await download(campaignReturnExport, '/api/reports/sales/campaign-return/export', { days: '7', filter, locale: 'zh-HK' }));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['活動', '發票']);
    const [campaigns, lines] = workbook.worksheets;
    expect(campaigns.getCell('A1').value).toBe('活動回報');
    const header = 8;
    expect(values(campaigns, header)).toEqual(['活動編號', '活動名稱', '發票數目', '購買會員', '發票金額', '退貨金額', '淨銷售額']);
    expect(values(campaigns, header + 1)).toEqual(['JUNEBIRTH', 'Campaign JUNEBIRTH', 2, 2, 2700, 300, 2400]);
    expect(values(campaigns, header + 2)).toEqual(['MAYBIRTH', 'Campaign MAYBIRTH', 1, 1, 1200, 0, 1200]);
    expect(values(campaigns, header + 3)).toEqual(['總數', null, 3, 3, 3900, 300, 3600]);
    expect(campaigns.getRow(header + 1).getCell(5).numFmt).toBe('#,##0.00');
    expect([header + 1, header + 2, header + 3].map((r) => lines.getRow(r).getCell(2).value)).toEqual([
      invoices.get('B-day4')!.number, invoices.get('A-day2')!.number, invoices.get('A-day2')!.number,
    ]);
    expect(values(lines, header + 1).slice(-3)).toEqual([1500, 300, 1200]);
  });

  it('writes every ranked member, and refuses a bad window or a caller without reports.sales', async () => {
    const workbook = await workbookOf(await download(rankingExport, '/api/reports/sales/ranking/export', { from: '2026-06-01', to: '2026-06-30', locale: 'en' }));
    const sheet = workbook.worksheets[0];
    expect(values(sheet, 6)).toEqual(['Rank', 'Member no.', 'Member name', 'Invoices', 'Invoiced', 'Returned', 'Net sales']);
    expect([7, 8, 9, 10].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(2).value, sheet.getRow(r).getCell(7).value])).toEqual([
      [1, 'R-A', 1500], [1, 'R-E', 1500], [3, 'R-B', 1200], [3, 'R-D', 1200],
    ]);
    const bad = await download(campaignReturnExport, '/api/reports/sales/campaign-return/export', { days: '0', locale: 'en' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'daysAfterContact', message: expect.stringContaining('days after contact') });
    expect((await download(rankingExport, '/api/reports/sales/ranking/export', {}, shop.salesperson)).status).toBe(403);
  });
});
