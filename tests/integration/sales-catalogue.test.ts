/**
 * The catalogue through GraphQL: products (with code and barcode unique, named fields on bad input,
 * category, department and stock through loaders), product categories, departments, tender types
 * and a treatment's department; each change audited; each mutation refused without its permission
 * and nothing saved. The product list's statements do not grow with the page size.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Branch, Department, Product, ProductCategory, StockLevel, TenderType, Treatment, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let admin: Staff;
let cookies: Record<'admin' | 'frontDesk' | 'beautician', string>;

const CREATE_PRODUCT = `mutation ($input: ProductInput!) { createProduct(input: $input) {
  id code barcode name label priceCents costCents taxRateBasisPoints allowNegativeStock lowStockThreshold active
  translations { zhHK en zhCN th } category { id code label } department { id code label }
} }`;
const UPDATE_PRODUCT = `mutation ($id: ID!, $input: ProductInput!) { updateProduct(id: $id, input: $input) { id code barcode priceCents active category { code } } }`;
const PRODUCTS = `query ($filter: ProductFilter, $first: Int, $after: String, $branchId: ID!) { products(filter: $filter, first: $first, after: $after) {
  nodes { id code label category { id label } department { id label } onHand(branchId: $branchId) stockLevels { onHand branch { id code } } }
  pageInfo { hasNextPage endCursor } totalCount
} }`;
const PRODUCT = `query ($id: ID!) { product(id: $id) { id code label } }`;
const CREATE_CATEGORY = `mutation ($input: ProductCategoryInput!) { createProductCategory(input: $input) { id code label sortOrder active } }`;
const UPDATE_CATEGORY = `mutation ($id: ID!, $input: ProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id code label active } }`;
const CATEGORIES = `query ($all: Boolean) { productCategories(includeInactive: $all, first: 50) { nodes { code label } } }`;
const CREATE_DEPARTMENT = `mutation ($input: DepartmentInput!) { createDepartment(input: $input) { id code label active translations { en } } }`;
const UPDATE_DEPARTMENT = `mutation ($id: ID!, $input: DepartmentInput!) { updateDepartment(id: $id, input: $input) { id code label active } }`;
const DEPARTMENTS = `query ($all: Boolean) { departments(includeInactive: $all, first: 50) { nodes { code label } } }`;
const CREATE_TENDER = `mutation ($input: TenderTypeInput!) { createTenderType(input: $input) { id code label kind givesChange sortOrder active } }`;
const UPDATE_TENDER = `mutation ($id: ID!, $input: TenderTypeInput!) { updateTenderType(id: $id, input: $input) { id code active givesChange } }`;
const UPDATE_TREATMENT = `mutation ($id: ID!, $input: TreatmentInput!) { updateTreatment(id: $id, input: $input) { id department { code label } } }`;

const as = (who: keyof typeof cookies, query: string, variables: Record<string, unknown> = {}, locale = 'en') => gql(query, variables, { cookie: cookies[who], locale });

function refusal(res: { body: { errors?: Array<{ message: string; extensions?: Record<string, any> }> } }) {
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

const snapshot = async () => JSON.stringify({
  products: await ds.getRepository(Product).find({ order: { id: 'ASC' } }),
  categories: await ds.getRepository(ProductCategory).find({ order: { id: 'ASC' } }),
  departments: await ds.getRepository(Department).find({ order: { id: 'ASC' } }),
  tenders: await ds.getRepository(TenderType).find({ order: { id: 'ASC' } }),
  audit: await ds.getRepository(AuditLog).count(),
});

const VALID_PRODUCT = {
  code: 'P100', barcode: '4891234567890', name: '保濕面膜', translations: { en: 'Hydrating mask', zhCN: '保湿面膜', th: 'มาสก์', zhHK: '' },
  priceCents: 12800, costCents: 5000, taxRateBasisPoints: 0, allowNegativeStock: false, lowStockThreshold: 3, active: true,
};

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  cookies = {
    admin: await sessionCookieFor(admin),
    frontDesk: await sessionCookieFor(await aStaff(ds, tko, [StaffRole.FRONT_DESK])),
    beautician: await sessionCookieFor(await aStaff(ds, tko, [StaffRole.BEAUTICIAN])),
  };
});

afterAll(() => db.drop());

describe('categories and departments', () => {
  it('creates, lists in the caller\'s language, edits and audits them', async () => {
    const category = await as('admin', CREATE_CATEGORY, { input: { code: 'MASK', name: '面膜', translations: { en: 'Masks' }, sortOrder: 2 } });
    expect(category.body.errors).toBeUndefined();
    expect(category.body.data!.createProductCategory).toMatchObject({ code: 'MASK', label: 'Masks', sortOrder: 2, active: true });
    await as('admin', CREATE_CATEGORY, { input: { code: 'CLEAN', name: '潔面', sortOrder: 1 } });
    const department = await as('admin', CREATE_DEPARTMENT, { input: { code: 'SKIN', name: '護膚', translations: { en: 'Skin care', th: ' ' } } });
    expect(department.body.data!.createDepartment).toMatchObject({ code: 'SKIN', label: 'Skin care', translations: { en: 'Skin care' } });

    expect((await as('beautician', CATEGORIES, {}, 'zh-HK')).body.data!.productCategories.nodes).toEqual([{ code: 'CLEAN', label: '潔面' }, { code: 'MASK', label: '面膜' }]);
    expect((await as('beautician', DEPARTMENTS)).body.data!.departments.nodes).toEqual([{ code: 'SKIN', label: 'Skin care' }]);

    const id = category.body.data!.createProductCategory.id;
    const edited = await as('admin', UPDATE_CATEGORY, { id, input: { code: 'MASK', name: '面膜', sortOrder: 2, active: false } });
    expect(edited.body.data!.updateProductCategory).toMatchObject({ active: false, label: '面膜' });
    expect((await as('admin', CATEGORIES)).body.data!.productCategories.nodes.map((n: any) => n.code)).toEqual(['CLEAN']);
    expect((await as('admin', CATEGORIES, { all: true })).body.data!.productCategories.nodes.map((n: any) => n.code)).toEqual(['CLEAN', 'MASK']);
    await as('admin', UPDATE_CATEGORY, { id, input: { code: 'MASK', name: '面膜', sortOrder: 2, translations: { en: 'Masks' } } });

    const audits = await ds.getRepository(AuditLog).findBy({ entityType: 'product_category', entityId: Number(id) });
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
    expect(await ds.getRepository(AuditLog).countBy({ entityType: 'department' })).toBe(1);

    const deptId = department.body.data!.createDepartment.id;
    const deptEdit = await as('admin', UPDATE_DEPARTMENT, { id: deptId, input: { code: 'SKIN2', name: '護膚' } });
    expect(deptEdit.body.data!.updateDepartment).toMatchObject({ code: 'SKIN2', label: '護膚' });
    await as('admin', UPDATE_DEPARTMENT, { id: deptId, input: { code: 'SKIN', name: '護膚', translations: { en: 'Skin care' } } });
  });

  it.each([
    ['category', CREATE_CATEGORY, { code: 'CLEAN', name: 'x' }, 'ALREADY_USED', 'code'],
    ['category', CREATE_CATEGORY, { code: 'a b', name: 'x' }, 'BAD_USER_INPUT', 'code'],
    ['category', CREATE_CATEGORY, { code: 'X1', name: ' ' }, 'BAD_USER_INPUT', 'name'],
    ['category', CREATE_CATEGORY, { code: 'X1', name: 'x', sortOrder: -1 }, 'BAD_USER_INPUT', 'sortOrder'],
    ['department', CREATE_DEPARTMENT, { code: 'SKIN', name: 'x' }, 'ALREADY_USED', 'code'],
    ['department', CREATE_DEPARTMENT, { code: 'X1', name: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'name'],
    ['department', CREATE_DEPARTMENT, { code: 'X1', name: 'x', translations: { th: 'ก'.repeat(101) } }, 'BAD_USER_INPUT', 'translations.th'],
  ])('refuses a bad %s naming the field', async (_what, mutation, input, code, field) => {
    const before = await snapshot();
    const res = await as('admin', mutation, { input });
    expect(refusal(res)).toMatchObject({ code, field });
    expect(await snapshot()).toBe(before);
  });
});

describe('products', () => {
  let productId: string;

  it('creates a product with its barcode, names, category and department, audited', async () => {
    const category = await ds.getRepository(ProductCategory).findOneByOrFail({ code: 'MASK' });
    const department = await ds.getRepository(Department).findOneByOrFail({ code: 'SKIN' });
    const res = await as('admin', CREATE_PRODUCT, { input: { ...VALID_PRODUCT, categoryId: String(category.id), departmentId: String(department.id) } });
    expect(res.body.errors).toBeUndefined();
    const product = res.body.data!.createProduct;
    productId = product.id;
    expect(product).toMatchObject({
      code: 'P100', barcode: '4891234567890', label: 'Hydrating mask', priceCents: 12800, costCents: 5000, lowStockThreshold: 3,
      translations: { zhHK: null, en: 'Hydrating mask', zhCN: '保湿面膜', th: 'มาสก์' },
      category: { code: 'MASK', label: 'Masks' }, department: { code: 'SKIN', label: 'Skin care' },
    });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'product', entityId: Number(productId) });
    expect(audit).toMatchObject({ action: 'create', actorId: admin.id });
    expect((await as('beautician', PRODUCT, { id: productId }, 'th')).body.data!.product).toMatchObject({ code: 'P100', label: 'มาสก์' });
  });

  it('edits a product and records only what changed', async () => {
    const res = await as('admin', UPDATE_PRODUCT, { id: productId, input: { ...VALID_PRODUCT, barcode: '', priceCents: 13800 } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateProduct).toMatchObject({ barcode: null, priceCents: 13800, category: null });
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'product', entityId: Number(productId), action: 'update' });
    expect(Object.keys(JSON.parse(audit.after!)).sort()).toEqual(['barcode', 'categoryId', 'departmentId', 'priceCents']);
    await as('admin', UPDATE_PRODUCT, { id: productId, input: VALID_PRODUCT });
  });

  it.each([
    ['a taken code', { code: 'P100', barcode: null }, 'ALREADY_USED', 'code'],
    ['a taken barcode', { code: 'P101' }, 'ALREADY_USED', 'barcode'],
    ['a blank code', { code: '  ' }, 'BAD_USER_INPUT', 'code'],
    ['a code with spaces', { code: 'P 1' }, 'BAD_USER_INPUT', 'code'],
    ['a barcode with symbols', { code: 'P101', barcode: '12#4' }, 'BAD_USER_INPUT', 'barcode'],
    ['a negative price', { code: 'P101', barcode: null, priceCents: -1 }, 'BAD_USER_INPUT', 'priceCents'],
    ['a negative cost', { code: 'P101', barcode: null, costCents: -5 }, 'BAD_USER_INPUT', 'costCents'],
    ['a tax over 100 %', { code: 'P101', barcode: null, taxRateBasisPoints: 10001 }, 'BAD_USER_INPUT', 'taxRateBasisPoints'],
    ['a negative threshold', { code: 'P101', barcode: null, lowStockThreshold: -1 }, 'BAD_USER_INPUT', 'lowStockThreshold'],
    ['an unknown category', { code: 'P101', barcode: null, categoryId: '9999' }, 'BAD_USER_INPUT', 'categoryId'],
    ['an unknown department', { code: 'P101', barcode: null, departmentId: '9999' }, 'BAD_USER_INPUT', 'departmentId'],
    ['a name too long', { code: 'P101', barcode: null, name: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'name'],
  ])('refuses %s, naming the field, saving nothing', async (_what, change, code, field) => {
    const before = await snapshot();
    const res = await as('admin', CREATE_PRODUCT, { input: { ...VALID_PRODUCT, ...change } });
    expect(refusal(res)).toMatchObject({ code, field });
    expect(res.body.errors![0].message).toMatch(/\S/);
    expect(await snapshot()).toBe(before);
  });

  it('refuses another product\'s barcode on edit', async () => {
    const other = await as('admin', CREATE_PRODUCT, { input: { ...VALID_PRODUCT, code: 'P200', barcode: '111' } });
    const res = await as('admin', UPDATE_PRODUCT, { id: other.body.data!.createProduct.id, input: { ...VALID_PRODUCT, code: 'P200' } });
    expect(refusal(res)).toMatchObject({ code: 'ALREADY_USED', field: 'barcode' });
  });

  it('lists by code, filtered by search, category and active, with stock per branch', async () => {
    const product = await ds.getRepository(Product).findOneByOrFail({ code: 'P100' });
    await ds.getRepository(StockLevel).save([{ productId: product.id, branchId: tko.id, onHand: 4 }, { productId: product.id, branchId: tst.id, onHand: 9 }]);
    const category = await ds.getRepository(ProductCategory).findOneByOrFail({ code: 'MASK' });
    await ds.getRepository(Product).save({ code: 'P300', name: 'Old', priceCents: 1, active: false });
    await ds.getRepository(Product).update({ code: 'P100' }, { categoryId: category.id });
    await ds.getRepository(Product).update({ code: 'P200' }, { categoryId: category.id });
    const list = async (filter: Record<string, unknown> | null) =>
      (await as('frontDesk', PRODUCTS, { filter, branchId: String(tst.id) })).body.data!.products;
    expect((await list(null)).nodes.map((n: any) => n.code)).toEqual(['P100', 'P200', 'P300']);
    expect((await list({ active: true })).nodes.map((n: any) => n.code)).toEqual(['P100', 'P200']);
    expect((await list({ active: false })).nodes.map((n: any) => n.code)).toEqual(['P300']);
    expect((await list({ categoryId: String(category.id) })).nodes.map((n: any) => n.code)).toEqual(['P100', 'P200']);
    expect((await list({ search: '48912' })).nodes.map((n: any) => n.code)).toEqual(['P100']);
    const [first] = (await list({ search: 'P100' })).nodes;
    expect(first).toMatchObject({ onHand: 9, category: { label: 'Masks' } });
    expect(first.stockLevels).toEqual([{ onHand: 4, branch: { id: String(tko.id), code: 'TKO' } }, { onHand: 9, branch: { id: String(tst.id), code: 'TST' } }]);
    expect((await list({ search: 'P200' })).nodes[0]).toMatchObject({ onHand: 0, stockLevels: [] });
  });

  it('reads a page of products in the same number of statements whatever its size', async () => {
    const category = await ds.getRepository(ProductCategory).findOneByOrFail({ code: 'CLEAN' });
    const department = await ds.getRepository(Department).findOneByOrFail({ code: 'SKIN' });
    for (let i = 0; i < 25; i++) {
      const p = await ds.getRepository(Product).save({ code: `Q${String(i).padStart(3, '0')}`, name: `Bulk ${i}`, priceCents: 100, categoryId: category.id, departmentId: department.id });
      await ds.getRepository(StockLevel).save({ productId: p.id, branchId: tko.id, onHand: i });
    }
    const run = (first: number) => countQueries(ds, () => as('admin', PRODUCTS, { filter: { search: 'Q' }, first, branchId: String(tko.id) }));
    await run(1);
    const one = await run(1);
    const many = await run(25);
    expect(many).toBe(one);
  });

  it('pages products without losing or repeating one', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await as('admin', PRODUCTS, { first: 7, after, branchId: String(tko.id) })).body.data!.products;
      codes.push(...page.nodes.map((n: any) => n.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(await ds.getRepository(Product).count());
  });
});

describe('tender types', () => {
  it('creates one (cash gives change by default), edits it and audits both', async () => {
    const res = await as('admin', CREATE_TENDER, { input: { code: 'octopus', name: '八達通', translations: { en: 'Octopus' }, kind: 'CARD', sortOrder: 5 } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.createTenderType).toMatchObject({ code: 'OCTOPUS', label: 'Octopus', kind: 'CARD', givesChange: false, sortOrder: 5, active: true });
    const cash = await as('admin', CREATE_TENDER, { input: { code: 'RMB', name: '人民幣現金', kind: 'CASH' } });
    expect(cash.body.data!.createTenderType).toMatchObject({ givesChange: true });
    const id = res.body.data!.createTenderType.id;
    const edited = await as('admin', UPDATE_TENDER, { id, input: { code: 'OCTOPUS', name: '八達通', kind: 'CARD', active: false } });
    expect(edited.body.data!.updateTenderType).toMatchObject({ active: false });
    expect((await ds.getRepository(AuditLog).findBy({ entityType: 'tender_type', entityId: Number(id) })).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it.each([
    ['a taken code', { code: 'cash', name: 'x', kind: 'CASH' }, 'ALREADY_USED', 'code'],
    ['a blank name', { code: 'X', name: '', kind: 'CASH' }, 'BAD_USER_INPUT', 'name'],
    ['a sort order out of range', { code: 'X', name: 'x', kind: 'OTHER', sortOrder: 10000 }, 'BAD_USER_INPUT', 'sortOrder'],
  ])('refuses %s naming the field', async (_what, input, code, field) => {
    const before = await snapshot();
    expect(refusal(await as('admin', CREATE_TENDER, { input }))).toMatchObject({ code, field });
    expect(await snapshot()).toBe(before);
  });
});

describe('a treatment\'s department', () => {
  it('is set, kept when not given, and cleared with null', async () => {
    const treatment = await ds.getRepository(Treatment).save({ code: 'T01', name: 'Facial', durationMinutes: 60 });
    const department = await ds.getRepository(Department).findOneByOrFail({ code: 'SKIN' });
    const input = { code: 'T01', name: 'Facial', durationMinutes: 60 };
    const set = await as('admin', UPDATE_TREATMENT, { id: String(treatment.id), input: { ...input, departmentId: String(department.id) } });
    expect(set.body.data!.updateTreatment.department).toEqual({ code: 'SKIN', label: 'Skin care' });
    const kept = await as('admin', UPDATE_TREATMENT, { id: String(treatment.id), input });
    expect(kept.body.data!.updateTreatment.department).toEqual({ code: 'SKIN', label: 'Skin care' });
    const unknown = await as('admin', UPDATE_TREATMENT, { id: String(treatment.id), input: { ...input, departmentId: '9999' } });
    expect(refusal(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const cleared = await as('admin', UPDATE_TREATMENT, { id: String(treatment.id), input: { ...input, departmentId: null } });
    expect(cleared.body.data!.updateTreatment.department).toBeNull();
  });
});

describe('permissions', () => {
  it.each([
    ['createProduct', CREATE_PRODUCT, { input: { ...VALID_PRODUCT, code: 'NEW1', barcode: null } }],
    ['createProductCategory', CREATE_CATEGORY, { input: { code: 'NEW', name: 'x' } }],
    ['createDepartment', CREATE_DEPARTMENT, { input: { code: 'NEW', name: 'x' } }],
    ['createTenderType', CREATE_TENDER, { input: { code: 'NEW', name: 'x', kind: 'OTHER' } }],
  ])('refuses %s to front desk staff, saving nothing', async (_what, mutation, variables) => {
    const before = await snapshot();
    expect(refusal(await as('frontDesk', mutation, variables)).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it('refuses updates without products.manage', async () => {
    const product = await ds.getRepository(Product).findOneByOrFail({ code: 'P100' });
    const category = await ds.getRepository(ProductCategory).findOneByOrFail({ code: 'MASK' });
    const department = await ds.getRepository(Department).findOneByOrFail({ code: 'SKIN' });
    const before = await snapshot();
    expect(refusal(await as('beautician', UPDATE_PRODUCT, { id: String(product.id), input: { ...VALID_PRODUCT, priceCents: 1 } })).code).toBe('FORBIDDEN');
    expect(refusal(await as('beautician', UPDATE_CATEGORY, { id: String(category.id), input: { code: 'MASK', name: 'x' } })).code).toBe('FORBIDDEN');
    expect(refusal(await as('beautician', UPDATE_DEPARTMENT, { id: String(department.id), input: { code: 'SKIN', name: 'x' } })).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  it('refuses catalogue reads to anonymous callers', async () => {
    expect(refusal(await gql(PRODUCTS, { branchId: String(tko.id) })).code).toBe('UNAUTHENTICATED');
  });
});
