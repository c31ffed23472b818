import { INVOICE_BULK_COLUMNS, INVOICE_LINE_BULK_COLUMNS, createSalesStream, productRows, salesPlan, type BulkSalesWorld } from '@/services/seed/bulk-sales';
import { datetimeFormatter } from '@/services/seed/bulk-contacts.service';
import { ean13CheckDigit } from '@/services/seed/demo-catalogue';

const item = (id: number, priceCents: number) => ({ id, code: `X${id}`, name: `Item ${id}`, departmentId: 1, priceCents });
const world: BulkSalesWorld = {
  branches: [
    { id: 1, weight: 1, prefix: 'TKOSI-', digits: 5, firstValue: 303, cashierIds: [10], sellerIds: [11, 12] },
    { id: 2, weight: 1, prefix: 'GB01SI-', digits: 5, firstValue: 1, cashierIds: [20], sellerIds: [21] },
  ],
  products: [item(1, 18_000), item(2, 48_000), item(3, 5_000)],
  treatments: [item(7, 98_000)],
  memberIds: Int32Array.from([100, 101, 102]),
  memberDiscounts: Uint8Array.from([0, 10, 15]),
  tenders: { cash: 1, card: 2, fps: 3 },
  fromDate: '2025-12-06',
  days: 365,
  firstInvoiceId: 2000,
  datetime: datetimeFormatter(true),
};
const col = (name: string, columns: readonly string[]) => columns.indexOf(name);

describe('bulk sales', () => {
  const plan = salesPlan(1, 10_000);
  const drain = () => {
    const stream = createSalesStream(world, 1, plan);
    return { rows: Array.from({ length: plan.invoices }, () => stream.next()), nextValues: stream.nextValues() };
  };
  const { rows, nextValues } = drain();

  it('make exactly the lines asked for, 1–5 an invoice, and the payments the plan counted', () => {
    expect(rows.reduce((s, r) => s + r.lines.length, 0)).toBe(10_000);
    expect(rows.every((r) => r.lines.length >= 1 && r.lines.length <= 5)).toBe(true);
    expect(rows.reduce((s, r) => s + r.payments.length, 0)).toBe(plan.payments);
    expect(plan.invoices).toBeGreaterThan(2_500);
    expect(plan.invoices).toBeLessThan(3_500);
  });

  it('replay identically, so each table can be loaded in a pass of its own', () => {
    expect(JSON.stringify(drain().rows)).toBe(JSON.stringify(rows));
  });

  it('number each branch on from its sequence, oldest first, over the year\'s opening hours in Hong Kong', () => {
    const numbers = rows.map((r) => String(r.invoice[col('number', INVOICE_BULK_COLUMNS)]));
    expect(new Set(numbers).size).toBe(numbers.length);
    const tko = numbers.filter((n) => n.startsWith('TKOSI-'));
    expect(tko[0]).toBe('TKOSI-00303');
    expect(nextValues.get(1)).toBe(303 + tko.length);
    expect(nextValues.get(2)).toBe(1 + numbers.length - tko.length);
    const issued = rows.map((r) => String(r.invoice[col('issuedAt', INVOICE_BULK_COLUMNS)]));
    expect([...issued].sort()).toEqual(issued);
    for (const r of rows) {
      const at = new Date(`${String(r.invoice[col('issuedAt', INVOICE_BULK_COLUMNS)]).replace(' ', 'T')}Z`);
      const local = new Date(at.getTime() + 8 * 3_600_000).toISOString();
      expect(local.slice(0, 10)).toBe(r.invoice[col('businessDate', INVOICE_BULK_COLUMNS)]);
      expect(local.slice(11, 16) >= '10:00' && local.slice(11, 16) <= '21:30').toBe(true);
    }
    expect(rows[0].invoice[col('businessDate', INVOICE_BULK_COLUMNS)]).toBe('2025-12-06');
    expect(rows[rows.length - 1].invoice[col('businessDate', INVOICE_BULK_COLUMNS)]).toBe('2026-12-05');
  });

  it('add up: lines to the total, payments to the total plus change', () => {
    const total = col('totalCents', INVOICE_BULK_COLUMNS);
    for (const r of rows) {
      expect(r.lines.reduce((s, l) => s + Number(l[col('totalCents', INVOICE_LINE_BULK_COLUMNS)]), 0)).toBe(r.invoice[total]);
      expect(r.payments.reduce((s, p) => s + Number(p[2]), 0)).toBe(r.invoice[total]);
      expect(r.payments.reduce((s, p) => s + Number(p[3]), 0)).toBe(Number(r.invoice[total]) + Number(r.invoice[col('changeCents', INVOICE_BULK_COLUMNS)]));
    }
    expect(rows.some((r) => r.payments.length === 2)).toBe(true);
    expect(rows.some((r) => r.invoice[col('status', INVOICE_BULK_COLUMNS)] === 'VOIDED')).toBe(true);
  });

  it('give generated products valid EAN-13 barcodes', () => {
    for (const row of productRows(1, 1, 50, [1], [1], '2026-01-01 00:00:00.000')) {
      const barcode = String(row[1]);
      expect(barcode).toMatch(/^48999\d{8}$/);
      expect(Number(barcode[12])).toBe(ean13CheckDigit(barcode.slice(0, 12)));
    }
  });
});
