/**
 * The HTTP benchmark's cases: each screen's own typed document (graphql/generated) with the
 * variables the screen sends, and the best plain SQL for the same answer, run in this process on
 * the product's driver. Plain SQL returns the same rows and figures, with the indexes and join
 * order a person tuning it would choose; where the product keeps a figure the plain SQL counts
 * it, as the screen's definition of the figure says.
 */
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { Campaign } from '../../../entities';
import {
  BookingSuggestionsDocument, CampaignAnalysisReportDocument, ContactListDocument, ContactListTotalDocument,
  FollowUpStatisticsReportDocument, MemberSearchPageDocument, QuickLookupDocument,
} from '../../../graphql/generated/graphql';
import { isSqlite } from '../../../db/dialect';
import type { Viewer } from '../../../services/auth/viewer';
import { salonDayRange } from '../../../services/contacts/contact-filter';
import { viewerTimeZone } from '../../../services/contacts/contact-list.service';
import { contactScope } from '../../../services/contacts/contact-scope.service';
import { datetimeFormatter } from '../../../services/seed/bulk-contacts.service';
import { screenRequest, type GraphqlRequest } from './client';
import type { Statement } from './plain-server';
import { contactPageJoins } from '../contact-page-joins';

export type Role = 'manager' | 'salesperson';

export type HttpCase = {
  name: string;
  role: Role;
  request: GraphqlRequest;
  /** The best plain SQL for the same answer; none where the case measures the pipeline alone. */
  sql?: () => Promise<unknown>;
};

/** The screens' page sizes (contact-list-documents.ts, member-search-documents.ts, the reports' documents, quick-lookup.tsx). */
const CONTACT_PAGE = 50;
const MEMBER_PAGE = 50;
const REPORT_PAGE = 100;
const LOOKUP_SIZE = 8;
const CAMPAIGN_COUNTS = [1, 10, 50, 100];

export type CaseSet = {
  cases: HttpCase[];
  /** The contact-list page's best plain SQL as statements, for the plain server's "hand SQL" run. */
  handContactPage: Statement[];
  /** The contact-list page's request (manager, no filter): the throughput case. */
  contactPage: GraphqlRequest;
};

export async function httpCases(ds: DataSource, viewers: Record<Role, Viewer>): Promise<CaseSet> {
  const q = (name: string) => ds.driver.escape(name);
  const sqlite = isSqlite(ds);
  const dt = datetimeFormatter(sqlite);
  const col = (alias: string, name: string) => `${alias}.${q(name)}`;
  const cm = (name: string) => col('cm', name);
  const timeZone = await viewerTimeZone(ds, viewers.manager);
  const dayOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
  const monthFrom = dayOf(Date.now() - 29 * 86_400_000);
  const monthTo = dayOf(Date.now());
  const month = salonDayRange(monthFrom, monthTo, timeZone);
  const [monthStart, monthEnd] = [dt(month.start!.getTime()), dt(month.end!.getTime())];

  const scope = await contactScope(ds, viewers.salesperson);
  if (scope.kind !== 'salespeople') throw new Error(`${viewers.salesperson.code} should see only their own contacts (default visibility)`);
  const own = scope.salespersonIds;
  /** Visibility and the recycle bin, as every contact query carries them. */
  const visible = (role: Role): [string, unknown[]] => role === 'manager'
    ? [`${cm('memberHidden')} = 0`, []]
    : [`${cm('memberHidden')} = 0 AND ${cm('salespersonId')} IN (${own.map(() => '?').join(',')})`, [...own]];

  const cases: HttpCase[] = [];
  const add = (name: string, role: Role, request: GraphqlRequest, sql?: () => Promise<unknown>) => cases.push({ name, role, request, sql });

  // ---- The pipeline alone ----
  add('{ health { ok } } (the pipeline and SELECT 1)', 'manager', screenRequest(parse('query Health { health { ok } }'), {}), () => ds.query('SELECT 1'));

  // ---- Contact list (聯絡會員 > 列表): a page of 50 and, in its own request, the total ----
  const columns = [
    cm('id'), cm('lastContactAt'), cm('nextFollowUpAt'), cm('followUpClosedAt'), cm('bookedAt'), cm('attendanceVerifiedAt'),
    cm('sameDayInvoiceCents'), cm('sameDayProductCents'), cm('sameDayTreatmentCents'),
    col('c', 'id'), col('c', 'code'), col('c', 'name'),
    col('m', 'id'), col('m', 'memberNo'), col('m', 'lastName'), col('m', 'firstName'), col('m', 'phone'), col('m', 'phone2'),
    col('s', 'id'), col('s', 'code'), col('s', 'displayName'), col('st', 'id'), col('st', 'name'), col('st', 'translations'),
    col('l', 'id'), col('l', 'note'), col('l', 'content'), col('mt', 'id'), col('mt', 'name'), col('mt', 'translations'),
    col('a', 'id'), col('a', 'startsAt'), col('a', 'status'), col('a', 'note'), col('a', 'attendanceNote'), col('a', 'verificationNote'),
    col('a', 'purchaseNote'), col('a', 'verifiedAt'), col('ab', 'id'), col('ab', 'code'), col('av', 'id'), col('av', 'code'), col('av', 'displayName'),
  ].map((c, i) => `${c} AS c${i}`).join(', ');
  const joins = contactPageJoins(ds);
  /**
   * The page in one statement: the ids of the visible contacted rows in the (memberHidden,
   * lastContactAt, id) index's order, newest first, 51 of them (the 51st says there is a next
   * page), then those rows' columns joined by id. MariaDB otherwise starts from a small lookup
   * table and sorts, so the hand SQL keeps the contact rows first. Never-contacted rows come after
   * every contacted one: a second statement reads them only when the first falls short.
   */
  const contactPageStatement = (role: Role, nulls = false, limit = CONTACT_PAGE + 1): Statement => {
    const [where, params] = visible(role);
    const straight = sqlite ? '' : 'STRAIGHT_JOIN ';
    const order = nulls ? `${cm('id')} DESC` : `${cm('lastContactAt')} DESC, ${cm('id')} DESC`;
    return {
      query: `SELECT ${straight}${columns} FROM (SELECT ${cm('id')} AS pid FROM ${q('campaign_members')} cm
          WHERE ${where} AND ${cm('lastContactAt')} ${nulls ? 'IS NULL' : 'IS NOT NULL'} ORDER BY ${order} LIMIT ${limit}) p
        JOIN ${q('campaign_members')} cm ON ${cm('id')} = p.pid ${joins}
        ORDER BY ${order}`,
      parameters: params,
    };
  };
  const contactPageSql = (role: Role) => async () => {
    const first = contactPageStatement(role);
    const rows = (await ds.query(first.query, first.parameters)) as unknown[];
    if (rows.length > CONTACT_PAGE) return rows;
    const rest = contactPageStatement(role, true, CONTACT_PAGE + 1 - rows.length);
    return [...rows, ...((await ds.query(rest.query, rest.parameters)) as unknown[])];
  };
  const listVariables = (filter: Record<string, unknown>) => ({ filter, sort: { field: 'LAST_CONTACT', direction: 'DESC' }, first: CONTACT_PAGE, after: null });
  const contactPage = screenRequest(ContactListDocument, listVariables({}));
  // The manager's page fills from contacted rows: one statement, which the plain server runs.
  const handContactPage = [contactPageStatement('manager')];
  add(`contact list, page of ${CONTACT_PAGE} (manager, no filter)`, 'manager', contactPage, contactPageSql('manager'));
  add(`contact list, page of ${CONTACT_PAGE} (salesperson, own)`, 'salesperson', contactPage, contactPageSql('salesperson'));
  const total = screenRequest(ContactListTotalDocument, { filter: {} });
  // The whole chain's total from the campaigns' kept member counts less the hidden rows, as the product keeps them.
  add('contact list total (manager, no filter)', 'manager', total, () => ds.query(
    `SELECT (SELECT COALESCE(SUM(${q('memberCount')}), 0) FROM ${q('campaigns')}) - (SELECT COUNT(*) FROM ${q('campaign_members')} cm WHERE ${cm('memberHidden')} = 1) AS n`,
  ));
  {
    const [where, params] = visible('salesperson');
    add('contact list total (salesperson, own)', 'salesperson', total, () => ds.query(`SELECT COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${where}`, params));
  }

  // ---- Quick lookup (header) and member search ----
  const memberCol = (name: string) => col('m', name);
  const prefix = (column: string, value: string): [string, string[]] =>
    sqlite ? [`(${memberCol(column)} >= ? AND ${memberCol(column)} < ?)`, [value, value + '\u{10FFFF}']] : [`${memberCol(column)} LIKE ?`, [`${value}%`]];
  const [sample] = (await ds.query(
    `SELECT m.${q('phone')} AS phone, m.${q('birthMonth')} AS birthMonth FROM ${q('members')} m WHERE m.${q('birthMonth')} IS NOT NULL ORDER BY m.${q('id')} LIMIT 1 OFFSET 500000`,
  )) as Array<{ phone: string; birthMonth: number }>;
  const [{ deletedGroupId }] = (await ds.query(`SELECT ${q('id')} AS ${q('deletedGroupId')} FROM ${q('member_groups')} WHERE ${q('isDeletedGroup')} = ?`, [true])) as Array<{ deletedGroupId: number }>;
  const memberColumns = ['id', 'memberNo', 'lastName', 'firstName', 'englishName', 'phone', 'phone2', 'email', 'createdAt'].map(memberCol).join(', ');
  const branchAndGroup = `JOIN ${q('branches')} b ON b.${q('id')} = m.${q('branchId')} JOIN ${q('member_groups')} g ON g.${q('id')} = m.${q('groupId')}`;
  const phone4 = sample.phone.slice(0, 4);
  {
    const [p1, p1p] = prefix('phone', phone4);
    const [p2, p2p] = prefix('phone2', phone4);
    add(`quick lookup by phone prefix "${phone4}" (manager)`, 'manager', screenRequest(QuickLookupDocument, { term: phone4, first: LOOKUP_SIZE }),
      () => ds.query(
        `SELECT ${memberColumns}, b.${q('id')} AS bid, b.${q('code')} AS bcode, b.${q('name')} AS bname FROM ${q('members')} m ${branchAndGroup}
         WHERE m.${q('deletedAt')} IS NULL AND m.${q('groupId')} <> ? AND (${p1} OR ${p2} OR m.${q('memberNo')} = ?) ORDER BY m.${q('memberNo')} LIMIT ${LOOKUP_SIZE + 1}`,
        [deletedGroupId, ...p1p, ...p2p, phone4],
      ));
  }
  {
    const where = `m.${q('deletedAt')} IS NULL AND m.${q('groupId')} <> ? AND m.${q('birthMonth')} = ?`;
    const params = [deletedGroupId, sample.birthMonth];
    const memberNoIndex = sqlite ? 'INDEXED BY sqlite_autoindex_members_1' : `FORCE INDEX (${q('IDX_23f311d3b70a78784468fc0953')})`;
    add(`member search, birth month ${sample.birthMonth}, page of ${MEMBER_PAGE} + total (manager)`, 'manager',
      screenRequest(MemberSearchPageDocument, { filter: { birthMonth: sample.birthMonth }, sort: { field: 'MEMBER_NO', direction: 'ASC' }, first: MEMBER_PAGE, after: null }),
      async () => {
        await ds.query(`SELECT ${memberColumns}, b.${q('code')}, b.${q('name')}, g.${q('name')} FROM ${q('members')} m ${memberNoIndex} ${branchAndGroup}
          WHERE ${where} ORDER BY m.${q('memberNo')} LIMIT ${MEMBER_PAGE + 1}`, params);
        await ds.query(`SELECT COUNT(*) AS n FROM ${q('members')} m WHERE ${where}`, params);
      });
  }

  // ---- Slot suggestions (新增預約): the pipeline and the suggester, no plain SQL equivalent ----
  const [slotBranch] = (await ds.query(
    `SELECT t.${q('id')} AS treatmentId, s.${q('branchId')} AS branchId FROM ${q('treatments')} t, ${q('staff')} s
     WHERE s.${q('active')} = ? AND s.${q('branchId')} IS NOT NULL ORDER BY t.${q('id')}, s.${q('id')} LIMIT 1`, [true],
  )) as Array<{ treatmentId: number; branchId: number }>;
  if (slotBranch) {
    add('slot suggestions, 31 days, first 10 (manager)', 'manager', screenRequest(BookingSuggestionsDocument, {
      input: { branchId: String(slotBranch.branchId), treatmentId: String(slotBranch.treatmentId), fromDate: dayOf(Date.now() + 86_400_000), toDate: dayOf(Date.now() + 31 * 86_400_000), first: 10 },
    }));
  }

  // ---- 聯絡活動分析: each filter alone, 1/10/50/100 campaigns, by campaign and by salesperson ----
  const campaigns = (await ds.getRepository(Campaign).createQueryBuilder('c').where('c.code LIKE :gen', { gen: 'GEN-%' }).orderBy('c.memberCount', 'DESC').getMany()).map((c) => c.id);
  const [branchOfMost] = (await ds.query(
    `SELECT s.${q('branchId')} AS id FROM ${q('staff')} s JOIN ${q('campaign_members')} cm ON ${cm('salespersonId')} = s.${q('id')} WHERE s.${q('branchId')} IS NOT NULL GROUP BY s.${q('branchId')} ORDER BY COUNT(*) DESC LIMIT 1`,
  )) as Array<{ id: number }>;
  const [groupOfMost] = (await ds.query(
    `SELECT s.${q('salesGroupId')} AS id FROM ${q('staff')} s JOIN ${q('campaign_members')} cm ON ${cm('salespersonId')} = s.${q('id')} WHERE s.${q('salesGroupId')} IS NOT NULL GROUP BY s.${q('salesGroupId')} ORDER BY COUNT(*) DESC LIMIT 1`,
  )) as Array<{ id: number }>;
  type ReportFilter = { campaignIds?: number[]; contactedFrom?: string; contactedTo?: string; branchIds?: number[]; salesGroupIds?: number[] };
  const list = (values: unknown[]) => values.map(() => '?').join(',');
  const force = (index: string) => (sqlite ? `INDEXED BY ${q(index)}` : `FORCE INDEX (${q(index)})`);
  /**
   * The report's rows as one GROUP BY: campaigns IN; the salesperson's branch or sales group as
   * salesperson ids from the staff table; a contact-date range as the distinct contact members
   * of the range's logs (read from the logs' time index, then joined by id). By salesperson with
   * chosen campaigns the hand SQL names the covering (campaignId, salespersonId, statusId,
   * memberHidden) index, as a person tuning it would: both planners otherwise pick an index
   * without campaignId and visit every row. Elsewhere the planners' own choice is the best
   * (measured: naming that index for a branch or sales group made it 2–3× slower).
   */
  const reportSql = (role: Role, key: 'campaignId' | 'salespersonId', filter: ReportFilter) => {
    const [v, vp] = visible(role);
    const parts = [v];
    const params = [...vp];
    if (filter.campaignIds?.length) {
      parts.push(`${cm('campaignId')} IN (${list(filter.campaignIds)})`);
      params.push(...filter.campaignIds);
    }
    for (const [column, ids] of [['branchId', filter.branchIds], ['salesGroupId', filter.salesGroupIds]] as const) {
      if (!ids?.length) continue;
      parts.push(`${cm('salespersonId')} IN (SELECT ${q('id')} FROM ${q('staff')} WHERE ${q(column)} IN (${list(ids)}))`);
      params.push(...ids);
    }
    const range = filter.contactedFrom
      ? `JOIN (SELECT DISTINCT ${q('campaignMemberId')} AS id FROM ${q('contact_logs')} WHERE ${q('contactedAt')} >= ? AND ${q('contactedAt')} < ?) r ON r.id = ${cm('id')}`
      : '';
    const hint = key === 'salespersonId' && filter.campaignIds?.length ? force('idx_cm_campaign_sp') : '';
    const query = `SELECT ${cm(key)} AS k, ${cm('statusId')} AS st, COUNT(*) AS n FROM ${range ? `${q('campaign_members')} cm ${range}` : `${q('campaign_members')} cm ${hint}`}
      WHERE ${parts.join(' AND ')} GROUP BY ${cm(key)}, ${cm('statusId')}`;
    return () => ds.query(query, range ? [monthStart, monthEnd, ...params] : params);
  };
  const analysis = (view: 'CAMPAIGN' | 'SALESPERSON', role: Role, label: string, filter: ReportFilter) => {
    const variables = {
      view,
      filter: Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : v])),
      first: REPORT_PAGE,
      after: null,
    };
    add(`analysis by ${view.toLowerCase()}, ${label} (${role})`, role, screenRequest(CampaignAnalysisReportDocument, variables),
      reportSql(role, view === 'CAMPAIGN' ? 'campaignId' : 'salespersonId', filter));
  };
  for (const view of ['CAMPAIGN', 'SALESPERSON'] as const) {
    analysis(view, 'manager', 'all campaigns', {});
    for (const n of CAMPAIGN_COUNTS) analysis(view, 'manager', `${n} campaign${n > 1 ? 's' : ''}`, { campaignIds: campaigns.slice(0, n) });
    analysis(view, 'manager', `contact dates ${monthFrom}–${monthTo}`, { contactedFrom: monthFrom, contactedTo: monthTo });
    if (branchOfMost) analysis(view, 'manager', 'one branch', { branchIds: [branchOfMost.id] });
    if (groupOfMost) analysis(view, 'manager', 'one sales group', { salesGroupIds: [groupOfMost.id] });
    analysis(view, 'salesperson', 'all campaigns', {});
  }

  // ---- 同事跟進的統計 for 30 days: the grouped statements it stands for, one after another ----
  for (const role of ['manager', 'salesperson'] as const) {
    const [v, vp] = visible(role);
    // The range's logs are read from the (contactedAt, campaignMemberId, methodId) index and
    // joined to their contact member by id, in that order (CROSS JOIN fixes it on SQLite,
    // STRAIGHT_JOIN on MariaDB): starting from the contact members visits every one of them.
    const rangeLogs = `${q('contact_logs')} l ${force('idx_contact_logs_time_cm_method')}`;
    const [cross, straight] = sqlite ? ['CROSS JOIN', ''] : ['STRAIGHT_JOIN', 'STRAIGHT_JOIN '];
    const statements: Statement[] = [
      { query: `SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${v} GROUP BY ${cm('salespersonId')}`, parameters: vp },
      ...(role === 'manager' ? [
        {
          query: `SELECT ${straight}${cm('salespersonId')} AS k, COUNT(*) AS n FROM (SELECT DISTINCT l.${q('campaignMemberId')} AS id FROM ${rangeLogs} WHERE l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ?) r
            ${cross} ${q('campaign_members')} cm WHERE ${cm('id')} = r.id AND ${v} GROUP BY ${cm('salespersonId')}`,
          parameters: [monthStart, monthEnd, ...vp],
        },
        {
          query: `SELECT ${straight}${cm('salespersonId')} AS k, l.${q('methodId')} AS m, COUNT(*) AS n FROM ${rangeLogs} ${cross} ${q('campaign_members')} cm
            WHERE ${cm('id')} = l.${q('campaignMemberId')} AND l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ? AND ${v} GROUP BY ${cm('salespersonId')}, l.${q('methodId')}`,
          parameters: [monthStart, monthEnd, ...vp],
        },
      ] : [
        // A salesperson's own contact members are few: start from them and probe their logs by (campaignMemberId, contactedAt).
        {
          query: `SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${v}
            AND EXISTS (SELECT 1 FROM ${q('contact_logs')} l WHERE l.${q('campaignMemberId')} = ${cm('id')} AND l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ?) GROUP BY ${cm('salespersonId')}`,
          parameters: [...vp, monthStart, monthEnd],
        },
        {
          query: `SELECT ${straight}${cm('salespersonId')} AS k, l.${q('methodId')} AS m, COUNT(*) AS n FROM ${q('campaign_members')} cm ${cross} ${q('contact_logs')} l
            WHERE l.${q('campaignMemberId')} = ${cm('id')} AND l.${q('contactedAt')} >= ? AND l.${q('contactedAt')} < ? AND ${v} GROUP BY ${cm('salespersonId')}, l.${q('methodId')}`,
          parameters: [monthStart, monthEnd, ...vp],
        },
      ]),
      { query: `SELECT ${cm('salespersonId')} AS k, COUNT(*) AS n FROM ${q('campaign_members')} cm WHERE ${v} AND ${cm('followUpClosedAt')} IS NULL AND ${cm('nextFollowUpAt')} < ? GROUP BY ${cm('salespersonId')}`, parameters: [...vp, dt(month.end!.getTime() - 86_400_000)] },
    ];
    add(`staff statistics, ${monthFrom}–${monthTo} (${role === 'manager' ? 'manager, whole chain' : 'salesperson, own'})`, role,
      screenRequest(FollowUpStatisticsReportDocument, { filter: { contactedFrom: monthFrom, contactedTo: monthTo }, first: REPORT_PAGE, after: null }),
      async () => {
        for (const s of statements) await ds.query(s.query, s.parameters);
      });
  }
  return { cases, handContactPage, contactPage };
}
