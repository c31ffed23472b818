import { DEMO_DEPARTMENTS, DEMO_PRODUCT_CATEGORIES, DEMO_PRODUCTS, DEMO_TREATMENT_DEPARTMENTS, demoBarcode, ean13CheckDigit } from '@/services/seed/demo-catalogue';
import { DEMO_TREATMENTS } from '@/services/seed/demo-appointments.service';
import { DEMO_SALES_DAYS, DEMO_SALES_FROM, buildDemoSales, type SalesWorld } from '@/services/seed/demo-sales';

const world: SalesWorld = {
  branches: [{ id: 1, code: 'TKO' }, { id: 2, code: 'TST' }],
  products: [
    { id: 1, code: 'P001', name: 'Mask', departmentId: 1, priceCents: 18_000, allowNegativeStock: false },
    { id: 2, code: 'P002', name: 'Serum', departmentId: 1, priceCents: 48_000, allowNegativeStock: false },
    { id: 3, code: 'P030', name: 'Gift set', departmentId: 2, priceCents: 88_000, allowNegativeStock: true },
  ],
  treatments: [{ id: 7, code: 'T05', name: 'Facial C', departmentId: 1, priceCents: 98_000 }],
  members: [{ id: 11, branchId: 1, discountPercent: 10 }, { id: 12, branchId: 2, discountPercent: 0 }],
  staff: new Map([[1, { cashierIds: [100], sellerIds: [101, 102], managerId: 103 }], [2, { cashierIds: [200], sellerIds: [201], managerId: 103 }]]),
  tenders: { cash: 1, card: 2, fps: 3 },
  prefixes: new Map([[1, 'TKOSI-'], [2, 'TSTSI-']]),
  digits: 5,
  firstInvoiceId: 1,
};

describe('demo catalogue', () => {
  it('gives every product a unique code and a valid, unique EAN-13 barcode', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1); // a published EAN-13: 4006381333931
    expect(demoBarcode(1)).toBe('4891234000012'); // 4+24+9+3+2+9+4+0+0+0+0+3 = 58 → 2
    for (const p of DEMO_PRODUCTS) {
      expect(p.barcode).toMatch(/^\d{13}$/);
      expect(Number(p.barcode[12])).toBe(ean13CheckDigit(p.barcode.slice(0, 12)));
    }
    expect(new Set(DEMO_PRODUCTS.map((p) => p.code)).size).toBe(DEMO_PRODUCTS.length);
    expect(new Set(DEMO_PRODUCTS.map((p) => p.barcode)).size).toBe(DEMO_PRODUCTS.length);
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(30);
  });

  it('names departments, categories and products in the four locales and refers only to known ones', () => {
    for (const item of [...DEMO_DEPARTMENTS, ...DEMO_PRODUCT_CATEGORIES, ...DEMO_PRODUCTS]) {
      expect(item.name).toBeTruthy();
      expect(Object.keys(item.translations).sort()).toEqual(['en', 'th', 'zh-CN']);
    }
    const departments = new Set(DEMO_DEPARTMENTS.map((d) => d.code));
    const categories = new Set(DEMO_PRODUCT_CATEGORIES.map((c) => c.code));
    for (const p of DEMO_PRODUCTS) {
      expect(departments.has(p.departmentCode)).toBe(true);
      expect(categories.has(p.categoryCode)).toBe(true);
      expect(p.costCents).toBeLessThan(p.priceCents);
    }
    expect(DEMO_PRODUCTS.filter((p) => p.allowNegativeStock).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(DEMO_TREATMENT_DEPARTMENTS).sort()).toEqual(DEMO_TREATMENTS.map((t) => t.code).sort());
    for (const code of Object.values(DEMO_TREATMENT_DEPARTMENTS)) expect(departments.has(code)).toBe(true);
  });
});

describe('demo sales', () => {
  const sales = buildDemoSales(world);

  it('come out the same on every run', () => {
    expect(JSON.stringify(buildDemoSales(world))).toBe(JSON.stringify(sales));
  });

  it('sell 10–20 times per branch and day over three weeks, numbered per branch in order of issue', () => {
    for (const branch of world.branches) {
      const invoices = sales.invoices.filter((i) => i.branchId === branch.id);
      const days = new Map<string, number>();
      for (const i of invoices) days.set(i.businessDate, (days.get(i.businessDate) ?? 0) + 1);
      expect(days.size).toBe(DEMO_SALES_DAYS);
      expect([...days.keys()].sort()[0]).toBe(DEMO_SALES_FROM);
      for (const n of days.values()) expect(n).toBeGreaterThanOrEqual(10);
      for (const n of days.values()) expect(n).toBeLessThanOrEqual(20);
      expect(invoices.map((i) => i.number)).toEqual(invoices.map((_, k) => `${world.prefixes.get(branch.id)}${String(k + 1).padStart(5, '0')}`));
      const times = invoices.map((i) => i.issuedAt.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(sales.nextValues.get(branch.id)).toBe(invoices.length + 1);
    }
    expect(sales.invoices.map((i) => i.id)).toEqual(sales.invoices.map((_, k) => k + 1));
  });

  it('add up: lines to the invoice, payments to the total plus change, members of the branch with their discount', () => {
    const members = new Map(world.members.map((m) => [m.id, m]));
    for (const invoice of sales.invoices) {
      const lines = sales.lines.filter((l) => l.invoiceId === invoice.id);
      const payments = sales.payments.filter((p) => p.invoiceId === invoice.id);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.reduce((s, l) => s + l.totalCents, 0) + invoice.roundingCents).toBe(invoice.totalCents);
      expect(invoice.productCents + invoice.treatmentCents).toBe(invoice.totalCents - invoice.roundingCents);
      expect(payments.reduce((s, p) => s + p.amountCents, 0)).toBe(invoice.totalCents);
      expect(payments.reduce((s, p) => s + p.tenderedCents, 0)).toBe(invoice.totalCents + invoice.changeCents);
      if (invoice.memberId !== null) {
        expect(members.get(invoice.memberId)!.branchId).toBe(invoice.branchId);
        if (members.get(invoice.memberId)!.discountPercent === 0) expect(lines.every((l) => l.memberDiscountCents === 0)).toBe(true);
      }
      if (invoice.status === 'VOIDED') expect(invoice.voidedAt!.toISOString().slice(0, 10)).toBe(invoice.issuedAt.toISOString().slice(0, 10));
    }
    const split = sales.invoices.filter((i) => sales.payments.filter((p) => p.invoiceId === i.id).length > 1);
    expect(split.length).toBeGreaterThan(0);
    expect(new Set(sales.payments.map((p) => p.tenderTypeId))).toEqual(new Set([1, 2, 3]));
    expect(sales.invoices.some((i) => i.memberId === null)).toBe(true);
    expect(sales.invoices.some((i) => i.status === 'VOIDED')).toBe(true);
    expect(sales.lines.some((l) => l.memberDiscountCents > 0)).toBe(true);
  });

  it('receive at least what each branch sells of a product that may not go below zero', () => {
    for (const product of world.products.filter((p) => !p.allowNegativeStock)) {
      for (const branch of world.branches) {
        const sold = sales.lines
          .filter((l) => l.productId === product.id && sales.invoices[l.invoiceId - 1].branchId === branch.id)
          .reduce((s, l) => s + l.quantity, 0);
        expect(sales.received.get(`${product.id}:${branch.id}`) ?? 0).toBeGreaterThanOrEqual(sold);
      }
    }
  });
});
