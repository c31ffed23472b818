/**
 * The cashier's catalogue reads (the agreed contract): sellableItems lists active products first,
 * then active treatments, by code, matching code, barcode or name, each product with its stock at
 * the branch asked about; sellableItemByCode is the scanner's exact lookup; tenderTypes lists the
 * ways to pay in the cashier's order with their label in the caller's language.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Branch, Product, Staff, StockLevel, TenderType, Treatment } from '../../entities';
import { TenderKind } from '../../entities/tender-type.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let salesperson: Staff;
let cookie: string;

const ITEMS = `query ($branchId: ID!, $search: String, $first: Int, $after: String) {
  sellableItems(branchId: $branchId, search: $search, first: $first, after: $after) {
    nodes { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock }
    pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const BY_CODE = `query ($branchId: ID!, $code: String!) {
  sellableItemByCode(branchId: $branchId, code: $code) { kind itemId code label priceCents onHand allowNegativeStock }
}`;
const TENDERS = `query ($all: Boolean) { tenderTypes(includeInactive: $all, first: 50) { nodes { code label kind givesChange sortOrder active } } }`;

let mask: Product;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  cookie = await sessionCookieFor(salesperson);
  const products = ds.getRepository(Product);
  mask = await products.save({ code: 'P002', barcode: '4890000000012', name: '保濕面膜', translations: { en: 'Hydrating mask' }, priceCents: 12800, taxRateBasisPoints: 0 });
  await products.save({ code: 'P001', barcode: null, name: '潔面乳', priceCents: 9800, allowNegativeStock: true });
  await products.save({ code: 'P003', name: '舊款面霜', priceCents: 5000, active: false });
  await ds.getRepository(Treatment).save([
    { code: 'T01', name: 'Facial A', durationMinutes: 60, priceCents: 48000 },
    { code: 'P0X', name: 'Peel', durationMinutes: 30, priceCents: 30000 },
    { code: 'T09', name: 'Old one', durationMinutes: 30, priceCents: 100, active: false },
  ]);
  await ds.getRepository(StockLevel).save({ productId: mask.id, branchId: tko.id, onHand: 7 });
});

afterAll(() => db.drop());

const as = (query: string, variables: Record<string, unknown>, locale = 'en') => gql(query, variables, { cookie, locale });

describe('sellableItems', () => {
  it('lists active products first, then active treatments, each by code, with the stock at the branch', async () => {
    const res = await as(ITEMS, { branchId: String(tko.id) });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.sellableItems.nodes;
    expect(nodes.map((n: any) => `${n.kind}:${n.code}`)).toEqual(['PRODUCT:P001', 'PRODUCT:P002', 'TREATMENT:P0X', 'TREATMENT:T01']);
    expect(nodes[1]).toMatchObject({ itemId: String(mask.id), barcode: '4890000000012', label: 'Hydrating mask', priceCents: 12800, onHand: 7, allowNegativeStock: false });
    expect(nodes[0]).toMatchObject({ onHand: 0, allowNegativeStock: true });
    expect(nodes[3]).toMatchObject({ onHand: null, barcode: null, label: 'Facial A', taxRateBasisPoints: 0 });
    expect(res.body.data!.sellableItems.totalCount).toBe(4);
  });

  it('shows the stock of the branch asked about', async () => {
    const res = await as(ITEMS, { branchId: String(tst.id), search: '4890000000012' });
    expect(res.body.data!.sellableItems.nodes).toEqual([expect.objectContaining({ code: 'P002', onHand: 0 })]);
  });

  it.each([
    ['code', 'p0', ['P001', 'P002', 'P0X']],
    ['barcode', '48900', ['P002']],
    ['name', '面膜', ['P002']],
    ['translation', 'hydrat', ['P002']],
    ['treatment name', 'facial', ['T01']],
  ])('matches by %s', async (_what, search, codes) => {
    const res = await as(ITEMS, { branchId: String(tko.id), search });
    expect(res.body.data!.sellableItems.nodes.map((n: any) => n.code)).toEqual(codes);
  });

  it('pages across products and treatments without losing or repeating an item', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await as(ITEMS, { branchId: String(tko.id), first: 1, after });
      const connection = res.body.data!.sellableItems;
      seen.push(...connection.nodes.map((n: any) => n.code));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['P001', 'P002', 'P0X', 'T01']);
  });

  it('refuses an unknown branch and an anonymous caller', async () => {
    const unknown = await as(ITEMS, { branchId: '99999' });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await gql(ITEMS, { branchId: String(tko.id) });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sellableItemByCode', () => {
  it.each([
    ['a barcode', '4890000000012', 'P002', 'PRODUCT'],
    ['a product code', 'P001', 'P001', 'PRODUCT'],
    ['a treatment code', 'T01', 'T01', 'TREATMENT'],
    ['a code with spaces around it', ' P001 ', 'P001', 'PRODUCT'],
  ])('finds %s', async (_what, code, expected, kind) => {
    const res = await as(BY_CODE, { branchId: String(tko.id), code });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.sellableItemByCode).toMatchObject({ code: expected, kind });
  });

  it.each([['an inactive product', 'P003'], ['an inactive treatment', 'T09'], ['a partial code', 'P00'], ['nothing', '']])('is null for %s', async (_what, code) => {
    const res = await as(BY_CODE, { branchId: String(tko.id), code });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.sellableItemByCode).toBeNull();
  });
});

describe('tenderTypes', () => {
  beforeAll(async () => {
    await ds.getRepository(TenderType).save({ code: 'OLD', name: '舊券', translations: { en: 'Old voucher' }, kind: TenderKind.OTHER, sortOrder: 1, active: false });
  });

  it('lists the active ways to pay in the cashier\'s order, labelled in the caller\'s language', async () => {
    const res = await as(TENDERS, {}, 'zh-HK');
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.tenderTypes.nodes;
    // The prepaid tenders (stored value, discount package) come after the money ones.
    expect(nodes.map((n: any) => [n.code, n.kind])).toEqual([['CASH', 'CASH'], ['CARD', 'CARD'], ['FPS', 'BANK_TRANSFER'], ['SV', 'STORED_VALUE'], ['PKG', 'PACKAGE']]);
    expect(nodes[0]).toMatchObject({ kind: 'CASH', givesChange: true, active: true });
    expect(nodes[1]).toMatchObject({ givesChange: false });
  });

  it('includes inactive ones when asked', async () => {
    const res = await as(TENDERS, { all: true }, 'en');
    expect(res.body.data!.tenderTypes.nodes.map((n: any) => n.code)).toContain('OLD');
    expect(res.body.data!.tenderTypes.nodes.find((n: any) => n.code === 'OLD').label).toBe('Old voucher');
  });
});
