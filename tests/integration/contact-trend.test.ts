/**
 * The contacts-per-day trend through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL)
 * MariaDB: logs counted on the viewer's salon day (Hong Kong, and New York across a clock change),
 * the default and longest ranges, the report filter, visibility and the recycle bin.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import type { Branch, Campaign, CampaignMember, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { salonDay } from '../../services/reports/report-range';
import { aContactCampaign, aContactLog, aContactMember, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

type Trend = { from: string; to: string; total: number; days: Array<{ day: string; count: number }> };
type Filter = { campaignIds?: string[]; salespersonIds?: string[]; contactedFrom?: string; contactedTo?: string };

const TREND = `query($filter: ReportFilterInput) { contactTrend(filter: $filter) { from to total days { day count } } }`;

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let newYorker: Staff; // a manager whose branch keeps New York time
let apple: Staff;
let candy: Staff;
let june: Campaign;
let may: Campaign;
let applesJune: CampaignMember;
let candysJune: CampaignMember;
let applesMay: CampaignMember;

async function trendFor(staff: Staff, filter: Filter = {}, locale = 'en') {
  return gql(TREND, { filter }, { cookie: await sessionCookieFor(staff), locale });
}

async function trend(staff: Staff, filter: Filter = {}): Promise<Trend> {
  const res = await trendFor(staff, filter);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.contactTrend as Trend;
}

/** The days with contacts, as "day: count". */
const busyDays = (t: Trend) => t.days.filter((d) => d.count > 0).map((d) => `${d.day}: ${d.count}`);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  const nyc = await aBranch(ds, { code: 'NYC', timeZone: 'America/New_York' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  newYorker = await aStaff(ds, nyc, [StaffRole.MANAGER]);
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003' });
  june = await aContactCampaign(ds, 'Junebirth');
  may = await aContactCampaign(ds, 'Maybirth');
  applesJune = await aContactMember(ds, june, await aMember(ds, tko, group), apple);
  candysJune = await aContactMember(ds, june, await aMember(ds, tko, group), candy);
  applesMay = await aContactMember(ds, may, await aMember(ds, tko, group), apple);

  // 23:30 in Hong Kong on 10 June is 15:30 UTC: the 10th in both; 00:30 on the 11th is still the 10th in UTC.
  await aContactLog(ds, applesJune, { at: '2025-06-10T15:30:00Z', by: apple });
  await aContactLog(ds, applesJune, { at: '2025-06-10T16:30:00Z', by: apple });
  await aContactLog(ds, candysJune, { at: '2025-06-10T02:00:00Z', by: candy });
  await aContactLog(ds, candysJune, { at: '2025-06-12T02:00:00Z', by: candy });
  await aContactLog(ds, applesMay, { at: '2025-06-12T03:00:00Z', by: apple, method: 'sms' });

  // New York springs forward at 07:00 UTC on 9 March 2025 (02:00 EST → 03:00 EDT).
  await aContactLog(ds, applesMay, { at: '2025-03-09T04:30:00Z', by: apple }); // 23:30 EST on the 8th
  await aContactLog(ds, applesMay, { at: '2025-03-09T06:30:00Z', by: apple }); // 01:30 EST on the 9th
  await aContactLog(ds, applesMay, { at: '2025-03-10T03:30:00Z', by: apple }); // 23:30 EDT on the 9th
  await aContactLog(ds, applesMay, { at: '2025-03-10T04:30:00Z', by: apple }); // 00:30 EDT on the 10th

  // Someone in the recycle bin: their logs never count.
  const binned = await aMember(ds, tko, group, { deletedAt: new Date() });
  const hidden = await aContactMember(ds, june, binned, apple, { memberHidden: true });
  await aContactLog(ds, hidden, { at: '2025-06-10T02:00:00Z', by: apple });
});

afterAll(() => db.drop());

describe('contact trend', () => {
  it('counts logs on their Hong Kong day, not the UTC one, every day of the range listed', async () => {
    const t = await trend(manager, { contactedFrom: '2025-06-09', contactedTo: '2025-06-12' });
    expect(t).toMatchObject({ from: '2025-06-09', to: '2025-06-12', total: 5 });
    expect(t.days).toEqual([
      { day: '2025-06-09', count: 0 },
      { day: '2025-06-10', count: 2 },
      { day: '2025-06-11', count: 1 },
      { day: '2025-06-12', count: 2 },
    ]);
  });

  it('counts on the viewer\'s own salon day: New York across the spring-forward night', async () => {
    const t = await trend(newYorker, { contactedFrom: '2025-03-08', contactedTo: '2025-03-10' });
    expect(t.days).toEqual([
      { day: '2025-03-08', count: 1 },
      { day: '2025-03-09', count: 2 },
      { day: '2025-03-10', count: 1 },
    ]);
    expect(busyDays(await trend(manager, { contactedFrom: '2025-03-08', contactedTo: '2025-03-10' }))).toEqual(['2025-03-09: 2', '2025-03-10: 2']);
  });

  it('applies the report filter besides the range', async () => {
    const range = { contactedFrom: '2025-06-09', contactedTo: '2025-06-12' };
    expect(busyDays(await trend(manager, { ...range, campaignIds: [String(may.id)] }))).toEqual(['2025-06-12: 1']);
    expect(busyDays(await trend(manager, { ...range, salespersonIds: [String(candy.id)] }))).toEqual(['2025-06-10: 1', '2025-06-12: 1']);
  });

  it('shows a salesperson only the contacts of members they may see', async () => {
    const range = { contactedFrom: '2025-06-09', contactedTo: '2025-06-12' };
    expect(busyDays(await trend(apple, range))).toEqual(['2025-06-10: 1', '2025-06-11: 1', '2025-06-12: 1']);
    expect(busyDays(await trend(candy, range))).toEqual(['2025-06-10: 1', '2025-06-12: 1']);
    await setVisibility(ds, candy, { ownBranch: true });
    try {
      expect(await trend(candy, range)).toEqual(await trend(manager, range));
    } finally {
      await ds.query('DELETE FROM contact_visibility');
    }
  });

  it('defaults to what the report covers up to today in the viewer\'s zone, at most 366 days', async () => {
    const now = new Date();
    const justNow = new Date(now.getTime() - 1_000);
    const member = await aMember(ds, tko, await aMemberGroup(ds));
    const recent = await aContactMember(ds, june, member, candy);
    await aContactLog(ds, recent, { at: justNow.toISOString(), by: candy });
    await aContactLog(ds, recent, { at: new Date(now.getTime() - 40 * 86_400_000).toISOString(), by: candy });

    const t = await trend(manager);
    expect(t.to).toBe(salonDay(now, 'Asia/Hong_Kong'));
    expect(t.days).toHaveLength(366);
    expect(t.days[0].day).toBe(t.from);
    expect(busyDays(t)).toContain(`${salonDay(justNow, 'Asia/Hong_Kong')}: 1`);
    expect(t.total).toBe(2);
  });

  it('falls back to the last 30 days when nothing matches and no campaign has dates', async () => {
    const t = await trend(manager, { salespersonIds: [String(manager.id)] });
    expect(t).toMatchObject({ to: salonDay(new Date(), 'Asia/Hong_Kong'), total: 0 });
    expect(t.days).toHaveLength(30);
  });

  it('draws at most 366 days, refusing longer ranges naming the end field in the caller\'s language', async () => {
    const year = await trend(manager, { contactedFrom: '2024-07-01', contactedTo: '2025-07-01' });
    expect(year.days).toHaveLength(366);
    expect(year.total).toBe(9);
    for (const [locale, words] of [['en', ['contacted to', '366']], ['zh-HK', ['聯絡日期（至）', '366']]] as const) {
      const res = await trendFor(manager, { contactedFrom: '2024-07-01', contactedTo: '2025-07-02' }, locale);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactedTo' });
      for (const word of words) expect(res.body.errors![0].message).toContain(word);
    }
    const reversed = await trendFor(manager, { contactedFrom: '2025-06-10', contactedTo: '2025-06-09' });
    expect(reversed.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.contactedTo' });
  });

  it('covers the chosen campaigns\' dates when no contact range is given, not the last 30 days', async () => {
    const april = await aContactCampaign(ds, 'Aprilbirth', { startsOn: '2025-06-09', endsOn: '2025-06-11' });
    const autumn = await aContactCampaign(ds, 'Autumn', { startsOn: '2025-06-10', endsOn: '2025-06-12' });
    const contact = await aContactMember(ds, april, await aMember(ds, tko, await aMemberGroup(ds)), apple);
    await aContactLog(ds, contact, { at: '2025-06-10T04:00:00Z', by: apple });

    const both = await trend(manager, { campaignIds: [String(april.id), String(autumn.id)] });
    expect(both).toMatchObject({ from: '2025-06-09', to: '2025-06-12', total: 1 });
    expect(busyDays(both)).toEqual(['2025-06-10: 1']);
    expect(await trend(manager, { campaignIds: [String(autumn.id)] })).toMatchObject({ from: '2025-06-10', to: '2025-06-12', total: 0 });
    // Campaigns without dates: their contacts' days, on the viewer's salon day (the 10th's 00:30 in Hong Kong is the 9th in UTC).
    const undated = await aContactCampaign(ds, 'Undated');
    const old = await aContactMember(ds, undated, await aMember(ds, tko, await aMemberGroup(ds)), apple);
    await aContactLog(ds, old, { at: '2021-03-09T16:30:00Z', by: apple });
    await aContactLog(ds, old, { at: '2021-03-20T02:00:00Z', by: apple });
    const older = await trend(manager, { campaignIds: [String(undated.id)] });
    expect(older).toMatchObject({ from: '2021-03-10', to: '2021-03-20', total: 2 });
    expect(busyDays(older)).toEqual(['2021-03-10: 1', '2021-03-20: 1']);
    // A contact range given wins over the campaigns' dates.
    expect(await trend(manager, { campaignIds: [String(april.id)], contactedFrom: '2025-06-11', contactedTo: '2025-06-11' })).toMatchObject({ from: '2025-06-11', to: '2025-06-11', total: 0 });
  });
});
