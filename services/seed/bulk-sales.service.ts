/**
 * Sales at scale for benchmarks (`npm run db:generate -- --sales-branches 50 --products 2000
 * --invoice-lines 5000000`): tops the chain up to the branches asked for (GB01…, each with a front
 * desk and three salespeople), the catalogue to the products asked for (GP00001…), gives every
 * product at every branch a large stock received through the ledger (one RECEIVE movement per
 * product and branch, the level equal to it — so checkouts in the benchmark always find stock;
 * the generated history's sales are not replayed into the ledger), then loads invoices, lines and
 * payments over the past year (bulk-sales.ts) and moves each branch's invoice sequence past them,
 * so a checkout afterwards continues the numbering.
 */
import type { DataSource } from 'typeorm';
import { Branch, DocumentSequence, Product, Staff, Treatment } from '../../entities';
import { StaffRole } from '../staff/staff-role';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { isSqlite } from '../../db/dialect';
import { datetimeFormatter } from './bulk-contacts.service';
import type { SqlValue } from './bulk-members';
import {
  INVOICE_BULK_COLUMNS, INVOICE_LINE_BULK_COLUMNS, INVOICE_PAYMENT_BULK_COLUMNS, PRODUCT_BULK_COLUMNS, createSalesStream, productRows, salesPlan,
  type BulkSalesBranch,
} from './bulk-sales';

/** Stock every product gets at every branch that has none yet. */
export const BENCH_STOCK = 10_000_000;
export const GENERATED_BRANCH_PREFIX = 'GB';
export const GENERATED_PRODUCT_PREFIX = 'GP';
const YEAR_DAYS = 365;
const DAY = 86_400_000;

export interface SalesCounts { branches: number; products: number; invoiceLines: number }
export interface SalesIo {
  load: (label: string, table: string, columns: readonly string[], count: number, nextRow: () => SqlValue[]) => Promise<number>;
  log: (message: string) => void;
}

async function addBranches(ds: DataSource, target: number, io: SalesIo): Promise<void> {
  const existing = await ds.getRepository(Branch).find({ order: { id: 'ASC' } });
  const codes = new Set(existing.map((b) => b.code));
  const rows: Array<Partial<Branch>> = [];
  for (let n = 1; existing.length + rows.length < target; n += 1) {
    const code = `${GENERATED_BRANCH_PREFIX}${String(n).padStart(2, '0')}`;
    if (!codes.has(code)) rows.push({ code, name: `Generated branch ${n}`, timeZone: 'Asia/Hong_Kong', currency: 'HKD' });
  }
  if (rows.length) await ds.getRepository(Branch).insert(rows);
  io.log(`Branches: ${existing.length} there, ${rows.length} added.`);
}

/** A front desk and three salespeople at every branch without staff. */
async function staffBranches(ds: DataSource, io: SalesIo): Promise<void> {
  const branches = await ds.getRepository(Branch).find({ order: { id: 'ASC' } });
  const staffed = new Set((await ds.getRepository(Staff).find({ select: { branchId: true } })).map((s) => s.branchId));
  const rows: Array<Partial<Staff>> = [];
  for (const b of branches.filter((x) => !staffed.has(x.id))) {
    rows.push({ code: `${b.code}-FD`, displayName: `${b.code} Front desk`, login: `${b.code}-fd`.toLowerCase(), passwordHash: null, branchId: b.id, roles: [StaffRole.FRONT_DESK], active: true });
    for (let k = 1; k <= 3; k += 1) {
      rows.push({ code: `${b.code}-S${k}`, displayName: `${b.code} Sales ${k}`, login: `${b.code}-s${k}`.toLowerCase(), passwordHash: null, branchId: b.id, roles: [StaffRole.SALESPERSON], active: true });
    }
  }
  for (let i = 0; i < rows.length; i += 200) await ds.getRepository(Staff).insert(rows.slice(i, i + 200));
  io.log(`Staff: ${rows.length} added at ${rows.length / 4} branches without any.`);
}

async function addProducts(ds: DataSource, target: number, seed: number, io: SalesIo, dt: (ms: number) => string): Promise<void> {
  const q = (name: string) => ds.driver.escape(name);
  const existing = await ds.getRepository(Product).count();
  const missing = target - existing;
  if (missing <= 0) return;
  const [last] = await ds.query(
    `SELECT ${q('code')} AS code FROM ${q('products')} WHERE ${q('code')} LIKE '${GENERATED_PRODUCT_PREFIX}%' ORDER BY ${q('code')} DESC LIMIT 1`,
  ) as Array<{ code: string }>;
  const firstSeq = last ? Number(last.code.slice(GENERATED_PRODUCT_PREFIX.length)) + 1 : 1;
  const ids = async (table: string) => (await ds.query(`SELECT ${q('id')} AS id FROM ${q(table)} ORDER BY ${q('id')}`) as Array<{ id: number }>).map((r) => Number(r.id));
  const rows = productRows(seed, firstSeq, missing, await ids('departments'), await ids('product_categories'), dt(Date.now()));
  let i = 0;
  await io.load('products', 'products', PRODUCT_BULK_COLUMNS, rows.length, () => rows[i++]);
}

/** Every product at every branch without a level gets BENCH_STOCK, received through one ledger row. */
async function stockEverything(ds: DataSource, io: SalesIo, dt: (ms: number) => string): Promise<void> {
  const q = (name: string) => ds.driver.escape(name);
  const have = new Set((await ds.query(`SELECT ${q('productId')} AS p, ${q('branchId')} AS b FROM ${q('stock_levels')}`) as Array<{ p: number; b: number }>)
    .map((r) => `${r.p}:${r.b}`));
  const products = (await ds.getRepository(Product).find({ select: { id: true }, order: { id: 'ASC' } })).map((p) => p.id);
  const branches = (await ds.getRepository(Branch).find({ select: { id: true }, order: { id: 'ASC' } })).map((b) => b.id);
  const pairs: Array<[number, number]> = [];
  for (const p of products) for (const b of branches) if (!have.has(`${p}:${b}`)) pairs.push([p, b]);
  if (!pairs.length) return;
  const at = dt(Date.now() - (YEAR_DAYS + 1) * DAY);
  let i = 0;
  await io.load('stock levels', 'stock_levels', ['productId', 'branchId', 'onHand', 'updatedAt'], pairs.length, () => [...pairs[i++], BENCH_STOCK, at]);
  let j = 0;
  await io.load('stock received', 'stock_movements', ['productId', 'branchId', 'kind', 'quantity', 'reason', 'createdAt'], pairs.length,
    () => [...pairs[j++], 'RECEIVE', BENCH_STOCK, 'Benchmark stock', at]);
}

/** Each branch's invoice sequence (created as the cashier would), the number the first generated invoice takes. */
async function sequences(ds: DataSource): Promise<Map<number, { prefix: string; digits: number; firstValue: number }>> {
  const result = new Map<number, { prefix: string; digits: number; firstValue: number }>();
  for (const b of await ds.getRepository(Branch).find({ order: { id: 'ASC' } })) {
    const sequence = await ds.transaction(async (m) => {
      await allocateDocumentNumber(m, b.id, 'INVOICE');
      return m.findOneByOrFail(DocumentSequence, { branchId: b.id, kind: 'INVOICE' });
    });
    result.set(b.id, { prefix: sequence.prefix, digits: sequence.digits, firstValue: sequence.nextValue - 1 });
  }
  return result;
}

export async function generateSalesData(ds: DataSource, counts: SalesCounts, options: { seed: number }, io: SalesIo): Promise<Record<string, number>> {
  const q = (name: string) => ds.driver.escape(name);
  const dt = datetimeFormatter(isSqlite(ds));
  const seconds: Record<string, number> = {};
  if (counts.branches) await addBranches(ds, counts.branches, io);
  await staffBranches(ds, io);
  if (counts.products) await addProducts(ds, counts.products, options.seed, io, dt);
  await stockEverything(ds, io, dt);
  if (!counts.invoiceLines) return seconds;

  const staff = await ds.getRepository(Staff).find({ where: { active: true }, order: { id: 'ASC' } });
  const numbering = await sequences(ds);
  const branches: BulkSalesBranch[] = (await ds.getRepository(Branch).find({ order: { id: 'ASC' } })).map((b) => {
    const here = staff.filter((s) => s.branchId === b.id);
    const frontDesk = here.filter((s) => s.roles.includes(StaffRole.FRONT_DESK));
    return {
      id: b.id, weight: 1, ...numbering.get(b.id)!,
      cashierIds: (frontDesk.length ? frontDesk : here).map((s) => s.id),
      sellerIds: here.filter((s) => s.roles.includes(StaffRole.SALESPERSON) || s.roles.includes(StaffRole.BEAUTICIAN)).map((s) => s.id),
    };
  }).filter((b) => b.cashierIds.length);
  const members = await ds.query(
    `SELECT m.${q('id')} AS id, g.${q('discountPercent')} AS d FROM ${q('members')} m JOIN ${q('member_groups')} g ON g.${q('id')} = m.${q('groupId')}
     WHERE m.${q('deletedAt')} IS NULL AND g.${q('isDeletedGroup')} = 0 ORDER BY m.${q('id')}`,
  ) as Array<{ id: number; d: number }>;
  const item = (x: Product | Treatment) => ({ id: x.id, code: x.code, name: x.name, departmentId: x.departmentId, priceCents: Number(x.priceCents) });
  const [{ maxId }] = await ds.query(`SELECT MAX(${q('id')}) AS ${q('maxId')} FROM ${q('invoices')}`) as Array<{ maxId: number | null }>;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const world = {
    branches,
    products: (await ds.getRepository(Product).find({ where: { active: true }, order: { id: 'ASC' } })).map(item),
    treatments: (await ds.getRepository(Treatment).find({ where: { active: true }, order: { id: 'ASC' } })).map(item),
    memberIds: Int32Array.from(members.map((r) => Number(r.id))),
    memberDiscounts: Uint8Array.from(members.map((r) => Number(r.d))),
    tenders: Object.fromEntries((await ds.query(`SELECT ${q('code')} AS code, ${q('id')} AS id FROM ${q('tender_types')}`) as Array<{ code: string; id: number }>)
      .map((t) => [t.code.toLowerCase(), Number(t.id)])) as { cash: number; card: number; fps: number },
    fromDate: new Date(Date.parse(`${today}T00:00:00Z`) - YEAR_DAYS * DAY).toISOString().slice(0, 10),
    days: YEAR_DAYS,
    firstInvoiceId: Number(maxId ?? 0) + 1,
    datetime: dt,
  };
  if (!world.products.length || !world.tenders.cash || !world.tenders.card || !world.tenders.fps) throw new Error('Sales need products and the CASH, CARD and FPS tender types');
  const plan = salesPlan(options.seed, counts.invoiceLines);
  io.log(`Generating ${plan.invoices.toLocaleString('en-US')} invoices with ${counts.invoiceLines.toLocaleString('en-US')} lines and ` +
    `${plan.payments.toLocaleString('en-US')} payments over ${branches.length} branches, ${world.products.length} products, ` +
    `${world.memberIds.length.toLocaleString('en-US')} members, ${world.fromDate} – ${today}.`);

  const invoices = createSalesStream(world, options.seed, plan);
  seconds.invoices = await io.load('invoices', 'invoices', INVOICE_BULK_COLUMNS, plan.invoices, () => invoices.next().invoice);
  const flatten = (pick: (rows: ReturnType<typeof invoices.next>) => SqlValue[][]) => {
    const stream = createSalesStream(world, options.seed, plan);
    let buffer: SqlValue[][] = [];
    let at = 0;
    return () => {
      while (at >= buffer.length) { buffer = pick(stream.next()); at = 0; }
      return buffer[at++];
    };
  };
  seconds.lines = await io.load('invoice lines', 'invoice_lines', INVOICE_LINE_BULK_COLUMNS, counts.invoiceLines, flatten((r) => r.lines));
  seconds.payments = await io.load('invoice payments', 'invoice_payments', INVOICE_PAYMENT_BULK_COLUMNS, plan.payments, flatten((r) => r.payments));
  for (const [branchId, nextValue] of invoices.nextValues()) {
    await ds.getRepository(DocumentSequence).update({ branchId, kind: 'INVOICE' }, { nextValue });
  }
  return seconds;
}
