/**
 * The checkout core through the real GraphQL route: quoting, checking out (member discount, tax,
 * split payments with change, walk-ins), every refusal naming its field with nothing saved,
 * idempotent retries, held bills, same-day void, visibility, permissions and API tokens.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Appointment, AuditLog, Branch, IdempotencyKey, Invoice, InvoiceLine, InvoicePayment, Product, StockMovement, TenderType } from '../../entities';
import { gql } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, ok } from './appointment-booking.fixtures';
import {
  aProduct, aShop, CHECKOUT, checkoutInput, DISCARD, HELD_BILLS, HOLD, newKey, onHand, pay, productLine, QUOTE, receive, RESUME, treatmentLine, VOID, type Shop,
} from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
});

afterAll(async () => {
  await db.drop();
});

const RETURN = `mutation ($input: ReturnSaleInput!) { returnSale(input: $input) { id } }`;

/** Serum (107.00 incl. 7 % tax) and a facial (480.00 less 30.00) for a VIP member (10 % off). */
const memberBill = () => ({
  branchId: String(shop.branch.id),
  memberId: String(shop.member.id),
  lines: [productLine(shop.serum, 1, { staffId: String(shop.beautician.id) }), treatmentLine(shop.facial, 1, { lineDiscountCents: 3_000, staffId: String(shop.beautician.id) })],
});

describe('quoteBill', () => {
  it('prices the bill with the member discount after the line discount and tax included, storing nothing', async () => {
    const before = await ds.getRepository(Invoice).count();
    const { quoteBill } = await ok(shop.cashier, QUOTE, { input: memberBill() });
    expect(quoteBill).toMatchObject({
      subtotalCents: 58_700,
      discountCents: 1_070 + 3_000 + 4_500,
      taxCents: 630,
      roundingCents: 0,
      totalCents: 50_130,
      productCents: 9_630,
      treatmentCents: 40_500,
      memberDiscountPercent: 10,
    });
    expect(quoteBill.lines).toEqual([
      { kind: 'PRODUCT', itemId: String(shop.serum.id), code: shop.serum.code, label: 'Serum', quantity: 1, unitPriceCents: 10_700, lineDiscountCents: 0, memberDiscountCents: 1_070, taxCents: 630, totalCents: 9_630 },
      { kind: 'TREATMENT', itemId: String(shop.facial.id), code: shop.facial.code, label: 'Facial', quantity: 1, unitPriceCents: 48_000, lineDiscountCents: 3_000, memberDiscountCents: 4_500, taxCents: 0, totalCents: 40_500 },
    ]);
    expect(await ds.getRepository(Invoice).count()).toBe(before);
  });

  it('takes a typed unit price over the catalogue\'s', async () => {
    const { quoteBill } = await ok(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), lines: [productLine(shop.mask, 2, { unitPriceCents: 1_500 })] } });
    expect(quoteBill).toMatchObject({ subtotalCents: 3_000, totalCents: 3_000, memberDiscountPercent: 0 });
  });
});

describe('checkout', () => {
  it('issues a member\'s invoice paid by card and cash with change: numbered, lines and payments stored, stock out, audited', async () => {
    const stockBefore = await onHand(ds, shop.serum, shop.branch);
    const input = { ...memberBill(), idempotencyKey: newKey(), payments: [pay(shop.card, 30_000, 'slip 42'), pay(shop.cash, 30_000)], note: ' birthday ' };
    const { checkout } = await ok(shop.cashier, CHECKOUT, { input });
    expect(checkout).toMatchObject({
      number: expect.stringMatching(/^TKOSI-\d{5}$/),
      status: 'ISSUED',
      customerName: null,
      totalCents: 50_130,
      taxCents: 630,
      discountCents: 8_570,
      changeCents: 30_000 + 30_000 - 50_130,
      productCents: 9_630,
      treatmentCents: 40_500,
      note: 'birthday',
    });
    const id = Number(checkout.id);
    const stored = await ds.getRepository(Invoice).findOneByOrFail({ id });
    expect(stored).toMatchObject({ branchId: shop.branch.id, memberId: shop.member.id, cashierId: shop.cashier.id, appointmentId: null });
    const lines = await ds.getRepository(InvoiceLine).find({ where: { invoiceId: id }, order: { position: 'ASC' } });
    expect(lines.map((l) => [l.position, l.kind, l.code, l.description, l.quantity, l.totalCents, l.staffId])).toEqual([
      [1, 'PRODUCT', shop.serum.code, 'Serum', 1, 9_630, shop.beautician.id],
      [2, 'TREATMENT', shop.facial.code, 'Facial', 1, 40_500, shop.beautician.id],
    ]);
    const payments = await ds.getRepository(InvoicePayment).find({ where: { invoiceId: id }, order: { id: 'ASC' } });
    expect(payments.map((p) => [p.tenderTypeId, p.amountCents, p.tenderedCents, p.reference])).toEqual([
      [shop.card.id, 30_000, 30_000, 'slip 42'],
      [shop.cash.id, 20_130, 30_000, null],
    ]);
    expect(await onHand(ds, shop.serum, shop.branch)).toBe(stockBefore - 1);
    expect(await ds.getRepository(StockMovement).findBy({ invoiceId: id })).toEqual([expect.objectContaining({ productId: shop.serum.id, kind: 'SALE', quantity: -1 })]);
    expect(await ds.getRepository(AuditLog).findBy({ entityType: 'invoice', entityId: id, action: 'create' })).toHaveLength(1);
  });

  it('sells to a walk-in customer by name, without a member discount', async () => {
    const { checkout } = await ok(shop.cashier, CHECKOUT, {
      input: checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.cash, 4_000)], { customerName: ' Ms Lee ' }),
    });
    expect(checkout).toMatchObject({ customerName: 'Ms Lee', totalCents: 4_000, discountCents: 0, changeCents: 0 });
    expect(await ds.getRepository(Invoice).findOneByOrFail({ id: Number(checkout.id) })).toMatchObject({ memberId: null });
  });

  it('links the invoice to the member\'s appointment at the branch, and refuses another member\'s', async () => {
    const visit = (memberId: number) => ({
      memberId, branchId: shop.branch.id, startsAt: new Date(), endsAt: new Date(), blockedUntil: new Date(), createdById: shop.cashier.id, updatedById: shop.cashier.id,
    });
    const own = await ds.getRepository(Appointment).save(visit(shop.member.id));
    const other = await ds.getRepository(Appointment).save(visit(shop.otherMember.id));
    const bill = (appointmentId: number) => ({ ...memberBill(), idempotencyKey: newKey(), appointmentId: String(appointmentId), payments: [pay(shop.card, 50_130)] });
    const { checkout } = await ok(shop.cashier, CHECKOUT, { input: bill(own.id) });
    expect(await ds.getRepository(Invoice).findOneByOrFail({ id: Number(checkout.id) })).toMatchObject({ appointmentId: own.id });
    expect(errorOf(await call(shop.cashier, CHECKOUT, { input: bill(other.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appointmentId' });
  });

  it('numbers a branch\'s invoices one after another', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) numbers.push((await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)]) })).checkout.number);
    const [a, b] = numbers.map((n) => Number(n.slice('TKOSI-'.length)));
    expect(b).toBe(a + 1);
  });

  it('works with an API token as its owner', async () => {
    const created = await ok(shop.cashier, 'mutation { createApiToken(input: { name: "POS" }) { secret } }');
    const res = await gql(CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [pay(shop.card, 2_000)]) }, { bearer: created.createApiToken.secret });
    expect(res.body.errors).toBeUndefined();
    const invoice = await ds.getRepository(Invoice).findOneByOrFail({ id: Number(res.body.data!.checkout.id) });
    expect(invoice.cashierId).toBe(shop.cashier.id);
  });

  describe('refuses, naming the field, and saves nothing', () => {
    let closed: Branch;
    let retired: Product;
    beforeAll(async () => {
      closed = await ds.getRepository(Branch).save({ code: 'OLD', name: 'Old shop', closedAt: new Date() });
      retired = await aProduct(ds, { active: false });
      await receive(ds, retired, shop.branch, 5);
      await ds.getRepository(TenderType).save({ code: 'OLDV', name: 'Old voucher', kind: 'OTHER' as TenderType['kind'], active: false });
    });

    const cases: Array<[string, () => Record<string, unknown>, string, string]> = [
      ['a closed branch', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { branchId: String(closed.id) }), 'BRANCH_CLOSED', 'branchId'],
      ['a branch outside the cashier\'s reach', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { branchId: String(shop.otherBranch.id) }), 'BAD_USER_INPUT', 'branchId'],
      ['an unknown branch', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { branchId: '999999' }), 'BAD_USER_INPUT', 'branchId'],
      ['a member of another branch the cashier may not see', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 1_800)], { memberId: String(shop.otherMember.id) }), 'NOT_FOUND', 'memberId'],
      ['an unknown member', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { memberId: '999999' }), 'NOT_FOUND', 'memberId'],
      ['no lines', () => checkoutInput(shop, [], []), 'BAD_USER_INPUT', 'lines'],
      ['an inactive product', () => checkoutInput(shop, [productLine(retired)], [pay(shop.cash, 10_000)]), 'BAD_USER_INPUT', 'lines.0.itemId'],
      ['an unknown treatment', () => checkoutInput(shop, [{ kind: 'TREATMENT', itemId: '999999', quantity: 1 }], [pay(shop.cash, 100)]), 'BAD_USER_INPUT', 'lines.0.itemId'],
      ['a quantity of 0', () => checkoutInput(shop, [productLine(shop.mask), productLine(shop.mask, 0)], [pay(shop.cash, 2_000)]), 'BAD_USER_INPUT', 'lines.1.quantity'],
      ['a discount over the line', () => checkoutInput(shop, [productLine(shop.mask, 1, { lineDiscountCents: 2_001 })], [pay(shop.cash, 100)]), 'BAD_USER_INPUT', 'lines.0.lineDiscountCents'],
      ['a negative price', () => checkoutInput(shop, [productLine(shop.mask, 1, { unitPriceCents: -1 })], [pay(shop.cash, 100)]), 'BAD_USER_INPUT', 'lines.0.unitPriceCents'],
      ['a line over what one invoice can hold', () => checkoutInput(shop, [productLine(shop.mask, 9_999, { unitPriceCents: 1_000_000 })], [pay(shop.cash, 100)]), 'BAD_USER_INPUT', 'lines.0.quantity'],
      ['a bill over what one invoice can hold', () => checkoutInput(shop, [productLine(shop.mask, 2_000, { unitPriceCents: 1_000_000 }), productLine(shop.mask, 2_000, { unitPriceCents: 1_000_000 })], [pay(shop.cash, 100)]), 'BAD_USER_INPUT', 'lines'],
      ['inactive staff credited', () => checkoutInput(shop, [productLine(shop.mask, 1, { staffId: '999999' })], [pay(shop.cash, 2_000)]), 'BAD_USER_INPUT', 'lines.0.staffId'],
      ['too little paid', () => checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.card, 1_000), pay(shop.cash, 2_000)]), 'BAD_USER_INPUT', 'payments'],
      ['nothing paid', () => checkoutInput(shop, [productLine(shop.mask)], []), 'BAD_USER_INPUT', 'payments'],
      ['a card paying more than is due', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.card, 2_500)]), 'BAD_USER_INPUT', 'payments.0.amountCents'],
      ['a payment of 0', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 0)]), 'BAD_USER_INPUT', 'payments.0.amountCents'],
      ['an unknown tender', () => checkoutInput(shop, [productLine(shop.mask)], [{ tenderTypeId: '999999', amountCents: 2_000 }]), 'BAD_USER_INPUT', 'payments.0.tenderTypeId'],
      ['an appointment that is not the member\'s', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { appointmentId: '999999' }), 'BAD_USER_INPUT', 'appointmentId'],
      ['a blank idempotency key', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { idempotencyKey: '  ' }), 'BAD_USER_INPUT', 'idempotencyKey'],
      ['a note over 500 characters', () => checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)], { note: 'x'.repeat(501) }), 'BAD_USER_INPUT', 'note'],
    ];

    it.each(cases)('%s', async (_what, input, code, field) => {
      const before = await Promise.all([Invoice, InvoiceLine, InvoicePayment, StockMovement, IdempotencyKey].map((e) => ds.getRepository(e).count()));
      const maskStock = await onHand(ds, shop.mask, shop.branch);
      const error = errorOf(await call(shop.cashier, CHECKOUT, { input: input() }));
      expect(error).toMatchObject({ code, field });
      expect(error.message).not.toMatch(/^errors\./);
      expect(await Promise.all([Invoice, InvoiceLine, InvoicePayment, StockMovement, IdempotencyKey].map((e) => ds.getRepository(e).count()))).toEqual(before);
      expect(await onHand(ds, shop.mask, shop.branch)).toBe(maskStock);
    });

    it('says in the viewer\'s language what is still due', async () => {
      const body = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.card, 1_000)]) });
      expect(errorOf(body).message).toContain('30.00');
      const zh = await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask, 2)], [pay(shop.card, 1_000)]) }, 'zh-HK');
      expect(errorOf(zh).message).toContain('尚欠 30.00');
    });

    it('OUT_OF_STOCK refuses the whole sale', async () => {
      const scarce = await aProduct(ds);
      await receive(ds, scarce, shop.branch, 1);
      const invoices = await ds.getRepository(Invoice).count();
      const error = errorOf(await call(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask), productLine(scarce, 2)], [pay(shop.cash, 22_000)]) }));
      expect(error.code).toBe('OUT_OF_STOCK');
      expect(await ds.getRepository(Invoice).count()).toBe(invoices);
      expect(await onHand(ds, scarce, shop.branch)).toBe(1);
    });

    it('without sales.checkout: FORBIDDEN', async () => {
      expect(errorOf(await call(shop.salesperson, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)]) })).code).toBe('FORBIDDEN');
      expect(errorOf(await call(shop.salesperson, QUOTE, { input: { branchId: String(shop.branch.id), lines: [productLine(shop.mask)] } })).code).toBe('FORBIDDEN');
    });
  });

  describe('idempotency', () => {
    it('a retry with the same key returns the first invoice and charges once', async () => {
      const stock = await onHand(ds, shop.serum, shop.branch);
      const input = checkoutInput(shop, [productLine(shop.serum, 2)], [pay(shop.cash, 30_000)]);
      const first = (await ok(shop.cashier, CHECKOUT, { input })).checkout;
      const again = (await ok(shop.cashier, CHECKOUT, { input })).checkout;
      expect(again).toEqual(first);
      expect(await ds.getRepository(Invoice).countBy({ id: Number(first.id) })).toBe(1);
      expect(await ds.getRepository(IdempotencyKey).findOneByOrFail({ scope: 'checkout', key: input.idempotencyKey })).toMatchObject({ resultId: Number(first.id) });
      expect(await onHand(ds, shop.serum, shop.branch)).toBe(stock - 2);
    });

    it('the same key with a different request is IDEMPOTENCY_KEY_REUSED', async () => {
      const input = checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 2_000)]);
      await ok(shop.cashier, CHECKOUT, { input });
      const invoices = await ds.getRepository(Invoice).count();
      const error = errorOf(await call(shop.cashier, CHECKOUT, { input: { ...input, lines: [productLine(shop.mask, 2)], payments: [pay(shop.cash, 4_000)] } }));
      expect(error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
      expect(await ds.getRepository(Invoice).count()).toBe(invoices);
    });

    it('a refused request leaves its key free for the corrected retry', async () => {
      const input = checkoutInput(shop, [productLine(shop.mask)], [pay(shop.cash, 1_000)]);
      expect(errorOf(await call(shop.cashier, CHECKOUT, { input })).field).toBe('payments');
      const { checkout } = await ok(shop.cashier, CHECKOUT, { input: { ...input, payments: [pay(shop.cash, 2_000)] } });
      expect(checkout.totalCents).toBe(2_000);
    });
  });
});

describe('held bills', () => {
  it('parks a bill without reserving stock, lists it oldest first with who held it, and takes it up once', async () => {
    const stock = await onHand(ds, shop.serum, shop.branch);
    const first = (await ok(shop.cashier, HOLD, { input: { ...memberBill(), label: 'Ms Chan', note: 'back in 10' } })).holdBill;
    const second = (await ok(shop.cashier, HOLD, { input: { branchId: String(shop.branch.id), customerName: 'Walk-in', lines: [productLine(shop.mask, 3)] } })).holdBill;
    expect(first).toMatchObject({
      label: 'Ms Chan',
      note: 'back in 10',
      customerName: null,
      totalCents: 50_130,
      ageMinutes: 0,
      heldBy: { id: String(shop.cashier.id), displayName: shop.cashier.displayName },
      member: { id: String(shop.member.id) },
    });
    expect(first.lines[1]).toEqual({
      kind: 'TREATMENT', itemId: String(shop.facial.id), code: shop.facial.code, label: 'Facial', quantity: 1, unitPriceCents: 48_000, lineDiscountCents: 3_000, staffId: String(shop.beautician.id),
    });
    expect(second).toMatchObject({ customerName: 'Walk-in', member: null, totalCents: 6_000 });
    expect(await onHand(ds, shop.serum, shop.branch)).toBe(stock);

    const listed = (await ok(shop.cashier, HELD_BILLS, { branchId: String(shop.branch.id), first: 1 })).heldBills;
    expect(listed).toMatchObject({ totalCount: 2, nodes: [{ id: first.id }], pageInfo: { hasNextPage: true } });
    const next = (await ok(shop.cashier, HELD_BILLS, { branchId: String(shop.branch.id), first: 1, after: listed.pageInfo.endCursor })).heldBills;
    expect(next.nodes.map((n: { id: string }) => n.id)).toEqual([second.id]);

    const resumed = (await ok(shop.cashier, RESUME, { id: first.id })).resumeHeldBill;
    expect(resumed.lines).toEqual(first.lines);
    expect(errorOf(await call(shop.manager, RESUME, { id: first.id }))).toMatchObject({ code: 'ALREADY_RESUMED', field: 'id' });
    await ok(shop.manager, DISCARD, { id: second.id });
    expect(errorOf(await call(shop.cashier, RESUME, { id: second.id })).code).toBe('ALREADY_RESUMED');
    expect((await ok(shop.cashier, HELD_BILLS, { branchId: String(shop.branch.id) })).heldBills.totalCount).toBe(0);
    const audit = await ds.getRepository(AuditLog).findBy({ entityType: 'held_bill' });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'create', 'discard', 'resume']);
  });

  it('shows no member the viewer may not see', async () => {
    const held = (await ok(shop.manager, HOLD, { input: { branchId: String(shop.branch.id), memberId: String(shop.otherMember.id), lines: [productLine(shop.mask)] } })).holdBill;
    const listed = (await ok(shop.cashier, HELD_BILLS, { branchId: String(shop.branch.id) })).heldBills.nodes;
    expect(listed.find((n: { id: string }) => n.id === held.id).member).toBeNull();
    await ok(shop.manager, DISCARD, { id: held.id });
  });

  it('checks lines as checkout does, and an unknown bill is NOT_FOUND', async () => {
    expect(errorOf(await call(shop.cashier, HOLD, { input: { branchId: String(shop.branch.id), lines: [productLine(shop.mask, 0)] } })).field).toBe('lines.0.quantity');
    expect(errorOf(await call(shop.cashier, RESUME, { id: '999999' })).code).toBe('NOT_FOUND');
  });
});

describe('voidInvoice', () => {
  async function sell(quantity: number) {
    return (await ok(shop.cashier, CHECKOUT, { input: checkoutInput(shop, [productLine(shop.mask, quantity)], [pay(shop.cash, 2_000 * quantity)]) })).checkout;
  }

  it('voids on the same day with a reason: status, stock back as VOID moves, audited; a second void is refused', async () => {
    const stock = await onHand(ds, shop.mask, shop.branch);
    const invoice = await sell(3);
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock - 3);
    expect(errorOf(await call(shop.cashier, VOID, { id: invoice.id, reason: 'wrong item' })).code).toBe('FORBIDDEN');
    expect(errorOf(await call(shop.manager, VOID, { id: invoice.id, reason: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const voided = (await ok(shop.manager, VOID, { id: invoice.id, reason: 'wrong item' })).voidInvoice;
    expect(voided).toMatchObject({ status: 'VOIDED', voidReason: 'wrong item', voidedAt: expect.any(String) });
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock);
    expect(await ds.getRepository(StockMovement).findBy({ invoiceId: Number(invoice.id), kind: 'VOID' as StockMovement['kind'] })).toEqual([
      expect.objectContaining({ productId: shop.mask.id, quantity: 3, reason: 'wrong item' }),
    ]);
    expect(await ds.getRepository(AuditLog).findBy({ entityType: 'invoice', entityId: Number(invoice.id), action: 'void' })).toHaveLength(1);
    expect(errorOf(await call(shop.manager, VOID, { id: invoice.id, reason: 'again' }))).toMatchObject({ code: 'ALREADY_VOIDED', field: 'id' });
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock);
  });

  it('refuses an invoice of an earlier business day, leaving it and its stock alone', async () => {
    const invoice = await sell(1);
    await ds.getRepository(Invoice).update({ id: Number(invoice.id) }, { businessDate: '2020-01-02' });
    const stock = await onHand(ds, shop.mask, shop.branch);
    const error = errorOf(await call(shop.manager, VOID, { id: invoice.id, reason: 'late' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('2020-01-02');
    expect(await ds.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) })).toMatchObject({ status: 'ISSUED' });
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock);
  });

  it('refuses an invoice with units already returned, even when the return refunded nothing', async () => {
    const invoice = await sell(2);
    const line = await ds.getRepository(InvoiceLine).findOneByOrFail({ invoiceId: Number(invoice.id) });
    await ds.getRepository(InvoiceLine).update({ id: line.id }, { returnedQuantity: 1 });
    const stock = await onHand(ds, shop.mask, shop.branch);
    expect(errorOf(await call(shop.manager, VOID, { id: invoice.id, reason: 'changed mind' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await ds.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) })).toMatchObject({ status: 'ISSUED' });
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock);
  });

  it('a void racing a return of the same invoice: never both, and the stock counts the units back once', async () => {
    const stock = await onHand(ds, shop.mask, shop.branch);
    const invoice = await sell(2);
    const line = await ds.getRepository(InvoiceLine).findOneByOrFail({ invoiceId: Number(invoice.id) });
    const [voided, returned] = await Promise.all([
      call(shop.manager, VOID, { id: invoice.id, reason: 'race' }),
      call(shop.manager, RETURN, { input: { idempotencyKey: newKey(), invoiceId: invoice.id, lines: [{ invoiceLineId: String(line.id), quantity: 2 }], refundTenderTypeId: String(shop.cash.id) } }),
    ]);
    const wins = [voided, returned].filter((r) => !r.errors);
    expect(wins).toHaveLength(1);
    expect(await onHand(ds, shop.mask, shop.branch)).toBe(stock);
  });

  it('an unknown invoice is NOT_FOUND', async () => {
    expect(errorOf(await call(shop.manager, VOID, { id: '999999', reason: 'x' })).code).toBe('NOT_FOUND');
  });
});
