import { type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Branch, Campaign, CampaignMember, ContactSettings, Member } from '../../entities';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { startsWith } from '../members/member-search-query.service';
import { normaliseNameQuery } from '../members/member-search-keys';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { ContactScope } from '../visibility/contact-visibility';
import {
  invoiceCondition, keywordTerms, quickCondition, salonDayRange, type ContactFilter, type ContactSort, type ContactSortField,
} from './contact-filter';
import { contactMemberQuery, contactScope } from './contact-scope.service';
import { successColumn, type SuccessSettings } from './success-rule';
import { isSqlite } from '../../db/dialect';
import { entitiesById } from '../../db/entity-rows';

/** The zone of branches that have none set (all seeded branches are in Hong Kong). */
export const FALLBACK_TIME_ZONE = 'Asia/Hong_Kong';

/** The salon day the viewer works in: their branch's time zone. */
export async function viewerTimeZone(ds: DataSource, viewer: Viewer): Promise<string> {
  const branch = await ds.getRepository(Branch).findOne({ select: { id: true, timeZone: true }, where: { id: viewer.branchId } });
  return branch?.timeZone || FALLBACK_TIME_ZONE;
}

/** What the list needs besides the filter: the salon's time zone (its days), the clock, and a scope already read. */
export type ContactListContext = {
  timeZone: string;
  now?: Date;
  scope?: ContactScope;
  /** The bounded walk's tuning (tests use small values to reach both reads on a few rows); 0 rows turns it off. */
  walk?: { rows?: number; fewKeywordMembers?: number };
};

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
 * How the keyword and the contact range are tested. 'match' (the default) reads their matches
 * first through their own indexes (the members' prefix keys, contact_logs (contactedAt,
 * campaignMemberId)): right for counts and for pages driven from the filter. 'row' tests each
 * candidate row (member by primary key, its logs through (campaignMemberId, contactedAt)): right
 * when a bounded walk of the sort index supplies a few thousand candidates.
 */
export type ConditionForm = 'match' | 'row';

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
  options: { joinMembers?: boolean; form?: ConditionForm } = {},
): Promise<SelectQueryBuilder<CampaignMember>> {
  const form = options.form ?? 'match';
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
  if (filter.successfulPurchase !== undefined) {
    const rule = await successRuleOf(ds);
    const column = `cm.${successColumn(rule.successMetric)}`;
    // The rule is "booked and amount >= threshold"; the amount alone says both, since
    // refreshSameDayPurchases writes amounts only for a booked contact and clears them when the
    // booking goes. So Y is a range on the metric's (memberHidden, amount, lastContactAt) index,
    // with no lookup of each row for its booking (SQLite, 600k contacts: 230 ms with it).
    if (!rule.successRuleEnabled) where(filter.successfulPurchase ? '1 = 0' : '1 = 1');
    else if (filter.successfulPurchase) where(`${column} >= :fSuccessAt`, { fSuccessAt: rule.successThresholdCents });
    else where(`(${column} IS NULL OR ${column} < :fSuccessAt)`, { fSuccessAt: rule.successThresholdCents });
  }

  if (options.joinMembers) qb.innerJoin(Member, 'm', 'm.id = cm.memberId');
  if (filter.keyword?.trim()) {
    const [parts, params] = keywordCondition(ds, filter.keyword);
    if (form === 'row') {
      // One primary-key probe per candidate row of a walk.
      where(`EXISTS (SELECT 1 FROM members kw WHERE kw.id = cm.memberId AND (${parts}))`, params);
    } else {
      // The matching members first (each key's prefix index), then their places through the
      // (memberId, …) index.
      where(`cm.memberId IN (SELECT kw.id FROM members kw WHERE ${parts})`, params);
    }
  }

  if (filter.contactedFrom || filter.contactedTo) {
    const range = salonDayRange(filter.contactedFrom, filter.contactedTo, context.timeZone);
    contactedWithin(qb, 'fRange', form, range.start, range.end);
  }
  if (filter.quick) {
    const quick = quickCondition(filter.quick, now, context.timeZone);
    if (quick.kind === 'contacted') {
      contactedWithin(qb, 'fQuick', form, quick.span.start, quick.span.end);
    } else if (quick.kind === 'followUp') {
      where('cm.followUpClosedAt IS NULL');
      where('cm.nextFollowUpAt < :fFollowUpEnd', { fFollowUpEnd: quick.end });
      if (quick.start) where('cm.nextFollowUpAt >= :fFollowUpStart', { fFollowUpStart: quick.start });
    } else if (quick.kind === 'notContacted') {
      where('cm.lastContactAt IS NULL');
    } else {
      // bookedAt is set exactly while appointmentId is: it lets the (memberHidden, bookedAt) index
      // narrow the rows to the booked ones before each booking is probed by its primary key.
      where('cm.bookedAt IS NOT NULL');
      where(
        'EXISTS (SELECT 1 FROM appointments fqa WHERE fqa.id = cm.appointmentId AND fqa.startsAt >= :fBookedStart AND fqa.startsAt < :fBookedEnd)',
        { fBookedStart: quick.span.start, fBookedEnd: quick.span.end },
      );
    }
  }
  return qb;
}

/** A keyword on members `kw`: either name key, the member number (as typed and upper-cased) or, for digits, either phone, each by prefix. */
function keywordCondition(ds: DataSource, keyword: string): [string, Record<string, unknown>] {
  const terms = keywordTerms(keyword, normaliseNameQuery);
  if (!terms) return ['1 = 1', {}];
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
  return [parts.join(' OR '), params];
}

/**
 * A member with ANY contact log in [start, end). The latest contact is the newest log, so it is
 * on or after `start` too: that redundant condition lets the database skip rows last contacted
 * before the range without a lookup. As 'match', the logs in the range are read through
 * contact_logs (contactedAt, campaignMemberId) — a week's logs, not every row contacted since —
 * and their contact members looked up; as 'row', each candidate's logs through
 * (campaignMemberId, contactedAt). Open ranges (no start) are tested per row either way, and so is
 * every range on MySQL/MariaDB, which materialises the range's logs (a week: 600,000) and is
 * slower that way (count 290 ms against 190 ms per row; SQLite 0.25 s against 2 s).
 */
export function contactedWithin(qb: SelectQueryBuilder<ObjectLiteral>, name: string, form: ConditionForm, start?: Date, end?: Date): void {
  const sqlite = isSqlite(qb.dataSource);
  const conditions: string[] = [];
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
  if (form === 'match' && start && sqlite) {
    qb.andWhere(`cm.id IN (SELECT l.campaignMemberId FROM contact_logs l WHERE ${conditions.join(' AND ')})`, params);
  } else {
    qb.andWhere(`EXISTS (SELECT 1 FROM contact_logs l WHERE ${['l.campaignMemberId = cm.id', ...conditions].join(' AND ')})`, params);
  }
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

/** The salon's success rule (成功購買), or the settings' defaults before any were saved. */
export async function successRuleOf(ds: DataSource): Promise<SuccessSettings> {
  const settings = await ds.getRepository(ContactSettings).findOneBy({ id: 1 });
  if (settings) return { successRuleEnabled: settings.successRuleEnabled, successMetric: settings.successMetric, successThresholdCents: settings.successThresholdCents };
  const defaultOf = (property: string) => ds.getMetadata(ContactSettings).findColumnWithPropertyName(property)?.default;
  return {
    successRuleEnabled: Boolean(defaultOf('successRuleEnabled')),
    successMetric: defaultOf('successMetric') as SuccessSettings['successMetric'],
    successThresholdCents: Number(defaultOf('successThresholdCents') ?? 0),
  };
}

/** True when no filter narrows the list (absent, empty lists and blank keyword alike). */
export function isUnfiltered(filter: ContactFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0));
}

/**
 * Every visible contact member of the chain: the campaigns' kept member counts less the rows of
 * members in the recycle bin — two small reads instead of counting two million index entries.
 */
async function countAllContactMembers(ds: DataSource): Promise<number> {
  const [assigned, hidden] = await Promise.all([
    ds.getRepository(Campaign).createQueryBuilder('c').select('COALESCE(SUM(c.memberCount), 0)', 'n').getRawOne<{ n: number | string }>(),
    ds.getRepository(CampaignMember).createQueryBuilder('cm').select('COUNT(*)', 'n').where('cm.memberHidden = :hidden', { hidden: true }).getRawOne<{ n: number | string }>(),
  ]);
  return Number(assigned?.n ?? 0) - Number(hidden?.n ?? 0);
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
 * How many rows of the sort index a page first walks in order, testing the filter on each. A
 * keyword or contact range that matches a few percent of the chain fills a page within it; one
 * that matches too few to do so is read from its own matches, which are then few enough to sort.
 */
export const CONTACT_WALK_ROWS = 3_000;

type Walk = { index: string; rows: number };

/** The sort orders a walk can read straight off an index: (memberHidden, column, id), or the primary key. */
const WALK_INDEX: Partial<Record<ContactSortField, { sqlite: string; mysql: string }>> = {
  LAST_CONTACT: { sqlite: 'idx_cm_last_contact', mysql: 'idx_cm_last_contact' },
  NEXT_FOLLOW_UP: { sqlite: 'idx_cm_next_follow_up', mysql: 'idx_cm_next_follow_up' },
  // SQLite's rowid order is the table itself (NOT INDEXED); MySQL names the primary key.
  ASSIGNED: { sqlite: '', mysql: 'PRIMARY' },
};

/** Fewer matching members than this, and a keyword's page is read from its matches without a walk. */
const FEW_KEYWORD_MEMBERS = 500;

/**
 * Whether a page walks the sort index first: only for the conditions no index orders with the
 * sort (a keyword matching many members, a contact range), over the whole chain's rows (a
 * campaign, salesperson or status filter, or a salesperson's own scope, already narrows the rows
 * to an index of their own). A keyword matching few members (a member number, a phone) is read
 * from its matches: the walk would rarely meet one.
 */
async function walkIndexFor(ds: DataSource, filter: ContactFilter, sort: ContactSort, context: ContactListContext): Promise<Walk | null> {
  const index = WALK_INDEX[sort.field];
  const rows = context.walk?.rows ?? CONTACT_WALK_ROWS;
  const few = context.walk?.fewKeywordMembers ?? FEW_KEYWORD_MEMBERS;
  if (!index || rows <= 0 || context.scope?.kind !== 'all') return null;
  const contacted = !!filter.contactedFrom || !!filter.contactedTo || filter.quick === 'CONTACTED_TODAY' || filter.quick === 'CONTACTED_THIS_WEEK';
  if ((!filter.keyword && !contacted) || filter.campaignIds?.length || filter.salespersonIds?.length || filter.statusIds?.length) return null;
  if (filter.keyword && !contacted && few > 0 && (await keywordMembers(ds, filter.keyword, few)) < few) return null;
  return { index: isSqlite(ds) ? index.sqlite : index.mysql, rows };
}

/** How many members a keyword matches, counted up to `cap` (each key's prefix index). */
async function keywordMembers(ds: DataSource, keyword: string, cap: number): Promise<number> {
  const qb = ds.getRepository(Member).createQueryBuilder('kw').select('kw.id', 'id');
  const [sql, params] = keywordCondition(ds, keyword);
  const [inner, innerParams] = qb.where(sql, params).limit(cap).getQueryAndParameters();
  const [row] = (await ds.query(`SELECT COUNT(*) AS c FROM (${inner}) k`, innerParams)) as Array<{ c: number | string }>;
  return Number(row?.c ?? 0);
}

/**
 * The verified and same-day invoice filters' indexes carry lastContactAt, so a page in last-contact
 * order is sorted from the index alone; both planners otherwise walk the last-contact index,
 * expecting matches spread evenly, and read tens of thousands of rows (the verified rows are far
 * down the order: verification follows the visit).
 */
function filterIndexFor(
  filter: ContactFilter,
  sort: ContactSort,
  walk: Walk | null,
  scope: ContactScope | undefined,
  successRule: SuccessSettings | null,
): string | undefined {
  if (walk || scope?.kind !== 'all' || sort.field !== 'LAST_CONTACT' || filter.campaignIds?.length || filter.salespersonIds?.length || filter.statusIds?.length || filter.keyword) return undefined;
  if (filter.attendanceVerified === true) return 'idx_cm_verified';
  if (filter.sameDayInvoice && filter.sameDayInvoice !== 'NO_INVOICE') return SAME_DAY_INDEX[invoiceCondition(filter.sameDayInvoice).column];
  // A successful purchase is an amount at least the threshold: a range on the metric's index.
  if (filter.successfulPurchase === true && successRule?.successRuleEnabled) return SAME_DAY_INDEX[successColumn(successRule.successMetric)];
  // 安排預約 (booked or not): either answer is spread along the last-contact order, so its walk
  // fills a page within a few thousand rows; MariaDB otherwise reads every booked row through
  // (memberHidden, bookedAt) and sorts them all.
  if (filter.booked !== undefined) return 'idx_cm_last_contact';
  return undefined;
}

const SAME_DAY_INDEX = {
  sameDayInvoiceCents: 'idx_cm_invoice',
  sameDayProductCents: 'idx_cm_product',
  sameDayTreatmentCents: 'idx_cm_treatment',
} as const;

/** The query with the campaign_members table read through `index` (SQLite INDEXED BY, or NOT INDEXED for the rowid order; MySQL FORCE INDEX). */
export function withIndex(ds: DataSource, sql: string, index: string): string {
  const e = (name: string) => ds.driver.escape(name);
  const from = `FROM ${e('campaign_members')} ${e('cm')}`;
  if (!sql.includes(from)) throw new Error('Unexpected contact list query shape');
  if (isSqlite(ds)) return sql.replace(from, index ? `${from} INDEXED BY ${e(index)}` : `${from} NOT INDEXED`);
  return sql.replace(from, `${from} FORCE INDEX (${e(index)})`);
}

/**
 * The last row of the walk: the sort index's row `walk.rows` places after the cursor (visible
 * rows with a sort value, any owner), from the index alone; null when fewer rows remain, so the
 * walk reaches the end of the order.
 */
async function walkBound(
  ds: DataSource,
  spec: SortSpec,
  sort: ContactSort,
  cursor: ListCursor | null,
  walk: Walk,
): Promise<{ value: Date | number; id: number } | null> {
  const op = sort.direction === 'ASC' ? '>' : '<';
  const qb = ds.getRepository(CampaignMember).createQueryBuilder('cm')
    .select(spec.column, 'v').addSelect('cm.id', 'id')
    .where('cm.memberHidden = :cmHidden', { cmHidden: false });
  if (spec.nullable) qb.andWhere(`${spec.column} IS NOT NULL`);
  if (cursor && spec.isId) qb.andWhere(`cm.id ${op} :afterId`, { afterId: cursor.id });
  else if (cursor) {
    qb.andWhere(`(${spec.column} ${op}= :afterValue AND (${spec.column} ${op} :afterValue OR cm.id ${op} :afterId))`, { afterValue: new Date(cursor.value as string), afterId: cursor.id });
  }
  qb.orderBy(spec.column, sort.direction);
  if (!spec.isId) qb.addOrderBy('cm.id', sort.direction);
  qb.offset(walk.rows - 1).limit(1);
  const [sql, params] = qb.getQueryAndParameters();
  const [row] = (await ds.query(withIndex(ds, sql, walk.index), params)) as Array<{ v: unknown; id: number | string }>;
  if (!row) return null;
  return { value: spec.isId ? Number(row.id) : databaseDate(row.v), id: Number(row.id) };
}

/** A datetime as the driver returns it raw (SQLite: 'YYYY-MM-DD HH:MM:SS.SSS' in UTC; MySQL: a Date). */
function databaseDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(`${String(value).replace(' ', 'T')}Z`);
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
  options: { countOnly?: boolean } = {},
): Promise<Page<CampaignMember>> {
  const spec = SORTS[sort.field];
  const cursor = parseCursor(page.after, spec);
  // The scope once for every read of the page (and the count).
  context = { ...context, scope: context.scope ?? (await contactScope(ds, viewer)) };
  const totalCount = async () =>
    context.scope?.kind === 'all' && isUnfiltered(filter)
      ? countAllContactMembers(ds)
      : countContactMembers(await contactListQuery(ds, viewer, filter, context));
  // Only the total is wanted (the list screen's second request): no rows are read.
  if (options.countOnly) return { nodes: [], hasNextPage: false, cursorOf: () => '', totalCount };
  const joinMembers = sort.field === 'MEMBER_NO';
  const walk = await walkIndexFor(ds, filter, sort, context);
  const filterIndex = filterIndexFor(filter, sort, walk, context.scope, filter.successfulPurchase === true ? await successRuleOf(ds) : null);
  const build = (form?: ConditionForm) => contactListQuery(ds, viewer, filter, context, { joinMembers, form });
  const op = sort.direction === 'ASC' ? '>' : '<';
  const back = sort.direction === 'ASC' ? '<' : '>';
  const want = page.first + 1;
  const rows: Array<{ id: number; memberNo?: string }> = [];

  const read = async (qb: SelectQueryBuilder<CampaignMember>, limit: number, index?: string) => {
    qb.select('cm.id', 'id');
    if (joinMembers) qb.addSelect('m.memberNo', 'memberNo');
    qb.limit(limit);
    let raw: Array<{ id: number | string; memberNo?: string }>;
    if (index !== undefined) {
      const [sql, params] = qb.getQueryAndParameters();
      raw = await ds.query(withIndex(ds, sql, index), params);
    } else {
      raw = await qb.getRawMany<{ id: number | string; memberNo?: string }>();
    }
    rows.push(...raw.map((r) => ({ id: Number(r.id), memberNo: r.memberNo })));
  };
  // Rows strictly after a keyset position in the sort order (the cursor, or a walk's bound).
  const after = (qb: SelectQueryBuilder<CampaignMember>, value: unknown, id: number, name: string) => {
    // A range on the sort column plus the tie-break, rather than an OR alone, so both databases seek the index.
    if (spec.isId) qb.andWhere(`cm.id ${op} :${name}Id`, { [`${name}Id`]: id });
    else qb.andWhere(`(${spec.column} ${op}= :${name}Value AND (${spec.column} ${op} :${name}Value OR cm.id ${op} :${name}Id))`, { [`${name}Value`]: value, [`${name}Id`]: id });
  };
  const valueRows = async (form?: ConditionForm) => {
    const qb = await build(form);
    if (spec.nullable) qb.andWhere(`${spec.column} IS NOT NULL`);
    if (cursor) after(qb, spec.nullable ? new Date(cursor.value as string) : cursor.value, cursor.id, 'after');
    qb.orderBy(spec.column, sort.direction);
    if (!spec.isId) qb.addOrderBy('cm.id', sort.direction);
    return qb;
  };

  if (!cursor || cursor.phase === 'v') {
    if (walk) {
      // Bounded walk: the next WALK_ROWS rows of the sort index are tested against the filter in
      // index order; if they hold a page, that is the page. Otherwise the rest (strictly after
      // the walk's last row) is read through the filter's own matches and sorted — the two reads
      // split the order at one keyset position, so no row is repeated or skipped.
      const bound = await walkBound(ds, spec, sort, cursor, walk);
      const walked = await valueRows('row');
      if (bound) walked.andWhere(`(${spec.column} ${back}= :walkValue AND (${spec.column} ${back} :walkValue OR cm.id ${back}= :walkId))`, { walkValue: bound.value, walkId: bound.id });
      await read(walked, want, walk.index);
      if (bound && rows.length < want) {
        const rest = await valueRows('match');
        after(rest, bound.value, bound.id, 'walk');
        await read(rest, want - rows.length);
      }
    } else {
      await read(await valueRows(), want, filterIndex);
    }
  }
  if (spec.nullable && rows.length < want) {
    const qb = await build();
    qb.andWhere(`${spec.column} IS NULL`);
    if (cursor?.phase === 'n') qb.andWhere(`cm.id ${op} :afterId`, { afterId: cursor.id });
    qb.orderBy('cm.id', sort.direction);
    await read(qb, want - rows.length);
  }

  const { nodes: ordered, hasNextPage } = sliceWithLookahead(rows, page.first);
  const entities = await entitiesById(ds, CampaignMember, ordered.map((r) => r.id));
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
    totalCount,
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
