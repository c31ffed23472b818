import { addTypenameToDocument } from '@apollo/client/utilities';
import ExcelJS from 'exceljs';
import { print, validate, type DocumentNode } from 'graphql';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportRoute } from '../../app/api/contacts/export/route';
import * as contactListDocuments from '../../components/contacts/list/contact-list-documents';
import { useDataSource } from '../../db/data-source';
import { CampaignMember, ContactSettings, Member, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { CONTACT_SORT_FIELDS, type ContactFilter, type ContactSort } from '../../services/contacts/contact-filter';
import { contactMembersPage, countContactMembers, contactListQuery } from '../../services/contacts/contact-list.service';
import { getSchema } from '../../graphql/schema';
import { followUpState } from '../../services/contacts/follow-up-state';
import { aContactCampaign, aContactLog, aContactMember, statusId } from '../helpers/contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor, type GraphQLResponse } from '../helpers/graphql-client';
import { aSearchableMember } from '../helpers/member-search-fixtures';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let apple: Staff;
let candy: Staff;
let tstSales: Staff;
let managerViewer: Viewer;
let managerCookie: string;
const rows: Record<string, CampaignMember> = {};
const labelOf = new Map<number, string>();

// Wednesday 11 June 2025, 12:00 in Hong Kong (the branches' zone).
const NOW = new Date('2025-06-11T04:00:00Z');
const HK = 'Asia/Hong_Kong';

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', timeZone: HK });
  const tst = await aBranch(ds, { code: 'TST', timeZone: HK });
  const trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B', displayName: 'HKB2B Support' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  tstSales = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau' });
  const member = (overrides: Partial<Member>, branch = tko) => aSearchableMember(ds, branch, trial, overrides);
  const a001 = await member({ memberNo: 'A001', lastName: '陳', firstName: '小麗', phone: '91234567' });
  const a002 = await member({ memberNo: 'A002', lastName: '黃', firstName: '美君', phone: '92345678', phone2: '61234567' });
  const a003 = await member({ memberNo: 'A003', lastName: '陳', firstName: '大文', phone: '93456789' });
  const w4 = await member({ memberNo: 'WeM-00004', lastName: 'Chan', firstName: 'Susan', phone: '23456789', phone2: '91234000' }, tst);
  const w5 = await member({ memberNo: 'WeM-00005', lastName: 'Wong', firstName: 'Mei', englishName: 'Mary', phone: '55556666' }, tst);
  const r001 = await member({ memberNo: 'R001', lastName: '陳', firstName: '回收', phone: '91231111', deletedAt: new Date('2025-06-01T00:00:00Z') });
  const june = await aContactCampaign(ds, 'Junebirth', { name: '6月生日會員優惠' });
  const may = await aContactCampaign(ds, 'Maybirth', { name: '5月生日會員優惠' });

  rows.j1 = await aContactMember(ds, june, a001, apple);
  await aContactLog(ds, rows.j1, { at: '2025-06-11T02:00:00Z', by: apple, note: '繁忙中', content: '6:30後聯絡', nextFollowUpAt: '2025-06-11T09:00:00Z' });
  rows.j2 = await aContactMember(ds, june, a002, apple, {
    bookedAt: new Date('2025-06-09T03:00:00Z'), attendanceVerifiedAt: new Date('2025-06-10T03:00:00Z'),
    sameDayInvoiceCents: 600000, sameDayProductCents: 0, sameDayTreatmentCents: 200000,
  });
  await aContactLog(ds, rows.j2, { at: '2025-06-09T03:00:00Z', by: apple, status: 'booked', note: '免費試做', nextFollowUpAt: '2025-06-05T02:00:00Z' });
  rows.j3 = await aContactMember(ds, june, a003, candy);
  rows.m4 = await aContactMember(ds, may, w4, tstSales, { sameDayInvoiceCents: 300000, sameDayProductCents: 300000, sameDayTreatmentCents: 0 });
  await aContactLog(ds, rows.m4, { at: '2025-05-20T02:00:00Z', by: tstSales, nextFollowUpAt: '2025-05-25T02:00:00Z' });
  await ds.getRepository(CampaignMember).update(rows.m4.id, { followUpClosedAt: new Date('2025-05-26T02:00:00Z'), followUpClosingNote: '已購買' });
  rows.m1 = await aContactMember(ds, may, a001, candy, { sameDayInvoiceCents: 0 });
  await aContactLog(ds, rows.m1, { at: '2025-05-01T02:00:00Z', by: candy });
  // 01:00 on the 11th in Hong Kong, still the 10th in UTC.
  await aContactLog(ds, rows.m1, { at: '2025-06-10T17:00:00Z', by: candy, method: 'sms', nextFollowUpAt: '2025-06-20T02:00:00Z' });
  rows.m5 = await aContactMember(ds, may, w5, tstSales);
  rows.m3 = await aContactMember(ds, may, a003, apple);
  // Same contact time as j2: the id breaks the tie.
  await aContactLog(ds, rows.m3, { at: '2025-06-09T03:00:00Z', by: apple });
  rows.hidden = await aContactMember(ds, june, r001, apple, { memberHidden: true });
  await aContactLog(ds, rows.hidden, { at: '2025-06-11T01:00:00Z', by: apple, nextFollowUpAt: '2025-06-11T05:00:00Z' });

  for (const [label, row] of Object.entries(rows)) {
    rows[label] = await ds.getRepository(CampaignMember).findOneByOrFail({ id: row.id });
    labelOf.set(row.id, label);
  }
  managerViewer = (await loadViewer(ds, manager.id, 'session'))!;
  managerCookie = await sessionCookieFor(manager);
});

afterAll(async () => {
  await db.drop();
});

const CONTEXT = { timeZone: HK, now: NOW };

async function labels(filter: ContactFilter, viewer: Viewer = managerViewer, sort?: ContactSort): Promise<string[]> {
  const page = await contactMembersPage(ds, viewer, filter, sort ?? { field: 'ASSIGNED', direction: 'ASC' }, { first: 100 }, CONTEXT);
  const count = await page.totalCount();
  expect(count).toBe(page.nodes.length);
  return page.nodes.map((n) => labelOf.get(n.id)!).sort();
}

const ALL = ['j1', 'j2', 'j3', 'm1', 'm3', 'm4', 'm5'];

describe('contact list filters (service, fixed clock)', () => {
  it('lists every visible contact member, never the recycle bin\'s', async () => {
    expect(await labels({})).toEqual(ALL);
    expect(await countContactMembers(await contactListQuery(ds, managerViewer, {}, CONTEXT))).toBe(7);
  });

  it('totals the unfiltered chain from the campaigns\' kept counts, less the recycle bin, as COUNT(*) would', async () => {
    const page = (filter: ContactFilter) => contactMembersPage(ds, managerViewer, filter, { field: 'ASSIGNED', direction: 'ASC' }, { first: 1 }, CONTEXT);
    expect(await (await page({})).totalCount()).toBe(7);
    expect(await (await page({ campaignIds: [], keyword: '' })).totalCount()).toBe(7);
    await ds.getRepository(CampaignMember).update({ id: rows.j1.id }, { memberHidden: true });
    try {
      expect(await (await page({})).totalCount()).toBe(6);
      expect(await countContactMembers(await contactListQuery(ds, managerViewer, {}, CONTEXT))).toBe(6);
    } finally {
      await ds.getRepository(CampaignMember).update({ id: rows.j1.id }, { memberHidden: false });
    }
  });

  it('filters by campaign, salesperson and status', async () => {
    const june = rows.j1.campaignId;
    expect(await labels({ campaignIds: [june] })).toEqual(['j1', 'j2', 'j3']);
    expect(await labels({ campaignIds: [rows.m1.campaignId] })).toEqual(['m1', 'm3', 'm4', 'm5']);
    expect(await labels({ salespersonIds: [apple.id] })).toEqual(['j1', 'j2', 'm3']);
    expect(await labels({ salespersonIds: [apple.id, tstSales.id] })).toEqual(['j1', 'j2', 'm3', 'm4', 'm5']);
    expect(await labels({ statusIds: [await statusId(ds, 'booked')] })).toEqual(['j2']);
    expect(await labels({ statusIds: [await statusId(ds, 'not_notified')] })).toEqual(['j3', 'm5']);
  });

  it('filters by booking and attendance verification', async () => {
    expect(await labels({ booked: true })).toEqual(['j2']);
    expect(await labels({ booked: false })).toEqual(['j1', 'j3', 'm1', 'm3', 'm4', 'm5']);
    expect(await labels({ attendanceVerified: true })).toEqual(['j2']);
    expect(await labels({ attendanceVerified: false })).toEqual(['j1', 'j3', 'm1', 'm3', 'm4', 'm5']);
  });

  it('filters by same-day invoice amounts, the thresholds coming from the contact settings', async () => {
    expect(await labels({ sameDayInvoice: 'INVOICE_POSITIVE' })).toEqual(['j2', 'm4']);
    expect(await labels({ sameDayInvoice: 'PRODUCT_POSITIVE' })).toEqual(['m4']);
    expect(await labels({ sameDayInvoice: 'TREATMENT_POSITIVE' })).toEqual(['j2']);
    expect(await labels({ sameDayInvoice: 'INVOICE_AT_LEAST' })).toEqual(['j2']);
    expect(await labels({ sameDayInvoice: 'PRODUCT_AT_LEAST' })).toEqual(['m4']);
    expect(await labels({ sameDayInvoice: 'TREATMENT_AT_LEAST' })).toEqual(['j2']);
    expect(await labels({ sameDayInvoice: 'NO_INVOICE' })).toEqual(['j1', 'j3', 'm1', 'm3', 'm5']);
    await ds.getRepository(ContactSettings).update(1, { invoiceThresholdCents: 250000, treatmentThresholdCents: 250000 });
    try {
      expect(await labels({ sameDayInvoice: 'INVOICE_AT_LEAST' })).toEqual(['j2', 'm4']);
      expect(await labels({ sameDayInvoice: 'TREATMENT_AT_LEAST' })).toEqual([]);
    } finally {
      await ds.getRepository(ContactSettings).update(1, { invoiceThresholdCents: 500000, treatmentThresholdCents: 100000 });
    }
  });

  it('matches the keyword against names, member numbers and either phone, by prefix', async () => {
    expect(await labels({ keyword: '陳小' })).toEqual(['j1', 'm1']);
    expect(await labels({ keyword: '陳 大' })).toEqual(['j3', 'm3']);
    expect(await labels({ keyword: 'Chan' })).toEqual(['m4']);
    expect(await labels({ keyword: 'susan' })).toEqual(['m4']);
    expect(await labels({ keyword: 'mary' })).toEqual(['m5']);
    expect(await labels({ keyword: 'a00' })).toEqual(['j1', 'j2', 'j3', 'm1', 'm3']);
    expect(await labels({ keyword: 'WeM-00005' })).toEqual(['m5']);
    expect(await labels({ keyword: '9123' })).toEqual(['j1', 'm1', 'm4']);
    expect(await labels({ keyword: '6123 ' })).toEqual(['j2']);
    expect(await labels({ keyword: '2345' })).toEqual(['m4']);
    // Prefixes only: the middle of a number does not match.
    expect(await labels({ keyword: '4567' })).toEqual([]);
    expect(await labels({ keyword: '回收' })).toEqual([]);
  });

  it('keeps members with ANY contact log on the salon days of the range', async () => {
    expect(await labels({ contactedFrom: '2025-05-01', contactedTo: '2025-05-01' })).toEqual(['m1']);
    expect(await labels({ contactedFrom: '2025-06-11', contactedTo: '2025-06-11' })).toEqual(['j1', 'm1']);
    expect(await labels({ contactedFrom: '2025-05-20', contactedTo: '2025-06-09' })).toEqual(['j2', 'm3', 'm4']);
    expect(await labels({ contactedFrom: '2025-06-10' })).toEqual(['j1', 'm1']);
    expect(await labels({ contactedTo: '2025-05-19' })).toEqual(['m1']);
  });

  it('answers the quick options from the salon\'s today and week', async () => {
    expect(await labels({ quick: 'CONTACTED_TODAY' })).toEqual(['j1', 'm1']);
    expect(await labels({ quick: 'CONTACTED_THIS_WEEK' })).toEqual(['j1', 'j2', 'm1', 'm3']);
    expect(await labels({ quick: 'FOLLOW_UP_DUE_TODAY' })).toEqual(['j1']);
    // m4's follow-up date has passed too, but it was ended.
    expect(await labels({ quick: 'FOLLOW_UP_OVERDUE' })).toEqual(['j2']);
    const nextDay = { ...CONTEXT, now: new Date('2025-06-11T16:30:00Z') };
    const page = await contactMembersPage(ds, managerViewer, { quick: 'FOLLOW_UP_OVERDUE' }, { field: 'ASSIGNED', direction: 'ASC' }, { first: 10 }, nextDay);
    expect(page.nodes.map((n) => labelOf.get(n.id)).sort()).toEqual(['j1', 'j2']);
  });

  it('combines filters', async () => {
    expect(await labels({ campaignIds: [rows.j1.campaignId], salespersonIds: [apple.id], booked: false })).toEqual(['j1']);
    expect(await labels({ keyword: '陳', quick: 'CONTACTED_TODAY' })).toEqual(['j1', 'm1']);
    expect(await labels({ keyword: 'a00', contactedFrom: '2025-06-09', contactedTo: '2025-06-09', salespersonIds: [apple.id] })).toEqual(['j2', 'm3']);
    expect(await labels({ statusIds: [await statusId(ds, 'no_answer')], sameDayInvoice: 'NO_INVOICE', campaignIds: [rows.m1.campaignId] })).toEqual(['m1', 'm3']);
  });
});

/** The order a sort must give, worked out here from the rows themselves. */
function expectedOrder(sort: ContactSort, memberNos: Map<number, string>): string[] {
  const visible = ALL.map((label) => rows[label]);
  const dir = sort.direction === 'ASC' ? 1 : -1;
  const key = (row: CampaignMember): string | number | null => {
    switch (sort.field) {
      case 'LAST_CONTACT': return row.lastContactAt?.getTime() ?? null;
      case 'NEXT_FOLLOW_UP': return row.nextFollowUpAt?.getTime() ?? null;
      case 'MEMBER_NO': return memberNos.get(row.memberId)!;
      case 'ASSIGNED': return row.id;
    }
  };
  return visible
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null && kb === null) return dir * (a.id - b.id);
      if (ka === null) return 1;
      if (kb === null) return -1;
      if (ka !== kb) return ka < kb ? -dir : dir;
      return dir * (a.id - b.id);
    })
    .map((row) => labelOf.get(row.id)!);
}

describe('contact list sort and paging', () => {
  it('sorts by last contact, newest first, never-contacted last, by default', async () => {
    const res = await gql(`{ contactMembers(first: 20) { nodes { id } } }`, {}, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    const order = res.body.data!.contactMembers.nodes.map((n: { id: string }) => labelOf.get(Number(n.id)));
    expect(order).toEqual(['j1', 'm1', 'm3', 'j2', 'm4', 'm5', 'j3']);
  });

  it.each(CONTACT_SORT_FIELDS.flatMap((field) => (['ASC', 'DESC'] as const).map((direction) => ({ field, direction }))))(
    'pages through %o without duplicates or gaps, NULL rows included',
    async (sort) => {
      const memberNos = new Map((await ds.getRepository(Member).find()).map((m) => [m.id, m.memberNo]));
      const expected = expectedOrder(sort, memberNos);
      for (const size of [1, 2, 3, 100]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const page = await contactMembersPage(ds, managerViewer, {}, sort, { first: size, after }, CONTEXT);
          seen.push(...page.nodes.map((n) => labelOf.get(n.id)!));
          if (!page.hasNextPage) break;
          after = page.cursorOf(page.nodes[page.nodes.length - 1]);
        }
        expect(seen).toEqual(expected);
      }
    },
  );

  it('pages through GraphQL with a filter and keeps the total', async () => {
    const query = `query($after: String) { contactMembers(filter: { keyword: "a00" }, sort: { field: MEMBER_NO, direction: DESC }, first: 2, after: $after) {
      nodes { member { memberNo } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse = await gql(query, { after }, { cookie: managerCookie });
      expect(res.body.errors).toBeUndefined();
      const connection: { nodes: Array<{ member: { memberNo: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } =
        res.body.data!.contactMembers;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.nodes.map((n) => n.member.memberNo));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['A003', 'A003', 'A002', 'A001', 'A001']);
  });

  it('refuses a cursor it did not hand out, naming the field', async () => {
    const res = await gql(`{ contactMembers(first: 2, after: "bm9wZQ") { nodes { id } } }`, {}, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('contact list bounded walk of the sort index', () => {
  // Small walks over the fixture's rows reach every path: a walk that fills the page, one that
  // ends inside the order and hands over to the filter's own matches, and one that runs off the
  // end of the index. Every path must page exactly as the plain read (walk turned off) does.
  const FILTERS: ContactFilter[] = [
    { keyword: 'a00' },
    { keyword: '陳' },
    { contactedFrom: '2025-06-09', contactedTo: '2025-06-11' },
    { contactedFrom: '2025-05-01', contactedTo: '2025-06-10', keyword: 'a00' },
    { quick: 'CONTACTED_THIS_WEEK' },
  ];
  const SORTS: ContactSort[] = [
    { field: 'LAST_CONTACT', direction: 'DESC' },
    { field: 'LAST_CONTACT', direction: 'ASC' },
    { field: 'NEXT_FOLLOW_UP', direction: 'ASC' },
    { field: 'ASSIGNED', direction: 'DESC' },
  ];

  async function pageAll(filter: ContactFilter, sort: ContactSort, size: number, walkRows: number): Promise<string[]> {
    const context = { ...CONTEXT, walk: { rows: walkRows, fewKeywordMembers: 0 } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page = await contactMembersPage(ds, managerViewer, filter, sort, { first: size, after }, context);
      seen.push(...page.nodes.map((n) => labelOf.get(n.id)!));
      if (!page.hasNextPage) return seen;
      after = page.cursorOf(page.nodes[page.nodes.length - 1]);
    }
    throw new Error('did not reach the end');
  }

  it.each(FILTERS.flatMap((filter) => SORTS.map((sort) => [filter, sort] as const)))('pages %o in %o exactly as without the walk', async (filter, sort) => {
    const plain = await pageAll(filter, sort, 100, 0);
    expect(plain.length).toBeGreaterThan(0);
    for (const walkRows of [1, 2, 3, 1000]) {
      for (const size of [1, 2, 3]) expect(await pageAll(filter, sort, size, walkRows)).toEqual(plain);
    }
  });

  it('finds the same rows as the expected semantics: any log in the range, newest contact first', async () => {
    // m1's latest log is on the 11th (HK), its older one on 1 May: a range over 1 May finds it by the old log.
    const context = { ...CONTEXT, walk: { rows: 2, fewKeywordMembers: 0 } };
    const page = await contactMembersPage(ds, managerViewer, { contactedFrom: '2025-05-01', contactedTo: '2025-05-01' }, { field: 'LAST_CONTACT', direction: 'DESC' }, { first: 10 }, context);
    expect(page.nodes.map((n) => labelOf.get(n.id))).toEqual(['m1']);
    const week = await contactMembersPage(ds, managerViewer, { contactedFrom: '2025-06-09', contactedTo: '2025-06-11' }, { field: 'LAST_CONTACT', direction: 'DESC' }, { first: 10 }, context);
    expect(week.nodes.map((n) => labelOf.get(n.id))).toEqual(['j1', 'm1', 'm3', 'j2']);
    expect(await week.totalCount()).toBe(4);
  });

  it('answers a request for the total alone without reading a page, with the same total', async () => {
    const filter = { keyword: 'a00' };
    const both = await gql(`query($f: ContactFilterInput) { contactMembers(filter: $f, first: 1) { nodes { id } totalCount } }`, { f: filter }, { cookie: managerCookie });
    let alone: GraphQLResponse | undefined;
    const aloneStatements = await countQueries(ds, async () => {
      alone = await gql(`query($f: ContactFilterInput) { contactMembers(filter: $f) { totalCount } }`, { f: filter }, { cookie: managerCookie });
    });
    const bothStatements = await countQueries(ds, async () => {
      await gql(`query($f: ContactFilterInput) { contactMembers(filter: $f, first: 1) { nodes { id } totalCount } }`, { f: filter }, { cookie: managerCookie });
    });
    expect(alone!.body.errors).toBeUndefined();
    expect(alone!.body.data!.contactMembers.totalCount).toBe(5);
    expect(both.body.data!.contactMembers.totalCount).toBe(5);
    // The page's ordered read and its rows are skipped.
    expect(aloneStatements).toBeLessThanOrEqual(bothStatements - 2);
  });

  it('lists follow-up quick options by next follow-up, soonest first, when no sort is given', async () => {
    const res = await gql(`{ overdue: contactMembers(filter: { quick: FOLLOW_UP_OVERDUE }, first: 10) { nodes { id } }
      all: contactMembers(first: 10) { nodes { id } } }`, {}, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => labelOf.get(Number(n.id)));
    expect(ids(res.body.data!.all.nodes)[0]).toBe('j1');
    const overdue: CampaignMember[] = Object.values(rows)
      .filter((r) => !r.memberHidden && !r.followUpClosedAt && r.nextFollowUpAt && r.nextFollowUpAt < new Date())
      .sort((a, b) => a.nextFollowUpAt!.getTime() - b.nextFollowUpAt!.getTime() || a.id - b.id);
    expect(overdue.length).toBeGreaterThan(1);
    expect(ids(res.body.data!.overdue.nodes)).toEqual(overdue.map((r) => labelOf.get(r.id)));
  });
});

describe('contact list through GraphQL', () => {
  const ROW = `id lastContactAt nextFollowUpAt followUpState followUpClosedAt followUpClosingNote bookedAt attendanceVerifiedAt createdAt updatedAt
    campaign { code name } member { memberNo phone } salesperson { code displayName } status { id name key }
    lastLog { id note content contactedAt }`;

  it('returns every field of a row, the follow-up state from the branch\'s today', async () => {
    const res = await gql(`{ contactMembers(sort: { field: ASSIGNED, direction: ASC }, first: 10) { nodes { ${ROW} } totalCount } }`, {}, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.contactMembers.nodes;
    expect(res.body.data!.contactMembers.totalCount).toBe(7);
    const j1 = nodes.find((n: { id: string }) => Number(n.id) === rows.j1.id);
    expect(j1).toMatchObject({
      campaign: { code: 'Junebirth', name: '6月生日會員優惠' },
      member: { memberNo: 'A001', phone: '91234567' },
      salesperson: { code: 'IS007', displayName: 'Apple Yu' },
      status: { key: 'no_answer' },
      lastLog: { note: '繁忙中', content: '6:30後聯絡', contactedAt: '2025-06-11T02:00:00.000Z' },
      lastContactAt: '2025-06-11T02:00:00.000Z',
      nextFollowUpAt: '2025-06-11T09:00:00.000Z',
      followUpState: followUpState(rows.j1, new Date(), HK),
    });
    const j3 = nodes.find((n: { id: string }) => Number(n.id) === rows.j3.id);
    expect(j3).toMatchObject({ lastLog: null, lastContactAt: null, followUpState: 'NOT_FOLLOWED', status: { key: 'not_notified' } });
    const m4 = nodes.find((n: { id: string }) => Number(n.id) === rows.m4.id);
    expect(m4).toMatchObject({ followUpState: 'CLOSED', followUpClosingNote: '已購買' });
  });

  it('filters through GraphQL with the input\'s names', async () => {
    const res = await gql(
      `query($f: ContactFilterInput) { contactMembers(filter: $f, first: 10) { nodes { id } totalCount } }`,
      { f: { campaignIds: [String(rows.j1.campaignId)], booked: false, sameDayInvoice: 'NO_INVOICE', keyword: '' } },
      { cookie: managerCookie },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.contactMembers.nodes.map((n: { id: string }) => labelOf.get(Number(n.id))).sort()).toEqual(['j1', 'j3']);
  });

  it.each([
    [{ contactedFrom: '2025-02-30' }, 'filter.contactedFrom'],
    [{ contactedFrom: '2025-06-10', contactedTo: '2025-06-09' }, 'filter.contactedTo'],
    [{ keyword: 'x'.repeat(51) }, 'filter.keyword'],
    [{ campaignIds: ['abc'] }, 'filter.campaignIds'],
  ])('refuses %o naming %s', async (filter, field) => {
    const res = await gql(`query($f: ContactFilterInput) { contactMembers(filter: $f) { nodes { id } } }`, { f: filter }, { cookie: managerCookie, locale: 'en' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('finds one contact member, and NOT_FOUND for one in the recycle bin', async () => {
    const found = await gql(`query($id: ID!) { contactMember(id: $id) { id member { memberNo } } }`, { id: String(rows.m4.id) }, { cookie: managerCookie });
    expect(found.body.data!.contactMember.member.memberNo).toBe('WeM-00004');
    const hidden = await gql(`query($id: ID!) { contactMember(id: $id) { id } }`, { id: String(rows.hidden.id) }, { cookie: managerCookie });
    expect(hidden.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missing = await gql(`query($id: ID!) { contactMember(id: $id) { id } }`, { id: '999999' }, { cookie: managerCookie });
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('offers the salespeople who hold visible contact members, by name', async () => {
    const res = await gql(`{ contactSalespeople(first: 2) { nodes { code } pageInfo { hasNextPage endCursor } totalCount } }`, {}, { cookie: managerCookie });
    expect(res.body.data!.contactSalespeople).toMatchObject({ nodes: [{ code: 'IS007' }, { code: 'D074' }], totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await gql(`query($after: String) { contactSalespeople(first: 2, after: $after) { nodes { code } pageInfo { hasNextPage } } }`, {
      after: res.body.data!.contactSalespeople.pageInfo.endCursor,
    }, { cookie: managerCookie });
    expect(rest.body.data!.contactSalespeople).toEqual({ nodes: [{ code: 'IS003' }], pageInfo: { hasNextPage: false } });
  });
});

describe('contact list export', () => {
  function exportRequest(query: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const url = new URL('http://localhost/api/contacts/export');
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return exportRoute(new NextRequest(url, { headers }));
  }

  async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook.worksheets[0];
  }

  it('exports the list\'s columns for a filter and sort, times in the branch\'s zone', async () => {
    const response = await exportRequest(
      { filter: JSON.stringify({ campaignIds: [String(rows.j1.campaignId)] }), sort: JSON.stringify({ field: 'LAST_CONTACT', direction: 'DESC' }), locale: 'zh-HK' },
      { cookie: managerCookie },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const sheet = await sheetOf(response);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '活動', '會員名稱', '會員編號', '電話號碼', '聯絡銷售員', '聯絡日期時間', '聯絡方法', '聯絡狀態', '最新備註', '聯絡內容', '下次跟進', '跟進狀態',
      '預約分店', '預約日期時間', '預約備註', '預約狀態', '出席備註', '出席驗證', '驗證員工', '驗證日期', '驗證備註',
    ]);
    expect(sheet.rowCount).toBe(4);
    const first = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(first.slice(0, 5)).toEqual(['6月生日會員優惠 (Junebirth)', '陳小麗', 'A001', '91234567', 'Apple Yu (IS007)']);
    // 02:00 UTC is 10:00 in Hong Kong; Excel gets the wall-clock time.
    expect((first[5] as Date).toISOString()).toBe('2025-06-11T10:00:00.000Z');
    expect(first.slice(6, 10)).toEqual(['電話', '無人接聽', '繁忙中', '6:30後聯絡']);
    expect((sheet.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['6月生日會員優惠 (Junebirth)', '陳大文', 'A003']);
  });

  it('refuses a bad filter naming the field, and anonymous callers', async () => {
    const bad = await exportRequest({ filter: JSON.stringify({ contactedFrom: 'yesterday' }), locale: 'en' }, { cookie: managerCookie });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactedFrom' });
    const notJson = await exportRequest({ filter: '{oops' }, { cookie: managerCookie });
    expect(notJson.status).toBe(400);
    const anonymous = await exportRequest({});
    expect(anonymous.status).toBe(401);
  });
});

describe('the contact list\'s documents', () => {
  // The typed documents the pages send, each with the fragments it spreads and, as Apollo Client
  // sends them, __typename on every selection: within the API's cost and depth limits.
  const docs = new Map<string, DocumentNode>();
  for (const value of Object.values(contactListDocuments)) {
    const document = value as DocumentNode;
    const operation = typeof value === 'object' ? document.definitions.find((d) => d.kind === 'OperationDefinition') : undefined;
    if (operation?.name) docs.set(operation.name.value, document);
  }
  async function run(cookie: string, name: string, variables: Record<string, unknown> = {}) {
    const res = await gql(print(addTypenameToDocument(docs.get(name)!)), variables, { cookie, locale: 'en' });
    expect([name, res.status, res.body.errors]).toEqual([name, 200, undefined]);
    return res.body.data!;
  }

  it('are valid against the schema', async () => {
    const schema = await getSchema();
    expect([...docs.keys()].sort()).toEqual(['ContactList', 'ContactListOptions', 'ContactListTotal', 'ReassignContactMembers', 'ReassignTargets']);
    for (const [name, document] of docs) expect([name, validate(schema, document).map((e) => e.message)]).toEqual([name, []]);
  });

  it('load the choices, a page, the next page and the total as the list does', async () => {
    const options = await run(managerCookie, 'ContactListOptions');
    expect(options.campaigns.nodes.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['Junebirth', 'Maybirth']));
    expect(options.contactSalespeople.nodes.map((s: { code: string }) => s.code).sort()).toEqual(['D074', 'IS003', 'IS007']);
    expect(options.contactSettings).toEqual(expect.objectContaining({ invoiceThresholdCents: expect.any(Number) }));
    expect((await run(managerCookie, 'ReassignTargets')).staffMembers.nodes.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['IS003', 'IS007', 'D074']));

    const filter = { campaignIds: [String(rows.j1.campaignId)] };
    const sort = { field: 'MEMBER_NO', direction: 'ASC' };
    const first = (await run(managerCookie, 'ContactList', { filter, sort, first: 2, after: null })).contactMembers;
    expect(first.edges.map((e: { node: { member: { memberNo: string } } }) => e.node.member.memberNo)).toEqual(['A001', 'A002']);
    expect(first.edges[0].node).toMatchObject({ campaign: { code: 'Junebirth' }, salesperson: { code: 'IS007' }, lastLog: { note: '繁忙中', method: { label: expect.any(String) } } });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await run(managerCookie, 'ContactList', { filter, sort, first: 2, after: first.pageInfo.endCursor })).contactMembers;
    expect(rest.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([rows.j3.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await run(managerCookie, 'ContactListTotal', { filter })).contactMembers.totalCount).toBe(3);
  });

  it('reassign ticked rows as the list does', async () => {
    const moved = await run(managerCookie, 'ReassignContactMembers', { ids: [String(rows.j3.id)], salespersonId: String(apple.id) });
    expect(moved.reassignContactMembers).toBe(1);
    await run(managerCookie, 'ReassignContactMembers', { ids: [String(rows.j3.id)], salespersonId: String(candy.id) });
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: rows.j3.id })).salespersonId).toBe(candy.id);
  });
});
