import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import { ContactListDocument, ContactListTotalDocument } from '../../graphql/generated/graphql';
import { Campaign, ContactStatus, MemberSelection, Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { StaffRole } from '../../services/staff/staff-role';
import type { Viewer } from '../../services/auth/viewer';
import { runCampaignAssignment, startCampaignAssignment } from '../../services/contacts/campaign-assignment.service';
import { salonDayRange } from '../../services/contacts/contact-filter';
import { successRuleOf, viewerTimeZone } from '../../services/contacts/contact-list.service';
import { contactScope } from '../../services/contacts/contact-scope.service';
import { daySpan } from '../../services/contacts/follow-up-state';
import { memberSearchQuery } from '../../services/members/member-search-query.service';
import { countMembers } from '../../services/members/member-search.service';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { datetimeFormatter } from '../../services/seed/bulk-contacts.service';
import type { BenchCase } from './case';
import { isSqlite } from '../../db/dialect';
import { contactPageJoins } from './contact-page-joins';

/**
 * The screen's own documents (components/contacts/list/contact-list-documents.ts, as codegen
 * stores them): a page of the list with every column the table can show, and the total in a
 * request of its own, so the rows never wait for the count.
 */
const LIST = print(ContactListDocument);
const TOTAL = print(ContactListTotalDocument);
/** The screen's page size (PAGE_SIZE in contact-list-documents.ts). */
const PAGE = 50;
const ASSIGNED = 100_000;

type ListResult = { data?: { contactMembers: { edges: Array<{ node: { id: string } }> } } | null; errors?: unknown };
type TotalResult = { data?: { contactMembers: { totalCount: number } } | null; errors?: unknown };

type Filter = Record<string, unknown>;

/**
 * The contact list (聯絡會員 > 列表) and the assignment of 100,000 members to a campaign, through
 * GraphQL (or the assignment service) and as the plain SQL they stand for: the same visibility
 * (salesperson ids IN the viewer's scope), recycle bin (memberHidden), filter conditions, order
 * (the API's default: last contact newest first, never contacted last, by id; next follow-up
 * first for the follow-up quick options) and limit, with the latest log joined by lastLogId and
 * the labels' rows joined; and, timed apart as the screen asks for it apart, the COUNT. Each list
 * case is checked once against its SQL before timing (same total, same page), so a baseline
 * cannot drift silently.
 */
export async function contactCases(ds: DataSource, manager: Viewer, salesperson: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const sqlite = isSqlite(ds);
  const dt = datetimeFormatter(sqlite);
  const timeZone = await viewerTimeZone(ds, manager);
  const now = new Date();
  const today = daySpan(now, timeZone);
  const dayOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));

  const [{ n: contactRows }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('campaign_members')}`)) as Array<{ n: number | string }>;
  if (Number(contactRows) < 1000) throw new Error('Too few contact members: run npm run db:generate -- --campaigns 200 --contact-members 2000000 --contact-logs 5000000');

  const salesScope = await contactScope(ds, salesperson);
  if (salesScope.kind !== 'salespeople') throw new Error(`${salesperson.code} should see only their own contacts (default visibility)`);
  const booked = await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'booked' });
  const [{ t: invoiceThreshold, tt: treatmentThreshold }] = (await ds.query(
    `SELECT ${q('invoiceThresholdCents')} AS t, ${q('treatmentThresholdCents')} AS tt FROM ${q('contact_settings')} WHERE ${q('id')} = 1`,
  )) as Array<{ t: number | string; tt: number | string }>;
  const rule = await successRuleOf(ds);
  // A generated campaign of middle size, and a contact member in the middle (with a romanised
  // name, as typed on a tablet) for the keywords.
  const campaigns = await ds.getRepository(Campaign).createQueryBuilder('c').where('c.code LIKE :gen', { gen: 'GEN-%' }).orderBy('c.memberCount', 'ASC').getMany();
  const campaign = campaigns[Math.floor(campaigns.length / 2)];
  const [sample] = (await ds.query(
    `SELECT m.${q('searchName')} AS name, m.${q('memberNo')} AS no, m.${q('phone')} AS phone FROM ${q('campaign_members')} cm
     JOIN ${q('members')} m ON m.${q('id')} = cm.${q('memberId')}
     WHERE cm.${q('id')} >= ? AND m.${q('memberNo')} LIKE 'G%' AND m.${q('searchName')} >= 'a' AND m.${q('searchName')} < 'zz' ORDER BY cm.${q('id')} LIMIT 1`,
    [Math.floor(Number(contactRows) / 2)],
  )) as Array<{ name: string; no: string; phone: string }>;
  const weekFrom = dayOf(today.start.getTime() - 13 * 86_400_000);
  const weekTo = dayOf(today.start.getTime() - 7 * 86_400_000);

  // ---- Plain SQL ----
  const col = (alias: string, name: string) => `${alias}.${q(name)}`;
  const cm = (name: string) => col('cm', name);
  const prefix = (column: string, value: string): [string, unknown[]] =>
    sqlite ? [`(${column} >= ? AND ${column} < ?)`, [value, value + '\u{10FFFF}']] : [`${column} LIKE ?`, [`${value}%`]];
  type Where = { sql: string[]; params: unknown[]; members?: boolean; index?: string };
  /** The page's order: last contact newest first (the default), or next follow-up soonest first (the follow-up quick options' default). */
  type Order = 'lastContact' | 'followUp';
  const visible = (viewer: Viewer): Where => (viewer === salesperson
    ? { sql: [`${cm('memberHidden')} = 0`, `${cm('salespersonId')} IN (${salesScope.salespersonIds.map(() => '?').join(',')})`], params: [...salesScope.salespersonIds] }
    : { sql: [`${cm('memberHidden')} = 0`], params: [] });
  const contactedWithin = (start: Date, end: Date): Where => ({
    sql: [
      `${cm('lastContactAt')} >= ?`,
      `EXISTS (SELECT 1 FROM ${q('contact_logs')} l2 WHERE ${col('l2', 'campaignMemberId')} = ${cm('id')} AND ${col('l2', 'contactedAt')} >= ? AND ${col('l2', 'contactedAt')} < ?)`,
    ],
    params: [dt(start.getTime()), dt(start.getTime()), dt(end.getTime())],
  });
  const keyword = (text: string, phoneLike: boolean): Where => {
    const parts: string[] = [];
    const params: unknown[] = [];
    const add = ([sql, p]: [string, unknown[]]) => { parts.push(sql); params.push(...p); };
    const name = text.toLowerCase().replace(/\s+/g, '');
    add(prefix(col('m', 'searchName'), name));
    add(prefix(col('m', 'searchNameAlt'), name));
    for (const no of new Set([text, text.toUpperCase()])) add(prefix(col('m', 'memberNo'), no));
    if (phoneLike) {
      add(prefix(col('m', 'phone'), text));
      add(prefix(col('m', 'phone2'), text));
    }
    return { sql: [`(${parts.join(' OR ')})`], params, members: true };
  };
  const columns = [
    cm('id'), cm('lastContactAt'), cm('nextFollowUpAt'), cm('followUpClosedAt'), cm('bookedAt'), cm('attendanceVerifiedAt'),
    col('c', 'id'), col('c', 'code'), col('c', 'name'),
    col('m', 'id'), col('m', 'memberNo'), col('m', 'lastName'), col('m', 'firstName'), col('m', 'englishName'), col('m', 'phone'),
    col('s', 'id'), col('s', 'code'), col('s', 'displayName'), col('st', 'name'), col('st', 'translations'),
    col('l', 'id'), col('l', 'note'), col('l', 'content'), col('mt', 'name'), col('mt', 'translations'),
    // The booking columns the screen shows (安排預約 … 購買備註); the purchase amounts are on the row.
    cm('sameDayInvoiceCents'), cm('sameDayProductCents'), cm('sameDayTreatmentCents'),
    col('a', 'id'), col('a', 'startsAt'), col('a', 'status'), col('a', 'note'), col('a', 'attendanceNote'), col('a', 'verificationNote'),
    col('a', 'purchaseNote'), col('a', 'verifiedAt'), col('ab', 'code'), col('av', 'code'), col('av', 'displayName'),
  ].map((c, i) => `${c} AS c${i}`).join(', ');
  const joins = contactPageJoins(ds);
  /** The page (contacted rows newest first, then never-contacted ones by id), and the count on its own. */
  const listSql = (viewer: Viewer, order: Order, ...filters: Where[]) => {
    const all = [visible(viewer), ...filters];
    // MariaDB otherwise starts the joined page from a small lookup table and sorts (400 ms); a
    // person tuning it keeps the contact rows first, as SQLite does by itself, unless a keyword
    // makes the matching members the better start.
    const straight = sqlite || all.some((w) => w.members) ? '' : 'STRAIGHT_JOIN ';
    const where = all.flatMap((w) => w.sql).join(' AND ');
    const params = all.flatMap((w) => w.params);
    const countJoin = all.some((w) => w.members) ? `JOIN ${q('members')} m ON ${col('m', 'id')} = ${cm('memberId')}` : '';
    // Where both planners walk the last-contact index for a filter whose matches lie far down it,
    // the baseline names the filter's own index (which carries lastContactAt), as a person tuning it would.
    const index = all.find((w) => w.index)?.index;
    const hint = !index ? '' : sqlite ? ` INDEXED BY ${q(index)}` : ` FORCE INDEX (${q(index)})`;
    const [column, direction] = order === 'followUp' ? [cm('nextFollowUpAt'), 'ASC'] : [cm('lastContactAt'), 'DESC'];
    // Ids first (index order, conditions, limit), then the page's rows and labels by id: the
    // joins run for 31 rows, not for every match a sort has to consider.
    const keywordJoin = all.some((w) => w.members) ? `JOIN ${q('members')} m ON ${col('m', 'id')} = ${cm('memberId')}` : '';
    const pageOf = async (nulls: boolean, limit: number) => (await ds.query(
      `SELECT ${straight}${columns} FROM (SELECT ${cm('id')} AS pid FROM ${q('campaign_members')} cm${hint} ${keywordJoin}
         WHERE ${where} AND ${column} ${nulls ? 'IS NULL' : 'IS NOT NULL'}
         ORDER BY ${nulls ? '' : `${column} ${direction}, `}${cm('id')} ${direction} LIMIT ${limit}) p
       JOIN ${q('campaign_members')} cm ON ${cm('id')} = p.pid ${joins}
       ORDER BY ${nulls ? '' : `${column} ${direction}, `}${cm('id')} ${direction}`,
      params,
    )) as Array<{ c0: number }>;
    const page = async () => {
      const rows = await pageOf(false, PAGE + 1);
      if (rows.length < PAGE + 1) rows.push(...(await pageOf(true, PAGE + 1 - rows.length)));
      return rows.slice(0, PAGE).map((r) => Number(r.c0));
    };
    const total = async () => {
      if (viewer === manager && filters.length === 0) {
        // The whole chain: the campaigns' kept member counts less the recycle bin's rows, as a person
        // keeping those counts would answer it, not a count of two million index entries.
        const [{ n }] = (await ds.query(
          `SELECT (SELECT COALESCE(SUM(${q('memberCount')}), 0) FROM ${q('campaigns')}) - (SELECT COUNT(*) FROM ${q('campaign_members')} WHERE ${q('memberHidden')} = 1) AS n`,
        )) as Array<{ n: number | string }>;
        return Number(n);
      }
      const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('campaign_members')} cm ${countJoin} WHERE ${where}`, params)) as Array<{ n: number | string }>;
      return Number(n);
    };
    return { page, total };
  };

  // ---- GraphQL ----
  const listGraphql = (viewer: Viewer, filter: Filter | null) => ({
    page: async () => {
      const result = (await executeAs(ds, viewer, LIST, { filter, sort: null, first: PAGE, after: null })) as ListResult;
      if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.contactMembers.edges.map((e) => Number(e.node.id));
    },
    total: async () => {
      const result = (await executeAs(ds, viewer, TOTAL, { filter })) as TotalResult;
      if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.contactMembers.totalCount;
    },
  });

  const phone4 = sample.phone.slice(0, 4);
  const no6 = sample.no.slice(0, 6);
  const name4 = sample.name.slice(0, 4);
  const range = salonDayRange(weekFrom, weekTo, timeZone);
  const successColumn = { invoice: 'sameDayInvoiceCents', product: 'sameDayProductCents', treatment: 'sameDayTreatmentCents' }[rule.successMetric];
  const list: Array<{ name: string; viewer: Viewer; filter: Filter | null; where: Where[]; order?: Order }> = [
    { name: 'first page (salesperson, own contacts)', viewer: salesperson, filter: null, where: [] },
    { name: 'first page (manager, all contacts)', viewer: manager, filter: null, where: [] },
    { name: `campaign ${campaign.code} (${campaign.memberCount.toLocaleString('en')} members)`, viewer: manager, filter: { campaignIds: [String(campaign.id)] }, where: [{ sql: [`${cm('campaignId')} IN (?)`], params: [campaign.id] }] },
    { name: `salesperson ${salesperson.code}`, viewer: manager, filter: { salespersonIds: [String(salesperson.staffId)] }, where: [{ sql: [`${cm('salespersonId')} IN (?)`], params: [salesperson.staffId] }] },
    { name: 'status 已預約 (booked)', viewer: manager, filter: { statusIds: [String(booked.id)] }, where: [{ sql: [`${cm('statusId')} IN (?)`], params: [booked.id] }] },
    { name: 'booked', viewer: manager, filter: { booked: true }, where: [{ sql: [`${cm('bookedAt')} IS NOT NULL`], params: [] }] },
    { name: 'attendance verified', viewer: manager, filter: { attendanceVerified: true }, where: [{ sql: [`${cm('attendanceVerifiedAt')} IS NOT NULL`], params: [], index: 'idx_cm_verified' }] },
    {
      name: `same-day invoice ≥ ${(Number(invoiceThreshold) / 100).toLocaleString('en')}`, viewer: manager, filter: { sameDayInvoice: 'INVOICE_AT_LEAST' },
      where: [{ sql: [`${cm('sameDayInvoiceCents')} >= ?`], params: [Number(invoiceThreshold)], index: 'idx_cm_invoice' }],
    },
    {
      name: `same-day treatment ≥ ${(Number(treatmentThreshold) / 100).toLocaleString('en')}`, viewer: manager, filter: { sameDayInvoice: 'TREATMENT_AT_LEAST' },
      where: [{ sql: [`${cm('sameDayTreatmentCents')} >= ?`], params: [Number(treatmentThreshold)], index: 'idx_cm_treatment' }],
    },
    {
      name: '成功購買 Y', viewer: manager, filter: { successfulPurchase: true },
      where: [{ sql: [`${cm(successColumn)} >= ?`], params: [rule.successThresholdCents], index: `idx_cm_${rule.successMetric}` }],
    },
    { name: `contacted ${weekFrom}…${weekTo} (one week)`, viewer: manager, filter: { contactedFrom: weekFrom, contactedTo: weekTo }, where: [contactedWithin(range.start!, range.end!)] },
    {
      name: 'quick: follow-up due today (by next follow-up)', viewer: manager, filter: { quick: 'FOLLOW_UP_DUE_TODAY' }, order: 'followUp',
      where: [{ sql: [`${cm('followUpClosedAt')} IS NULL`, `${cm('nextFollowUpAt')} < ?`, `${cm('nextFollowUpAt')} >= ?`], params: [dt(today.end.getTime()), dt(today.start.getTime())] }],
    },
    {
      name: 'quick: follow-up overdue (by next follow-up)', viewer: manager, filter: { quick: 'FOLLOW_UP_OVERDUE' }, order: 'followUp',
      where: [{ sql: [`${cm('followUpClosedAt')} IS NULL`, `${cm('nextFollowUpAt')} < ?`], params: [dt(today.start.getTime())] }],
    },
    { name: `keyword: name prefix "${name4}"`, viewer: manager, filter: { keyword: name4 }, where: [keyword(name4, false)] },
    { name: `keyword: member number prefix "${no6}"`, viewer: manager, filter: { keyword: no6 }, where: [keyword(no6, false)] },
    { name: `keyword: phone prefix "${phone4}"`, viewer: manager, filter: { keyword: phone4 }, where: [keyword(phone4, true)] },
  ];

  const cases: BenchCase[] = [];
  for (const c of list) {
    const graphql = listGraphql(c.viewer, c.filter);
    const sql = listSql(c.viewer, c.order ?? 'lastContact', ...c.where);
    // Both must find the same rows and total; a mismatch means the baseline (or the product) is wrong.
    const [gIds, sIds, gTotal, sTotal] = [await graphql.page(), await sql.page(), await graphql.total(), await sql.total()];
    if (gTotal !== sTotal || gIds.join() !== sIds.join()) {
      console.error(`MISMATCH in "${c.name}": GraphQL total ${gTotal} [${gIds.slice(0, 5).join()}…], SQL total ${sTotal} [${sIds.slice(0, 5).join()}…]`);
    }
    cases.push({ name: `contact list page of ${PAGE}: ${c.name} → ${sTotal.toLocaleString('en')}`, graphql: graphql.page, sql: sql.page });
    cases.push({ name: `contact list total: ${c.name} → ${sTotal.toLocaleString('en')}`, graphql: graphql.total, sql: sql.total });
  }
  cases.push(await assignmentCase(ds, manager));
  return cases;
}

/**
 * Assigning a saved selection of exactly 100,000 members (a join-date range, the surplus unticked)
 * to a new campaign across five salespeople: the service's job (batches, skip check, even split,
 * member count, audit rows) against the same rows written set-based in one transaction. Each run
 * gets a fresh campaign; its rows, audit rows and job are deleted between runs.
 */
async function assignmentCase(ds: DataSource, manager: Viewer): Promise<BenchCase> {
  const q = (name: string) => ds.driver.escape(name);
  const sqlite = isSqlite(ds);
  const sales = (await ds.getRepository(Staff).find({ where: { active: true }, order: { code: 'ASC' } }))
    .filter((s) => s.roles.includes(StaffRole.SALESPERSON) && !s.code.startsWith('GS-')).slice(0, 5);
  // The shortest join-date range from 2019-01-01 holding 100,000 members, then its newest surplus unticked.
  const from = '2019-01-01';
  const count = (to: string) => countMembers(memberSearchQuery(ds, manager, { joinedFrom: from, joinedTo: to }, null));
  let lo = Date.parse(`${from}T00:00:00Z`);
  let hi = Date.parse('2025-12-31T00:00:00Z');
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if ((await count(day(hi))) < ASSIGNED) throw new Error(`Fewer than ${ASSIGNED} members joined since ${from}: generate 1,000,000 members first`);
  while (hi - lo > 86_400_000) {
    const mid = lo + Math.floor((hi - lo) / 2 / 86_400_000) * 86_400_000;
    if ((await count(day(mid))) >= ASSIGNED) hi = mid;
    else lo = mid;
  }
  const filter = { joinedFrom: from, joinedTo: day(hi) };
  const surplus = (await count(filter.joinedTo)) - ASSIGNED;
  const excludedIds = surplus > 0
    ? (await memberSearchQuery(ds, manager, filter, null).select('m.id', 'id').orderBy('m.id', 'DESC').limit(surplus).getRawMany<{ id: number }>()).map((r) => Number(r.id))
    : [];
  const selection = await saveMemberSelection(ds, manager, { filter, excludedIds });
  if (selection.count !== ASSIGNED) throw new Error(`Selection holds ${selection.count} members, not ${ASSIGNED}`);
  const [{ deletedGroupId }] = (await ds.query(`SELECT ${q('id')} AS ${q('deletedGroupId')} FROM ${q('member_groups')} WHERE ${q('isDeletedGroup')} = ?`, [true])) as Array<{ deletedGroupId: number }>;
  const status = await ds.getRepository(ContactStatus).findOne({ where: { active: true }, order: { sortOrder: 'ASC', id: 'ASC' } });

  let seq = 0;
  let campaignId = 0;
  let auditFrom = 0;
  const jobs: number[] = [];
  const fresh = async () => {
    const [{ m }] = (await ds.query(`SELECT MAX(${q('id')}) AS m FROM ${q('audit_logs')}`)) as Array<{ m: number | null }>;
    auditFrom = Number(m ?? 0);
    seq += 1;
    campaignId = (await ds.getRepository(Campaign).save({ code: `BENCH-${Date.now()}-${seq}`, name: `Benchmark assignment ${seq}`, details: null, offerId: null })).id;
  };
  const cleanUp = async () => {
    if (!campaignId) return;
    await ds.transaction(async (m) => {
      await m.query(`DELETE FROM ${q('campaign_members')} WHERE ${q('campaignId')} = ?`, [campaignId]);
      await m.query(`DELETE FROM ${q('campaigns')} WHERE ${q('id')} = ?`, [campaignId]);
      await m.query(`DELETE FROM ${q('audit_logs')} WHERE ${q('id')} > ?`, [auditFrom]);
      if (jobs.length) await m.query(`DELETE FROM ${q('bulk_jobs')} WHERE ${q('id')} IN (${jobs.map(() => '?').join(',')})`, jobs);
    });
    jobs.length = 0;
    campaignId = 0;
  };
  const joinedBefore = `${day(hi + 86_400_000)} 00:00:00`;
  const excluded = excludedIds.length ? `AND m.${q('id')} NOT IN (${excludedIds.join(',')})` : '';
  const dealt = `CASE (ROW_NUMBER() OVER (ORDER BY m.${q('id')}) - 1) % ${sales.length} ${sales.map((s, i) => `WHEN ${i} THEN ${s.id}`).join(' ')} END`;
  const json = sqlite ? 'json_object' : 'JSON_OBJECT';
  const now = sqlite ? "strftime('%Y-%m-%d %H:%M:%f', 'now')" : 'UTC_TIMESTAMP(6)';

  return {
    name: `contacts: assign ${ASSIGNED.toLocaleString('en')} members to a new campaign across ${sales.length} salespeople (whole job)`,
    runs: 3,
    warmup: 1,
    before: async () => { await cleanUp(); await fresh(); },
    graphql: async () => {
      const job = await startCampaignAssignment(ds, manager, { selectionId: selection.id, campaignId, salespersonIds: sales.map((s) => s.id) }, { queue: false });
      jobs.push(job.id);
      const done = await runCampaignAssignment(ds, job.id);
      if (done.status !== BulkJobStatus.DONE) throw new Error(`Assignment job ended ${done.status}: ${done.error ?? ''}`);
      const [{ c }] = (await ds.query(`SELECT ${q('memberCount')} AS c FROM ${q('campaigns')} WHERE ${q('id')} = ?`, [campaignId])) as Array<{ c: number }>;
      if (Number(c) !== ASSIGNED) throw new Error(`Assigned ${c} members, not ${ASSIGNED}`);
    },
    sql: async () => {
      await ds.transaction(async (m) => {
        await m.query(
          `INSERT INTO ${q('campaign_members')} (${['campaignId', 'memberId', 'salespersonId', 'statusId', 'memberHidden', 'createdAt', 'updatedAt'].map(q).join(', ')})
           SELECT ?, m.${q('id')}, ${dealt}, ?, 0, ${now}, ${now} FROM ${q('members')} m
           WHERE m.${q('deletedAt')} IS NULL AND m.${q('groupId')} <> ? AND m.${q('createdAt')} >= ? AND m.${q('createdAt')} < ? ${excluded}
             AND NOT EXISTS (SELECT 1 FROM ${q('campaign_members')} x WHERE x.${q('campaignId')} = ? AND x.${q('memberId')} = m.${q('id')})`,
          [campaignId, status!.id, deletedGroupId, `${from} 00:00:00`, joinedBefore, campaignId],
        );
        await m.query(
          `UPDATE ${q('campaigns')} SET ${q('memberCount')} = (SELECT COUNT(*) FROM ${q('campaign_members')} x WHERE x.${q('campaignId')} = ?) WHERE ${q('id')} = ?`,
          [campaignId, campaignId],
        );
        await m.query(
          `INSERT INTO ${q('audit_logs')} (${['entityType', 'entityId', 'action', 'actorId', 'before', 'after', 'at'].map(q).join(', ')})
           SELECT 'member', x.${q('memberId')}, 'campaignAssigned', ?, NULL, ${json}('campaignId', x.${q('campaignId')}, 'salespersonId', x.${q('salespersonId')}), ${now}
           FROM ${q('campaign_members')} x WHERE x.${q('campaignId')} = ?`,
          [manager.staffId, campaignId],
        );
      });
      const [{ c }] = (await ds.query(`SELECT ${q('memberCount')} AS c FROM ${q('campaigns')} WHERE ${q('id')} = ?`, [campaignId])) as Array<{ c: number }>;
      if (Number(c) !== ASSIGNED) throw new Error(`SQL assigned ${c} members, not ${ASSIGNED}`);
    },
    cleanup: async () => {
      await cleanUp();
      await ds.getRepository(MemberSelection).delete({ id: selection.id });
    },
  };
}
