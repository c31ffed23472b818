import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Appointment, CampaignMember, ContactMethod, ContactVisibility, SalesGroup, type Member, type MemberGroup, type Branch, type Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { daySpan } from '../../services/contacts/follow-up-state';
import { aContactCampaign, aContactLog, aContactMember, methodId, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import * as followUpDocuments from '../../components/reports/follow-up/follow-up-documents';
import * as reportDocuments from '../../components/reports/report-documents';
import { gql, sessionCookieFor, type GraphQLResponse } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * 同事跟進的統計 over a fixture whose every log, appointment and follow-up is placed in or out
 * of May 2025 — several a minute either side of midnight in Hong Kong — so each figure, each
 * drill-down and each viewer's scope has one right answer.
 */

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let mk: Branch;
let apple: Staff;
let candy: Staff;
let cobi: Staff;
let manager: Staff;
let utcManager: Staff;
let groupOne: MemberGroup;
let groupTwo: MemberGroup;
let junebirthId: number;
let sales: SalesGroup;
const cm: Record<string, CampaignMember> = {};
const method: Record<'phone' | 'email' | 'sms' | 'line', number> = {} as never;

const MAY = { contactedFrom: '2025-05-01', contactedTo: '2025-05-31' };

async function anAppointment(place: CampaignMember, createdAt: string, extra: Partial<Appointment> = {}): Promise<void> {
  const repo = ds.getRepository(Appointment);
  const saved = await repo.save({
    memberId: place.memberId,
    branchId: tko.id,
    startsAt: new Date('2025-06-20T02:00:00Z'),
    endsAt: new Date('2025-06-20T03:00:00Z'),
    blockedUntil: new Date('2025-06-20T03:00:00Z'),
    campaignMemberId: place.id,
    createdById: manager.id,
    updatedById: manager.id,
    ...extra,
  });
  // The booking time is the figure under test: set it as stored, whatever the ORM stamped.
  await repo.update({ id: saved.id }, { createdAt: new Date(createdAt) });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', timeZone: 'Asia/Hong_Kong' });
  mk = await aBranch(ds, { code: 'MK', timeZone: 'Asia/Hong_Kong' });
  const ldn = await aBranch(ds, { code: 'LDN', timeZone: 'UTC' });
  sales = await ds.getRepository(SalesGroup).save({ name: 'Sales' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu', salesGroupId: sales.id });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  cobi = await aStaff(ds, mk, [StaffRole.SALESPERSON], { code: 'MK001', displayName: 'cobi ng' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B', displayName: 'HKB2B Support' });
  utcManager = await aStaff(ds, ldn, [StaffRole.MANAGER], { code: 'LDN01', displayName: 'London Manager' });
  groupOne = await aMemberGroup(ds, { code: 'NEW' });
  groupTwo = await aMemberGroup(ds, { code: 'VIP' });

  for (const key of ['phone', 'email', 'sms'] as const) method[key] = await methodId(ds, key);
  // Email is retired: it keeps its column only while the period has email logs.
  await ds.getRepository(ContactMethod).update({ id: method.email }, { active: false });
  method.line = (await ds.getRepository(ContactMethod).save({ name: 'Line', sortOrder: 10, active: true })).id;

  const maybirth = await aContactCampaign(ds, 'Maybirth');
  const junebirth = await aContactCampaign(ds, 'Junebirth');
  junebirthId = junebirth.id;
  const member = (group: MemberGroup, overrides: Partial<Member> = {}) => aMember(ds, tko, group, overrides);
  const todayStart = daySpan(new Date(), 'Asia/Hong_Kong').start;
  const beforeToday = new Date(todayStart.getTime() - 60_000);
  const longAgo = new Date('2025-04-01T00:00:00Z');

  // Apple Yu (TKO): the time-zone edges.
  cm.a1 = await aContactMember(ds, maybirth, await member(groupOne), apple);
  await aContactLog(ds, cm.a1, { at: '2025-04-30T16:00:00Z', by: apple, method: 'phone' }); // 1 May 00:00 HKT: in
  await aContactLog(ds, cm.a1, { at: '2025-05-10T03:00:00Z', by: apple, method: 'email' });
  await anAppointment(cm.a1, '2025-05-10T04:00:00Z', { status: AppointmentStatus.COMPLETED, verifiedAt: new Date('2025-05-12T02:00:00Z') });

  cm.a2 = await aContactMember(ds, maybirth, await member(groupOne), apple);
  await aContactLog(ds, cm.a2, { at: '2025-04-30T15:59:00Z', by: apple, method: 'phone' }); // 30 Apr 23:59 HKT: out
  await aContactLog(ds, cm.a2, { at: '2025-05-31T16:30:00Z', by: apple, method: 'phone' }); // 1 Jun 00:30 HKT: out (in, in UTC)
  // Booked before the period, verified in it: attended, not booked.
  await anAppointment(cm.a2, '2025-04-29T02:00:00Z', { status: AppointmentStatus.ARRIVED, verifiedAt: new Date('2025-05-02T02:00:00Z') });

  cm.a3 = await aContactMember(ds, junebirth, await member(groupTwo), apple);
  await anAppointment(cm.a3, '2025-05-31T15:59:00Z', { status: AppointmentStatus.CANCELLED }); // 31 May 23:59 HKT: in
  await anAppointment(cm.a3, '2025-05-31T16:00:00Z'); // 1 Jun 00:00 HKT: out

  cm.a4 = await aContactMember(ds, junebirth, await member(groupOne), apple);
  await aContactLog(ds, cm.a4, { at: '2025-05-31T15:59:00Z', by: apple, method: 'sms' });
  await aContactLog(ds, cm.a4, { at: '2025-05-31T16:00:00Z', by: apple, method: 'phone' }); // 1 Jun HKT: out

  // Follow-ups, relative to today in Hong Kong: open and before today (overdue), closed, due today.
  await ds.getRepository(CampaignMember).update({ id: cm.a1.id }, { nextFollowUpAt: beforeToday });
  await ds.getRepository(CampaignMember).update({ id: cm.a2.id }, { nextFollowUpAt: longAgo, followUpClosedAt: longAgo });
  await ds.getRepository(CampaignMember).update({ id: cm.a3.id }, { nextFollowUpAt: todayStart });
  await ds.getRepository(CampaignMember).update({ id: cm.a4.id }, { nextFollowUpAt: longAgo });

  // In the recycle bin: counted nowhere.
  cm.hidden = await aContactMember(ds, maybirth, await member(groupOne, { deletedAt: new Date() }), apple, { memberHidden: true, nextFollowUpAt: longAgo });
  await aContactLog(ds, cm.hidden, { at: '2025-05-05T03:00:00Z', by: apple, method: 'phone' });
  await anAppointment(cm.hidden, '2025-05-05T04:00:00Z', { verifiedAt: new Date('2025-05-06T02:00:00Z') });

  // Candy Chan (TKO).
  cm.b1 = await aContactMember(ds, maybirth, await member(groupTwo), candy);
  await aContactLog(ds, cm.b1, { at: '2025-05-15T03:00:00Z', by: candy, method: 'phone' });
  await anAppointment(cm.b1, '2025-05-15T04:00:00Z', { status: AppointmentStatus.CANCELLED });
  await anAppointment(cm.b1, '2025-05-16T04:00:00Z', { status: AppointmentStatus.COMPLETED, verifiedAt: new Date('2025-05-20T02:00:00Z') });
  cm.b2 = await aContactMember(ds, junebirth, await member(groupOne), candy, { nextFollowUpAt: longAgo });

  // cobi ng (MK).
  cm.c1 = await aContactMember(ds, maybirth, await member(groupOne), cobi);
  await aContactLog(ds, cm.c1, { at: '2025-05-20T03:00:00Z', by: cobi, method: 'email', nextFollowUpAt: longAgo.toISOString() });
});

afterAll(async () => {
  await db.drop();
});

type Figures = {
  assigned: number;
  contacted: number;
  logs: number;
  logsByMethod: Array<{ methodId: string; count: number }>;
  booked: number;
  attended: number;
  overdue: number;
};
type Row = Figures & { salesperson: { id: string; code: string; displayName: string } };
type Report = {
  from: string;
  to: string;
  methods: Array<{ id: string; label: string; active: boolean }>;
  rows: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
  totals: Figures;
  filter: { campaigns: Array<{ code: string }>; contactedFrom: string | null };
  ranBy: { code: string };
  ranAt: string;
};

const FIGURES = 'assigned contacted logs logsByMethod { methodId count } booked attended overdue';
const REPORT = `query($filter: ReportFilterInput, $first: Int, $after: String) {
  followUpStatistics(filter: $filter) {
    from to methods { id label active }
    rows(first: $first, after: $after) { nodes { salesperson { id code displayName } ${FIGURES} } pageInfo { hasNextPage endCursor } totalCount }
    totals { ${FIGURES} }
    filter { campaigns { code } contactedFrom }
    ranBy { code } ranAt
  }
}`;

async function report(viewer: Staff, filter: Record<string, unknown> | null = MAY, locale = 'en'): Promise<Report> {
  const res = await gql<{ followUpStatistics: Report }>(REPORT, { filter, first: 100 }, { cookie: await sessionCookieFor(viewer), locale });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.followUpStatistics;
}

/** A row's figures as [assigned, contacted, logs, booked, attended, overdue] and logs per method key. */
function summary(figures: Figures) {
  const byMethod = Object.fromEntries(
    Object.entries(method).map(([key, id]) => [key, figures.logsByMethod.find((m) => m.methodId === String(id))?.count ?? null]),
  );
  return { numbers: [figures.assigned, figures.contacted, figures.logs, figures.booked, figures.attended, figures.overdue], byMethod };
}

const rowOf = (r: Report, code: string) => r.rows.nodes.find((n) => n.salesperson.code === code);

describe('follow-up statistics: figures', () => {
  let may: Report;

  beforeAll(async () => {
    may = await report(manager);
  });

  it('reports the period, the method columns and who ran it', () => {
    expect([may.from, may.to]).toEqual(['2025-05-01', '2025-05-31']);
    expect(may.methods.map((m) => m.label)).toEqual(['Phone', 'Email', 'SMS', 'Line']);
    expect(may.ranBy.code).toBe('HKB2B');
    expect(Math.abs(Date.parse(may.ranAt) - Date.now())).toBeLessThan(60_000);
    expect(may.filter.contactedFrom).toBe('2025-05-01');
  });

  it('has one row per salesperson by staff code, with the figures of Hong Kong days', () => {
    expect(may.rows.nodes.map((r) => r.salesperson.code)).toEqual(['IS003', 'IS007', 'MK001']);
    expect(may.rows.totalCount).toBe(3);
    expect(summary(rowOf(may, 'IS007')!)).toEqual({ numbers: [4, 2, 3, 2, 2, 2], byMethod: { phone: 1, email: 1, sms: 1, line: 0 } });
    expect(summary(rowOf(may, 'IS003')!)).toEqual({ numbers: [2, 1, 1, 2, 1, 1], byMethod: { phone: 1, email: 0, sms: 0, line: 0 } });
    expect(summary(rowOf(may, 'MK001')!)).toEqual({ numbers: [1, 1, 1, 0, 0, 1], byMethod: { phone: 0, email: 1, sms: 0, line: 0 } });
  });

  it('totals the rows', () => {
    expect(summary(may.totals)).toEqual({ numbers: [7, 4, 5, 4, 3, 4], byMethod: { phone: 2, email: 2, sms: 1, line: 0 } });
  });

  it('counts days in the viewer\'s branch time zone', async () => {
    const utc = await report(utcManager);
    // In UTC, 30 Apr 16:00 is April and 31 May 16:00–16:30 is still May.
    expect(summary(rowOf(utc, 'IS007')!)).toEqual({ numbers: [4, 3, 4, 3, 2, expect.any(Number)], byMethod: { phone: 2, email: 1, sms: 1, line: 0 } });
  });

  it('defaults to the current month', async () => {
    const now = await report(manager, null);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(now.from).toBe(`${today.slice(0, 8)}01`);
    expect(now.to.slice(0, 7)).toBe(today.slice(0, 7));
    // Nothing was logged this month; assignments and overdue follow-ups do not depend on the period.
    expect(summary(now.totals).numbers).toEqual([7, 0, 0, 0, 0, 4]);
    expect(now.methods.map((m) => m.label)).toEqual(['Phone', 'SMS', 'Line']);
  });

  it('applies the filters to the members, not the contact range', async () => {
    const june = await report(manager, { ...MAY, campaignIds: [String(junebirthId)] });
    expect(june.filter.campaigns.map((c) => c.code)).toEqual(['Junebirth']);
    expect(june.rows.nodes.map((r) => r.salesperson.code)).toEqual(['IS003', 'IS007']);
    expect(summary(rowOf(june, 'IS007')!).numbers).toEqual([2, 1, 1, 1, 0, 1]);
    expect(summary(rowOf(june, 'IS003')!).numbers).toEqual([1, 0, 0, 0, 0, 1]);

    const vip = await report(manager, { ...MAY, memberGroupIds: [String(groupTwo.id)] });
    expect(summary(vip.totals).numbers).toEqual([2, 1, 1, 3, 1, 0]);

    const branch = await report(manager, { ...MAY, branchIds: [String(mk.id)] });
    expect(branch.rows.nodes.map((r) => r.salesperson.code)).toEqual(['MK001']);
    // Email has no log among Candy's members: the retired method drops out of the columns.
    const candyOnly = await report(manager, { ...MAY, salespersonIds: [String(candy.id)] });
    expect(candyOnly.methods.map((m) => m.label)).toEqual(['Phone', 'SMS', 'Line']);
    const group = await report(manager, { ...MAY, salesGroupIds: [String(sales.id)] });
    expect(group.rows.nodes.map((r) => r.salesperson.code)).toEqual(['IS007']);
  });

  it('pages the rows', async () => {
    const cookie = await sessionCookieFor(manager);
    const codes: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await gql<{ followUpStatistics: Report }>(REPORT, { filter: MAY, first: 2, after }, { cookie });
      const rows: Report['rows'] = res.body.data!.followUpStatistics.rows;
      codes.push(...rows.nodes.map((r) => r.salesperson.code));
      if (!rows.pageInfo.hasNextPage) break;
      after = rows.pageInfo.endCursor;
    }
    expect(codes).toEqual(['IS003', 'IS007', 'MK001']);
  });
});

const MEMBERS = `query($filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String) {
  followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {
    nodes { id member { memberNo } salesperson { code } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

type Drill = { metric: string; salespersonId?: number; methodId?: number };
type MemberPage = { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

async function behind(viewer: Staff, drill: Drill, filter: Record<string, unknown> = MAY): Promise<{ labels: string[]; totalCount: number }> {
  const cookie = await sessionCookieFor(viewer);
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  // Two at a time, so paging is part of every check.
  for (let i = 0; i < 10; i++) {
    const variables = { filter, ...drill, salespersonId: drill.salespersonId && String(drill.salespersonId), methodId: drill.methodId && String(drill.methodId), first: 2, after };
    const res: GraphQLResponse<{ followUpStatisticMembers: MemberPage }> = await gql(MEMBERS, variables, { cookie });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.followUpStatisticMembers;
    ids.push(...page.nodes.map((n) => n.id));
    totalCount = page.totalCount;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const labelOf = (id: string) => Object.entries(cm).find(([, place]) => String(place.id) === id)?.[0] ?? `?${id}`;
  return { labels: ids.map(labelOf).sort(), totalCount };
}

describe('follow-up statistics: drill-down', () => {
  const cases: Array<[string, () => Drill, string[]]> = [
    ['Apple assigned', () => ({ metric: 'ASSIGNED', salespersonId: apple.id }), ['a1', 'a2', 'a3', 'a4']],
    ['Apple contacted', () => ({ metric: 'CONTACTED', salespersonId: apple.id }), ['a1', 'a4']],
    ['Apple logged', () => ({ metric: 'LOGGED', salespersonId: apple.id }), ['a1', 'a4']],
    ['Apple logged by phone', () => ({ metric: 'LOGGED', salespersonId: apple.id, methodId: method.phone }), ['a1']],
    ['Apple logged by SMS', () => ({ metric: 'LOGGED', salespersonId: apple.id, methodId: method.sms }), ['a4']],
    ['Apple booked', () => ({ metric: 'BOOKED', salespersonId: apple.id }), ['a1', 'a3']],
    ['Apple attended', () => ({ metric: 'ATTENDED', salespersonId: apple.id }), ['a1', 'a2']],
    ['Apple overdue', () => ({ metric: 'OVERDUE', salespersonId: apple.id }), ['a1', 'a4']],
    ['Candy booked (two appointments, one member)', () => ({ metric: 'BOOKED', salespersonId: candy.id }), ['b1']],
    ['Candy overdue', () => ({ metric: 'OVERDUE', salespersonId: candy.id }), ['b2']],
    ['all assigned', () => ({ metric: 'ASSIGNED' }), ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'c1']],
    ['all contacted', () => ({ metric: 'CONTACTED' }), ['a1', 'a4', 'b1', 'c1']],
    ['all logged by email', () => ({ metric: 'LOGGED', methodId: method.email }), ['a1', 'c1']],
    ['all attended', () => ({ metric: 'ATTENDED' }), ['a1', 'a2', 'b1']],
    ['all overdue', () => ({ metric: 'OVERDUE' }), ['a1', 'a4', 'b2', 'c1']],
  ];

  it.each(cases)('%s: exactly the contact members behind the number', async (_name, drill, expected) => {
    expect(await behind(manager, drill())).toEqual({ labels: expected, totalCount: expected.length });
  });

  it('lists as many members as each member-counting figure says, for every row', async () => {
    const may = await report(manager);
    for (const row of may.rows.nodes) {
      for (const [metric, figure] of [['ASSIGNED', row.assigned], ['CONTACTED', row.contacted], ['OVERDUE', row.overdue]] as const) {
        const found = await behind(manager, { metric, salespersonId: Number(row.salesperson.id) });
        expect([row.salesperson.code, metric, found.labels.length]).toEqual([row.salesperson.code, metric, figure]);
      }
    }
  });

  it('refuses a method with any metric but LOGGED, naming the field', async () => {
    const res = await gql(MEMBERS, { filter: MAY, metric: 'BOOKED', methodId: String(method.phone) }, { cookie: await sessionCookieFor(manager), locale: 'en' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'methodId' });
  });
});

describe('follow-up statistics: visibility', () => {
  afterEach(async () => {
    await ds.getRepository(ContactVisibility).delete({ staffId: apple.id });
  });

  it('a salesperson sees only their own row, equal to the manager\'s; totals less exactly the others\' members', async () => {
    const [mine, all] = await Promise.all([report(apple), report(manager)]);
    expect(mine.rows.nodes.map((r) => r.salesperson.code)).toEqual(['IS007']);
    expect(mine.rows.nodes[0]).toEqual(rowOf(all, 'IS007'));
    const others = all.rows.nodes.filter((r) => r.salesperson.code !== 'IS007');
    const less = (key: 'assigned' | 'contacted' | 'logs' | 'booked' | 'attended' | 'overdue') => all.totals[key] - others.reduce((s, r) => s + r[key], 0);
    expect(summary(mine.totals).numbers).toEqual([less('assigned'), less('contacted'), less('logs'), less('booked'), less('attended'), less('overdue')]);
    expect((await behind(apple, { metric: 'ASSIGNED' })).labels).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(await behind(apple, { metric: 'ASSIGNED', salespersonId: candy.id })).toEqual({ labels: [], totalCount: 0 });
  });

  it('with the own branch visible, the other branch\'s members drop out of figures and lists', async () => {
    await setVisibility(ds, apple, { ownBranch: true });
    const [mine, all] = await Promise.all([report(apple), report(manager)]);
    expect(mine.rows.nodes).toEqual(all.rows.nodes.filter((r) => r.salesperson.code !== 'MK001'));
    const mk = rowOf(all, 'MK001')!;
    expect(summary(mine.totals).numbers).toEqual([
      all.totals.assigned - mk.assigned, all.totals.contacted - mk.contacted, all.totals.logs - mk.logs,
      all.totals.booked - mk.booked, all.totals.attended - mk.attended, all.totals.overdue - mk.overdue,
    ]);
    expect((await behind(apple, { metric: 'OVERDUE' })).labels).toEqual(['a1', 'a4', 'b2']);
    expect((await behind(apple, { metric: 'OVERDUE', salespersonId: cobi.id })).labels).toEqual([]);
  });
});

describe('follow-up statistics: bad periods', () => {
  it.each([
    ['en', 'contacted to', 'must not be before the start date'],
    ['zh-HK', '聯絡日期（至）', '不可早於開始日期'],
  ])('a reversed period is refused naming the field (%s)', async (locale, label, reason) => {
    const res = await gql(REPORT, { filter: { contactedFrom: '2025-05-10', contactedTo: '2025-05-01' } }, { cookie: await sessionCookieFor(manager), locale });
    const error = res.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactedTo' });
    expect(error?.message).toContain(label);
    expect(error?.message).toContain(reason);
  });

  it('a period over 366 days is refused naming the field, in the drill-down too', async () => {
    const filter = { contactedFrom: '2024-01-01', contactedTo: '2025-01-01' };
    const cookie = await sessionCookieFor(manager);
    for (const [query, vars] of [[REPORT, {}], [MEMBERS, { metric: 'ASSIGNED' }]] as const) {
      const res = await gql(query, { filter, ...vars }, { cookie, locale: 'zh-HK' });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactedTo' });
      expect(res.body.errors?.[0].message).toContain('366');
    }
  });
});

describe('follow-up statistics: the page\'s documents as Apollo Client sends them', () => {
  const documents = { ...followUpDocuments, ...reportDocuments };
  const operations = pageOperations(documents);

  async function run(name: string, variables: Record<string, unknown>) {
    const res = await gql(operations.get(name)!, variables, { cookie: await sessionCookieFor(manager), locale: 'en' });
    expect([name, res.status, res.body.errors]).toEqual([name, 200, undefined]);
    return res.body.data!;
  }

  it('are valid against the schema', async () => {
    const errors = await validationErrors(documents);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['FollowUpStatisticsReport', 'FollowUpStatisticMembers', 'ReportSalespersonOptions']));
    expect(Object.values(errors).flat()).toEqual([]);
  });

  it('read the same report, the members behind a number and the filter\'s salespeople as the page does', async () => {
    const expected = await report(manager);
    const page = (await run('FollowUpStatisticsReport', { filter: MAY, first: 100 })).followUpStatistics as Report;
    expect([page.from, page.to]).toEqual(['2025-05-01', '2025-05-31']);
    expect(page.rows.nodes.map((r) => [r.salesperson.code, summary(r)])).toEqual(expected.rows.nodes.map((r) => [r.salesperson.code, summary(r)]));
    expect(summary(page.totals)).toEqual(summary(expected.totals));

    const variables = { filter: MAY, metric: 'ASSIGNED', salespersonId: String(apple.id), methodId: null, first: 50, after: null };
    const members = (await run('FollowUpStatisticMembers', variables)).followUpStatisticMembers;
    expect(members.totalCount).toBe(4);
    expect(members.nodes[0]).toMatchObject({ member: { memberNo: expect.any(String) }, salesperson: { code: 'IS007' }, status: { label: expect.any(String) } });

    const salespeople = (await run('ReportSalespersonOptions', { after: null })).contactSalespeople.nodes.map((s: { code: string }) => s.code);
    expect(salespeople).toEqual(expect.arrayContaining(['IS003', 'IS007', 'MK001']));
  });
});
