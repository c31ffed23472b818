import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET } from '../../app/api/sales/invoices/export/route';
import { useDataSource } from '../../db/data-source';
import type { Branch, Invoice, Staff } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { sessionCookieFor } from '../helpers/graphql-client';
import { aTenderType, anInvoice } from '../helpers/sales-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let frontDesk: Staff;
let salesperson: Staff;
let beautician: Staff;
const inv: Record<string, Invoice> = {};

function exportRequest(query: Record<string, string>, cookie: string): Promise<Response> {
  const url = new URL('http://localhost/api/sales/invoices/export');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return GET(new NextRequest(url, { headers: { cookie } }));
}

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: '將軍澳', translations: { en: 'Tseung Kwan O' }, timeZone: 'Asia/Hong_Kong' });
  const tst = await aBranch(ds, { code: 'TST', name: '尖沙咀' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK], { displayName: 'Amy' });
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { displayName: 'Bella' });
  const member = await aMember(ds, tko, group, { memberNo: 'A001', lastName: '陳', firstName: '小麗' });
  const card = await aTenderType(ds, 'CARD');
  inv.a = await anInvoice(ds, {
    branch: tko, cashier: frontDesk, member, number: 'TKOSI-00001', issuedAt: '2030-01-01T17:30:00Z', businessDate: '2030-01-02',
    lines: [{ staff: beautician, unitPriceCents: 12_345, lineDiscountCents: 345 }], payments: [{ tender: 'CASH', amountCents: 2_000, tenderedCents: 5_000 }, { tender: card, amountCents: 10_000 }],
    note: 'gift wrap',
  });
  inv.b = await anInvoice(ds, { branch: tko, cashier: frontDesk, customerName: null, number: 'TKOSI-00002', status: InvoiceStatus.VOIDED, issuedAt: '2030-01-03T02:00:00Z' });
  inv.c = await anInvoice(ds, { branch: tst, cashier: manager, number: 'TSTSI-00001', issuedAt: '2030-01-04T02:00:00Z' });
});

afterAll(() => db.drop());

describe('GET /api/sales/invoices/export', () => {
  it('writes the filtered list newest first with localised headers, amounts in currency units and the branch\'s wall clock', async () => {
    const response = await exportRequest({ locale: 'en', filter: JSON.stringify({ branchIds: [String(tko.id)] }) }, await sessionCookieFor(manager));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('invoices-');
    const sheet = await sheetOf(response);
    expect(rowValues(sheet, 1).slice(0, 8)).toEqual(['Invoice no.', 'Invoice date', 'Issued at', 'Branch', 'Member no.', 'Customer', 'Cashier', 'Status']);
    expect(sheet.rowCount).toBe(3);
    expect(rowValues(sheet, 2)[0]).toBe('TKOSI-00002');
    expect(rowValues(sheet, 2)[5]).toBe('Walk-in customer');
    expect(rowValues(sheet, 2)[7]).toBe('Voided');
    const a = rowValues(sheet, 3);
    expect(a.slice(0, 2)).toEqual(['TKOSI-00001', '2030-01-02']);
    // 17:30 UTC is 01:30 the next morning in Hong Kong; the cell holds the wall clock.
    expect((a[2] as Date).toISOString()).toBe('2030-01-02T01:30:00.000Z');
    expect(a.slice(3, 9)).toEqual(['Tseung Kwan O', 'A001', '陳小麗', 'Amy', 'Issued', 'Bella']);
    expect(a.slice(9, 14)).toEqual([123.45, 3.45, 0, 0, 120]);
    expect(a[16]).toBe('Cash 20.00; Card 100.00');
    expect(a[17]).toBe(30);
    expect(a[19]).toBe('gift wrap');
  });

  it('uses the filter and the viewer\'s scope: the front desk gets only her branch, in her language', async () => {
    const response = await exportRequest({ locale: 'zh-HK', filter: JSON.stringify({ status: 'ISSUED' }) }, await sessionCookieFor(frontDesk));
    const sheet = await sheetOf(response);
    expect(rowValues(sheet, 1)[0]).toBe('發票編號');
    expect(sheet.rowCount).toBe(2);
    expect(rowValues(sheet, 2)[0]).toBe('TKOSI-00001');
  });

  it('refuses without sales.view or data.export, and a bad filter naming the field', async () => {
    const refused = await exportRequest({ locale: 'en' }, await sessionCookieFor(salesperson));
    expect(refused.status).toBe(403);
    const bad = await exportRequest({ locale: 'en', filter: JSON.stringify({ minTotalCents: 10, maxTotalCents: 5 }) }, await sessionCookieFor(manager));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'filter.maxTotalCents' } });
  });
});
