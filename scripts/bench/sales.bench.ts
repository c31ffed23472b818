import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { MemberReach } from '../../services/visibility/member-visibility';
import { isSqlite } from '../../db/dialect';
import type { BenchCase } from './case';

/** Targets of issue 15, shown next to the figures. */
export const CHECKOUT_P50_TARGET_MS = 100;
export const INVOICE_LIST_P50_TARGET_MS = 50;

const CHECKOUT = `mutation($input: CheckoutInput!) {
  checkout(input: $input) { id number totalCents changeCents lines { id } payments { id } }
}`;
const QUOTE = `query($input: BillDraftInput!) { quoteBill(input: $input) { totalCents } }`;
/** The invoice list's first page (發票查詢) with its total, as the list page asks for it. */
const INVOICES = `query($filter: InvoiceFilter, $first: Int!) {
  invoices(filter: $filter, first: $first) {
    totalCount
    nodes { id number businessDate issuedAt status totalCents customerName branch { code } member { id memberNo } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PAGE = 50;

type Result = { data?: Record<string, unknown> | null; errors?: unknown };

async function run(ds: DataSource, viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = (await executeAs(ds, viewer, query, variables)) as Result;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/**
 * The cashier at scale (`npm run db:generate -- --sales-branches 50 --products 2000 --invoice-lines
 * 5000000` first): a checkout end to end through GraphQL (two products with stock, a treatment,
 * staff credited, a member, card plus cash with change), against the plain SQL writes it stands for;
 * and the invoice list's first page with its total for each filter alone, against the page's and
 * the count's plain SQL. Runs only when there are at least 100,000 invoices. Checkouts are undone
 * afterwards (invoices, lines, payments, ledger rows, idempotency keys and audit rows removed; stock
 * and the branch's sequence put back), leaving the database as it was.
 */
export async function salesCases(ds: DataSource, manager: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await ds.query(sql, params)) as T[])[0];
  const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('invoices')}`)) as Array<{ n: number }>;
  if (Number(n) < 100_000) return [];

  // The busiest generated branch's ids, its sellers, products with plenty of stock there.
  const branch = await one<{ id: number; code: string }>(
    `SELECT ${q('id')} AS id, ${q('code')} AS code FROM ${q('branches')} WHERE ${q('code')} LIKE 'GB%' ORDER BY ${q('id')} LIMIT 1`,
  ) ?? await one<{ id: number; code: string }>(`SELECT ${q('id')} AS id, ${q('code')} AS code FROM ${q('branches')} ORDER BY ${q('id')} LIMIT 1`);
  const products = (await ds.query(
    `SELECT ${q('productId')} AS id FROM ${q('stock_levels')} WHERE ${q('branchId')} = ? AND ${q('onHand')} >= 100000 ORDER BY ${q('productId')} DESC LIMIT 2`, [branch.id],
  )) as Array<{ id: number }>;
  const treatment = await one<{ id: number }>(`SELECT ${q('id')} AS id FROM ${q('treatments')} WHERE ${q('active')} = 1 ORDER BY ${q('id')} LIMIT 1`);
  const seller = await one<{ id: number }>(
    `SELECT ${q('id')} AS id FROM ${q('staff')} WHERE ${q('branchId')} = ? AND ${q('roles')} LIKE '%salesperson%' ORDER BY ${q('id')} LIMIT 1`, [branch.id],
  );
  const tenders = new Map(((await ds.query(`SELECT ${q('code')} AS code, ${q('id')} AS id FROM ${q('tender_types')}`)) as Array<{ code: string; id: number }>)
    .map((t) => [t.code, String(t.id)]));
  const latest = await one<{ memberId: number; issuedAt: unknown }>(
    `SELECT ${q('memberId')} AS ${q('memberId')} FROM ${q('invoices')} WHERE ${q('memberId')} IS NOT NULL ORDER BY ${q('id')} DESC LIMIT 1`,
  );
  if (products.length < 2 || !treatment || !seller) throw new Error('The sales cases need generated sales: npm run db:generate -- --sales-branches 50 --products 2000 --invoice-lines 5000000');

  const lines = [
    { kind: 'PRODUCT', itemId: String(products[0].id), quantity: 1, staffId: String(seller.id) },
    { kind: 'PRODUCT', itemId: String(products[1].id), quantity: 2, staffId: String(seller.id) },
    { kind: 'TREATMENT', itemId: String(treatment.id), quantity: 1, staffId: String(seller.id) },
  ];
  const draft = { branchId: String(branch.id), memberId: String(latest.memberId), lines };
  const total = ((await run(ds, manager, QUOTE, { input: draft })).quoteBill as { totalCents: number }).totalCents;
  const card = Math.floor(total / 200) * 100;
  const payments = [
    { tenderTypeId: tenders.get('CARD'), amountCents: card, reference: '****4242' },
    { tenderTypeId: tenders.get('CASH'), amountCents: Math.ceil((total - card) / 10_000) * 10_000 },
  ];
  let sequence = 0;
  const stamp = Date.now().toString(36);

  // What to put back once the checkouts are measured.
  const maxId = async (table: string) => Number((await one<{ m: number | null }>(`SELECT MAX(${q('id')}) AS m FROM ${q(table)}`)).m ?? 0);
  const undoTables = ['invoices', 'invoice_lines', 'invoice_payments', 'stock_movements', 'idempotency_keys', 'audit_logs'];
  const before = new Map<string, number>();
  for (const table of undoTables) before.set(table, await maxId(table));
  const levels = (await ds.query(
    `SELECT ${q('productId')} AS p, ${q('onHand')} AS h FROM ${q('stock_levels')} WHERE ${q('branchId')} = ? AND ${q('productId')} IN (?, ?)`,
    [branch.id, products[0].id, products[1].id],
  )) as Array<{ p: number; h: number }>;
  const { nextValue } = await one<{ nextValue: number }>(
    `SELECT ${q('nextValue')} AS ${q('nextValue')} FROM ${q('document_sequences')} WHERE ${q('branchId')} = ? AND ${q('kind')} = 'INVOICE'`, [branch.id],
  );
  const undoCheckouts = async () => {
    for (const table of undoTables) await ds.query(`DELETE FROM ${q(table)} WHERE ${q('id')} > ?`, [before.get(table)]);
    for (const level of levels) {
      await ds.query(`UPDATE ${q('stock_levels')} SET ${q('onHand')} = ? WHERE ${q('branchId')} = ? AND ${q('productId')} = ?`, [level.h, branch.id, level.p]);
    }
    await ds.query(`UPDATE ${q('document_sequences')} SET ${q('nextValue')} = ? WHERE ${q('branchId')} = ? AND ${q('kind')} = 'INVOICE'`, [nextValue, branch.id]);
  };

  // Plain SQL: the writes of the same sale in one transaction — number, invoice, lines, stock out
  // through the guarded UPDATE with its ledger row, payments.
  const now = () => (isSqlite(ds) ? new Date().toISOString().replace('T', ' ').slice(0, 23) : new Date());
  const sqlCheckout = () => ds.transaction(async (m) => {
    await m.query(`UPDATE ${q('document_sequences')} SET ${q('nextValue')} = ${q('nextValue')} + 1 WHERE ${q('branchId')} = ? AND ${q('kind')} = 'INVOICE'`, [branch.id]);
    const seq = ((await m.query(`SELECT ${q('nextValue')} AS v FROM ${q('document_sequences')} WHERE ${q('branchId')} = ? AND ${q('kind')} = 'INVOICE'`, [branch.id])) as Array<{ v: number }>)[0];
    await m.query(
      `INSERT INTO ${q('invoices')} (${['number', 'branchId', 'memberId', 'status', 'businessDate', 'issuedAt', 'cashierId', 'subtotalCents', 'totalCents', 'createdAt'].map(q).join(', ')})
       VALUES (?, ?, ?, 'ISSUED', '2099-01-01', ?, ?, ?, ?, ?)`,
      [`BENCHSQL-${stamp}-${seq.v}-${sequence++}`, branch.id, latest.memberId, now(), manager.staffId, total, total, now()],
    );
    const [{ id }] = (await m.query(`SELECT MAX(${q('id')}) AS id FROM ${q('invoices')}`)) as Array<{ id: number }>;
    for (const [i, line] of lines.entries()) {
      await m.query(
        `INSERT INTO ${q('invoice_lines')} (${['invoiceId', 'position', 'kind', 'productId', 'code', 'description', 'quantity', 'unitPriceCents', 'totalCents', 'staffId'].map(q).join(', ')})
         VALUES (?, ?, ?, ?, 'X', 'X', ?, 100, 100, ?)`,
        [id, i + 1, line.kind.toUpperCase(), Number(line.itemId), line.quantity, seller.id],
      );
      if (line.kind !== 'PRODUCT') continue;
      await m.query(
        `UPDATE ${q('stock_levels')} SET ${q('onHand')} = ${q('onHand')} - ? WHERE ${q('productId')} = ? AND ${q('branchId')} = ? AND ${q('onHand')} - ? >= 0`,
        [line.quantity, Number(line.itemId), branch.id, line.quantity],
      );
      await m.query(
        `INSERT INTO ${q('stock_movements')} (${['productId', 'branchId', 'kind', 'quantity', 'invoiceId', 'createdAt'].map(q).join(', ')}) VALUES (?, ?, 'SALE', ?, ?, ?)`,
        [Number(line.itemId), branch.id, -line.quantity, id, now()],
      );
    }
    for (const p of payments) {
      await m.query(`INSERT INTO ${q('invoice_payments')} (${['invoiceId', 'tenderTypeId', 'amountCents', 'tenderedCents'].map(q).join(', ')}) VALUES (?, ?, ?, ?)`, [id, Number(p.tenderTypeId), p.amountCents, p.amountCents]);
    }
  });

  const checkout: BenchCase = {
    name: `checkout (收銀) end to end: 2 products + 1 treatment, member, card + cash with change, at ${branch.code} (target p50 ≤ ${CHECKOUT_P50_TARGET_MS} ms)`,
    graphql: async () => {
      const data = await run(ds, manager, CHECKOUT, { input: { ...draft, idempotencyKey: `bench-${stamp}-${sequence++}`, payments } });
      if (!(data.checkout as { number?: string }).number) throw new Error('checkout returned no invoice number');
    },
    sql: sqlCheckout,
    runs: 100,
    cleanup: undoCheckouts,
  };

  // The list: the same values for the GraphQL filter and the plain SQL.
  const day = (daysAgo: number) => new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const member = latest.memberId;
  const fps = Number(tenders.get('FPS'));
  const filters: Array<{ name: string; filter: Record<string, unknown>; where: string; params: unknown[] }> = [
    { name: `branch ${branch.code}`, filter: { branchIds: [String(branch.id)] }, where: `i.${q('branchId')} IN (?)`, params: [branch.id] },
    { name: `date range (last 30 days)`, filter: { from: day(30), to: day(0) }, where: `i.${q('businessDate')} >= ? AND i.${q('businessDate')} <= ?`, params: [day(30), day(0)] },
    { name: 'member', filter: { memberId: String(member) }, where: `i.${q('memberId')} = ?`, params: [member] },
    {
      name: 'staff credited', filter: { staffId: String(seller.id) },
      where: `i.${q('id')} IN (SELECT fl.${q('invoiceId')} FROM ${q('invoice_lines')} fl WHERE fl.${q('staffId')} = ?)`, params: [seller.id],
    },
    {
      name: 'tender FPS', filter: { tenderTypeId: String(fps) },
      where: `i.${q('id')} IN (SELECT fp.${q('invoiceId')} FROM ${q('invoice_payments')} fp WHERE fp.${q('tenderTypeId')} = ?)`, params: [fps],
    },
    { name: 'status voided', filter: { status: 'VOIDED' }, where: `i.${q('status')} = ?`, params: ['VOIDED'] },
    {
      name: 'amount HK$1,000–2,000', filter: { minTotalCents: 100_000, maxTotalCents: 200_000 },
      where: `i.${q('totalCents')} >= ? AND i.${q('totalCents')} <= ?`, params: [100_000, 200_000],
    },
  ];
  // The same list for a viewer limited to the branch (the manager's permissions, her member scope
  // narrowed to that branch): her scope rule is part of both the page and the count.
  const branchViewer: Viewer = { ...manager, memberReach: MemberReach.OWN_BRANCH, branchId: branch.id };
  const scoped = {
    where: `i.${q('branchId')} IN (?) AND (i.${q('memberId')} IS NULL OR i.${q('memberId')} IN (SELECT m.${q('id')} FROM ${q('members')} m WHERE m.${q('branchId')} IN (?) AND m.${q('deletedAt')} IS NULL))`,
    params: [branch.id, branch.id],
  };
  const viewers = [
    { label: 'all branches', viewer: manager, where: '1 = 1', params: [] as unknown[] },
    { label: `${branch.code} only`, viewer: branchViewer, ...scoped },
  ];
  const list = viewers.flatMap(({ label, viewer, where: scopeWhere, params: scopeParams }) => filters.map<BenchCase>((f) => ({
    name: `invoice list first ${PAGE} + total, viewer ${label}, filter: ${f.name} (target p50 ≤ ${INVOICE_LIST_P50_TARGET_MS} ms)`,
    graphql: () => run(ds, viewer, INVOICES, { filter: f.filter, first: PAGE }),
    sql: async () => {
      const where = `${scopeWhere} AND ${f.where}`;
      const params = [...scopeParams, ...f.params];
      const ids = (await ds.query(
        `SELECT i.${q('id')} AS id FROM ${q('invoices')} i WHERE ${where} ORDER BY i.${q('issuedAt')} DESC, i.${q('id')} DESC LIMIT ${PAGE + 1}`, params,
      )) as Array<{ id: number }>;
      if (ids.length) await ds.query(`SELECT * FROM ${q('invoices')} WHERE ${q('id')} IN (${ids.map((r) => Number(r.id)).join(',')})`);
      await ds.query(`SELECT COUNT(*) AS n FROM ${q('invoices')} i WHERE ${where}`, params);
    },
  })));
  return [checkout, ...list];
}

