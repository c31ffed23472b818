import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { Branch, CampaignMember, ContactSettings, Member } from '../../entities';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { startsWith } from '../members/member-search-query';
import { normaliseNameQuery } from '../members/member-search-keys';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { ContactScope } from '../visibility/contact-visibility';
import {
  invoiceCondition, keywordTerms, quickCondition, salonDayRange, type ContactFilter, type ContactSort, type ContactSortField,
} from './contact-filter';
import { contactMemberQuery } from './contact-scope';

/** The zone of branches that have none set (all seeded branches are in Hong Kong). */
export const FALLBACK_TIME_ZONE = 'Asia/Hong_Kong';

/** The salon day the viewer works in: their branch's time zone. */
export async function viewerTimeZone(ds: DataSource, viewer: Viewer): Promise<string> {
  const branch = await ds.getRepository(Branch).findOne({ select: { id: true, timeZone: true }, where: { id: viewer.branchId } });
  return branch?.timeZone || FALLBACK_TIME_ZONE;
}

/** What the list needs besides the filter: the salon's time zone (its days), the clock, and a scope already read. */
export type ContactListContext = { timeZone: string; now?: Date; scope?: ContactScope };

type SortSpec = {
  /** The column ordered by (alias cm, or m for the member's). */
  column: string;
  /** Nullable sort columns put their NULL rows last in either direction (members never contacted, no follow-up). */
  nullable: boolean;
  /** Whether the column is the id itself, so needs no tie-break. */
  isId: boolean;
  /** The sort value of a loaded row, for its cursor. */
  valueOf: (row: CampaignMember, memberNo: string | undefined) => string | number | null;
};

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

const SORTS: Record<ContactSortField, SortSpec> = {
  LAST_CONTACT: { column: 'cm.lastContactAt', nullable: true, isId: false, valueOf: (r) => isoOrNull(r.lastContactAt) },
  NEXT_FOLLOW_UP: { column: 'cm.nextFollowUpAt', nullable: true, isId: false, valueOf: (r) => isoOrNull(r.nextFollowUpAt) },
  MEMBER_NO: { column: 'm.memberNo', nullable: false, isId: false, valueOf: (_r, memberNo) => memberNo ?? '' },
  // Ids are handed out in assignment order, so the primary key orders by assignment without another index.
  ASSIGNED: { column: 'cm.id', nullable: false, isId: true, valueOf: (r) => r.id },
};

/**
 * The contact members the viewer may see that match `filter`, as a query builder on alias `cm`
 * (joined to `members m` when the member-number sort needs it), with no order or
 * limit. Built on contactMemberQuery, so the scope and the recycle bin always apply; the list, its
 * count, the export and the home page's follow-ups all start here.
 */
export async function contactListQuery(
  ds: DataSource,
  viewer: Viewer,
  filter: ContactFilter,
  context: ContactListContext,
  options: { joinMembers?: boolean } = {},
): Promise<SelectQueryBuilder<CampaignMember>> {
  const qb = await contactMemberQuery(ds, viewer, context.scope);
  const where = (sql: string, params: Record<string, unknown> = {}) => void qb.andWhere(sql, params);
  const now = context.now ?? new Date();

  if (filter.campaignIds?.length) where('cm.campaignId IN (:...fCampaignIds)', { fCampaignIds: filter.campaignIds });
  if (filter.salespersonIds?.length) where('cm.salespersonId IN (:...fSalespersonIds)', { fSalespersonIds: filter.salespersonIds });
  if (filter.statusIds?.length) where('cm.statusId IN (:...fStatusIds)', { fStatusIds: filter.statusIds });
  if (filter.booked !== undefined) where(filter.booked ? 'cm.bookedAt IS NOT NULL' : 'cm.bookedAt IS NULL');
  if (filter.attendanceVerified !== undefined) {
    where(filter.attendanceVerified ? 'cm.attendanceVerifiedAt IS NOT NULL' : 'cm.attendanceVerifiedAt IS NULL');
  }
  if (filter.sameDayInvoice) {
    const condition = invoiceCondition(filter.sameDayInvoice);
    const column = `cm.${condition.column}`;
    if (condition.test === 'none') where(`(${column} IS NULL OR ${column} = 0)`);
    else if (condition.test === 'positive') where(`${column} > 0`);
    else where(`${column} >= :fInvoiceAtLeast`, { fInvoiceAtLeast: await thresholdFor(ds, condition.column) });
  }

  if (options.joinMembers) qb.innerJoin(Member, 'm', 'm.id = cm.memberId');
  const terms = filter.keyword ? keywordTerms(filter.keyword, normaliseNameQuery) : null;
  if (terms) {
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    const add = ([sql, p]: [string, Record<string, string>]) => {
      parts.push(sql);
      Object.assign(params, p);
    };
    if (terms.name) {
      add(startsWith(ds, 'kw.searchName', 'kwName', terms.name));
      add(startsWith(ds, 'kw.searchNameAlt', 'kwNameAlt', terms.name));
    }
    terms.memberNos.forEach((no, i) => add(startsWith(ds, 'kw.memberNo', `kwNo${i}`, no)));
    if (terms.phone) {
      add(startsWith(ds, 'kw.phone', 'kwPhone', terms.phone));
      add(startsWith(ds, 'kw.phone2', 'kwPhone2', terms.phone));
    }
    // The matching members first (each key's prefix index), then their places through the
    // (memberId, …) index: a keyword matches few members, so the list is read from them rather
    // than by walking the sort index and testing each row's member.
    where(`cm.memberId IN (SELECT kw.id FROM members kw WHERE ${parts.join(' OR ')})`, params);
  }

  if (filter.contactedFrom || filter.contactedTo) {
    const range = salonDayRange(filter.contactedFrom, filter.contactedTo, context.timeZone);
    contactedWithin(qb, 'fRange', range.start, range.end);
  }
  if (filter.quick) {
    const quick = quickCondition(filter.quick, now, context.timeZone);
    if (quick.kind === 'contacted') {
      contactedWithin(qb, 'fQuick', quick.span.start, quick.span.end);
    } else {
      where('cm.followUpClosedAt IS NULL');
      where('cm.nextFollowUpAt < :fFollowUpEnd', { fFollowUpEnd: quick.end });
      if (quick.start) where('cm.nextFollowUpAt >= :fFollowUpStart', { fFollowUpStart: quick.start });
    }
  }
  return qb;
}

/**
 * A member with ANY contact log in [start, end), through the (campaignMemberId, contactedAt)
 * index. The latest contact is the newest log, so it is on or after `start` too: that redundant
 * condition lets the database skip members last contacted before the range without a lookup.
 */
function contactedWithin(qb: SelectQueryBuilder<CampaignMember>, name: string, start?: Date, end?: Date): void {
  const conditions = ['l.campaignMemberId = cm.id'];
  const params: Record<string, Date> = {};
  if (start) {
    conditions.push(`l.contactedAt >= :${name}Start`);
    params[`${name}Start`] = start;
    qb.andWhere(`cm.lastContactAt >= :${name}Start`, params);
  }
  if (end) {
    conditions.push(`l.contactedAt < :${name}End`);
    params[`${name}End`] = end;
  }
  qb.andWhere(`EXISTS (SELECT 1 FROM contact_logs l WHERE ${conditions.join(' AND ')})`, params);
}

const THRESHOLD_OF = {
  sameDayInvoiceCents: 'invoiceThresholdCents',
  sameDayProductCents: 'productThresholdCents',
  sameDayTreatmentCents: 'treatmentThresholdCents',
} as const;

/** The "發票金額 >= X" amounts are the salon's settings (聯絡會員設定), read when the filter asks. */
async function thresholdFor(ds: DataSource, column: keyof typeof THRESHOLD_OF): Promise<number> {
  const settings = await ds.getRepository(ContactSettings).findOneBy({ id: 1 });
  return settings ? settings[THRESHOLD_OF[column]] : Number(ds.getMetadata(ContactSettings).findColumnWithPropertyName(THRESHOLD_OF[column])?.default ?? 0);
}

/** COUNT(*) of a list query: no DISTINCT (each row is one contact member). */
export async function countContactMembers(qb: SelectQueryBuilder<CampaignMember>): Promise<number> {
  const row = await qb.select('COUNT(*)', 'c').orderBy().getRawOne<{ c: number | string }>();
  return Number(row?.c ?? 0);
}

/** A keyset position: in the rows with a sort value ('v') or, for nullable sorts, the NULL rows after them ('n'). */
type ListCursor = { phase: 'v' | 'n'; value: string | number; id: number };

function parseCursor(after: string | null | undefined, spec: SortSpec): ListCursor | null {
  if (!after) return null;
  const [phase, value, id] = decodeCursor(after, 3);
  if ((phase !== 'v' && phase !== 'n') || typeof id !== 'number' || (phase === 'n' && !spec.nullable)) throw invalidField('after', 'invalidCursor');
  if (spec.nullable && phase === 'v' && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) throw invalidField('after', 'invalidCursor');
  if (spec.isId && typeof value !== 'number') throw invalidField('after', 'invalidCursor');
  return { phase, value, id };
}

/**
 * A page of the viewer's contact list. Keyset paging on (sort value, id): for nullable sorts the
 * rows with a value come first, in order, then the NULL rows by id — each part read in index
 * order, at most two ordered reads per page — so deep pages cost what the first does and rows are
 * neither repeated nor skipped. The total is counted only when asked for.
 */
export async function contactMembersPage(
  ds: DataSource,
  viewer: Viewer,
  filter: ContactFilter,
  sort: ContactSort,
  page: { first: number; after?: string | null },
  context: ContactListContext,
): Promise<Page<CampaignMember>> {
  const spec = SORTS[sort.field];
  const cursor = parseCursor(page.after, spec);
  const joinMembers = sort.field === 'MEMBER_NO';
  const build = () => contactListQuery(ds, viewer, filter, context, { joinMembers });
  const op = sort.direction === 'ASC' ? '>' : '<';
  const want = page.first + 1;
  const rows: Array<{ id: number; memberNo?: string }> = [];

  const read = async (qb: SelectQueryBuilder<CampaignMember>, limit: number) => {
    qb.select('cm.id', 'id');
    if (joinMembers) qb.addSelect('m.memberNo', 'memberNo');
    const raw = await qb.limit(limit).getRawMany<{ id: number | string; memberNo?: string }>();
    rows.push(...raw.map((r) => ({ id: Number(r.id), memberNo: r.memberNo })));
  };

  if (!cursor || cursor.phase === 'v') {
    const qb = await build();
    if (spec.nullable) qb.andWhere(`${spec.column} IS NOT NULL`);
    if (cursor) {
      const value = spec.nullable ? new Date(cursor.value as string) : cursor.value;
      if (spec.isId) qb.andWhere(`cm.id ${op} :afterId`, { afterId: cursor.id });
      // A range on the sort column plus the tie-break, rather than an OR alone, so both databases seek the index.
      else qb.andWhere(`(${spec.column} ${op}= :afterValue AND (${spec.column} ${op} :afterValue OR cm.id ${op} :afterId))`, { afterValue: value, afterId: cursor.id });
    }
    qb.orderBy(spec.column, sort.direction);
    if (!spec.isId) qb.addOrderBy('cm.id', sort.direction);
    await read(qb, want);
  }
  if (spec.nullable && rows.length < want) {
    const qb = await build();
    qb.andWhere(`${spec.column} IS NULL`);
    if (cursor?.phase === 'n') qb.andWhere(`cm.id ${op} :afterId`, { afterId: cursor.id });
    qb.orderBy('cm.id', sort.direction);
    await read(qb, want - rows.length);
  }

  const { nodes: ordered, hasNextPage } = sliceWithLookahead(rows, page.first);
  const entities = ordered.length ? await ds.getRepository(CampaignMember).findBy({ id: In(ordered.map((r) => r.id)) }) : [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const memberNoOf = new Map(ordered.map((r) => [r.id, r.memberNo]));
  const nodes = ordered.flatMap((r) => (byId.has(r.id) ? [byId.get(r.id)!] : []));
  return {
    nodes,
    hasNextPage,
    cursorOf: (row) => {
      const value = spec.valueOf(row, memberNoOf.get(row.id));
      return encodeCursor(value === null ? ['n', 0, row.id] : ['v', value, row.id]);
    },
    totalCount: async () => countContactMembers(await contactListQuery(ds, viewer, filter, context)),
  };
}

/** Every row of a list in order, a batch at a time (the export), through the same pages as the screen. */
export async function* contactMemberBatches(
  ds: DataSource,
  viewer: Viewer,
  filter: ContactFilter,
  sort: ContactSort,
  context: ContactListContext,
  batchSize = 500,
): AsyncGenerator<CampaignMember[]> {
  let after: string | null = null;
  for (;;) {
    const page: Page<CampaignMember> = await contactMembersPage(ds, viewer, filter, sort, { first: batchSize, after }, context);
    if (page.nodes.length) yield page.nodes;
    if (!page.hasNextPage || !page.nodes.length) return;
    after = page.cursorOf(page.nodes[page.nodes.length - 1]);
  }
}
