import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Invoice, Member } from '../../entities';
import { Permission } from '../admin/permission';
import { requirePermission, type Viewer } from '../auth/viewer';
import { notFound } from '../errors/domain-error';
import { memberScopeFor, type MemberScope } from '../visibility/member-visibility';

type Db = DataSource | EntityManager;

/**
 * The condition "this invoice's member, if any, is one the viewer may open", on the invoice alias.
 * Written as a set test rather than a join, so a count walks only the invoices' own indexes: for a
 * viewer who sees every branch the set left out is the recycle bin's members (few, by
 * idx_members_deleted_at); otherwise the set kept is the members of the viewer's branches.
 */
function visibleMemberCondition(alias: string, scope: MemberScope): { sql: string; params: Record<string, unknown> } {
  if (scope.kind === 'all') {
    return { sql: `(${alias}.memberId IS NULL OR ${alias}.memberId NOT IN (SELECT ivm.id FROM members ivm WHERE ivm.deletedAt IS NOT NULL))`, params: {} };
  }
  return {
    sql: `(${alias}.memberId IS NULL OR ${alias}.memberId IN (SELECT ivm.id FROM members ivm WHERE ivm.branchId IN (:...invoiceMemberBranchIds) AND ivm.deletedAt IS NULL))`,
    params: { invoiceMemberBranchIds: scope.branchIds },
  };
}

/**
 * THE invoices a viewer may read, as a query builder on alias `i` with no order or limit: the
 * viewer holds sales.view, the invoice's branch is within her member scope, and its member (if
 * any) is one she may open — in her scope and not in the recycle bin. The list, its count, the
 * detail, the by-number lookup, the export, the receipt and a member's invoices all start here.
 */
export function invoiceQuery(db: Db, viewer: Viewer): SelectQueryBuilder<Invoice> {
  requirePermission(viewer, Permission.SalesView);
  const qb = db.getRepository(Invoice).createQueryBuilder('i');
  const scope = memberScopeFor(viewer);
  if (scope.kind === 'branches') {
    if (scope.branchIds.length === 0) return qb.where('1 = 0');
    qb.where('i.branchId IN (:...invoiceScopeBranchIds)', { invoiceScopeBranchIds: scope.branchIds });
  } else {
    qb.where('1 = 1');
  }
  const member = visibleMemberCondition('i', scope);
  return qb.andWhere(member.sql, member.params);
}

/**
 * For counting: the viewer's invoices before the member rule, and the members that rule hides,
 * when those are few — a viewer who sees every branch loses only the recycle bin's members, so
 * her count is the plain count (index-only) less their invoices (read by member). Null when the
 * rule hides many (a viewer limited to branches): then the count runs on invoiceQuery itself.
 */
export async function invoiceCountParts(db: Db, viewer: Viewer, limit = 1000): Promise<{ base: SelectQueryBuilder<Invoice>; hiddenMemberIds: number[] } | null> {
  requirePermission(viewer, Permission.SalesView);
  if (memberScopeFor(viewer).kind !== 'all') return null;
  const rows: Array<{ id: number | string }> = await db
    .getRepository(Member)
    .createQueryBuilder('hm')
    .select('hm.id', 'id')
    .where('hm.deletedAt IS NOT NULL')
    .limit(limit + 1)
    .getRawMany();
  if (rows.length > limit) return null;
  return { base: db.getRepository(Invoice).createQueryBuilder('i').where('1 = 1'), hiddenMemberIds: rows.map((r) => Number(r.id)) };
}

/** One invoice the viewer may read; anything else, existing or not, is NOT_FOUND. */
export async function findVisibleInvoice(db: Db, viewer: Viewer, id: number): Promise<Invoice> {
  const found = await invoiceQuery(db, viewer).andWhere('i.id = :invoiceId', { invoiceId: id }).getOne();
  if (!found) throw notFound('invoice');
  return found;
}

/**
 * An invoice by its number as typed or in capitals (surrounding spaces ignored), or null when none
 * the viewer may read has it. Both forms, because a branch code may hold lower-case letters
 * ("WanchaiSI-…"), while a number read off a receipt by hand is often typed in lower case.
 */
export function findVisibleInvoiceByNumber(db: Db, viewer: Viewer, number: string): Promise<Invoice | null> {
  const typed = number.trim();
  return invoiceQuery(db, viewer)
    .andWhere('i.number IN (:...invoiceNumbers)', { invoiceNumbers: [...new Set([typed, typed.toUpperCase()])] })
    .orderBy('i.number', 'DESC')
    .getOne();
}

/** Ids among `ids` of invoices the viewer may read (the loaders' batch form of the rule). */
export async function visibleInvoices(db: Db, viewer: Viewer, ids: number[]): Promise<Invoice[]> {
  if (!ids.length) return [];
  return invoiceQuery(db, viewer).andWhere('i.id IN (:...visibleInvoiceIds)', { visibleInvoiceIds: ids }).getMany();
}
