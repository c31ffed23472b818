/**
 * 統計分析 through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL) MariaDB: every
 * grouping's rows and totals over invoices with a void (left out), a recycle-bin member's invoice
 * (left out) and returns made by the return service (taken off on the invoice's date), the viewer's scope, and each number opening the
 * invoice list on exactly the invoices it was summed from.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportRoute } from '../../app/api/reports/sales/export/route';
import { useDataSource } from '../../db/data-source';
import { ProductCategory, type Branch, type Department, type Member, type Product, type Staff, type TenderType, type Treatment } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLine, InvoiceLineKind } from '../../entities/invoice-line.entity';
import { salesDrillHref, type SalesGroupingName } from '../../components/reports/sales/sales-drill';
import { filterFromForm, formFromParams } from '../../components/sales/invoices/invoice-filter-params';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aDepartment, aTenderType, anInvoice } from '../helpers/sales-fixtures';
import { aProduct, setStock } from '../helpers/sales-return-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment } from './appointment-booking.fixtures';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let tkoManager: Staff;
let salesperson: Staff;
let b1: Staff;
let b2: Staff;
let tstMember: Member;
let cash: TenderType;
let card: TenderType;
let skin: Department;
let body: Department;
let catA: ProductCategory;
let serum: Product;
let mask: Product;
let facial: Treatment;
const cookies = new Map<number, string>();

const STATS = `query($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {
  salesStatistics(grouping: $grouping, filter: $filter) {
    grouping from to branchIds
    totals { netCents grossCents returnedCents invoiceCount quantity }
    rows(first: $first, after: $after) { nodes { key label netCents grossCents returnedCents invoiceCount quantity from to } pageInfo { hasNextPage endCursor } totalCount }
  }
}`;
const LIST = 'query($filter: InvoiceFilter) { invoices(filter: $filter, first: 100) { totalCount nodes { number } } }';
const RETURN = 'mutation($input: ReturnSaleInput!) { returnSale(input: $input) { id totalCents } }';
const PERIOD = { from: '2030-01-01', to: '2030-02-28' };

async function call(staff: Staff, query: string, variables: Record<string, unknown>) {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale: 'en' })).body;
}

type Row = { key: string; label: string; netCents: number; grossCents: number; returnedCents: number; invoiceCount: number; quantity: number; from: string | null; to: string | null };
type Stats = { grouping: string; from: string; to: string; branchIds: string[]; totals: Omit<Row, 'key' | 'label' | 'from' | 'to'>; rows: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };

async function stats(staff: Staff, grouping: SalesGroupingName, filter: Record<string, unknown> | null = PERIOD, first = 100): Promise<Stats> {
  const body = await call(staff, STATS, { grouping, filter, first });
  expect(body.errors).toBeUndefined();
  return body.data!.salesStatistics as Stats;
}

/** key → [gross, returned, net, invoices, quantity] */
const figures = (s: Stats) => Object.fromEntries(s.rows.nodes.map((r) => [r.key, [r.grossCents, r.returnedCents, r.netCents, r.invoiceCount, r.quantity]]));

async function returnUnits(invoiceId: number, lineCode: string, quantity: number, by: TenderType) {
  const line = await ds.getRepository(InvoiceLine).findOneByOrFail({ invoiceId, code: lineCode });
  const body = await call(manager, RETURN, {
    input: { idempotencyKey: `stats-${invoiceId}-${lineCode}`, invoiceId: String(invoiceId), lines: [{ invoiceLineId: String(line.id), quantity }], refundTenderTypeId: String(by.id) },
  });
  expect(body.errors).toBeUndefined();
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'STK', name: 'Tseung Kwan O' });
  tst = await aBranch(ds, { code: 'STS', name: 'Tsim Sha Tsui' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  tkoManager = await aStaff(ds, tko, [StaffRole.MANAGER], { memberReach: MemberReach.OWN_BRANCH });
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  b1 = await aStaff(ds, tko, [StaffRole.BEAUTICIAN]);
  b2 = await aStaff(ds, tst, [StaffRole.BEAUTICIAN]);
  tstMember = await aMember(ds, tst, group);
  [cash, card] = await Promise.all([aTenderType(ds, 'CASH'), aTenderType(ds, 'CARD')]);
  skin = await aDepartment(ds, { code: 'SKIN', name: 'Skin' });
  body = await aDepartment(ds, { code: 'BODY', name: 'Body' });
  catA = await ds.getRepository(ProductCategory).save({ code: 'CATA', name: 'Serums', sortOrder: 1 });
  serum = await aProduct(ds, { code: 'SER', name: 'Serum', categoryId: catA.id, departmentId: skin.id });
  mask = await aProduct(ds, { code: 'MSK', name: 'Mask', departmentId: body.id });
  facial = await aTreatment(ds, { code: 'FAC', name: 'Facial', priceCents: 48_000, departmentId: skin.id });
  for (const branch of [tko, tst]) for (const product of [serum, mask]) await setStock(ds, product, branch, 10);

  const serumLine = (quantity: number, unitPriceCents: number, staff: Staff) => ({ productId: serum.id, code: 'SER', quantity, unitPriceCents, staff, department: skin });
  const maskLine = (unitPriceCents: number, staff: Staff) => ({ productId: mask.id, code: 'MSK', quantity: 1, unitPriceCents, staff, department: body });
  const facialLine = (unitPriceCents: number, staff: Staff) => ({ kind: InvoiceLineKind.TREATMENT, treatmentId: facial.id, code: 'FAC', quantity: 1, unitPriceCents, staff, department: skin });
  const cashier = manager;
  // A: Sunday of ISO week 2030-W01, two serums (one returned later, by cash) and a facial, by card.
  const a = await anInvoice(ds, { branch: tko, cashier, businessDate: '2030-01-06', lines: [serumLine(2, 10_000, b1), facialLine(48_000, b2)], payments: [{ tender: card, amountCents: 68_000 }] });
  // B: Monday of W02, a mask, cash.
  await anInvoice(ds, { branch: tko, cashier, businessDate: '2030-01-07', lines: [maskLine(2_000, b1)], payments: [{ tender: cash, amountCents: 2_000 }] });
  // E: at TKO for a TST member (out of a TKO-only viewer's scope), a facial, cash.
  await anInvoice(ds, { branch: tko, cashier, member: tstMember, businessDate: '2030-01-08', lines: [facialLine(5_000, b1)], payments: [{ tender: cash, amountCents: 5_000 }] });
  // C: TST in February, a serum paid half cash half card, returned in full by cash.
  const c = await anInvoice(ds, {
    branch: tst, cashier, businessDate: '2030-02-03', lines: [serumLine(1, 10_000, b2)],
    payments: [{ tender: cash, amountCents: 5_000 }, { tender: card, amountCents: 5_000 }],
  });
  // For a member in the recycle bin: nobody's statistics include it.
  const binMember = await aMember(ds, tko, group, { deletedAt: new Date() });
  await anInvoice(ds, { branch: tko, cashier, member: binMember, businessDate: '2030-01-07', lines: [facialLine(7_000, b1)], payments: [{ tender: card, amountCents: 7_000 }] });
  // Voided: counts for nothing.
  await anInvoice(ds, { branch: tko, cashier, businessDate: '2030-01-07', status: InvoiceStatus.VOIDED, lines: [serumLine(1, 99_000, b1)] });
  // Before the period, in the same ISO week as A.
  await anInvoice(ds, { branch: tko, cashier, businessDate: '2029-12-31', lines: [serumLine(1, 1_000, b1)] });
  await returnUnits(a.id, 'SER', 1, cash);
  await returnUnits(c.id, 'SER', 1, cash);
});

afterAll(() => db.drop());

describe('salesStatistics: every grouping, voids left out, returns taken off', () => {
  it('by month and by week: every bucket of the period, clipped to it', async () => {
    const month = await stats(manager, 'MONTH');
    expect(month.rows.nodes.map((r) => [r.key, r.from, r.to, r.grossCents, r.returnedCents, r.netCents, r.invoiceCount])).toEqual([
      ['2030-01', '2030-01-01', '2030-01-31', 75_000, 10_000, 65_000, 3],
      ['2030-02', '2030-02-01', '2030-02-28', 10_000, 10_000, 0, 1],
    ]);
    expect(month.totals).toEqual({ grossCents: 85_000, returnedCents: 10_000 + 10_000, netCents: 65_000, invoiceCount: 4, quantity: 0 });
    const week = await stats(manager, 'WEEK');
    expect(week.rows.totalCount).toBe(9);
    expect(week.rows.nodes.slice(0, 2).map((r) => [r.key, r.from, r.to, r.netCents, r.invoiceCount])).toEqual([
      ['2030-W01', '2030-01-01', '2030-01-06', 58_000, 1],
      ['2030-W02', '2030-01-07', '2030-01-13', 7_000, 2],
    ]);
    expect(week.rows.nodes.find((r) => r.key === '2030-W05')).toMatchObject({ from: '2030-01-28', to: '2030-02-03', grossCents: 10_000, netCents: 0 });
    const day = await stats(manager, 'DAY', PERIOD, 100);
    expect(day.rows.totalCount).toBe(59);
    expect(day.rows.nodes.filter((r) => r.invoiceCount).map((r) => [r.key, r.netCents])).toEqual([['2030-01-06', 58_000], ['2030-01-07', 2_000], ['2030-01-08', 5_000], ['2030-02-03', 0]]);
  });

  it('by branch, staff, product, treatment, kind, category, department and tender', async () => {
    const id = (x: { id: number }) => String(x.id);
    expect(figures(await stats(manager, 'BRANCH'))).toEqual({ [id(tko)]: [75_000, 10_000, 65_000, 3, 0], [id(tst)]: [10_000, 10_000, 0, 1, 0] });
    const staff = await stats(manager, 'STAFF');
    expect(staff.rows.nodes.map((r) => r.key)).toEqual([id(b2), id(b1)]);
    expect(figures(staff)).toEqual({ [id(b1)]: [27_000, 10_000, 17_000, 3, 3], [id(b2)]: [58_000, 10_000, 48_000, 2, 1] });
    expect(staff.rows.nodes[0].label).toBe(`${b2.displayName} (${b2.code})`);
    expect(staff.totals).toEqual({ grossCents: 85_000, returnedCents: 20_000, netCents: 65_000, invoiceCount: 4, quantity: 4 });
    const products = await stats(manager, 'PRODUCT');
    expect(figures(products)).toEqual({ [id(serum)]: [30_000, 20_000, 10_000, 2, 1], [id(mask)]: [2_000, 0, 2_000, 1, 1] });
    expect(products.rows.nodes[0].label).toBe('SER Serum');
    expect(products.totals).toMatchObject({ netCents: 12_000, invoiceCount: 3 });
    const treatments = await stats(manager, 'TREATMENT');
    expect(figures(treatments)).toEqual({ [id(facial)]: [53_000, 0, 53_000, 2, 2] });
    expect(treatments.totals).toMatchObject({ netCents: 53_000, invoiceCount: 2 });
    expect(figures(await stats(manager, 'KIND'))).toEqual({ TREATMENT: [53_000, 0, 53_000, 2, 2], PRODUCT: [32_000, 20_000, 12_000, 3, 2] });
    const categories = await stats(manager, 'CATEGORY');
    expect(figures(categories)).toEqual({ TREATMENT: [53_000, 0, 53_000, 2, 2], [id(catA)]: [30_000, 20_000, 10_000, 2, 1], none: [2_000, 0, 2_000, 1, 1] });
    expect(categories.rows.nodes.find((r) => r.key === id(catA))!.label).toBe('Serums');
    expect(figures(await stats(manager, 'DEPARTMENT'))).toEqual({ [id(skin)]: [83_000, 20_000, 63_000, 3, 3], [id(body)]: [2_000, 0, 2_000, 1, 1] });
    const tenders = await stats(manager, 'TENDER');
    expect(figures(tenders)).toEqual({ [id(card)]: [73_000, 0, 73_000, 2, 0], [id(cash)]: [12_000, 20_000, -8_000, 3, 0] });
    expect(tenders.totals).toMatchObject({ netCents: 65_000, invoiceCount: 4 });
  });

  it('narrows to branches and defaults to the month so far', async () => {
    const one = await stats(manager, 'STAFF', { ...PERIOD, branchIds: [String(tst.id)] });
    expect(one.branchIds).toEqual([String(tst.id)]);
    expect(figures(one)).toEqual({ [String(b2.id)]: [10_000, 10_000, 0, 1, 0] });
    const fallback = await stats(manager, 'DAY', null);
    expect(fallback.from.slice(8)).toBe('01');
    expect(fallback.to.slice(0, 7)).toBe(fallback.from.slice(0, 7));
  });

  it('pages rows by cursor', async () => {
    const first = await stats(manager, 'MONTH', PERIOD, 1);
    expect(first.rows.nodes.map((r) => r.key)).toEqual(['2030-01']);
    const body = await call(manager, STATS, { grouping: 'MONTH', filter: PERIOD, first: 1, after: first.rows.pageInfo.endCursor });
    expect(body.data!.salesStatistics.rows.nodes.map((r: Row) => r.key)).toEqual(['2030-02']);
    expect(body.data!.salesStatistics.rows.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a period longer than 366 days, naming the field', async () => {
    const body = await call(manager, STATS, { grouping: 'MONTH', filter: { from: '2030-01-01', to: '2031-01-02' } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});

describe('scope and permission', () => {
  it('a viewer limited to her branch sums only its invoices whose member she may open', async () => {
    const branches = await stats(tkoManager, 'BRANCH');
    // E (a TST member's) and C (at TST) are out of her reach.
    expect(figures(branches)).toEqual({ [String(tko.id)]: [70_000, 10_000, 60_000, 2, 0] });
    expect((await stats(tkoManager, 'MONTH')).totals).toMatchObject({ netCents: 60_000, invoiceCount: 2 });
    expect((await stats(tkoManager, 'TENDER')).totals).toMatchObject({ netCents: 60_000, invoiceCount: 2 });
    expect((await stats(tkoManager, 'STAFF', { ...PERIOD, branchIds: [String(tst.id)] })).rows.nodes).toEqual([]);
  });

  it('needs reports.sales', async () => {
    const body = await call(salesperson, STATS, { grouping: 'MONTH', filter: PERIOD });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('drill-through: each number opens the invoice list on the invoices it was summed from', () => {
  const groupings: SalesGroupingName[] = ['WEEK', 'MONTH', 'BRANCH', 'STAFF', 'PRODUCT', 'TREATMENT', 'KIND', 'CATEGORY', 'DEPARTMENT', 'TENDER'];
  it.each(groupings)('%s: the list counts each row\'s invoices and the totals\'', async (grouping) => {
    for (const [viewer, branchIds] of [[manager, []], [tkoManager, []], [manager, [String(tko.id)]]] as const) {
      const report = await stats(viewer, grouping, { ...PERIOD, branchIds });
      const filter = { ...PERIOD, branchIds: [...branchIds] };
      const count = async (href: string | null) => {
        const body = await call(viewer, LIST, { filter: filterFromForm(formFromParams(new URLSearchParams(href!.split('?')[1]))) });
        expect(body.errors).toBeUndefined();
        return body.data!.invoices.totalCount as number;
      };
      for (const row of report.rows.nodes.filter((r) => r.key !== 'none')) {
        expect([row.key, await count(salesDrillHref(grouping, filter, row))]).toEqual([row.key, row.invoiceCount]);
      }
      expect(await count(salesDrillHref(grouping, filter, null))).toBe(report.totals.invoiceCount);
    }
  });
});

describe('GET /api/reports/sales/export', () => {
  async function download(staff: Staff, query: Record<string, string>): Promise<Response> {
    const url = new URL('http://localhost/api/reports/sales/export');
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
    return exportRoute(new NextRequest(url, { headers: { cookie: cookies.get(staff.id)! } }));
  }

  async function rowsOf(response: Response): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
  }

  it('writes the page\'s numbers for the same filter, in currency units, with the totals and what was run', async () => {
    const response = await download(manager, { grouping: 'STAFF', locale: 'en', filter: JSON.stringify(PERIOD) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('sales-statistics-2030-01-01_2030-02-28_staff.xlsx');
    const rows = await rowsOf(response);
    expect(rows[0]).toEqual(['Sales by Staff credited']);
    expect(rows[1]).toEqual(['Invoice dates', '2030-01-01 – 2030-02-28']);
    expect(rows[2]).toEqual(['Branches', 'All branches you may see']);
    const header = rows.findIndex((r) => r[0] === 'Staff credited');
    expect(rows[header]).toEqual(['Staff credited', 'Net sales', 'Sold', 'Returned', 'Invoices', 'Units (net)']);
    expect(rows.slice(header + 1)).toEqual([
      [`${b2.displayName} (${b2.code})`, 480, 580, 100, 2, 1],
      [`${b1.displayName} (${b1.code})`, 170, 270, 100, 3, 3],
      ['Total', 650, 850, 200, 4, 4],
    ]);
  });

  it('goes through the same scope: a viewer limited to her branch gets her branch\'s numbers', async () => {
    const rows = await rowsOf(await download(tkoManager, { grouping: 'BRANCH', locale: 'en', filter: JSON.stringify(PERIOD) }));
    expect(rows.slice(-2)).toEqual([['Tseung Kwan O', 600, 700, 100, 2], ['Total', 600, 700, 100, 2]]);
  });

  it('refuses a grouping or a period it cannot run, naming the field, and a viewer without reports.sales', async () => {
    const bad = await download(manager, { grouping: 'YEAR', locale: 'en' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('grouping');
    const long = await download(manager, { grouping: 'DAY', locale: 'en', filter: JSON.stringify({ from: '2030-01-01', to: '2031-06-01' }) });
    expect((await long.json()).error.field).toBe('filter.to');
    expect((await download(salesperson, { grouping: 'DAY', locale: 'en' })).status).toBe(403);
  });
});

describe('invoices(filter): the line filters the drill-through uses', () => {
  const count = async (filter: Record<string, unknown>) => {
    const body = await call(manager, LIST, { filter: { ...PERIOD, status: 'ISSUED', ...filter } });
    expect(body.errors).toBeUndefined();
    return body.data!.invoices.totalCount as number;
  };
  it('finds invoices by a line\'s kind, product, treatment, category and department; refuses a kind that is none', async () => {
    expect(await count({ kind: 'PRODUCT' })).toBe(3);
    expect(await count({ kind: 'TREATMENT' })).toBe(2);
    expect(await count({ productId: String(serum.id) })).toBe(2);
    expect(await count({ productId: String(mask.id), kind: 'PRODUCT' })).toBe(1);
    expect(await count({ treatmentId: String(facial.id) })).toBe(2);
    expect(await count({ categoryId: String(catA.id) })).toBe(2);
    expect(await count({ departmentId: String(body.id) })).toBe(1);
    expect(await count({ departmentId: String(skin.id), branchIds: [String(tst.id)] })).toBe(1);
    const bad = await call(manager, LIST, { filter: { productId: 'x' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.productId' });
  });
});
