/**
 * 聯絡活動分析 through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL) MariaDB:
 * the seed's own example from the demo seed; every view, filter and visibility level on a small
 * fixture checked against counts computed here from the fixture; recycle-bin members; appointment
 * outcomes booked and moved through the real mutations; inactive statuses; validation in two
 * locales; and a constant number of statements per view.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, CampaignMember, ContactStatus, SalesGroup, Staff, type Branch, type Campaign, type Member, type MemberGroup,
} from '../../entities';
import type { ContactStatusKey } from '../../entities/contact-status.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { formatMemberName } from '../../services/members/member-name';
import { ratioOf } from '../../services/reports/campaign-analysis';
import { DEMO_MANAGER_LOGIN } from '../../services/seed/demo-data';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { aContactCampaign, aContactLog, aContactMember, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import * as analysisDocuments from '../../components/reports/analysis/analysis-documents';
import * as reportDocuments from '../../components/reports/report-documents';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { recordQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aRoom, aTreatment, BOOK, CANCEL, hkAt, openEveryDay, worksEveryDay } from './appointment-booking.fixtures';

type View = 'CAMPAIGN' | 'BRANCH' | 'SALESPERSON' | 'MEMBER';
type Filter = {
  branchIds?: string[]; campaignIds?: string[]; salesGroupIds?: string[]; salespersonIds?: string[]; memberGroupIds?: string[];
  contactedFrom?: string; contactedTo?: string;
};
type Cell = { statusId: string; count: number; ratio: number };
type Outcomes = { booked: number; arrived: number; verified: number; noShow: number; cancelled: number };
type Row = { key: string; code: string; name: string; cells: Cell[]; total: number; outcomes: Outcomes };
type Analysis = {
  view: View;
  columns: Array<{ id: string; name: string; active: boolean; sortOrder: number }>;
  totals: { cells: Cell[]; total: number; outcomes: Outcomes };
  filter: { campaigns: Array<{ code: string }>; branches: Array<{ code: string }>; salespeople: Array<{ code: string }> };
  ranBy: { login: string };
  rows: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
};

const OUTCOMES = 'booked arrived verified noShow cancelled';
const ANALYSIS = `query($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int, $after: String) {
  campaignAnalysis(view: $view, filter: $filter) {
    view
    columns { id name active sortOrder }
    totals { cells { statusId count ratio } total outcomes { ${OUTCOMES} } }
    filter { campaigns { code } branches { code } salespeople { code } }
    ranBy { login }
    rows(first: $first, after: $after) {
      nodes { key code name cells { statusId count ratio } total outcomes { ${OUTCOMES} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
}`;

// One session per staff member, as a signed-in person keeps theirs: the statement counts below are per request.
const sessions = new WeakMap<Staff, Promise<string>>();

async function as(staff: Staff, query: string, variables: Record<string, unknown> = {}, locale = 'en') {
  if (!sessions.has(staff)) sessions.set(staff, sessionCookieFor(staff));
  return gql(query, variables, { cookie: await sessions.get(staff)!, locale });
}

async function analysis(staff: Staff, view: View, filter: Filter = {}, first = 100, after?: string): Promise<Analysis> {
  const res = await as(staff, ANALYSIS, { view, filter, first, after });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.campaignAnalysis as Analysis;
}

/** Every cell's ratio is its count over its line's total, and the cells follow the columns. */
function expectConsistent(result: Analysis) {
  const columnIds = result.columns.map((c) => c.id);
  for (const line of [...result.rows.nodes, result.totals]) {
    expect(line.cells.map((c) => c.statusId)).toEqual(columnIds);
    expect(line.cells.reduce((sum, c) => sum + c.count, 0)).toBe(line.total);
    for (const c of line.cells) expect(c.ratio).toBe(ratioOf(c.count, line.total));
  }
}

/** A report's numbers by row key and status id, zero cells left out. */
type Counts = { rows: Record<string, Record<string, number>>; totals: Record<string, number>; total: number };

function countsOf(result: Analysis): Counts {
  expectConsistent(result);
  const nonZero = (cells: Cell[]) => Object.fromEntries(cells.filter((c) => c.count > 0).map((c) => [c.statusId, c.count]));
  return {
    rows: Object.fromEntries(result.rows.nodes.map((r) => [r.key, nonZero(r.cells)])),
    totals: nonZero(result.totals.cells),
    total: result.totals.total,
  };
}

describe('the seed\'s example (聯絡活動分析 - 活動, Maybirth + Junebirth, run by beauty) from the demo seed', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.ds;
    useDataSource(ds);
    await seedDemoData(ds);
  }, 120_000);

  afterAll(() => db.drop());

  it('reproduces every count and ratio of the seed\'s table, totals from counts', async () => {
    const beauty = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
    const campaigns = await gql(`{ campaigns(first: 10) { nodes { id code memberCount } } }`, {}, { cookie: await sessionCookieFor(beauty) });
    const byCode = new Map((campaigns.body.data!.campaigns.nodes as Array<{ id: string; code: string; memberCount: number }>).map((c) => [c.code, c]));
    expect(byCode.get('Maybirth')!.memberCount).toBe(72);
    expect(byCode.get('Junebirth')!.memberCount).toBe(3);

    const result = await analysis(beauty, 'CAMPAIGN', { campaignIds: [byCode.get('Maybirth')!.id, byCode.get('Junebirth')!.id] });
    const statuses = await ds.getRepository(ContactStatus).find({ order: { sortOrder: 'ASC' } });
    const key = new Map(statuses.map((s) => [String(s.id), s.key]));
    expect(result.columns.map((c) => c.name)).toEqual(['未通知', '已預約', '無人接聽', '不需要', '留言']);
    expect(result.filter.campaigns.map((c) => c.code)).toEqual(['Junebirth', 'Maybirth']);
    expect(result.ranBy.login).toBe('beauty');
    expectConsistent(result);

    const line = (cells: Cell[]) => Object.fromEntries(cells.map((c) => [key.get(c.statusId), [c.count, (c.ratio * 100).toFixed(2)]]));
    expect(result.rows.nodes.map((r) => [r.code, r.name, r.total])).toEqual([['Junebirth', '6月生日會員優惠', 3], ['Maybirth', '5月生日會員優惠', 72]]);
    expect(line(result.rows.nodes[0].cells)).toEqual({
      not_notified: [2, '66.67'], booked: [1, '33.33'], no_answer: [0, '0.00'], not_needed: [0, '0.00'], left_message: [0, '0.00'],
    });
    expect(line(result.rows.nodes[1].cells)).toEqual({
      not_notified: [1, '1.39'], booked: [0, '0.00'], no_answer: [52, '72.22'], not_needed: [0, '0.00'], left_message: [19, '26.39'],
    });
    expect(result.totals.total).toBe(75);
    expect(line(result.totals.cells)).toEqual({
      not_notified: [3, '4.00'], booked: [1, '1.33'], no_answer: [52, '69.33'], not_needed: [0, '0.00'], left_message: [19, '25.33'],
    });
    expect(result.rows.totalCount).toBe(2);
    // A003's visit of the completion board, booked from the contact, arrived, verified and completed.
    expect(result.rows.nodes.map((r) => [r.code, r.outcomes])).toEqual([
      ['Junebirth', { booked: 1, arrived: 1, verified: 1, noShow: 0, cancelled: 0 }],
      ['Maybirth', { booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 }],
    ]);
  });
  it('reads the same table, the filter\'s choices and the trend through the page\'s documents as Apollo Client sends them', async () => {
    const documents = { ...analysisDocuments, ...reportDocuments };
    expect(Object.values(await validationErrors(documents)).flat()).toEqual([]);
    const operations = pageOperations(documents);
    const beauty = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
    const cookie = await sessionCookieFor(beauty);
    const run = async (name: string, variables: Record<string, unknown>) => {
      const res = await gql(operations.get(name)!, variables, { cookie, locale: 'zh-HK' });
      expect([name, res.status, res.body.errors]).toEqual([name, 200, undefined]);
      return res.body.data!;
    };

    const campaigns = (await run('ReportCampaignOptions', { after: null })).campaigns.nodes as Array<{ id: string; code: string }>;
    const campaignIds = ['Maybirth', 'Junebirth'].map((code) => campaigns.find((c) => c.code === code)!.id);
    for (const name of ['ReportBranchOptions', 'ReportSalesGroupOptions', 'ReportSalespersonOptions', 'ReportMemberGroupOptions']) {
      const [list] = Object.values(await run(name, { after: null })) as Array<{ nodes: unknown[] }>;
      expect([name, list.nodes.length > 0]).toEqual([name, true]);
    }

    const page = (await run('CampaignAnalysisReport', { view: 'CAMPAIGN', filter: { campaignIds }, first: 100, after: null })).campaignAnalysis;
    const expected = await analysis(beauty, 'CAMPAIGN', { campaignIds });
    expect(page.rows.nodes.map((r: Row) => [r.code, r.total, r.cells.map((c) => c.count), r.outcomes.booked])).toEqual(
      expected.rows.nodes.map((r) => [r.code, r.total, r.cells.map((c) => c.count), r.outcomes.booked]),
    );
    expect(page.columns.map((c: { id: string }) => c.id)).toEqual(expected.columns.map((c) => c.id));
    expect([page.totals.total, page.rows.totalCount, page.ranBy.login]).toEqual([75, 2, 'beauty']);
    expect(page.filter.campaigns.map((c: { code: string }) => c.code)).toEqual(['Junebirth', 'Maybirth']);

    const trend = (await run('ContactTrendChart', { filter: { campaignIds } })).contactTrend as { total: number; days: Array<{ count: number }> };
    expect(trend.days.reduce((sum, d) => sum + d.count, 0)).toBe(trend.total);
  });
});

describe('on a small fixture', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let tko: Branch;
  let tst: Branch;
  let manager: Staff;
  /** Salespeople: a and b at TKO (Sales), c at TST (Trainee), d at TST (Sales). */
  const sp: Record<'a' | 'b' | 'c' | 'd', Staff> = {} as never;
  let sales: SalesGroup;
  let trainee: SalesGroup;
  let vip: MemberGroup;
  let fresh: MemberGroup;
  const campaigns: Campaign[] = [];
  const statusIds = new Map<ContactStatusKey, number>();
  let oldStatus: ContactStatus;
  let unusedStatus: ContactStatus;

  /** What the fixture holds, to compute each report's expected counts from. */
  type Entry = { cm: CampaignMember; campaign: Campaign; member: Member; salesperson: Staff; statusId: number; logDays: string[]; hidden: boolean };
  const entries: Entry[] = [];

  const LOG_STATUSES: Array<ContactStatusKey | null> = [null, 'no_answer', 'booked', 'left_message', 'not_needed'];
  /** The Hong Kong day of a UTC instant. */
  const hkDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

  async function place(campaign: Campaign, member: Member, salesperson: Staff, logs: Array<{ at: string; status: ContactStatusKey }>, extra: Partial<CampaignMember> = {}) {
    let cm = await aContactMember(ds, campaign, member, salesperson, extra);
    for (const log of logs) await aContactLog(ds, cm, { at: log.at, by: salesperson, status: log.status });
    cm = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    entries.push({ cm, campaign, member, salesperson, statusId: cm.statusId, logDays: logs.map((l) => hkDay(l.at)), hidden: cm.memberHidden });
    return cm;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.ds;
    useDataSource(ds);
    tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
    tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
    sales = await ds.getRepository(SalesGroup).save({ name: 'Sales' });
    trainee = await ds.getRepository(SalesGroup).save({ name: 'Sales Trainee' });
    vip = await aMemberGroup(ds, { code: 'VIPG', name: 'VIP Gold' });
    fresh = await aMemberGroup(ds, { code: 'NEW', name: 'New' });
    manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'M001', displayName: 'Manager', salesGroupId: null });
    sp.a = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu', salesGroupId: sales.id });
    sp.b = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan', salesGroupId: sales.id });
    sp.c = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau', salesGroupId: trainee.id });
    sp.d = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'S007', displayName: 'Amy', salesGroupId: sales.id });
    for (const code of ['C1', 'C2', 'C3']) campaigns.push(await aContactCampaign(ds, code));
    for (const s of await ds.getRepository(ContactStatus).find()) if (s.key) statusIds.set(s.key, s.id);
    oldStatus = await ds.getRepository(ContactStatus).save({ name: '舊狀態', translations: {}, key: null, sortOrder: 6, active: false });
    unusedStatus = await ds.getRepository(ContactStatus).save({ name: '停用', translations: {}, key: null, sortOrder: 7, active: false });

    const members: Member[] = [];
    for (let i = 0; i < 20; i += 1) {
      members.push(await aMember(ds, i % 3 ? tko : tst, i % 2 ? fresh : vip, { memberNo: `F${String(i).padStart(3, '0')}`, lastName: '陳', firstName: `${i}號` }));
    }
    const people = [sp.a, sp.b, sp.c, sp.d];
    // 24 contact members: every campaign with every salesperson twice; members 0–3 in two campaigns.
    // Logs on June days at 23:30 or 00:30 Hong Kong time, so the contact range tests the salon day's edges.
    for (let i = 0; i < 24; i += 1) {
      const status = LOG_STATUSES[i % LOG_STATUSES.length];
      const at = `2025-06-${String(1 + i).padStart(2, '0')}T${i % 2 ? '15' : '16'}:30:00Z`;
      const logs: Array<{ at: string; status: ContactStatusKey }> = [];
      if (i % 6 === 0) logs.push({ at: `2025-05-${String(1 + i).padStart(2, '0')}T02:00:00Z`, status: 'no_answer' });
      if (status) logs.push({ at, status });
      await place(campaigns[i % 3], members[i % 20], people[i % 4], logs);
    }
    // One member still in a status the salon has since switched off.
    await place(campaigns[1], members[5], sp.b, [], { statusId: oldStatus.id });
    // Members in the recycle bin: in no report, whoever looks.
    for (const [i, owner] of [[0, sp.a], [1, sp.c]] as const) {
      const binned = await aMember(ds, tko, vip, { memberNo: `R00${i}`, deletedAt: new Date() });
      await place(campaigns[i], binned, owner, [{ at: '2025-06-05T02:00:00Z', status: 'no_answer' }], { memberHidden: true });
    }
  });

  afterAll(() => db.drop());

  /** The expected report, computed from the fixture: the entries matching the filter, grouped by the view. */
  function expected(view: View, filter: Filter, among: Entry[] = entries): Counts {
    const has = (ids: string[] | undefined, id: number | null) => !ids?.length || (id !== null && ids.includes(String(id)));
    const matching = among.filter((e) => !e.hidden
      && has(filter.campaignIds, e.campaign.id)
      && has(filter.salespersonIds, e.salesperson.id)
      && has(filter.branchIds, e.salesperson.branchId)
      && has(filter.salesGroupIds, e.salesperson.salesGroupId)
      && has(filter.memberGroupIds, e.member.groupId)
      && (!filter.contactedFrom && !filter.contactedTo
        || e.logDays.some((d) => (!filter.contactedFrom || d >= filter.contactedFrom) && (!filter.contactedTo || d <= filter.contactedTo))));
    const keyOf: Record<View, (e: Entry) => number> = {
      CAMPAIGN: (e) => e.campaign.id, BRANCH: (e) => e.salesperson.branchId, SALESPERSON: (e) => e.salesperson.id, MEMBER: (e) => e.member.id,
    };
    const out: Counts = { rows: {}, totals: {}, total: 0 };
    for (const e of matching) {
      const row = (out.rows[String(keyOf[view](e))] ??= {});
      row[e.statusId] = (row[e.statusId] ?? 0) + 1;
      out.totals[e.statusId] = (out.totals[e.statusId] ?? 0) + 1;
      out.total += 1;
    }
    return out;
  }

  /** `counts` less `less`, rows and cells falling to zero dropped. */
  function minus(counts: Counts, less: Counts): Counts {
    const subtract = (from: Record<string, number>, by: Record<string, number> = {}) =>
      Object.fromEntries(Object.entries(from).map(([k, n]) => [k, n - (by[k] ?? 0)]).filter(([, n]) => n !== 0));
    const rows = Object.fromEntries(Object.entries(counts.rows).map(([k, row]) => [k, subtract(row, less.rows[k])]).filter(([, row]) => Object.keys(row).length > 0));
    return { rows, totals: subtract(counts.totals, less.totals), total: counts.total - less.total };
  }

  const VIEWS: View[] = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'];

  describe('views (manager, no filter)', () => {
    it('counts every contact member outside the recycle bin', async () => {
      const result = await analysis(manager, 'CAMPAIGN');
      expect(result.totals.total).toBe(25);
      expect(countsOf(result)).toEqual(expected('CAMPAIGN', {}));
    });

    it.each(VIEWS)('%s: rows and totals as the fixture gives them', async (view) => {
      expect(countsOf(await analysis(manager, view))).toEqual(expected(view, {}));
    });

    it('CAMPAIGN: a row per campaign by code, with its code and name', async () => {
      const result = await analysis(manager, 'CAMPAIGN');
      expect(result.rows.nodes.map((r) => [r.code, r.name, r.total])).toEqual([['C1', 'Campaign C1', 8], ['C2', 'Campaign C2', 9], ['C3', 'Campaign C3', 8]]);
    });

    it('BRANCH: a row per branch of the responsible salesperson, not of the member', async () => {
      const result = await analysis(manager, 'BRANCH');
      expect(result.rows.nodes.map((r) => [r.code, r.name, r.total])).toEqual([['TKO', 'Tseung Kwan O', 13], ['TST', 'Tsim Sha Tsui', 12]]);
      expect(entries.some((e) => e.member.branchId !== e.salesperson.branchId && !e.hidden)).toBe(true);
    });

    it('SALESPERSON: a row per salesperson by staff code, with their name', async () => {
      const result = await analysis(manager, 'SALESPERSON');
      expect(result.rows.nodes.map((r) => [r.code, r.name, r.total])).toEqual([['D074', 'Bell Lau', 6], ['IS003', 'Candy Chan', 7], ['IS007', 'Apple Yu', 6], ['S007', 'Amy', 6]]);
    });

    it('MEMBER: a row per member across campaigns, by id, a page at a time, with the total count', async () => {
      const all = await analysis(manager, 'MEMBER');
      expect(all.rows.totalCount).toBe(20);
      const ids = all.rows.nodes.map((r) => Number(r.key));
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      const first = entries.find((e) => e.member.memberNo === 'F000')!.member;
      expect(all.rows.nodes[0]).toMatchObject({ key: String(first.id), code: 'F000', name: formatMemberName(first), total: 2 });

      const seen: Row[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await analysis(manager, 'MEMBER', {}, 7, after);
        expect(page.rows.totalCount).toBe(20);
        expect(page.totals).toEqual(all.totals);
        seen.push(...page.rows.nodes);
        if (!page.rows.pageInfo.hasNextPage) break;
        after = page.rows.pageInfo.endCursor!;
      }
      expect(seen.map((r) => r.key)).toEqual(all.rows.nodes.map((r) => r.key));
      expect(seen.length).toBe(20);
    });

    it('pages the small views too, by code', async () => {
      const first = await analysis(manager, 'SALESPERSON', {}, 3);
      expect(first.rows.nodes.map((r) => r.code)).toEqual(['D074', 'IS003', 'IS007']);
      expect(first.rows.pageInfo.hasNextPage).toBe(true);
      const rest = await analysis(manager, 'SALESPERSON', {}, 3, first.rows.pageInfo.endCursor!);
      expect(rest.rows.nodes.map((r) => r.code)).toEqual(['S007']);
      expect(rest.rows).toMatchObject({ pageInfo: { hasNextPage: false }, totalCount: 4 });
    });
  });

  describe('filters', () => {
    const FILTERS: Array<[string, () => Filter, number]> = [
      ['branch (of the salesperson)', () => ({ branchIds: [String(tst.id)] }), 12],
      ['campaigns', () => ({ campaignIds: [String(campaigns[0].id), String(campaigns[2].id)] }), 16],
      ['sales group', () => ({ salesGroupIds: [String(trainee.id)] }), 6],
      ['salesperson', () => ({ salespersonIds: [String(sp.a.id), String(sp.d.id)] }), 12],
      ['member group', () => ({ memberGroupIds: [String(vip.id)] }), 12],
      // 23:30 on 10 June in Hong Kong is the 10th there (15:30 UTC); 00:30 on the 11th is the 10th in UTC.
      ['contact range (salon days)', () => ({ contactedFrom: '2025-06-10', contactedTo: '2025-06-11' }), 2],
      ['contact range open at the end', () => ({ contactedFrom: '2025-06-20' }), 5],
      ['contact range open at the start, earlier logs too', () => ({ contactedTo: '2025-05-31' }), 4],
      ['several at once', () => ({ branchIds: [String(tko.id)], memberGroupIds: [String(fresh.id)], campaignIds: [String(campaigns[1].id)] }), 3],
    ];

    it.each(FILTERS)('%s: narrows every view to the matching contact members', async (_name, filter, total) => {
      for (const view of VIEWS) {
        const result = await analysis(manager, view, filter());
        expect([view, countsOf(result)]).toEqual([view, expected(view, filter())]);
        expect(result.totals.total).toBe(total);
      }
    });

    it('counts a contact member for a range it was contacted in, in its current status', async () => {
      const result = await analysis(manager, 'CAMPAIGN', { contactedFrom: '2025-05-13', contactedTo: '2025-05-13' });
      const entry = entries.find((e) => e.logDays[0] === '2025-05-13')!;
      expect(entry.statusId).not.toBe(statusIds.get('no_answer'));
      expect(countsOf(result)).toEqual({ rows: { [entry.campaign.id]: { [entry.statusId]: 1 } }, totals: { [entry.statusId]: 1 }, total: 1 });
    });

    it('names the chosen filters in the header', async () => {
      const result = await analysis(manager, 'CAMPAIGN', { campaignIds: [String(campaigns[2].id), String(campaigns[0].id)], salespersonIds: [String(sp.a.id)] });
      expect(result.filter).toEqual({ campaigns: [{ code: 'C1' }, { code: 'C3' }], branches: [], salespeople: [{ code: 'IS007' }] });
    });
  });

  describe('visibility', () => {
    const LEVELS: Array<[string, () => Promise<void>, () => Staff[]]> = [
      ['own members only (a salesperson\'s default)', async () => undefined, () => [sp.a]],
      ['staff of the own branch', () => setVisibility(ds, sp.a, { ownBranch: true }), () => [sp.a, sp.b]],
      ['an explicit list of staff', () => setVisibility(ds, sp.a, { staffIds: [sp.c.id] }), () => [sp.a, sp.c]],
    ];

    afterEach(async () => {
      await ds.query('DELETE FROM contact_visibility');
    });

    it.each(LEVELS)('%s: every view is the manager\'s less exactly the members the salesperson may not see', async (_name, rule, sees) => {
      await rule();
      const visible = new Set(sees().map((s) => s.id));
      const invisible = entries.filter((e) => !visible.has(e.salesperson.id));
      for (const filter of [{}, { campaignIds: [String(campaigns[1].id)] }] as Filter[]) {
        for (const view of VIEWS) {
          const mine = countsOf(await analysis(sp.a, view, filter));
          const managers = countsOf(await analysis(manager, view, filter));
          expect([view, mine]).toEqual([view, minus(managers, expected(view, filter, invisible))]);
          expect(mine.total).toBeLessThan(managers.total);
        }
      }
    });

    it('counts nothing of the recycle bin, whoever looks', async () => {
      await setVisibility(ds, sp.a, { all: true });
      const binned = entries.filter((e) => e.hidden);
      expect(binned).toHaveLength(2);
      for (const who of [manager, sp.a]) {
        const members = await analysis(who, 'MEMBER');
        expect(members.rows.nodes.map((r) => r.code).filter((c) => c.startsWith('R'))).toEqual([]);
        expect(members.totals.total).toBe(entries.length - binned.length);
      }
    });
  });

  describe('status columns', () => {
    it('show an inactive status some member still has, after the active ones in the configured order, and never an unused one', async () => {
      const result = await analysis(manager, 'CAMPAIGN');
      expect(result.columns.map((c) => [c.name, c.active])).toEqual([
        ['未通知', true], ['已預約', true], ['無人接聽', true], ['不需要', true], ['留言', true], ['舊狀態', false],
      ]);
      expect(result.columns.map((c) => c.id)).not.toContain(String(unusedStatus.id));
      const c2 = result.rows.nodes.find((r) => r.code === 'C2')!;
      expect(c2.cells.find((c) => c.statusId === String(oldStatus.id))).toEqual({ statusId: String(oldStatus.id), count: 1, ratio: ratioOf(1, c2.total) });
    });

    it('drop the inactive status when the filter leaves out the member who has it', async () => {
      const result = await analysis(manager, 'CAMPAIGN', { campaignIds: [String(campaigns[0].id)] });
      expect(result.columns.map((c) => c.name)).toEqual(['未通知', '已預約', '無人接聽', '不需要', '留言']);
    });
  });

  describe('validation', () => {
    it.each([
      [{ campaignIds: ['abc'] }, 'filter.campaignIds', 'en', ['campaign', 'not a valid id']],
      [{ memberGroupIds: ['0'] }, 'filter.memberGroupIds', 'zh-HK', ['會員組別', '編號格式不正確']],
      [{ salesGroupIds: ['x'] }, 'filter.salesGroupIds', 'en', ['sales group', 'not a valid id']],
      [{ contactedFrom: '2025-06-10', contactedTo: '2025-06-09' }, 'filter.contactedTo', 'en', ['contacted to', 'must not be before the start date']],
      [{ contactedFrom: '2025-06-10', contactedTo: '2025-06-09' }, 'filter.contactedTo', 'zh-HK', ['聯絡日期（至）', '不可早於開始日期']],
      [{ contactedFrom: '2025-02-30' }, 'filter.contactedFrom', 'zh-HK', ['聯絡日期（由）']],
    ])('refuses %o naming %s in %s', async (filter, field, locale, words) => {
      const res = await as(manager, ANALYSIS, { view: 'CAMPAIGN', filter }, locale);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      for (const word of words) expect(res.body.errors![0].message).toContain(word);
    });

    it('refuses an unknown view', async () => {
      const res = await as(manager, ANALYSIS, { view: 'REGION' });
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers nobody signed out', async () => {
      const res = await gql(ANALYSIS, { view: 'CAMPAIGN' });
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('statements per view', () => {
    const few = (): Filter => ({ campaignIds: [String(campaigns[0].id)], salespersonIds: [String(sp.a.id)] });
    const many = (): Filter => ({ campaignIds: campaigns.map((c) => String(c.id)), salespersonIds: Object.values(sp).map((s) => String(s.id)) });

    async function statements(view: View, filter: Filter, first = 100) {
      let rows = 0;
      const sql = await recordQueries(ds, async () => {
        rows = (await analysis(manager, view, filter, first)).rows.nodes.length;
      });
      return { sql, rows };
    }

    it.each(['CAMPAIGN', 'BRANCH', 'SALESPERSON'] as const)('%s: one grouped status query and one outcome query, however many rows', async (view) => {
      const one = await statements(view, few());
      const all = await statements(view, many());
      expect(one.rows).toBe(1);
      expect(all.rows).toBeGreaterThan(1);
      expect(all.sql.length).toBe(one.sql.length);
      const grouped = all.sql.filter((q) => /GROUP BY/i.test(q));
      expect(grouped).toHaveLength(2);
      expect(grouped.filter((q) => /appointments/i.test(q))).toHaveLength(1);
      // The viewer, their roles' permissions, branch and scope; the statuses and the success rule; the two counts; the rows' labels; the header's names and who ran it.
      expect(all.sql.length).toBeLessThanOrEqual(12);
    });

    it('MEMBER: the same statements for a page of 1 as for a page of 20', async () => {
      const one = await statements('MEMBER', many(), 1);
      const page = await statements('MEMBER', many(), 20);
      expect(one.rows).toBe(1);
      expect(page.rows).toBe(20);
      expect(page.sql.length).toBe(one.sql.length);
      // Besides the small views' reads: the page's member ids, its two grouped counts and names, and the row count.
      expect(page.sql.length).toBeLessThanOrEqual(16);
    });
  });

  // Last: booking writes contact logs dated now, which the fixture's expected counts above do not know.
  describe('appointment outcomes', () => {
    let out: Campaign;
    const booked: Array<{ cm: CampaignMember; appointmentId: string }> = [];

    async function ok(staff: Staff, query: string, variables: Record<string, unknown>) {
      const res = await as(staff, query, variables);
      expect(res.body.errors).toBeUndefined();
      return res.body.data!;
    }

    beforeAll(async () => {
      await openEveryDay(ds, tko);
      const beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { code: 'B001', displayName: 'Betty' });
      await worksEveryDay(ds, beautician, tko);
      await aRoom(ds, tko, 'Room 1');
      const facial = await aTreatment(ds, { code: 'AP03', durationMinutes: 30, roomType: 'facial' });
      out = await aContactCampaign(ds, 'OUT');
      for (let i = 0; i < 6; i += 1) {
        const member = await aMember(ds, tko, vip, { memberNo: `OUT${i}` });
        const cm = await aContactMember(ds, out, member, sp.a);
        const data = await ok(manager, BOOK, {
          input: {
            memberId: String(member.id), branchId: String(tko.id), beauticianId: String(beautician.id), treatmentId: String(facial.id),
            startsAt: hkAt(i + 1, 11).toISOString(), contactMemberId: String(cm.id),
          },
        });
        booked.push({ cm, appointmentId: data.bookAppointment.id });
      }
      const [, arrived, verified, completed, noShow, cancelled] = booked.map((b) => ({ id: b.appointmentId }));
      // Their day comes: a member arrives only on the visit's day (services/appointments/arrival-day.ts).
      for (const { id } of [arrived, verified, completed]) {
        const startsAt = new Date(Date.now() - 60_000);
        await ds.getRepository(Appointment).update({ id: Number(id) }, { startsAt, endsAt: startsAt, blockedUntil: startsAt });
      }
      await ok(manager, 'mutation($id: ID!) { arriveAppointment(id: $id) { id } }', arrived);
      await ok(manager, 'mutation($id: ID!) { arriveAppointment(id: $id, verify: true) { id } }', verified);
      await ok(manager, 'mutation($id: ID!) { arriveAppointment(id: $id) { id } }', completed);
      await ok(manager, 'mutation($id: ID!) { completeAppointment(id: $id) { id } }', completed);
      await ok(manager, 'mutation($id: ID!) { verifyAttendance(id: $id) { id } }', completed);
      await ok(manager, 'mutation($id: ID!) { markNoShow(id: $id) { id } }', noShow);
      await ok(manager, CANCEL, cancelled);
    });

    const EXPECTED = { booked: 6, arrived: 3, verified: 2, noShow: 1, cancelled: 1 };
    const NONE = { booked: 0, arrived: 0, verified: 0, noShow: 0, cancelled: 0 };

    it('counts booked, arrived (completed included), verified, no-show and cancelled per row and in the totals', async () => {
      const campaign = await analysis(manager, 'CAMPAIGN');
      expect(campaign.rows.nodes.map((r) => [r.code, r.outcomes])).toEqual([
        ['C1', NONE], ['C2', NONE], ['C3', NONE], ['OUT', EXPECTED],
      ]);
      expect(campaign.totals.outcomes).toEqual(EXPECTED);
      // Booking marks each contact booked; a cancelled booking leaves the status for the salesperson.
      const bookedStatus = String(statusIds.get('booked'));
      expect(campaign.rows.nodes.find((r) => r.code === 'OUT')!.cells.find((c) => c.statusId === bookedStatus)).toEqual({ statusId: bookedStatus, count: 6, ratio: 1 });

      const people = await analysis(manager, 'SALESPERSON');
      expect(people.rows.nodes.find((r) => r.code === 'IS007')!.outcomes).toEqual(EXPECTED);
      expect(people.rows.nodes.filter((r) => r.code !== 'IS007').map((r) => r.outcomes)).toEqual([NONE, NONE, NONE]);
      expect((await analysis(manager, 'BRANCH')).rows.nodes.map((r) => [r.code, r.outcomes])).toEqual([['TKO', EXPECTED], ['TST', NONE]]);
    });

    it('gives each member their own outcome in the member view, totals over every page', async () => {
      const result = await analysis(manager, 'MEMBER', { campaignIds: [String(out.id)] }, 4);
      expect(result.totals.outcomes).toEqual(EXPECTED);
      expect(result.rows.totalCount).toBe(6);
      expect(result.rows.nodes.map((r) => [r.code, r.outcomes])).toEqual([
        ['OUT0', { ...NONE, booked: 1 }],
        ['OUT1', { ...NONE, booked: 1, arrived: 1 }],
        ['OUT2', { ...NONE, booked: 1, arrived: 1, verified: 1 }],
        ['OUT3', { ...NONE, booked: 1, arrived: 1, verified: 1 }],
      ]);
      const rest = await analysis(manager, 'MEMBER', { campaignIds: [String(out.id)] }, 4, result.rows.pageInfo.endCursor!);
      expect(rest.rows.nodes.map((r) => [r.code, r.outcomes])).toEqual([
        ['OUT4', { ...NONE, booked: 1, noShow: 1 }],
        ['OUT5', { ...NONE, booked: 1, cancelled: 1 }],
      ]);
    });

    it('counts outcomes only of contact members the viewer may see', async () => {
      expect((await analysis(sp.a, 'CAMPAIGN')).totals.outcomes).toEqual(EXPECTED);
      expect((await analysis(sp.b, 'CAMPAIGN')).totals.outcomes).toEqual(NONE);
    });
  });
});

