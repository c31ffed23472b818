import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { BranchClosedDay, Campaign, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
});

afterAll(() => db.drop());

const CREATE_CAMPAIGN = 'mutation($input: CampaignInput!) { createCampaign(input: $input) { id startsOn endsOn } }';
const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { startsOn endsOn } }';
const ADD_CLOSED = 'mutation($b: ID!, $input: BranchClosedDayInput!) { addBranchClosedDay(branchId: $b, input: $input) { date } }';
const CLOSED = 'query($b: ID!, $from: LocalDate, $to: LocalDate) { branchClosedDays(branchId: $b, from: $from, to: $to) { nodes { date } } }';
const MEMBER = 'query($id: ID!) { member(id: $id) { birthday } }';
const DAY = 'query($b: ID!, $day: LocalDate!) { branchDay(branchId: $b, date: $day) { date } }';

describe('LocalDate through DATE columns', () => {
  it('answers a stored day as the same "YYYY-MM-DD" text it was given, leap day and year end included', async () => {
    const created = await as(manager, CREATE_CAMPAIGN, { input: { code: 'Leap', name: 'Leap day', startsOn: '2024-02-29', endsOn: '2024-12-31' } });
    expect(created.body.errors).toBeUndefined();
    const { id, ...period } = created.body.data!.createCampaign;
    expect(period).toEqual({ startsOn: '2024-02-29', endsOn: '2024-12-31' });
    // Read afresh from the database, not from what the mutation kept in memory.
    expect((await as(manager, CAMPAIGN, { id })).body.data!.campaign).toEqual({ startsOn: '2024-02-29', endsOn: '2024-12-31' });
    // The driver itself hands back text (mysql2 only with dateStrings), which the scalar needs.
    expect(typeof (await ds.getRepository(Campaign).findOneByOrFail({ code: 'Leap' })).startsOn).toBe('string');
  });

  it('reads closed days between two days given as variables, bounds included', async () => {
    for (const date of ['2026-12-24', '2026-12-25', '2027-01-01']) {
      expect((await as(manager, ADD_CLOSED, { b: String(tko.id), input: { date } })).body.errors).toBeUndefined();
    }
    const between = await as(manager, CLOSED, { b: String(tko.id), from: '2026-12-25', to: '2027-01-01' });
    expect(between.body.data!.branchClosedDays.nodes).toEqual([{ date: '2026-12-25' }, { date: '2027-01-01' }]);
    expect(typeof (await ds.getRepository(BranchClosedDay).findOneByOrFail({ date: '2026-12-24' })).date).toBe('string');
  });

  it('answers a member\'s birthday, and null for none', async () => {
    const group = await aMemberGroup(ds);
    const born = await aMember(ds, tko, group, { birthday: '1990-01-31', birthMonth: 1 });
    const unknown = await aMember(ds, tko, group);
    expect((await as(manager, MEMBER, { id: String(born.id) })).body.data!.member).toEqual({ birthday: '1990-01-31' });
    expect((await as(manager, MEMBER, { id: String(unknown.id) })).body.data!.member).toEqual({ birthday: null });
  });
});

describe('a day that is not a calendar day', () => {
  const b = () => String(tko.id);
  const ask = (query: string, variables: Record<string, unknown> = {}) => ({ query, variables });

  it.each([
    ['a variable, named as its argument', () => ask(DAY, { b: b(), day: '2031-02-30' }), 'date', '"Date" is invalid: not a valid date (YYYY-MM-DD)', '「日期」無效：不是有效日期（YYYY-MM-DD）'],
    ['another shape in a variable', () => ask(DAY, { b: b(), day: '5/5/2031' }), 'date', '"Date" is invalid: not a valid date (YYYY-MM-DD)', '「日期」無效：不是有效日期（YYYY-MM-DD）'],
    ['an empty variable', () => ask(CLOSED, { b: b(), from: '' }), 'from', '"from" is invalid: not a valid date (YYYY-MM-DD)', '「由」無效：不是有效日期（YYYY-MM-DD）'],
    ['a literal argument', () => ask(`query { branchClosedDays(branchId: "${b()}", to: "2026-13-01") { totalCount } }`, {}), 'to', '"to" is invalid: not a valid date (YYYY-MM-DD)', '「至」無效：不是有效日期（YYYY-MM-DD）'],
    ['a field of a form\'s input, by its own name', () => ask(CREATE_CAMPAIGN, { input: { code: 'X', name: 'X', startsOn: '2020-02-30' } }), 'startsOn', '"start date" is invalid: not a valid date (YYYY-MM-DD)', '「開始日期」無效：不是有效日期（YYYY-MM-DD）'],
    ['a literal field of a form\'s input', () => ask(`mutation { addBranchClosedDay(branchId: "${b()}", input: { date: "2026-02-29" }) { date } }`, {}), 'date', '"Date" is invalid: not a valid date (YYYY-MM-DD)', '「日期」無效：不是有效日期（YYYY-MM-DD）'],
    ['a filter field, under its filter', () => ask('query($f: ContactFilterInput) { contactMembers(filter: $f) { totalCount } }', { f: { contactedTo: '2025-04-31' } }), 'filter.contactedTo', '"contacted to" is invalid: not a valid date (YYYY-MM-DD)', '「聯絡日期（至）」無效：不是有效日期（YYYY-MM-DD）'],
    ['a literal filter field', () => ask('query { memberSearch(filter: { joinedFrom: "2025-1-1" }) { totalCount } }', {}), 'filter.joinedFrom', '"joined from" is invalid: not a valid date (YYYY-MM-DD)', '「加入日期（由）」無效：不是有效日期（YYYY-MM-DD）'],
  ] as const)('in %s: BAD_USER_INPUT naming the field, in the caller\'s language', async (_case, request, field, en, zhHK) => {
    const { query, variables } = request();
    for (const [locale, message] of [['en', en], ['zh-HK', zhHK]] as const) {
      const res = await as(manager, query, variables, locale);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } })]);
    }
  });

  it('names each bad day of one input, and leaves other errors as they were', async () => {
    const res = await as(manager, CREATE_CAMPAIGN, { input: { code: 'X', startsOn: '2020-02-30', endsOn: '2020-06-31' } });
    const errors = res.body.errors ?? [];
    expect(errors.filter((e) => e.extensions?.field).map((e) => [e.extensions!.field, e.message])).toEqual([
      ['startsOn', '"start date" is invalid: not a valid date (YYYY-MM-DD)'],
      ['endsOn', '"end date" is invalid: not a valid date (YYYY-MM-DD)'],
    ]);
    // The missing name is graphql-js's own refusal, untouched.
    expect(errors.filter((e) => !e.extensions?.field)).toEqual([expect.objectContaining({ message: expect.stringContaining('"name"'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('refuses nothing that is a real day, 29 February of a leap year included', async () => {
    const res = await as(manager, DAY, { b: b(), day: '2028-02-29' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.branchDay).toEqual({ date: '2028-02-29' });
  });
});
