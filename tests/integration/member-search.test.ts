import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Member, type Branch, type CustomField, type Staff } from '../../entities';
import { CustomFieldType } from '../../entities/custom-field.entity';
import { Gender } from '../../services/members/gender';
import { StaffRole } from '../../services/staff/staff-role';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import type { MemberFilter } from '../../services/members/member-filter';
import { MemberSearchService, type MemberSort } from '../../services/members/member-search.service';
import { quickLookup } from '../../services/members/quick-lookup.service';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aCampaign, aCustomField, aSearchableMember, anInterestGroup } from '../helpers/member-search-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let apple: Staff;
let candy: Staff;
let tstSales: Staff;
let managerCookie: string;
let salesCookie: string;
const ids: Record<string, string> = {};
let skinType: CustomField;
let note: CustomField;

const SEARCH = `query($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int, $after: String) {
  memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { memberNo }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const LOOKUP = `query($term: String!, $first: Int) { quickLookup(term: $term, first: $first) { nodes { memberNo } pageInfo { hasNextPage } totalCount } }`;

const VISIBLE = ['A001', 'A002', 'A003', 'K000001', 'WeM-00004', 'WeM-00005'];

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  const trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial', sortOrder: 2 });
  const vipg = await aMemberGroup(ds, { code: 'VIPG', name: 'VIP Gold', sortOrder: 5 });
  const deleted = await aMemberGroup(ds, { code: 'DELETED', name: 'Deleted', isDeletedGroup: true, sortOrder: 7 });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  tstSales = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074' });
  await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS999', active: false });
  await aStaff(ds, tko, [StaffRole.FRONT_DESK], { code: 'FD001' });
  const at = (iso: string) => new Date(iso);
  const m = {
    A001: await aSearchableMember(ds, tko, trial, {
      memberNo: 'A001', lastName: '陳', firstName: '小麗', idCard: 'A1234567', phone: '91234567', birthday: '1990-06-15', createdAt: at('2024-01-10T02:00:00Z'),
    }),
    A002: await aSearchableMember(ds, tko, trial, {
      memberNo: 'A002', lastName: '黃', firstName: '美君', idCard: 'B7654321', phone: '92345678', phone2: '61234567', birthday: '1985-05-20',
      createdAt: at('2024-02-10T05:00:00Z'),
    }),
    A003: await aSearchableMember(ds, tko, vipg, {
      memberNo: 'A003', lastName: '陳', firstName: '大文', gender: Gender.MALE, phone: '93456789', birthday: '1992-06-01', createdAt: at('2024-02-10T05:00:00Z'),
    }),
    A004: await aSearchableMember(ds, tko, deleted, { memberNo: 'A004', lastName: '李', firstName: '嘉欣', phone: '94567890', createdAt: at('2024-04-10T00:00:00Z') }),
    K000001: await aSearchableMember(ds, tko, trial, {
      memberNo: 'K000001', lastName: '張', gender: Gender.UNKNOWN, phone: '91239999', isWalkIn: true, createdAt: at('2024-03-10T23:30:00Z'),
    }),
    'WeM-00004': await aSearchableMember(ds, tst, vipg, {
      memberNo: 'WeM-00004', lastName: 'Chan', firstName: 'Susan', phone: '23456789', phone2: '91234000', birthday: '1988-12-01', createdAt: at('2023-12-01T00:00:00Z'),
    }),
    'WeM-00005': await aSearchableMember(ds, tst, trial, {
      memberNo: 'WeM-00005', lastName: 'Wong', firstName: 'Mei', englishName: 'Mary', phone: '55556666', createdAt: at('2024-06-10T00:00:00Z'),
    }),
    R001: await aSearchableMember(ds, tko, trial, { memberNo: 'R001', lastName: '陳', firstName: '回收', phone: '91231111', birthday: '1990-06-02' }),
  };
  // Moved to the recycle bin directly, as the delete mutation would.
  await ds.getRepository(Member).update({ id: m.R001.id }, { deletedAt: new Date(), deletedById: manager.id });
  for (const [no, member] of Object.entries(m)) ids[no] = String(member.id);
  Object.assign(ids, { TKO: String(tko.id), TST: String(tst.id), TRIAL: String(trial.id), VIPG: String(vipg.id), DELETED: String(deleted.id) });
  ids.IS007 = String(apple.id);
  ids.IS003 = String(candy.id);
  ids.IG1 = String((await anInterestGroup(ds, 'IG1', [m.A001, m['WeM-00004'], m.R001])).id);
  ids.IG2 = String((await anInterestGroup(ds, 'IG2', [m.A003, m['WeM-00004']])).id);
  ids.Junebirth = String((await aCampaign(ds, 'Junebirth', [[m.A001, apple], [m.A002, apple], [m.A003, candy], [m.R001, apple]])).id);
  ids.VIP = String((await aCampaign(ds, 'VIP', [[m['WeM-00004'], tstSales]])).id);
  skinType = await aCustomField(ds, 'skinType', CustomFieldType.SELECT, [[m.A001, '乾性'], [m.A002, '油性']]);
  note = await aCustomField(ds, 'note', CustomFieldType.TEXT, [[m.A001, 'likes tea'], [m.A003, 'likes coffee'], [m.R001, 'likes tea']]);
  managerCookie = await sessionCookieFor(manager);
  salesCookie = await sessionCookieFor(apple);
});

afterAll(() => db.drop());

async function search(filter: Record<string, unknown> | null, options: { cookie?: string; sort?: Record<string, string>; first?: number; after?: string } = {}) {
  const res = await gql(SEARCH, { filter, sort: options.sort, first: options.first ?? 100, after: options.after }, { cookie: options.cookie ?? managerCookie });
  expect(res.body.errors).toBeUndefined();
  const connection = res.body.data!.memberSearch;
  return { numbers: connection.nodes.map((n: { memberNo: string }) => n.memberNo) as string[], total: connection.totalCount as number, connection };
}

describe('memberSearch filters, one at a time (manager)', () => {
  const cases: Array<[string, () => Record<string, unknown>, string[]]> = [
    ['no filter: every visible member, not the Deleted group or the recycle bin', () => ({}), VISIBLE],
    ['branch', () => ({ branchIds: [ids.TST] }), ['WeM-00004', 'WeM-00005']],
    ['member group', () => ({ groupIds: [ids.VIPG] }), ['A003', 'WeM-00004']],
    ['the Deleted group alone', () => ({ groupIds: [ids.DELETED] }), ['A004']],
    ['the Deleted group with another', () => ({ groupIds: [ids.TRIAL, ids.DELETED] }), ['A001', 'A002', 'A004', 'K000001', 'WeM-00005']],
    ['member number prefix', () => ({ memberNo: 'WeM' }), ['WeM-00004', 'WeM-00005']],
    ['member number prefix not reaching the Deleted group', () => ({ memberNo: 'A00' }), ['A001', 'A002', 'A003']],
    ['Chinese surname', () => ({ name: '陳' }), ['A001', 'A003']],
    ['given name first', () => ({ name: '小麗' }), ['A001']],
    ['English name in either order, any case and spacing', () => ({ name: 'Chan S' }), ['WeM-00004']],
    ['given name before surname', () => ({ name: 'susan' }), ['WeM-00004']],
    ['English name', () => ({ name: 'mary' }), ['WeM-00005']],
    ['ID card prefix, any case', () => ({ idCard: 'a12' }), ['A001']],
    ['gender male', () => ({ gender: 'MALE' }), ['A003']],
    ['gender not given', () => ({ gender: 'UNKNOWN' }), ['K000001']],
    ['phone prefix on either phone', () => ({ phone: '9123' }), ['A001', 'K000001', 'WeM-00004']],
    ['phone prefix with separators, second phone', () => ({ phone: '6123-4' }), ['A002']],
    ['birthday month', () => ({ birthMonth: 6 }), ['A001', 'A003']],
    ['join date range, both ends inclusive', () => ({ joinedFrom: '2024-02-10', joinedTo: '2024-03-10' }), ['A002', 'A003', 'K000001']],
    ['joined from', () => ({ joinedFrom: '2024-03-11' }), ['WeM-00005']],
    ['joined to', () => ({ joinedTo: '2023-12-01' }), ['WeM-00004']],
    ['interest group', () => ({ interestGroupIds: [ids.IG2] }), ['A003', 'WeM-00004']],
    ['in a campaign', () => ({ inCampaign: { kind: 'CAMPAIGN', campaignId: ids.Junebirth } }), ['A001', 'A002', 'A003']],
    ['in any campaign', () => ({ inCampaign: { kind: 'ANY' } }), ['A001', 'A002', 'A003', 'WeM-00004']],
    ['in no campaign', () => ({ inCampaign: { kind: 'NONE' } }), ['K000001', 'WeM-00005']],
    ['not in a campaign', () => ({ notInCampaign: { kind: 'CAMPAIGN', campaignId: ids.Junebirth } }), ['K000001', 'WeM-00004', 'WeM-00005']],
    ['not in any campaign', () => ({ notInCampaign: { kind: 'ANY' } }), ['K000001', 'WeM-00005']],
    ['not in no campaign', () => ({ notInCampaign: { kind: 'NONE' } }), ['A001', 'A002', 'A003', 'WeM-00004']],
    ['campaign salesperson', () => ({ campaignSalespersonId: ids.IS007 }), ['A001', 'A002']],
    ['members only', () => ({ kind: 'MEMBERS' }), ['A001', 'A002', 'A003', 'WeM-00004', 'WeM-00005']],
    ['walk-ins only', () => ({ kind: 'WALK_INS' }), ['K000001']],
    ['members and walk-ins', () => ({ kind: 'ALL' }), VISIBLE],
    ['select custom field, exact', () => ({ customFields: [{ fieldId: String(skinType.id), value: '乾性' }] }), ['A001']],
    ['text custom field, prefix', () => ({ customFields: [{ fieldId: String(note.id), value: 'likes' }] }), ['A001', 'A003']],
    ['text custom field, longer prefix', () => ({ customFields: [{ fieldId: String(note.id), value: 'likes t' }] }), ['A001']],
    ['empty text filters mean all', () => ({ memberNo: '', name: ' ', phone: '', branchIds: [] }), VISIBLE],
  ];
  it.each(cases)('%s', async (_label, filter, expected) => {
    const { numbers, total } = await search(filter());
    expect(numbers).toEqual(expected);
    expect(total).toBe(expected.length);
  });
});

describe('memberSearch filters combined', () => {
  it('branch + gender + birthday month', async () => {
    expect((await search({ branchIds: [ids.TKO], gender: 'FEMALE', birthMonth: 6 })).numbers).toEqual(['A001']);
  });
  it('group + phone + members only', async () => {
    expect((await search({ groupIds: [ids.TRIAL], phone: '9123', kind: 'MEMBERS' })).numbers).toEqual(['A001']);
  });
  it('in a campaign with its salesperson', async () => {
    const filter = { inCampaign: { kind: 'CAMPAIGN', campaignId: ids.Junebirth }, campaignSalespersonId: ids.IS003 };
    expect((await search(filter)).numbers).toEqual(['A003']);
  });
  it('in any campaign but not in one, with an interest group', async () => {
    const filter = { inCampaign: { kind: 'ANY' }, notInCampaign: { kind: 'CAMPAIGN', campaignId: ids.Junebirth }, interestGroupIds: [ids.IG1, ids.IG2] };
    expect((await search(filter)).numbers).toEqual(['WeM-00004']);
  });
});

describe('visibility', () => {
  it('shows a salesperson only the members of their branch, counts included', async () => {
    expect(await search({}, { cookie: salesCookie })).toMatchObject({ numbers: ['A001', 'A002', 'A003', 'K000001'], total: 4 });
    expect(await search({ branchIds: [ids.TST] }, { cookie: salesCookie })).toMatchObject({ numbers: [], total: 0 });
    expect(await search({ phone: '9123' }, { cookie: salesCookie })).toMatchObject({ numbers: ['A001', 'K000001'], total: 2 });
    // Campaign conditions run over the places her contact scope shows: A003 is Candy's contact.
    expect(await search({ inCampaign: { kind: 'ANY' } }, { cookie: salesCookie })).toMatchObject({ numbers: ['A001', 'A002'], total: 2 });
  });

  it('never finds a member in the recycle bin, whatever the filter', async () => {
    for (const filter of [{ name: '回收' }, { groupIds: [ids.TRIAL] }, { phone: '91231111' }, { interestGroupIds: [ids.IG1] }, { customFields: [{ fieldId: String(note.id), value: 'likes tea' }] }]) {
      expect((await search(filter)).numbers).not.toContain('R001');
    }
  });

  it('refuses anonymous callers', async () => {
    const res = await gql(SEARCH, { filter: {} });
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('works with an API token, as its owner', async () => {
    const viewer = (await loadViewer(ds, apple.id, 'session'))!;
    const { secret } = await new ApiTokenService(ds).create(viewer, 'search tool');
    const res = await gql(SEARCH, { filter: { phone: '9123' }, first: 10 }, { bearer: secret });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.memberSearch.nodes.map((n: { memberNo: string }) => n.memberNo)).toEqual(['A001', 'K000001']);
    const lookup = await gql(LOOKUP, { term: 'susan' }, { bearer: secret });
    expect(lookup.body.data!.quickLookup.nodes).toEqual([]);
  });
});

describe('sorting and paging', () => {
  const orders: Array<[string, string, string[]]> = [
    ['MEMBER_NO', 'ASC', VISIBLE],
    ['MEMBER_NO', 'DESC', [...VISIBLE].reverse()],
    ['JOINED_AT', 'ASC', ['WeM-00004', 'A001', 'A002', 'A003', 'K000001', 'WeM-00005']],
    ['JOINED_AT', 'DESC', ['WeM-00005', 'K000001', 'A003', 'A002', 'A001', 'WeM-00004']],
    // Latin before CJK; CJK by code point (陳大文 before 陳小麗) in both databases' collations.
    ['NAME', 'ASC', ['WeM-00004', 'WeM-00005', 'K000001', 'A003', 'A001', 'A002']],
    ['NAME', 'DESC', ['A002', 'A001', 'A003', 'K000001', 'WeM-00005', 'WeM-00004']],
  ];
  it.each(orders)('%s %s pages through every member once', async (field, direction, expected) => {
    const sort = { field, direction };
    expect((await search({}, { sort })).numbers).toEqual(expected);
    for (const first of [1, 2, 4]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const { numbers, connection } = await search({}, { sort, first, after });
        seen.push(...numbers);
        expect(connection.totalCount).toBe(expected.length);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
  });

  it('gives the same pages whichever way the database is read', async () => {
    const viewer = (await loadViewer(ds, manager.id, 'session'))!;
    const pages = async (walkRows: number, filter: MemberFilter, sort: MemberSort) => {
      const service = new MemberSearchService(ds, walkRows);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await service.search(viewer, filter, sort, { first: 2, after });
        seen.push(...page.nodes.map((n) => n.memberNo));
        if (!page.hasNextPage) return seen;
        after = page.cursorOf(page.nodes[page.nodes.length - 1]);
      }
    };
    for (const sort of [{ field: 'memberNo', direction: 'ASC' }, { field: 'joinedAt', direction: 'DESC' }, { field: 'name', direction: 'ASC' }] as MemberSort[]) {
      for (const filter of [{}, { branchIds: [tko.id] }, { phone: '9123' }] as MemberFilter[]) {
        const expected = await pages(0, filter, sort);
        expect(await pages(1, filter, sort)).toEqual(expected);
        expect(await pages(3, filter, sort)).toEqual(expected);
        expect(await pages(2_000, filter, sort)).toEqual(expected);
      }
    }
  });
});

describe('bad input names its field', () => {
  const bad: Array<[string, () => Record<string, unknown>, string, string, string]> = [
    ['birth month 13', () => ({ filter: { birthMonth: 13 } }), 'filter.birthMonth', 'birth month', '生日月份'],
    ['birth month 0', () => ({ filter: { birthMonth: 0 } }), 'filter.birthMonth', 'between 1 and 12', '1 至 12'],
    ['a date that does not exist', () => ({ filter: { joinedFrom: '2025-02-30' } }), 'filter.joinedFrom', 'joined from', '加入日期（由）'],
    ['a date in another format', () => ({ filter: { joinedTo: '10/03/2024' } }), 'filter.joinedTo', 'YYYY-MM-DD', 'YYYY-MM-DD'],
    ['a range ending before it starts', () => ({ filter: { joinedFrom: '2024-03-01', joinedTo: '2024-02-01' } }), 'filter.joinedTo', 'before the start date', '不可早於開始日期'],
    ['a campaign choice without the campaign', () => ({ filter: { inCampaign: { kind: 'CAMPAIGN' } } }), 'filter.inCampaign.campaignId', 'in campaign', '會員在'],
    ['a "not in" campaign choice without the campaign', () => ({ filter: { notInCampaign: { kind: 'CAMPAIGN' } } }), 'filter.notInCampaign.campaignId', 'not in campaign', '會員不在'],
    ['a malformed campaign id', () => ({ filter: { inCampaign: { kind: 'CAMPAIGN', campaignId: 'x' } } }), 'filter.inCampaign.campaignId', 'not a valid id', '會員在'],
    ['a malformed branch id', () => ({ filter: { branchIds: ['abc'] } }), 'filter.branchIds', 'branch', '加入分店'],
    ['a malformed group id', () => ({ filter: { groupIds: ['-1'] } }), 'filter.groupIds', 'member group', '會員組別'],
    ['a malformed interest group id', () => ({ filter: { interestGroupIds: ['1.5'] } }), 'filter.interestGroupIds', 'interest group', '興趣組別'],
    ['a malformed salesperson id', () => ({ filter: { campaignSalespersonId: 'IS007' } }), 'filter.campaignSalespersonId', 'campaign salesperson', '活動銷售員'],
    ['too many branches', () => ({ filter: { branchIds: Array.from({ length: 101 }, (_, i) => String(i + 1)) } }), 'filter.branchIds', 'at most 100 items', '最多 100 項'],
    ['a member number too long', () => ({ filter: { memberNo: 'A'.repeat(51) } }), 'filter.memberNo', 'at most 50 characters', '會員編號'],
    ['a name too long', () => ({ filter: { name: '陳'.repeat(51) } }), 'filter.name', 'name', '名稱'],
    ['an ID card too long', () => ({ filter: { idCard: 'A'.repeat(21) } }), 'filter.idCard', 'ID card', '身份證'],
    ['a phone with letters', () => ({ filter: { phone: '9123abc' } }), 'filter.phone', 'digits only', '只可輸入數字'],
    ['an unknown custom field', () => ({ filter: { customFields: [{ fieldId: '99999', value: 'x' }] } }), 'filter.customFields.fieldId', 'custom field', '自訂欄位'],
    ['a custom field value too long', () => ({ filter: { customFields: [{ fieldId: String(note.id), value: 'x'.repeat(501) }] } }), 'filter.customFields.value', 'at most 500', '自訂欄位內容'],
    ['a page too large', () => ({ first: 101 }), 'first', 'at most 100 items per page', '每頁數量'],
    ['a cursor from elsewhere', () => ({ after: 'garbage' }), 'after', 'not a cursor from this list', '分頁游標'],
  ];
  it.each(bad)('%s', async (_label, variables, field, en, zhHK) => {
    for (const [locale, text] of [['en', en], ['zh-HK', zhHK]]) {
      const res = await gql(SEARCH, { first: 10, ...variables() }, { cookie: managerCookie, locale });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.body.errors?.[0].message).toContain(text);
    }
  });

  it('refuses a cursor made for another sort', async () => {
    const { connection } = await search({}, { first: 1, sort: { field: 'JOINED_AT', direction: 'ASC' } });
    const res = await gql(SEARCH, { first: 1, after: Buffer.from('[1]').toString('base64url') }, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions?.field).toBe('after');
    expect(connection.pageInfo.endCursor).toEqual(expect.any(String));
  });

  it.each([
    ['a lookup term too long', { term: 'x'.repeat(51) }, 'term', 'search text', '搜尋文字'],
    ['a lookup page too large', { term: '9123', first: 101 }, 'first', 'page size', '每頁數量'],
  ])('quickLookup: %s', async (_label, variables, field, en, zhHK) => {
    for (const [locale, text] of [['en', en], ['zh-HK', zhHK]]) {
      const res = await gql(LOOKUP, variables, { cookie: managerCookie, locale });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.body.errors?.[0].message).toContain(text);
    }
  });
});

describe('quickLookup', () => {
  const lookup = async (term: string, cookie = managerCookie, first?: number) => {
    const res = await gql(LOOKUP, { term, first }, { cookie });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.quickLookup.nodes.map((n: { memberNo: string }) => n.memberNo) as string[];
  };

  it('finds by phone prefix on either phone, walk-ins included, first by member number', async () => {
    expect(await lookup('9123')).toEqual(['A001', 'K000001', 'WeM-00004']);
    expect(await lookup('9123 4')).toEqual(['A001', 'WeM-00004']);
    expect(await lookup('61234567')).toEqual(['A002']);
  });

  it('needs three digits for a phone', async () => {
    expect(await lookup('91')).toEqual([]);
  });

  it('finds by member number prefix, in any case', async () => {
    expect(await lookup('WeM')).toEqual(['WeM-00004', 'WeM-00005']);
    expect(await lookup('a00')).toEqual(['A001', 'A002', 'A003']);
    expect(await lookup('K000001')).toEqual(['K000001']);
  });

  it('finds by name in either order or by English name', async () => {
    expect(await lookup('陳')).toEqual(['A001', 'A003']);
    expect(await lookup('susan chan')).toEqual(['WeM-00004']);
    expect(await lookup('Mary')).toEqual(['WeM-00005']);
  });

  it('returns the first N and says more follow', async () => {
    const res = await gql(LOOKUP, { term: '9', first: 2 }, { cookie: managerCookie });
    expect(res.body.data!.quickLookup.nodes).toEqual([]);
    const more = await gql(LOOKUP, { term: '912', first: 2 }, { cookie: managerCookie });
    expect(more.body.data!.quickLookup).toMatchObject({ nodes: [{ memberNo: 'A001' }, { memberNo: 'K000001' }], pageInfo: { hasNextPage: true }, totalCount: 3 });
  });

  it('keeps to what the viewer may see and leaves out the recycle bin', async () => {
    expect(await lookup('9123', salesCookie)).toEqual(['A001', 'K000001']);
    expect(await lookup('91231111')).toEqual([]);
    expect(await lookup('回收')).toEqual([]);
  });

  it('gives the same result whichever way the database is read', async () => {
    const viewer = (await loadViewer(ds, manager.id, 'session'))!;
    const numbers = async (v: Viewer, term: string, walkRows: number) => (await quickLookup(ds, v, term, 2, walkRows)).nodes.map((n) => n.memberNo);
    for (const term of ['9123', 'a', '陳']) {
      expect(await numbers(viewer, term, 1)).toEqual(await numbers(viewer, term, 0));
      expect(await numbers(viewer, term, 2_000)).toEqual(await numbers(viewer, term, 0));
    }
  });
});

describe('lists for the search form', () => {
  it('lists member groups in order, the Deleted group included', async () => {
    const res = await gql('{ memberGroups(first: 2) { nodes { code } pageInfo { hasNextPage endCursor } totalCount } }', {}, { cookie: salesCookie });
    expect(res.body.data!.memberGroups).toMatchObject({ nodes: [{ code: 'TRIAL' }, { code: 'VIPG' }], pageInfo: { hasNextPage: true }, totalCount: 3 });
    const next = await gql('query($after: String) { memberGroups(first: 2, after: $after) { nodes { code } } }', { after: res.body.data!.memberGroups.pageInfo.endCursor }, { cookie: salesCookie });
    expect(next.body.data!.memberGroups.nodes).toEqual([{ code: 'DELETED' }]);
  });

  it('lists interest groups and campaigns', async () => {
    const res = await gql('{ interestGroups { nodes { code } } campaigns { nodes { code name } totalCount } }', {}, { cookie: salesCookie });
    expect(res.body.data!.interestGroups.nodes).toEqual([{ code: 'IG1' }, { code: 'IG2' }]);
    expect(res.body.data!.campaigns).toEqual({ nodes: [{ code: 'VIP', name: 'Campaign VIP' }, { code: 'Junebirth', name: 'Campaign Junebirth' }], totalCount: 2 });
  });

  it('lists active staff by branch and by a permission their roles grant', async () => {
    const query = 'query($branchId: ID, $permission: Permission) { staffMembers(branchId: $branchId, permission: $permission) { nodes { code } } }';
    const codes = async (variables: Record<string, unknown>) =>
      (await gql(query, variables, { cookie: salesCookie })).body.data!.staffMembers.nodes.map((n: { code: string }) => n.code);
    expect(await codes({ branchId: ids.TKO, permission: 'CampaignsReceiveContacts' })).toEqual(['IS003', 'IS007']);
    expect(await codes({ permission: 'CampaignsReceiveContacts' })).toEqual(['D074', 'IS003', 'IS007']);
    expect(await codes({ branchId: ids.TKO, permission: 'AppointmentsVerify' })).toEqual(['FD001', 'HKB2B']);
    expect(await codes({ branchId: ids.TST })).toEqual(['D074']);
    const bad = await gql(query, { branchId: 'x' }, { cookie: salesCookie, locale: 'zh-HK' });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'branchId' });
    expect(bad.body.errors?.[0].message).toContain('分店');
  });
});
