/**
 * Package types through GraphQL on a real database (`003_*`): managers create, change and stop
 * selling them (audited); the editor's suggested value is the treatments' prices × 10; a discount
 * package priced at or above its value, a session package without sessions and treatments that do
 * not exist or are inactive are refused naming the field, in the caller's language.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog } from '../../entities';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aTreatment, call, errorOf, ok } from './appointment-booking.fixtures';
import { aShop, type Shop } from './sales-checkout.fixtures';

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

const FIELDS = 'id code name kind sessions valueCents priceCents validityMonths active treatmentsAny treatmentIds treatments { id code }';
const CREATE = `mutation ($input: PackageTypeInput!) { createPackageType(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: PackageTypeInput!) { updatePackageType(id: $id, input: $input) { ${FIELDS} } }`;
const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setPackageTypeActive(id: $id, active: $active) { id active } }`;
const LIST = `query ($active: Boolean, $search: String, $first: Int, $after: String) { packageTypes(active: $active, search: $search, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id code active } } }`;
const ONE = `query ($id: ID!) { packageType(id: $id) { ${FIELDS} } }`;
const SUGGEST = `query ($ids: [ID!]!) { packageValueSuggestion(treatmentIds: $ids) }`;

let codeNo = 0;
const valueType = (extra: Record<string, unknown> = {}) => ({ code: `MC${++codeNo}`, name: 'Member C', kind: 'VALUE', treatmentIds: null, valueCents: 400_000, priceCents: 350_000, validityMonths: 6, ...extra });
const sessionType = (extra: Record<string, unknown> = {}) => ({ code: `F10-${++codeNo}`, name: 'Facial ×10', kind: 'SESSIONS', sessions: 10, priceCents: 400_000, validityMonths: 12, ...extra });

describe('package types', () => {
  it('creates a discount package for any treatment and one for chosen treatments, audited', async () => {
    const any = (await ok(shop.manager, CREATE, { input: valueType() })).createPackageType;
    expect(any).toMatchObject({ kind: 'VALUE', valueCents: 400_000, priceCents: 350_000, sessions: null, validityMonths: 6, active: true, treatmentsAny: true, treatmentIds: null, treatments: [] });
    const peel = await aTreatment(ds, { code: `PL${codeNo}`, name: 'Peel', priceCents: 30_000 });
    const chosen = (await ok(shop.manager, CREATE, { input: sessionType({ treatmentIds: [String(peel.id), String(shop.facial.id)], valueCents: 999 }) })).createPackageType;
    expect(chosen).toMatchObject({ kind: 'SESSIONS', sessions: 10, valueCents: null, treatmentsAny: false });
    expect(chosen.treatments.map((t: { id: string }) => t.id).sort()).toEqual([String(shop.facial.id), String(peel.id)].sort());
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'package_type', entityId: Number(chosen.id), action: 'create' });
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: 'SESSIONS', sessions: 10, priceCents: 400_000 });
  });

  it('suggests the linked treatments\' prices added up, times ten', async () => {
    const peel = await aTreatment(ds, { code: `SG${++codeNo}`, name: 'Peel', priceCents: 12_345 });
    expect((await ok(shop.cashier, SUGGEST, { ids: [String(peel.id), String(shop.facial.id)] })).packageValueSuggestion).toBe((12_345 + 48_000) * 10);
    expect((await ok(shop.cashier, SUGGEST, { ids: [] })).packageValueSuggestion).toBe(0);
  });

  it('refuses a price at or above the value naming priceCents, in the caller\'s language', async () => {
    const en = errorOf(await call(shop.manager, CREATE, { input: valueType({ priceCents: 400_000 }) }));
    expect(en).toMatchObject({ code: 'BAD_USER_INPUT', field: 'priceCents' });
    expect(en.message).toContain('4000.00');
    const zh = errorOf(await call(shop.manager, CREATE, { input: valueType({ priceCents: 500_000 }) }, 'zh-HK'));
    expect(zh.field).toBe('priceCents');
    expect(zh.message).toContain('面值');
  });

  it('refuses what a type cannot hold, naming the field', async () => {
    const inactive = await aTreatment(ds, { code: `IN${++codeNo}`, name: 'Old', active: false });
    const cases: Array<[Record<string, unknown>, string]> = [
      [sessionType({ sessions: null }), 'sessions'],
      [sessionType({ sessions: 1000 }), 'sessions'],
      [valueType({ valueCents: null }), 'valueCents'],
      [sessionType({ validityMonths: 0 }), 'validityMonths'],
      [sessionType({ validityMonths: 121 }), 'validityMonths'],
      [sessionType({ treatmentIds: ['999999'] }), 'treatmentIds'],
      [sessionType({ treatmentIds: [String(inactive.id)] }), 'treatmentIds'],
      [sessionType({ treatmentIds: [] }), 'treatmentIds'],
      [sessionType({ code: 'A B' }), 'code'],
    ];
    for (const [input, field] of cases) expect(errorOf(await call(shop.manager, CREATE, { input }))).toMatchObject({ field });
    const taken = (await ok(shop.manager, CREATE, { input: sessionType() })).createPackageType;
    expect(errorOf(await call(shop.manager, CREATE, { input: sessionType({ code: taken.code.toLowerCase() }) }))).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
  });

  it('lets only prepaid.manage change types', async () => {
    expect(errorOf(await call(shop.cashier, CREATE, { input: sessionType() })).code).toBe('FORBIDDEN');
    const type = (await ok(shop.manager, CREATE, { input: sessionType() })).createPackageType;
    expect(errorOf(await call(shop.cashier, SET_ACTIVE, { id: type.id, active: false })).code).toBe('FORBIDDEN');
  });

  it('updates and deactivates a type, audited with what changed; lists by code with the active filter and a search', async () => {
    const type = (await ok(shop.manager, CREATE, { input: sessionType({ code: 'ZZUPD' }) })).createPackageType;
    const updated = (await ok(shop.manager, UPDATE, { id: type.id, input: sessionType({ code: 'ZZUPD', sessions: 12, priceCents: 450_000 }) })).updatePackageType;
    expect(updated).toMatchObject({ sessions: 12, priceCents: 450_000 });
    const change = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'package_type', entityId: Number(type.id), action: 'update' });
    expect(JSON.parse(change.before!)).toEqual({ sessions: 10, priceCents: 400_000 });
    expect((await ok(shop.manager, SET_ACTIVE, { id: type.id, active: false })).setPackageTypeActive.active).toBe(false);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'package_type', entityId: Number(type.id), action: 'deactivate' })).toBe(1);

    const inactive = (await ok(shop.cashier, LIST, { active: false, first: 50 })).packageTypes.nodes.map((n: { code: string }) => n.code);
    expect(inactive).toContain('ZZUPD');
    const active = (await ok(shop.cashier, LIST, { active: true, first: 50 })).packageTypes.nodes.map((n: { code: string }) => n.code);
    expect(active).not.toContain('ZZUPD');
    expect(active).toEqual([...active].sort());
    expect((await ok(shop.cashier, LIST, { search: 'zzu' })).packageTypes.nodes.map((n: { code: string }) => n.code)).toEqual(['ZZUPD']);
    const first = (await ok(shop.cashier, LIST, { first: 2 })).packageTypes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(shop.cashier, LIST, { first: 50, after: first.pageInfo.endCursor })).packageTypes;
    expect(next.nodes.length + 2).toBe(first.totalCount);
    expect((await ok(shop.cashier, ONE, { id: type.id })).packageType).toMatchObject({ code: 'ZZUPD', active: false });
  });
});
