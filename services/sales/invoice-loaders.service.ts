import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Department, Invoice, InvoiceLine, InvoicePayment, Offer, TenderType, type Member } from '../../entities';
import { can, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { memberInScope, memberScopeFor, type MemberScope } from '../visibility/member-visibility';
import { decodeInvoiceCursor } from './invoice-list.service';

export type MemberInvoicePage = { nodes: Invoice[]; hasNextPage: boolean };
type MemberInvoicePageKey = { memberId: number; first: number; after: string | null };

const EMPTY: MemberInvoicePage = { nodes: [], hasNextPage: false };

/** Rows of a child table by their invoice id, each invoice's in `order`. */
function byInvoice<T extends { invoiceId: number }>(ds: DataSource, target: typeof InvoiceLine | typeof InvoicePayment, order: Record<string, 'ASC'>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = (await ds.getRepository(target).find({ where: { invoiceId: In([...ids]) }, order })) as unknown as T[];
    const grouped = new Map<number, T[]>();
    for (const row of rows) grouped.set(row.invoiceId, [...(grouped.get(row.invoiceId) ?? []), row]);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

function byId<T extends { id: number }>(ds: DataSource, target: typeof Department | typeof TenderType | typeof Offer) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = (await ds.getRepository(target).findBy({ id: In([...ids]) })) as unknown as T[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

const branchClause = (scope: MemberScope, q: (name: string) => string) =>
  scope.kind === 'all' ? { sql: '', params: {} } : { sql: ` AND x.${q('branchId')} IN (:...scopeBranchIds)`, params: { scopeBranchIds: scope.branchIds } };

const pageKey = (key: MemberInvoicePageKey) => `${key.memberId}:${key.first}:${key.after ?? ''}`;

/**
 * Newest-first pages of many members' invoices, one query per distinct (first, after): ROW_NUMBER()
 * per member over idx_invoices_member_issued, then the rows by id. The member is one the viewer
 * may open (checked by the caller), so her invoices are visible exactly when their branch is in
 * the viewer's scope — the rule of invoiceQuery.
 */
function memberInvoicePages(ds: DataSource, scope: MemberScope) {
  const q = (name: string) => ds.driver.escape(name);
  return new DataLoader<MemberInvoicePageKey, MemberInvoicePage, string>(
    async (keys) => {
      const results = new Map<string, MemberInvoicePage>();
      const groups = new Map<string, MemberInvoicePageKey[]>();
      for (const key of keys) groups.set(`${key.first}:${key.after ?? ''}`, [...(groups.get(`${key.first}:${key.after ?? ''}`) ?? []), key]);
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const branches = branchClause(scope, q);
        const params: Record<string, unknown> = { parents: [...new Set(group.map((k) => k.memberId))], limit: first + 1, ...branches.params };
        let where = `x.${q('memberId')} IN (:...parents)${branches.sql}`;
        if (after) {
          const cursor = decodeInvoiceCursor(after);
          where += ` AND x.${q('issuedAt')} <= :afterAt AND (x.${q('issuedAt')} < :afterAt OR x.id < :afterId)`;
          Object.assign(params, { afterAt: cursor.issuedAt, afterId: cursor.id });
        }
        const sql =
          `SELECT r.id FROM (SELECT x.id, ROW_NUMBER() OVER (PARTITION BY x.${q('memberId')} ` +
          `ORDER BY x.${q('issuedAt')} DESC, x.id DESC) AS rn FROM ${q('invoices')} x WHERE ${where}) r WHERE r.rn <= :limit`;
        const [query, bound] = ds.driver.escapeQueryWithParameters(sql, params);
        const ids = ((await ds.query(query, bound)) as Array<{ id: number | string }>).map((r) => Number(r.id));
        const found = ids.length ? await ds.getRepository(Invoice).findBy({ id: In(ids) }) : [];
        found.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || b.id - a.id);
        const byMember = new Map<number, Invoice[]>();
        for (const row of found) byMember.set(row.memberId!, [...(byMember.get(row.memberId!) ?? []), row]);
        for (const key of group) {
          const all = byMember.get(key.memberId) ?? [];
          results.set(pageKey(key), { nodes: all.slice(0, first), hasNextPage: all.length > first });
        }
      }
      return keys.map((key) => results.get(pageKey(key))!);
    },
    { cacheKeyFn: pageKey },
  );
}

/** How many invoices in the viewer's branch scope each member has, in one grouped query. */
function memberInvoiceCounts(ds: DataSource, scope: MemberScope) {
  return new DataLoader<number, number>(async (ids) => {
    const qb = ds
      .getRepository(Invoice)
      .createQueryBuilder('x')
      .select('x.memberId', 'p')
      .addSelect('COUNT(*)', 'n')
      .where('x.memberId IN (:...countMemberIds)', { countMemberIds: [...ids] });
    if (scope.kind === 'branches') qb.andWhere('x.branchId IN (:...countBranchIds)', { countBranchIds: scope.branchIds.length ? scope.branchIds : [0] });
    const rows = await qb.groupBy('x.memberId').getRawMany<{ p: number | string; n: number | string }>();
    const found = new Map(rows.map((r) => [Number(r.p), Number(r.n)]));
    return ids.map((id) => found.get(id) ?? 0);
  });
}

/**
 * The request's loaders for an invoice's parts and a member's invoices. Invoices reach field
 * resolvers only through the scoped reads (invoiceQuery), so their lines and payments are
 * visible with them; a member's invoices are empty unless the viewer holds sales.view and may
 * open the member.
 */
export function createInvoiceLoaders(ds: DataSource, viewer: Viewer | null) {
  const scope: MemberScope = viewer ? memberScopeFor(viewer) : { kind: 'branches', branchIds: [] };
  const mayRead = (member: Member) => viewer !== null && can(viewer, Permission.SalesView) && memberInScope(scope, member);
  const pages = memberInvoicePages(ds, scope);
  const counts = memberInvoiceCounts(ds, scope);
  return {
    lines: byInvoice<InvoiceLine>(ds, InvoiceLine, { position: 'ASC' }),
    payments: byInvoice<InvoicePayment>(ds, InvoicePayment, { id: 'ASC' }),
    tenderType: byId<TenderType>(ds, TenderType),
    department: byId<Department>(ds, Department),
    offer: byId<Offer>(ds, Offer),
    memberInvoices: {
      page: async (member: Member, page: { first: number; after: string | null }): Promise<MemberInvoicePage> =>
        mayRead(member) ? pages.load({ memberId: member.id, first: page.first, after: page.after }) : EMPTY,
      count: async (member: Member): Promise<number> => (mayRead(member) ? counts.load(member.id) : 0),
    },
  };
}

export type InvoiceLoaders = ReturnType<typeof createInvoiceLoaders>;

const perRequest = new WeakMap<object, InvoiceLoaders>();

/** The invoice loaders of one request (keyed by its context object), built on first use. */
export function invoiceLoadersFor(context: { ds: DataSource; viewer: Viewer | null }): InvoiceLoaders {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = createInvoiceLoaders(context.ds, context.viewer);
    perRequest.set(context, loaders);
  }
  return loaders;
}
