/**
 * Stock per branch through GraphQL: receiving, adjusting with a reason and transferring between
 * branches, each through the one ledger function; on hand never below zero unless the product
 * allows it, also under concurrent adjustments; a transfer moves both branches or neither; on hand
 * always equals the sum of the ledger; the low-stock list and the movements of a product.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Branch, Product, StockLevel, StockMovement, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let admin: Staff;
let cookies: Record<'admin' | 'frontDesk', string>;

const RECEIVE = `mutation ($input: ReceiveStockInput!, $branchId: ID!) { receiveStock(input: $input) { id onHand(branchId: $branchId) } }`;
const ADJUST = `mutation ($input: AdjustStockInput!, $branchId: ID!) { adjustStock(input: $input) { id onHand(branchId: $branchId) } }`;
const TRANSFER = `mutation ($input: TransferStockInput!) { transferStock(input: $input) { id stockLevels { onHand branch { code } } } }`;
const LOW = `query ($branchId: ID!) { lowStock(branchId: $branchId, first: 50) { nodes { code onHand(branchId: $branchId) lowStockThreshold } totalCount } }`;
const MOVEMENTS = `query ($productId: ID!, $branchId: ID, $first: Int, $after: String) {
  stockMovements(productId: $productId, branchId: $branchId, first: $first, after: $after) {
    nodes { id kind quantity reason branch { code } counterpartBranch { code } staff { id } invoiceId }
    pageInfo { hasNextPage endCursor } totalCount
  }
}`;

const as = (who: keyof typeof cookies, query: string, variables: Record<string, unknown> = {}) => gql(query, variables, { cookie: cookies[who], locale: 'en' });

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

let counter = 0;
const aProduct = (overrides: Partial<Product> = {}) =>
  ds.getRepository(Product).save({ code: `S${++counter}`, name: `Stock item ${counter}`, priceCents: 1000, ...overrides });

async function onHand(product: Product, branch: Branch): Promise<number> {
  return (await ds.getRepository(StockLevel).findOneBy({ productId: product.id, branchId: branch.id }))?.onHand ?? 0;
}

async function ledgerSum(product: Product, branch: Branch): Promise<number> {
  const rows = await ds.getRepository(StockMovement).findBy({ productId: product.id, branchId: branch.id });
  return rows.reduce((sum, row) => sum + row.quantity, 0);
}

const state = async () => JSON.stringify({
  levels: await ds.getRepository(StockLevel).find({ order: { productId: 'ASC', branchId: 'ASC' } }),
  movements: await ds.getRepository(StockMovement).count(),
  audit: await ds.getRepository(AuditLog).count(),
});

const ids = (product: Product, branch: Branch) => ({ productId: String(product.id), branchId: String(branch.id) });

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  cookies = { admin: await sessionCookieFor(admin), frontDesk: await sessionCookieFor(await aStaff(ds, tko, [StaffRole.FRONT_DESK])) };
});

afterAll(() => db.drop());

describe('receiving and adjusting', () => {
  it('receives goods into one branch, recorded in the ledger and audited', async () => {
    const product = await aProduct();
    const res = await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 12, reason: 'DN-001' }, branchId: String(tko.id) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.receiveStock.onHand).toBe(12);
    expect(await onHand(product, tst)).toBe(0);
    const [movement] = await ds.getRepository(StockMovement).findBy({ productId: product.id });
    expect(movement).toMatchObject({ kind: 'RECEIVE', quantity: 12, reason: 'DN-001', branchId: tko.id, staffId: admin.id });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'stock', entityId: product.id });
    expect(audit).toMatchObject({ action: 'receive', actorId: admin.id });
    expect(JSON.parse(audit.after!)).toMatchObject({ branchId: tko.id, quantity: 12, onHand: 12 });
  });

  it('adjusts by a signed difference with its reason and never below zero', async () => {
    const product = await aProduct();
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 5 }, branchId: String(tko.id) });
    const down = await as('admin', ADJUST, { input: { ...ids(product, tko), delta: -3, reason: 'Broken' }, branchId: String(tko.id) });
    expect(down.body.data!.adjustStock.onHand).toBe(2);
    const before = await state();
    const tooFar = await as('admin', ADJUST, { input: { ...ids(product, tko), delta: -3, reason: 'Count' }, branchId: String(tko.id) });
    expect(refusal(tooFar)).toMatchObject({ code: 'OUT_OF_STOCK' });
    expect(tooFar.body.errors![0].message).toContain(product.code);
    expect(await state()).toBe(before);
    const untouched = await as('admin', ADJUST, { input: { ...ids(product, tst), delta: -1, reason: 'Count' }, branchId: String(tst.id) });
    expect(refusal(untouched).code).toBe('OUT_OF_STOCK');
    expect(await onHand(product, tst)).toBe(0);
  });

  it('lets a product allowing negative stock go below zero', async () => {
    const product = await aProduct({ allowNegativeStock: true });
    const res = await as('admin', ADJUST, { input: { ...ids(product, tko), delta: -4, reason: 'Made to order' }, branchId: String(tko.id) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.adjustStock.onHand).toBe(-4);
  });

  it.each([
    ['receive nothing', RECEIVE, { quantity: 0 }, 'quantity'],
    ['receive a negative quantity', RECEIVE, { quantity: -2 }, 'quantity'],
    ['adjust by zero', ADJUST, { delta: 0, reason: 'x' }, 'delta'],
    ['adjust without a reason', ADJUST, { delta: 1, reason: '  ' }, 'reason'],
    ['adjust with a reason too long', ADJUST, { delta: 1, reason: 'x'.repeat(201) }, 'reason'],
  ])('refuses to %s, naming the field, saving nothing', async (_what, mutation, input, field) => {
    const product = await aProduct();
    const before = await state();
    const res = await as('admin', mutation, { input: { ...ids(product, tko), ...input }, branchId: String(tko.id) });
    expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await state()).toBe(before);
  });

  it('refuses an unknown product or branch', async () => {
    const product = await aProduct();
    expect(refusal(await as('admin', RECEIVE, { input: { productId: '99999', branchId: String(tko.id), quantity: 1 }, branchId: String(tko.id) })).code).toBe('NOT_FOUND');
    expect(refusal(await as('admin', RECEIVE, { input: { productId: String(product.id), branchId: '99999', quantity: 1 }, branchId: String(tko.id) }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'branchId',
    });
  });

  it('refuses stock moves without products.stock, saving nothing', async () => {
    const product = await aProduct();
    const before = await state();
    expect(refusal(await as('frontDesk', RECEIVE, { input: { ...ids(product, tko), quantity: 1 }, branchId: String(tko.id) })).code).toBe('FORBIDDEN');
    expect(refusal(await as('frontDesk', ADJUST, { input: { ...ids(product, tko), delta: 1, reason: 'x' }, branchId: String(tko.id) })).code).toBe('FORBIDDEN');
    expect(refusal(await as('frontDesk', TRANSFER, { input: { productId: String(product.id), fromBranchId: String(tko.id), toBranchId: String(tst.id), quantity: 1 } })).code).toBe('FORBIDDEN');
    expect(await state()).toBe(before);
  });
});

describe('transfers', () => {
  it('moves units out of one branch and into the other with two ledger rows', async () => {
    const product = await aProduct();
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 10 }, branchId: String(tko.id) });
    const res = await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: String(tko.id), toBranchId: String(tst.id), quantity: 4, reason: 'Weekend promo' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.transferStock.stockLevels).toEqual([{ onHand: 6, branch: { code: 'TKO' } }, { onHand: 4, branch: { code: 'TST' } }]);
    const rows = await ds.getRepository(StockMovement).find({ where: { productId: product.id }, order: { id: 'ASC' } });
    expect(rows.slice(1).map((r) => [r.kind, r.branchId, r.quantity, r.counterpartBranchId])).toEqual([
      ['TRANSFER_OUT', tko.id, -4, tst.id],
      ['TRANSFER_IN', tst.id, 4, tko.id],
    ]);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'stock', entityId: product.id, action: 'transfer' })).toBe(1);
  });

  it('changes neither branch when the sender has too few', async () => {
    const product = await aProduct();
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 2 }, branchId: String(tko.id) });
    const before = await state();
    const res = await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: String(tko.id), toBranchId: String(tst.id), quantity: 3 } });
    expect(refusal(res).code).toBe('OUT_OF_STOCK');
    expect(await state()).toBe(before);
    expect(await onHand(product, tst)).toBe(0);
  });

  it('refuses a transfer to the same branch', async () => {
    const product = await aProduct();
    const res = await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: String(tko.id), toBranchId: String(tko.id), quantity: 1 } });
    expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toBranchId' });
  });
});

describe('the ledger', () => {
  it('keeps on hand equal to the sum of its movements after a sequence of moves', async () => {
    const product = await aProduct();
    const t = String(tko.id);
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 20 }, branchId: t });
    await as('admin', ADJUST, { input: { ...ids(product, tko), delta: -7, reason: 'Count' }, branchId: t });
    await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: t, toBranchId: String(tst.id), quantity: 5 } });
    await as('admin', ADJUST, { input: { ...ids(product, tko), delta: -100, reason: 'Refused' }, branchId: t });
    await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: String(tst.id), toBranchId: t, quantity: 2 } });
    await as('admin', RECEIVE, { input: { ...ids(product, tst), quantity: 1 }, branchId: t });
    for (const branch of [tko, tst]) expect(await onHand(product, branch)).toBe(await ledgerSum(product, branch));
    expect(await onHand(product, tko)).toBe(10);
    expect(await onHand(product, tst)).toBe(4);
  });

  it('loses no update under 20 concurrent -1 adjustments of 10 units: exactly 10 pass', async () => {
    const product = await aProduct();
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 10 }, branchId: String(tko.id) });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => as('admin', ADJUST, { input: { ...ids(product, tko), delta: -1, reason: 'Sold offline' }, branchId: String(tko.id) })),
    );
    expect(results.filter((r) => !r.body.errors).length).toBe(10);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'OUT_OF_STOCK').length).toBe(10);
    expect(await onHand(product, tko)).toBe(0);
    expect(await ledgerSum(product, tko)).toBe(0);
  });

  it('starts a branch\'s stock under 20 concurrent first receipts without losing one', async () => {
    const product = await aProduct();
    const results = await Promise.all(Array.from({ length: 20 }, () => as('admin', RECEIVE, { input: { ...ids(product, tst), quantity: 2 }, branchId: String(tst.id) })));
    expect(results.filter((r) => r.body.errors)).toEqual([]);
    expect(await onHand(product, tst)).toBe(40);
    expect(await ledgerSum(product, tst)).toBe(40);
  });

  it('lists a product\'s movements newest first, per branch or all, a page at a time', async () => {
    const product = await aProduct();
    const t = String(tko.id);
    await as('admin', RECEIVE, { input: { ...ids(product, tko), quantity: 3 }, branchId: t });
    await as('admin', ADJUST, { input: { ...ids(product, tko), delta: 1, reason: 'Found one' }, branchId: t });
    await as('admin', TRANSFER, { input: { productId: String(product.id), fromBranchId: t, toBranchId: String(tst.id), quantity: 2 } });
    const all = (await as('frontDesk', MOVEMENTS, { productId: String(product.id) })).body.data!.stockMovements;
    expect(all.nodes.map((n: any) => `${n.kind}@${n.branch.code}:${n.quantity}`)).toEqual(['TRANSFER_IN@TST:2', 'TRANSFER_OUT@TKO:-2', 'ADJUST@TKO:1', 'RECEIVE@TKO:3']);
    expect(all.nodes[0]).toMatchObject({ counterpartBranch: { code: 'TKO' }, staff: { id: String(admin.id) }, invoiceId: null });
    expect(all.totalCount).toBe(4);
    const atTst = (await as('frontDesk', MOVEMENTS, { productId: String(product.id), branchId: String(tst.id) })).body.data!.stockMovements;
    expect(atTst.nodes).toHaveLength(1);
    const first = (await as('frontDesk', MOVEMENTS, { productId: String(product.id), first: 3 })).body.data!.stockMovements;
    const rest = (await as('frontDesk', MOVEMENTS, { productId: String(product.id), first: 3, after: first.pageInfo.endCursor })).body.data!.stockMovements;
    expect([...first.nodes, ...rest.nodes].map((n: any) => n.id)).toEqual(all.nodes.map((n: any) => n.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe('low stock', () => {
  it('lists active products at or below their threshold at a branch, never stocked counting as 0', async () => {
    await ds.getRepository(StockMovement).clear();
    await ds.getRepository(StockLevel).clear();
    await ds.getRepository(Product).update({ active: true }, { active: false });
    const enough = await aProduct({ code: 'L-ENOUGH', lowStockThreshold: 2 });
    const atThreshold = await aProduct({ code: 'L-AT', lowStockThreshold: 2 });
    await aProduct({ code: 'L-NEVER', lowStockThreshold: 0 });
    await aProduct({ code: 'L-OFF', lowStockThreshold: 5, active: false });
    await ds.getRepository(StockLevel).save([
      { productId: enough.id, branchId: tko.id, onHand: 3 },
      { productId: atThreshold.id, branchId: tko.id, onHand: 2 },
      { productId: enough.id, branchId: tst.id, onHand: 1 },
    ]);
    const low = (await as('frontDesk', LOW, { branchId: String(tko.id) })).body.data!.lowStock;
    expect(low.nodes).toEqual([{ code: 'L-AT', onHand: 2, lowStockThreshold: 2 }, { code: 'L-NEVER', onHand: 0, lowStockThreshold: 0 }]);
    expect(low.totalCount).toBe(2);
    const atTst = (await as('frontDesk', LOW, { branchId: String(tst.id) })).body.data!.lowStock;
    expect(atTst.nodes.map((n: any) => n.code)).toEqual(['L-AT', 'L-ENOUGH', 'L-NEVER']);
  });
});
