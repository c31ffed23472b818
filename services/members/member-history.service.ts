import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Appointment, CampaignMember, ContactLog, MemberLevelChange, SalesReturn, type Invoice } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { Permission } from '../admin/permission';
import { appointmentQuery } from '../appointments/appointment-scope.service';
import { can, type Viewer } from '../auth/viewer';
import { contactMemberQuery } from '../contacts/contact-scope.service';
import { invalidField, notFound } from '../errors/domain-error';
import { invoiceQuery } from '../sales/invoice-scope.service';
import type { ContactScope } from '../visibility/contact-visibility';
import { visibleMemberQuery } from './member.service';
import {
  boundFor, historyCursorText, kindsToRead, mergeHistory, parseHistoryCursorText, type HistoryKey, type HistoryKind, type SourceBound,
} from './member-history';

type Db = DataSource | EntityManager;

/** One row of the timeline with the document it stands for. */
export type HistoryEntry =
  | { key: HistoryKey; kind: 'VISIT' | 'BOOKING'; appointment: Appointment; campaignId: number | null }
  | { key: HistoryKey; kind: 'INVOICE'; invoice: Invoice }
  | { key: HistoryKey; kind: 'RETURN'; salesReturn: SalesReturn }
  | { key: HistoryKey; kind: 'CONTACT'; contactLog: ContactLog }
  | { key: HistoryKey; kind: 'LEVEL'; levelChange: MemberLevelChange };

export type HistoryPage = { nodes: HistoryEntry[]; hasNextPage: boolean; totalCount: () => Promise<number> };

export function historyCursor(entry: { key: HistoryKey }): string {
  return Buffer.from(historyCursorText(entry.key), 'utf8').toString('base64url');
}

function decodeHistoryCursor(after: string): HistoryKey {
  const key = parseHistoryCursorText(Buffer.from(after, 'base64url').toString('utf8'));
  if (!key) throw invalidField('after', 'invalidCursor');
  return key;
}

/** Rows of one source after the cursor, in the source's own (at, id) order. */
function applyBound<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, at: string, id: string, bound: SourceBound): SelectQueryBuilder<T> {
  if (bound.op === 'atMost') return qb.andWhere(`${at} <= :historyAt`, { historyAt: bound.at });
  if (bound.op === 'before') return qb.andWhere(`${at} < :historyAt`, { historyAt: bound.at });
  return qb.andWhere(`${at} <= :historyAt AND (${at} < :historyAt OR ${id} < :historyId)`, { historyAt: bound.at, historyId: bound.id });
}

/** One source: its rows of the member as a scoped query, and how a row becomes a timeline entry. */
type Source = {
  kind: HistoryKind;
  query: () => SelectQueryBuilder<ObjectLiteral> | Promise<SelectQueryBuilder<ObjectLiteral>>;
  at: string;
  id: string;
  read: (qb: SelectQueryBuilder<ObjectLiteral>) => Promise<HistoryEntry[]>;
};

/**
 * The member's timeline sources, each through its domain's one scoped entry point: appointments
 * through appointmentQuery, invoices and returns through invoiceQuery (a return is shown when its
 * invoice is), contact logs of the member's contacts the viewer may see (`contactIds`, read through
 * contactMemberQuery first: a member has few, and their logs are then one index range each).
 */
function sourcesOf(db: Db, viewer: Viewer, memberId: number, contactIds: number[]): Record<HistoryKind, Source> {
  const appointments = (kind: 'VISIT' | 'BOOKING'): Source => ({
    kind,
    query: () =>
      appointmentQuery(db, viewer)
        .andWhere('a.memberId = :historyMemberId', { historyMemberId: memberId })
        .andWhere(kind === 'VISIT' ? 'a.status = :historyDone' : 'a.status <> :historyDone', { historyDone: AppointmentStatus.COMPLETED }),
    at: 'a.startsAt',
    id: 'a.id',
    read: async (qb) => {
      // The campaign a booking came from is named whatever the viewer's contact scope: it is the
      // campaign's name, not the contact's notes.
      const { entities, raw } = await qb
        .leftJoin(CampaignMember, 'hcm', 'hcm.id = a.campaignMemberId')
        .addSelect('hcm.campaignId', 'historyCampaignId')
        .getRawAndEntities<{ a_id: number | string; historyCampaignId: number | string | null }>();
      const campaignOf = new Map(raw.map((r) => [Number(r.a_id), r.historyCampaignId === null ? null : Number(r.historyCampaignId)]));
      return (entities as Appointment[]).map((appointment) => ({
        key: { at: appointment.startsAt.getTime(), kind, id: appointment.id },
        kind,
        appointment,
        campaignId: campaignOf.get(appointment.id) ?? null,
      }));
    },
  });

  return {
    VISIT: appointments('VISIT'),
    BOOKING: appointments('BOOKING'),
    INVOICE: {
      kind: 'INVOICE',
      query: () => invoiceQuery(db, viewer).andWhere('i.memberId = :historyMemberId', { historyMemberId: memberId }),
      at: 'i.issuedAt',
      id: 'i.id',
      read: async (qb) =>
        ((await qb.getMany()) as Invoice[]).map((invoice) => ({ key: { at: invoice.issuedAt.getTime(), kind: 'INVOICE', id: invoice.id }, kind: 'INVOICE', invoice })),
    },
    RETURN: {
      kind: 'RETURN',
      query: () => {
        // Correlated on the return's invoice, so each return costs one primary-key probe instead
        // of listing every invoice the viewer may read.
        const invoice = invoiceQuery(db, viewer).select('1').andWhere('i.id = sr.invoiceId');
        return db
          .getRepository(SalesReturn)
          .createQueryBuilder('sr')
          .where('sr.memberId = :historyMemberId', { historyMemberId: memberId })
          .andWhere(`EXISTS (${invoice.getQuery()})`)
          .setParameters(invoice.getParameters());
      },
      at: 'sr.createdAt',
      id: 'sr.id',
      read: async (qb) =>
        ((await qb.getMany()) as SalesReturn[]).map((salesReturn) => ({
          key: { at: salesReturn.createdAt.getTime(), kind: 'RETURN', id: salesReturn.id },
          kind: 'RETURN',
          salesReturn,
        })),
    },
    CONTACT: {
      kind: 'CONTACT',
      query: () =>
        db
          .getRepository(ContactLog)
          .createQueryBuilder('cl')
          .where(contactIds.length ? 'cl.campaignMemberId IN (:...historyContactIds)' : '1 = 0', { historyContactIds: contactIds }),
      at: 'cl.contactedAt',
      id: 'cl.id',
      read: async (qb) =>
        ((await qb.getMany()) as ContactLog[]).map((contactLog) => ({
          key: { at: contactLog.contactedAt.getTime(), kind: 'CONTACT', id: contactLog.id },
          kind: 'CONTACT',
          contactLog,
        })),
    },
    // The member's own level history: whoever may open her sees it (the member is checked first).
    LEVEL: {
      kind: 'LEVEL',
      query: () => db.getRepository(MemberLevelChange).createQueryBuilder('lc').where('lc.memberId = :historyMemberId', { historyMemberId: memberId }),
      at: 'lc.createdAt',
      id: 'lc.id',
      read: async (qb) =>
        ((await qb.getMany()) as MemberLevelChange[]).map((levelChange) => ({
          key: { at: levelChange.createdAt.getTime(), kind: 'LEVEL', id: levelChange.id },
          kind: 'LEVEL',
          levelChange,
        })),
    },
  };
}

/** The member's contacts (campaign places) within the viewer's contact scope. */
async function visibleContactIds(db: Db, viewer: Viewer, memberId: number, scope: ContactScope): Promise<number[]> {
  const rows: Array<{ id: number | string }> = await (await contactMemberQuery(db, viewer, scope))
    .select('cm.id', 'id')
    .andWhere('cm.memberId = :historyMemberId', { historyMemberId: memberId })
    .getRawMany();
  return rows.map((r) => Number(r.id));
}

/**
 * A page of the member's timeline, newest first. The member must be one the viewer may open
 * (NOT_FOUND otherwise); invoices and returns are read only for a viewer with sales.view, contact
 * logs only of contacts in her contact scope. Each source reads `first + 1` rows after the cursor.
 */
export async function memberHistoryPage(
  db: Db,
  viewer: Viewer,
  memberId: number,
  page: { first: number; after: string | null; kinds: readonly HistoryKind[] | null },
  contactScopeOf: () => Promise<ContactScope>,
): Promise<HistoryPage> {
  const cursor = page.after ? decodeHistoryCursor(page.after) : null;
  const member = await visibleMemberQuery(db, viewer).select('m.id').andWhere('m.id = :historyMemberId', { historyMemberId: memberId }).getOne();
  if (!member) throw notFound('member');
  const kinds = kindsToRead(page.kinds, can(viewer, Permission.SalesView));
  const contactIds = kinds.includes('CONTACT') ? await visibleContactIds(db, viewer, memberId, await contactScopeOf()) : [];
  const sources = sourcesOf(db, viewer, memberId, contactIds);
  const streams = await Promise.all(
    kinds.map(async (kind) => {
      const source = sources[kind];
      const qb = await source.query();
      if (cursor) applyBound(qb, source.at, source.id, boundFor(kind, cursor));
      return source.read(qb.orderBy(source.at, 'DESC').addOrderBy(source.id, 'DESC').limit(page.first + 1));
    }),
  );
  const { nodes, hasNextPage } = mergeHistory(streams, page.first);
  const totalCount = async () => {
    const counts = await Promise.all(kinds.map(async (kind) => (await sources[kind].query()).getCount()));
    return counts.reduce((sum, n) => sum + n, 0);
  };
  return { nodes, hasNextPage, totalCount };
}
