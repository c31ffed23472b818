import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Appointment, CampaignMember } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { ContactScope } from '../visibility/contact-visibility';
import { memberScopeFor } from '../visibility/member-visibility';

type Db = DataSource | EntityManager;

/**
 * The appointments a viewer may see, as a query builder on alias `a` (joined to its member as
 * `am`) with no order or limit. An appointment is visible exactly when its member is: the member
 * is in the viewer's branch scope and not in the recycle bin. Calendars, boards, the member's
 * appointment list and every appointment mutation start here so the rule lives in one place.
 */
export function appointmentQuery(db: Db, viewer: Viewer): SelectQueryBuilder<Appointment> {
  const qb = db
    .getRepository(Appointment)
    .createQueryBuilder('a')
    .innerJoin('a.member', 'am')
    .where('am.deletedAt IS NULL');
  const scope = memberScopeFor(viewer);
  if (scope.kind === 'branches') {
    if (scope.branchIds.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere('am.branchId IN (:...apptScopeBranchIds)', { apptScopeBranchIds: scope.branchIds });
  }
  return qb;
}

/**
 * The appointments a viewer may read one by one, as a query builder on alias `a` (its member `am`,
 * the contact it was booked from `acm`): those of members in the viewer's branch scope, and those
 * booked from a contact in the viewer's contact scope — a salesperson sees the booking of every
 * contact she may see, also when the member belongs to another branch. Never a member in the
 * recycle bin. Lists and calendars stay on `appointmentQuery` (the branch's book); changing an
 * appointment also does.
 */
export function readableAppointmentQuery(db: Db, viewer: Viewer, contactScope: ContactScope): SelectQueryBuilder<Appointment> {
  const qb = db
    .getRepository(Appointment)
    .createQueryBuilder('a')
    .innerJoin('a.member', 'am')
    .leftJoin(CampaignMember, 'acm', 'acm.id = a.campaignMemberId')
    .where('am.deletedAt IS NULL');
  const memberScope = memberScopeFor(viewer);
  const params: Record<string, unknown> = { readHidden: false };
  const byMember =
    memberScope.kind === 'all' ? '1 = 1' : memberScope.branchIds.length === 0 ? '1 = 0' : 'am.branchId IN (:...readBranchIds)';
  if (memberScope.kind === 'branches') params.readBranchIds = memberScope.branchIds;
  let byContact = 'acm.id IS NOT NULL AND acm.memberHidden = :readHidden';
  if (contactScope.kind === 'salespeople') {
    if (contactScope.salespersonIds.length === 0) byContact = '1 = 0';
    else {
      byContact += ' AND acm.salespersonId IN (:...readSalespersonIds)';
      params.readSalespersonIds = contactScope.salespersonIds;
    }
  }
  return qb.andWhere(`((${byMember}) OR (${byContact}))`, params);
}

/** One appointment the viewer may see; anything else, existing or not, is NOT_FOUND. */
export async function findVisibleAppointment(db: Db, viewer: Viewer, id: number): Promise<Appointment> {
  const found = await appointmentQuery(db, viewer).andWhere('a.id = :apptId', { apptId: id }).getOne();
  if (!found) throw notFound('appointment');
  return found;
}

export type MemberAppointmentPageKey = { memberId: number; first: number; after: string | null };
export type MemberAppointmentPage = { nodes: Appointment[]; hasNextPage: boolean };

/** Cursor of an appointment in a member's list: its start and id. */
export function memberAppointmentCursor(appointment: Pick<Appointment, 'startsAt' | 'id'>): string {
  return encodeCursor([appointment.startsAt.toISOString(), appointment.id]);
}

function decodeMemberAppointmentCursor(after: string): { startsAt: Date; id: number } {
  const [at, id] = decodeCursor(after, 2);
  const startsAt = new Date(String(at));
  if (typeof id !== 'number' || Number.isNaN(startsAt.getTime())) throw invalidField('after', 'invalidCursor');
  return { startsAt, id };
}

const memberPageKey = (key: MemberAppointmentPageKey) => `${key.memberId}:${key.first}:${key.after ?? ''}`;

/**
 * Newest-first pages (start, then id) of many members' appointments, one query per distinct
 * (first, after): ROW_NUMBER() per member, then the rows by id. Callers pass members the viewer
 * may see, so each member's appointments are visible too.
 */
export function memberAppointmentPages(ds: DataSource) {
  const q = (name: string) => ds.driver.escape(name);
  return new DataLoader<MemberAppointmentPageKey, MemberAppointmentPage, string>(
    async (keys) => {
      const results = new Map<string, MemberAppointmentPage>();
      const groups = new Map<string, MemberAppointmentPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}:${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      for (const group of groups.values()) {
        const { first, after } = group[0];
        const parents = [...new Set(group.map((k) => k.memberId))];
        const params: Record<string, unknown> = { parents, limit: first + 1 };
        let where = `x.${q('memberId')} IN (:...parents)`;
        if (after) {
          const cursor = decodeMemberAppointmentCursor(after);
          where += ` AND (x.${q('startsAt')} < :afterAt OR (x.${q('startsAt')} = :afterAt AND x.id < :afterId))`;
          Object.assign(params, { afterAt: cursor.startsAt, afterId: cursor.id });
        }
        const sql =
          `SELECT r.id FROM (SELECT x.id, ROW_NUMBER() OVER (PARTITION BY x.${q('memberId')} ` +
          `ORDER BY x.${q('startsAt')} DESC, x.id DESC) AS rn FROM ${q('appointments')} x WHERE ${where}) r WHERE r.rn <= :limit`;
        const [query, bound] = ds.driver.escapeQueryWithParameters(sql, params);
        const rows: Array<{ id: number | string }> = await ds.query(query, bound);
        const ids = rows.map((r) => Number(r.id));
        const found = ids.length ? await ds.getRepository(Appointment).findBy({ id: In(ids) }) : [];
        found.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || b.id - a.id);
        const byMember = new Map<number, Appointment[]>();
        for (const row of found) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
        for (const key of group) {
          const all = byMember.get(key.memberId) ?? [];
          results.set(memberPageKey(key), { nodes: all.slice(0, first), hasNextPage: all.length > first });
        }
      }
      return keys.map((key) => results.get(memberPageKey(key))!);
    },
    { cacheKeyFn: memberPageKey },
  );
}

/** How many appointments each member has, in one grouped query. */
export function memberAppointmentCounts(ds: DataSource) {
  return new DataLoader<number, number>(async (ids) => {
    const rows: Array<{ p: number | string; n: number | string }> = await ds
      .getRepository(Appointment)
      .createQueryBuilder('x')
      .select('x.memberId', 'p')
      .addSelect('COUNT(*)', 'n')
      .where('x.memberId IN (:...ids)', { ids: [...ids] })
      .groupBy('x.memberId')
      .getRawMany();
    const found = new Map(rows.map((r) => [Number(r.p), Number(r.n)]));
    return ids.map((id) => found.get(id) ?? 0);
  });
}
