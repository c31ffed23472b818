/**
 * Writes the demo catalogue (demo-catalogue.ts) and the demo sales (demo-sales.ts) inside the demo
 * seed's transaction, after branches, staff, members and treatments exist. Goods are received
 * through the ledger (moveStock) and every level ends as the sum of its movements; invoice numbers
 * come from the branches' document sequences, left at the next free number so the first real
 * checkout continues them without a gap or a clash.
 */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  Branch, Department, DocumentSequence, Invoice, InvoiceLine, InvoicePayment, Member, MemberGroup, Product, ProductCategory,
  Staff, StockMovement, TenderType, Treatment,
} from '../../entities';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import type { TenderKind } from '../../entities/tender-type.entity';
import { StaffRole } from '../staff/staff-role';
import { moveStock } from '../sales/stock-ledger.service';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { DEMO_DEPARTMENTS, DEMO_TENDERS, DEMO_PRODUCT_CATEGORIES, DEMO_PRODUCTS, DEMO_TREATMENT_DEPARTMENTS } from './demo-catalogue';
import { DEMO_STOCK_RECEIVED_AT, buildDemoSales, type DemoSales } from './demo-sales';

const CATALOGUE_CREATED_AT = new Date('2026-11-01T01:00:00Z');
/** Rows per INSERT statement: well under SQLite's and MySQL's limits on bound parameters. */
const CHUNK = 200;

function need<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo catalogue refers to unknown ${what} "${key}"`);
  return value;
}

/** Tender types (those missing), departments, categories and products; the demo treatments get their departments. */
export async function seedDemoCatalogue(m: EntityManager): Promise<void> {
  const stamps = { active: true, createdAt: CATALOGUE_CREATED_AT, updatedAt: CATALOGUE_CREATED_AT };
  const tenders = new Set((await m.find(TenderType)).map((t) => t.code));
  const missing = DEMO_TENDERS.filter((t) => !tenders.has(t.code));
  if (missing.length) await m.insert(TenderType, missing.map((t) => ({ ...t, kind: t.kind as TenderKind, ...stamps })));
  await m.insert(Department, DEMO_DEPARTMENTS.map((d) => ({ ...d, ...stamps })));
  await m.insert(ProductCategory, DEMO_PRODUCT_CATEGORIES.map((c) => ({ ...c, ...stamps })));
  const departmentId = new Map((await m.find(Department)).map((d) => [d.code, d.id]));
  const categoryId = new Map((await m.find(ProductCategory)).map((c) => [c.code, c.id]));
  await m.insert(Product, DEMO_PRODUCTS.map(({ categoryCode, departmentCode, ...p }) => ({
    ...p,
    categoryId: need(categoryId, categoryCode, 'category'),
    departmentId: need(departmentId, departmentCode, 'department'),
    taxRateBasisPoints: 0,
    ...stamps,
  })));
  for (const [code, department] of Object.entries(DEMO_TREATMENT_DEPARTMENTS)) {
    await m.update(Treatment, { code }, { departmentId: need(departmentId, department, 'department') });
  }
}

/**
 * Multi-row INSERTs written out here rather than through the query builder, whose parameter
 * handling grows with the square of a statement's values; values converted as TypeORM stores them.
 */
async function insertChunked(m: EntityManager, target: EntityTarget<ObjectLiteral>, rows: readonly object[]): Promise<void> {
  if (!rows.length) return;
  const meta = m.connection.getMetadata(target);
  const driver = m.connection.driver;
  const columns = Object.keys(rows[0]).map((name) => meta.findColumnWithPropertyName(name)!);
  const row = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as Array<Record<string, unknown>>;
    const values = chunk.flatMap((r) => columns.map((c) => driver.preparePersistentValue(r[c.propertyName], c)));
    await m.query(head + chunk.map(() => row).join(', '), values);
  }
}

/** Who takes payments, who is credited, who voids, per branch. */
function staffByBranch(staff: readonly Staff[], admin: Staff) {
  const byBranch = new Map<number, { cashierIds: number[]; sellerIds: number[]; managerId: number }>();
  const has = (s: Staff, ...roles: StaffRole[]) => roles.some((r) => s.roles.includes(r));
  for (const branchId of new Set(staff.map((s) => s.branchId))) {
    const here = staff.filter((s) => s.branchId === branchId && s.active);
    const frontDesk = here.filter((s) => has(s, StaffRole.FRONT_DESK));
    const sellers = here.filter((s) => has(s, StaffRole.SALESPERSON, StaffRole.BEAUTICIAN));
    byBranch.set(branchId, {
      cashierIds: (frontDesk.length ? frontDesk : here).map((s) => s.id),
      sellerIds: sellers.map((s) => s.id),
      managerId: (here.find((s) => has(s, StaffRole.MANAGER)) ?? admin).id,
    });
  }
  return byBranch;
}

/** Invoices of three weeks, the stock they took (received first), and the sequences after them. */
export async function seedDemoSales(m: EntityManager): Promise<DemoSales> {
  const branches = await m.find(Branch, { order: { id: 'ASC' } });
  const staff = await m.find(Staff, { order: { id: 'ASC' } });
  const admin = staff.find((s) => s.roles.includes(StaffRole.ADMIN));
  if (!admin) throw new Error('Demo sales need an admin');
  const groups = new Map((await m.find(MemberGroup)).map((g) => [g.id, g]));
  const members = (await m.find(Member, { select: { id: true, branchId: true, groupId: true, deletedAt: true }, order: { id: 'ASC' } }))
    .filter((mb) => !mb.deletedAt && !groups.get(mb.groupId)?.isDeletedGroup)
    .map((mb) => ({ id: mb.id, branchId: mb.branchId, discountPercent: groups.get(mb.groupId)?.discountPercent ?? 0 }));
  const tender = new Map((await m.find(TenderType)).map((t) => [t.code, t.id]));
  const products = await m.find(Product, { order: { id: 'ASC' } });
  const treatments = await m.find(Treatment, { where: { active: true }, order: { id: 'ASC' } });

  // Each branch's sequence as the cashier creates it; its first number goes to the first demo invoice.
  const prefixes = new Map<number, string>();
  let digits = 5;
  for (const b of branches) {
    await allocateDocumentNumber(m, b.id, 'INVOICE');
    const sequence = await m.findOneByOrFail(DocumentSequence, { branchId: b.id, kind: 'INVOICE' });
    prefixes.set(b.id, sequence.prefix);
    digits = sequence.digits;
  }
  const [{ maxId }] = await m.query(`SELECT MAX(${m.connection.driver.escape('id')}) AS ${m.connection.driver.escape('maxId')} FROM ${m.connection.driver.escape('invoices')}`);
  const sales = buildDemoSales({
    branches,
    products: products.map((p) => ({ id: p.id, code: p.code, name: p.name, departmentId: p.departmentId, priceCents: p.priceCents, allowNegativeStock: p.allowNegativeStock })),
    treatments: treatments.map((t) => ({ id: t.id, code: t.code, name: t.name, departmentId: t.departmentId, priceCents: t.priceCents })),
    members,
    staff: staffByBranch(staff, admin),
    tenders: { cash: need(tender, 'CASH', 'tender'), card: need(tender, 'CARD', 'tender'), fps: need(tender, 'FPS', 'tender') },
    prefixes,
    digits,
    firstInvoiceId: Number(maxId ?? 0) + 1,
  });
  await insertChunked(m, Invoice, sales.invoices);
  await insertChunked(m, InvoiceLine, sales.lines);
  await insertChunked(m, InvoicePayment, sales.payments);
  for (const [branchId, nextValue] of sales.nextValues) {
    await m.update(DocumentSequence, { branchId, kind: 'INVOICE' }, { nextValue });
  }

  // The goods arrive through the ledger's one entry point; the sales' and voids' movements of three
  // weeks are then written in bulk (one moveStock per line made the demo load seconds slower) and
  // each level set to the sum of its movements, which is what moveStock would have left. Every
  // sale finds its stock: buildDemoSales receives at least what is sold.
  const product = new Map(products.map((p) => [p.id, p]));
  for (const [key, units] of sales.received) {
    const [productId, branchId] = key.split(':').map(Number);
    const p = product.get(productId)!;
    await moveStock(m, {
      productId, branchId, kind: StockMovementKind.RECEIVE, quantity: units, allowNegative: p.allowNegativeStock,
      itemLabel: `${p.code} ${p.name}`, staffId: admin.id,
    });
  }
  await m.createQueryBuilder().update(StockMovement).set({ createdAt: DEMO_STOCK_RECEIVED_AT }).where('kind = :kind', { kind: StockMovementKind.RECEIVE }).execute();
  const invoice = new Map(sales.invoices.map((i) => [i.id, i]));
  const movements = sales.lines.filter((l) => l.productId !== null).flatMap((line) => {
    const { branchId, cashierId, issuedAt, voidedAt, voidedById } = invoice.get(line.invoiceId)!;
    const base = { productId: line.productId!, branchId, reason: null, invoiceId: line.invoiceId, salesReturnId: null, counterpartBranchId: null };
    const sale = { ...base, kind: StockMovementKind.SALE, quantity: -line.quantity, staffId: cashierId, createdAt: issuedAt };
    return voidedAt ? [sale, { ...base, kind: StockMovementKind.VOID, quantity: line.quantity, staffId: voidedById, createdAt: voidedAt }] : [sale];
  });
  // In time order, as the cashier would have written them.
  movements.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await insertChunked(m, StockMovement, movements);
  await settleLevels(m);
  return sales;
}

/** Each level becomes the sum of its movements, last moved when its latest movement was. */
async function settleLevels(m: EntityManager): Promise<void> {
  const q = (name: string) => m.connection.driver.escape(name);
  const of = `FROM ${q('stock_movements')} sm WHERE sm.${q('productId')} = ${q('stock_levels')}.${q('productId')} AND sm.${q('branchId')} = ${q('stock_levels')}.${q('branchId')}`;
  await m.query(`UPDATE ${q('stock_levels')} SET ${q('onHand')} = (SELECT SUM(sm.${q('quantity')}) ${of}), ${q('updatedAt')} = (SELECT MAX(sm.${q('createdAt')}) ${of})`);
}
