/**
 * Returns (顧客退貨) through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL)
 * MariaDB: what a return refunds, what it puts back on the shelf and on the invoice, what it
 * refuses with nothing saved, and that a retried request refunds once.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  AuditLog, IdempotencyKey, Invoice, InvoiceLine, SalesReturn, SalesReturnLine, SalesReturnRefund, StockMovement, TenderType, type Branch, type MemberGroup, type Staff,
} from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aTenderType } from '../helpers/sales-fixtures';
import { aProduct, anInvoiceToReturn, onHand, setStock } from '../helpers/sales-return-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let otherBranch: Branch;
let group: MemberGroup;
let desk: Staff; // front desk: checkout, view, refund
let salesperson: Staff; // no sales permissions
let manager: Staff;
let cash: TenderType;
let card: TenderType;

const cookies = new Map<number, string>();
async function call(staff: Staff, query: string, variables: Record<string, unknown> = {}) {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale: 'en' })).body;
}

export const RETURN_SALE = `
  mutation ($input: ReturnSaleInput!) {
    returnSale(input: $input) {
      id number totalCents reason
      branch { id }
      createdBy { id }
      invoice { id refundedCents lines { id returnedQuantity } returns { id number } }
      lines { quantity amountCents invoiceLine { id code } }
      refunds { amountCents tenderType { code } }
    }
  }`;

let keyCounter = 0;
const newKey = () => `test-return-${++keyCounter}`;

function input(invoice: Invoice, lines: Array<[InvoiceLine, number]>, refundBy: TenderType = cash, extra: Record<string, unknown> = {}) {
  return {
    input: {
      idempotencyKey: newKey(),
      invoiceId: String(invoice.id),
      lines: lines.map(([line, quantity]) => ({ invoiceLineId: String(line.id), quantity })),
      refundTenderTypeId: String(refundBy.id),
      ...extra,
    },
  };
}

/** Everything a refused return could have left behind, to compare before and after. */
async function footprint() {
  const [returns, returnLines, refunds, movements, keys, lines, invoices] = await Promise.all([
    ds.getRepository(SalesReturn).count(),
    ds.getRepository(SalesReturnLine).count(),
    ds.getRepository(SalesReturnRefund).count(),
    ds.getRepository(StockMovement).count(),
    ds.getRepository(IdempotencyKey).count(),
    ds.getRepository(InvoiceLine).find({ order: { id: 'ASC' } }),
    ds.getRepository(Invoice).find({ order: { id: 'ASC' } }),
  ]);
  return {
    returns, returnLines, refunds, movements, keys,
    returned: lines.map((l) => l.returnedQuantity),
    refunded: invoices.map((i) => i.refundedCents),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds, { code: 'RTA' });
  otherBranch = await aBranch(ds, { code: 'RTB' });
  group = await aMemberGroup(ds);
  desk = await aStaff(ds, branch, [StaffRole.FRONT_DESK]);
  salesperson = await aStaff(ds, branch, [StaffRole.SALESPERSON]);
  manager = await aStaff(ds, branch, [StaffRole.MANAGER]);
  cash = await aTenderType(ds, 'CASH');
  card = await aTenderType(ds, 'CARD');
});

afterAll(async () => {
  await db.drop();
});

describe('a return', () => {
  it('refunds part of a line by share, puts the units back on the shelf and adds the refund to the invoice', async () => {
    const product = await aProduct(ds);
    await setStock(ds, product, branch, 7);
    // 3 units for $100.00: each unit's share is 3333⅓ cents, rounded down until the last.
    const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk, lines: [{ product, quantity: 3, totalCents: 10_000 }], paidBy: card });

    const first = await call(desk, RETURN_SALE, input(invoice, [[lines[0], 1]], cash, { reason: '  wrong shade  ' }));
    expect(first.errors).toBeUndefined();
    const made = first.data!.returnSale;
    expect(made).toMatchObject({
      number: 'RTASR-00001',
      totalCents: 3333,
      reason: 'wrong shade',
      branch: { id: String(branch.id) },
      createdBy: { id: String(desk.id) },
      invoice: { id: String(invoice.id), refundedCents: 3333, lines: [{ id: String(lines[0].id), returnedQuantity: 1 }] },
      lines: [{ quantity: 1, amountCents: 3333, invoiceLine: { id: String(lines[0].id), code: product.code } }],
      refunds: [{ amountCents: 3333, tenderType: { code: 'CASH' } }],
    });
    expect(made.invoice.returns).toEqual([{ id: made.id, number: 'RTASR-00001' }]);
    expect(await onHand(ds, product, branch)).toBe(8);
    const movement = await ds.getRepository(StockMovement).findOneByOrFail({ salesReturnId: Number(made.id) });
    expect(movement).toMatchObject({ kind: 'RETURN', quantity: 1, productId: product.id, branchId: branch.id, invoiceId: invoice.id, staffId: desk.id });

    // The last two units take the rounding: the whole line refunds exactly its total.
    const rest = await call(desk, RETURN_SALE, input(invoice, [[lines[0], 2]]));
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.returnSale).toMatchObject({ number: 'RTASR-00002', totalCents: 6667, invoice: { refundedCents: 10_000 } });
    expect(await onHand(ds, product, branch)).toBe(10);
    const stored = await ds.getRepository(Invoice).findOneByOrFail({ id: invoice.id });
    expect(stored.refundedCents).toBe(10_000);
    expect(stored.status).toBe(InvoiceStatus.ISSUED);

    const audit = await ds.getRepository(AuditLog).findBy({ entityType: 'salesReturn', entityId: Number(made.id) });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorId: desk.id });
    expect(JSON.parse(audit[0].after!)).toMatchObject({ number: 'RTASR-00001', totalCents: 3333, invoiceId: invoice.id });
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'invoice', entityId: invoice.id, action: 'refund' })).toBe(2);
  });

  it('returns several lines at once; treatments refund without touching stock', async () => {
    const product = await aProduct(ds);
    await setStock(ds, product, branch, 0);
    const { invoice, lines } = await anInvoiceToReturn(ds, {
      branch, cashier: desk, paidBy: cash,
      lines: [{ product, quantity: 2, totalCents: 5_000 }, { quantity: 1, totalCents: 38_000 }],
    });
    const result = await call(desk, RETURN_SALE, input(invoice, [[lines[1], 1], [lines[0], 1]], card));
    expect(result.errors).toBeUndefined();
    expect(result.data!.returnSale).toMatchObject({
      totalCents: 40_500,
      lines: [{ quantity: 1, amountCents: 38_000 }, { quantity: 1, amountCents: 2_500 }],
      refunds: [{ amountCents: 40_500, tenderType: { code: 'CARD' } }],
    });
    expect(await onHand(ds, product, branch)).toBe(1);
    expect(await ds.getRepository(StockMovement).countBy({ salesReturnId: Number(result.data!.returnSale.id) })).toBe(1);
  });

  it('the return that brings the last unit back refunds what is left of the invoice, cash rounding included', async () => {
    // Lines come to $100.03, the cash total was rounded down to $100.00.
    const { invoice, lines } = await anInvoiceToReturn(ds, {
      branch, cashier: desk, paidBy: cash, totalCents: 10_000,
      lines: [{ quantity: 1, totalCents: 5_002 }, { quantity: 1, totalCents: 5_001 }],
    });
    const first = await call(desk, RETURN_SALE, input(invoice, [[lines[0], 1]]));
    expect(first.data!.returnSale.totalCents).toBe(5_002);
    const last = await call(desk, RETURN_SALE, input(invoice, [[lines[1], 1]]));
    expect(last.data!.returnSale).toMatchObject({ totalCents: 4_998, invoice: { refundedCents: 10_000 } });
  });
});

describe('refusals save nothing', () => {
  let product: Awaited<ReturnType<typeof aProduct>>;
  let issued: Awaited<ReturnType<typeof anInvoiceToReturn>>;
  let voided: Awaited<ReturnType<typeof anInvoiceToReturn>>;
  let foreign: Awaited<ReturnType<typeof anInvoiceToReturn>>;
  let elsewhere: Awaited<ReturnType<typeof anInvoiceToReturn>>;
  let ofHiddenMember: Awaited<ReturnType<typeof anInvoiceToReturn>>;

  beforeAll(async () => {
    product = await aProduct(ds);
    await setStock(ds, product, branch, 5);
    issued = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ product, quantity: 2, totalCents: 2_000 }] });
    voided = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, status: InvoiceStatus.VOIDED, lines: [{ product, quantity: 1, totalCents: 1_000 }] });
    foreign = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ product, quantity: 1, totalCents: 1_000 }] });
    elsewhere = await anInvoiceToReturn(ds, { branch: otherBranch, cashier: manager, paidBy: cash, lines: [{ product, quantity: 1, totalCents: 1_000 }] });
    // Sold at the desk's branch to a member of the other branch, whom the desk may not open.
    const hidden = await aMember(ds, otherBranch, group);
    ofHiddenMember = await anInvoiceToReturn(ds, { branch, cashier: manager, member: hidden, paidBy: cash, lines: [{ product, quantity: 1, totalCents: 1_000 }] });
  });

  type Case = [string, () => { staff: Staff; variables: Record<string, any> }, { code: string; field?: string; message?: RegExp }];
  const cases: Case[] = [
    ['more than was sold', () => ({ staff: desk, variables: input(issued.invoice, [[issued.lines[0], 3]]) }), {
      code: 'RETURN_EXCEEDS_SOLD', field: 'lines.0.quantity', message: /only 2 of the 2 sold can still be returned/,
    }],
    ['a line of another invoice', () => ({ staff: desk, variables: input(issued.invoice, [[issued.lines[0], 1], [foreign.lines[0], 1]]) }), {
      code: 'BAD_USER_INPUT', field: 'lines.1.invoiceLineId', message: /is not a line of this invoice/,
    }],
    ['the same line twice', () => ({ staff: desk, variables: input(issued.invoice, [[issued.lines[0], 1], [issued.lines[0], 1]]) }), {
      code: 'BAD_USER_INPUT', field: 'lines.1.invoiceLineId',
    }],
    ['no units', () => ({ staff: desk, variables: input(issued.invoice, [[issued.lines[0], 0]]) }), { code: 'BAD_USER_INPUT', field: 'lines.0.quantity', message: /at least 1 unit/ }],
    ['no lines', () => ({ staff: desk, variables: input(issued.invoice, []) }), { code: 'BAD_USER_INPUT', field: 'lines' }],
    ['a reason too long', () => ({ staff: desk, variables: input(issued.invoice, [[issued.lines[0], 1]], cash, { reason: 'x'.repeat(201) }) }), { code: 'BAD_USER_INPUT', field: 'reason' }],
    ['a voided invoice', () => ({ staff: desk, variables: input(voided.invoice, [[voided.lines[0], 1]]) }), { code: 'ALREADY_VOIDED', field: 'invoiceId', message: /was voided/ }],
    ['an invoice of a branch outside the viewer\'s scope', () => ({ staff: desk, variables: input(elsewhere.invoice, [[elsewhere.lines[0], 1]]) }), { code: 'NOT_FOUND' }],
    ['an invoice of a member the viewer may not open', () => ({ staff: desk, variables: input(ofHiddenMember.invoice, [[ofHiddenMember.lines[0], 1]]) }), { code: 'NOT_FOUND' }],
    ['no refund permission', () => ({ staff: salesperson, variables: input(issued.invoice, [[issued.lines[0], 1]]) }), { code: 'FORBIDDEN' }],
    ['a blank idempotency key', () => ({ staff: desk, variables: { input: { ...input(issued.invoice, [[issued.lines[0], 1]]).input, idempotencyKey: ' ' } } }), { code: 'BAD_USER_INPUT', field: 'idempotencyKey' }],
    ['an unknown tender', () => ({ staff: desk, variables: { input: { ...input(issued.invoice, [[issued.lines[0], 1]]).input, refundTenderTypeId: '99999' } } }), { code: 'BAD_USER_INPUT', field: 'refundTenderTypeId' }],
  ];

  it.each(cases)('%s', async (_name, make, expected) => {
    const before = await footprint();
    const { staff, variables } = make();
    const result = await call(staff, RETURN_SALE, variables);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: expected.code, ...(expected.field ? { field: expected.field } : {}) });
    if (expected.message) expect(result.errors![0].message).toMatch(expected.message);
    expect(await footprint()).toEqual(before);
  });

  it('an inactive tender is refused by name', async () => {
    const inactive = await ds.getRepository(TenderType).save({ code: `OLD${keyCounter}`, name: 'Old voucher', kind: 'OTHER' as never, active: false });
    const before = await footprint();
    const result = await call(desk, RETURN_SALE, input(issued.invoice, [[issued.lines[0], 1]], inactive));
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refundTenderTypeId' });
    expect(await footprint()).toEqual(before);
  });

  it('names the line in the refusal after earlier returns, in the caller\'s language', async () => {
    const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ product, quantity: 2, totalCents: 2_000 }] });
    expect((await call(desk, RETURN_SALE, input(invoice, [[lines[0], 1]]))).errors).toBeUndefined();
    const cookie = cookies.get(desk.id)!;
    const refused = (await gql(RETURN_SALE, input(invoice, [[lines[0], 2]]), { cookie, locale: 'zh-HK' })).body;
    expect(refused.errors![0].extensions).toMatchObject({ code: 'RETURN_EXCEEDS_SOLD', field: 'lines.0.quantity' });
    expect(refused.errors![0].message).toContain(product.code);
    expect(refused.errors![0].message).toContain('只可再退 1 件');
  });

  it('a manager who sees every branch may return there', async () => {
    const result = await call(manager, RETURN_SALE, input(elsewhere.invoice, [[elsewhere.lines[0], 1]]));
    expect(result.errors).toBeUndefined();
    expect(result.data!.returnSale.number).toBe('RTBSR-00001');
  });
});

describe('idempotency', () => {
  it('a retried request with the same key refunds once and answers the first return', async () => {
    const product = await aProduct(ds);
    await setStock(ds, product, branch, 0);
    const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ product, quantity: 3, totalCents: 3_000 }] });
    const variables = input(invoice, [[lines[0], 1]]);
    const [a, b] = await Promise.all([call(desk, RETURN_SALE, variables), call(desk, RETURN_SALE, variables)]);
    const c = await call(desk, RETURN_SALE, variables);
    for (const result of [a, b, c]) expect(result.errors).toBeUndefined();
    expect(new Set([a, b, c].map((r) => r.data!.returnSale.id)).size).toBe(1);
    expect(await ds.getRepository(SalesReturn).countBy({ invoiceId: invoice.id })).toBe(1);
    expect((await ds.getRepository(InvoiceLine).findOneByOrFail({ id: lines[0].id })).returnedQuantity).toBe(1);
    expect((await ds.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).refundedCents).toBe(1_000);
    expect(await onHand(ds, product, branch)).toBe(1);

    // The same key for a different request is refused, naming the key; nothing more is refunded.
    const reused = await call(desk, RETURN_SALE, { input: { ...variables.input, lines: [{ invoiceLineId: String(lines[0].id), quantity: 2 }] } });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect((await ds.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).refundedCents).toBe(1_000);
  });

  it('a refused return leaves its key free for the corrected request', async () => {
    const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ quantity: 1, totalCents: 900 }] });
    const key = newKey();
    const refused = await call(desk, RETURN_SALE, { input: { ...input(invoice, [[lines[0], 2]]).input, idempotencyKey: key } });
    expect(refused.errors![0].extensions!.code).toBe('RETURN_EXCEEDS_SOLD');
    const fixed = await call(desk, RETURN_SALE, { input: { ...input(invoice, [[lines[0], 1]]).input, idempotencyKey: key } });
    expect(fixed.errors).toBeUndefined();
  });
});

describe('Invoice.returns', () => {
  it('lists an invoice\'s returns oldest first, with their lines and refunds, for several invoices in one request', async () => {
    const made: Array<{ invoice: Invoice; numbers: string[] }> = [];
    for (let i = 0; i < 2; i++) {
      const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ quantity: 2, totalCents: 2_000 }] });
      const numbers: string[] = [];
      for (let j = 0; j < 2; j++) numbers.push((await call(desk, RETURN_SALE, input(invoice, [[lines[0], 1]]))).data!.returnSale.number);
      made.push({ invoice, numbers });
    }
    const query = `query ($a: ID!, $b: ID!) {
      a: invoice(id: $a) { returns { number totalCents lines { quantity } refunds { tenderType { code } } createdBy { id } } }
      b: invoice(id: $b) { returns { number } }
    }`;
    const result = await call(desk, query, { a: String(made[0].invoice.id), b: String(made[1].invoice.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.a.returns.map((r: any) => r.number)).toEqual(made[0].numbers);
    expect(result.data!.a.returns[0]).toMatchObject({ totalCents: 1_000, lines: [{ quantity: 1 }], refunds: [{ tenderType: { code: 'CASH' } }], createdBy: { id: String(desk.id) } });
    expect(result.data!.b.returns.map((r: any) => r.number)).toEqual(made[1].numbers);
  });

  it('a salesperson who sees the member but holds no sales permission cannot reach an invoice or its returns', async () => {
    const seeing = await aStaff(ds, branch, [StaffRole.SALESPERSON], { memberReach: MemberReach.ALL });
    const { invoice } = await anInvoiceToReturn(ds, { branch, cashier: desk, paidBy: cash, lines: [{ quantity: 1, totalCents: 100 }] });
    const result = await call(seeing, `query ($id: ID!) { invoice(id: $id) { returns { id } } }`, { id: String(invoice.id) });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
