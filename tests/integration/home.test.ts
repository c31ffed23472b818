import { addDays, addHours } from 'date-fns';
import type { DataSource } from 'typeorm';
import * as homeDocuments from '../../components/home/home-documents';
import { useDataSource } from '../../db/data-source';
import { Appointment, Campaign, CampaignMember, type Branch, type Member, type Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { daySpan } from '../../services/contacts/follow-up-state';
import { salonDay } from '../../services/reports/report-range';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * The home page per role, through GraphQL against the database: a salesperson's counts are hers
 * only, a manager's his team's (his contact scope) and his branches'; the quick options the home
 * page links to (NOT_CONTACTED, BOOKED_TODAY) select the right contact members. Times are built
 * around the real clock (the API reads it): today in Hong Kong, the branches' zone.
 */

const HK = 'Asia/Hong_Kong';
let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let teamLead: Staff;
let apple: Staff;
let candy: Staff;
let bell: Staff;
let june: Campaign;
const rows: Record<string, CampaignMember> = {};
const labelOf = new Map<number, string>();
const appointments: Record<string, Appointment> = {};
const cookies = new Map<number, string>();

const today = () => daySpan(new Date(), HK);
/** An instant today in Hong Kong, `hours` after midnight. */
const todayAt = (hours: number) => addHours(today().start, hours);
const iso = (d: Date) => d.toISOString();

async function cookieOf(staff: Staff): Promise<string> {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return cookies.get(staff.id)!;
}

async function ask(staff: Staff, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(query, variables, { cookie: await cookieOf(staff), locale: 'en' });
  return res.body;
}

async function data(staff: Staff, query: string, variables: Record<string, unknown> = {}) {
  const body = await ask(staff, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** An appointment of a member at a branch, booked from a contact (linked as booking does unless cancelled). */
async function anAppointment(
  label: string,
  member: Member,
  branch: Branch,
  startsAt: Date,
  options: { contact?: CampaignMember; status?: AppointmentStatus; verified?: boolean; by: Staff },
): Promise<Appointment> {
  const status = options.status ?? AppointmentStatus.BOOKED;
  const saved = await ds.getRepository(Appointment).save({
    memberId: member.id,
    branchId: branch.id,
    startsAt,
    endsAt: addHours(startsAt, 1),
    blockedUntil: addHours(startsAt, 1),
    status,
    campaignMemberId: options.contact?.id ?? null,
    arrivedAt: status === AppointmentStatus.ARRIVED || status === AppointmentStatus.COMPLETED ? startsAt : null,
    verifiedAt: options.verified ? startsAt : null,
    createdById: options.by.id,
    updatedById: options.by.id,
  });
  if (options.contact && status !== AppointmentStatus.CANCELLED) {
    await ds.getRepository(CampaignMember).update(options.contact.id, { appointmentId: saved.id, bookedAt: addDays(today().start, -1) });
  }
  appointments[label] = saved;
  return saved;
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O', timeZone: HK });
  tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui', timeZone: HK });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.ADMIN, StaffRole.MANAGER], { code: 'HKB2B' });
  teamLead = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'LEAD' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  bell = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau' });
  // The team lead supervises his own branch's salespeople only.
  await setVisibility(ds, teamLead, { ownBranch: true });

  june = await aContactCampaign(ds, 'Junebirth');
  const archived = await aContactCampaign(ds, 'Old', { archived: true });
  const ended = await aContactCampaign(ds, 'Ended', { endsOn: salonDay(addDays(new Date(), -3), HK) });
  const upcoming = await aContactCampaign(ds, 'Later', { startsOn: salonDay(addDays(new Date(), 3), HK) });

  const place = async (label: string, campaign: Campaign, salesperson: Staff, overrides: Partial<CampaignMember> = {}, branch = tko) => {
    const member = await aMember(ds, branch, group);
    rows[label] = await aContactMember(ds, campaign, member, salesperson, overrides);
    labelOf.set(rows[label].id, label);
    return { member, contact: rows[label] };
  };
  const yesterday = iso(addDays(todayAt(10), -1));

  // Apple: a new contact, two overdue, one due today and booked today (arrived and verified).
  await place('a1', june, apple);
  const a2 = await place('a2', june, apple);
  await aContactLog(ds, a2.contact, { at: yesterday, by: apple, nextFollowUpAt: iso(addDays(todayAt(10), -1)) });
  const a3 = await place('a3', june, apple);
  await aContactLog(ds, a3.contact, { at: yesterday, by: apple, nextFollowUpAt: iso(addDays(todayAt(11), -2)) });
  const a4 = await place('a4', june, apple);
  await aContactLog(ds, a4.contact, { at: yesterday, by: apple, status: 'booked', nextFollowUpAt: iso(todayAt(9)) });
  await anAppointment('apple-today', a4.member, tko, todayAt(15), { contact: a4.contact, status: AppointmentStatus.ARRIVED, verified: true, by: apple });
  // In the recycle bin: never counted.
  await place('a5', june, apple, { memberHidden: true });
  // Cancelled today: the contact is no longer booked, and the board does not count it.
  const a6 = await place('a6', june, apple);
  await aContactLog(ds, a6.contact, { at: yesterday, by: apple });
  await anAppointment('apple-cancelled', a6.member, tko, todayAt(12), { contact: a6.contact, status: AppointmentStatus.CANCELLED, by: apple });

  // Candy: a new contact, one overdue, one booked today at TST who did not come.
  await place('c1', june, candy);
  const c2 = await place('c2', june, candy);
  await aContactLog(ds, c2.contact, { at: yesterday, by: candy, nextFollowUpAt: iso(addDays(todayAt(10), -1)) });
  const c3 = await place('c3', june, candy);
  await aContactLog(ds, c3.contact, { at: yesterday, by: candy, status: 'booked' });
  await anAppointment('candy-today', c3.member, tst, todayAt(11), { contact: c3.contact, status: AppointmentStatus.NO_SHOW, by: candy });

  // Bell (TST): one overdue, one booked tomorrow; one new contact in an archived campaign.
  const b1 = await place('b1', june, bell, {}, tst);
  await aContactLog(ds, b1.contact, { at: yesterday, by: bell, nextFollowUpAt: iso(addDays(todayAt(10), -4)) });
  const b2 = await place('b2', june, bell, {}, tst);
  await aContactLog(ds, b2.contact, { at: yesterday, by: bell, status: 'booked' });
  await anAppointment('bell-tomorrow', b2.member, tst, addDays(todayAt(10), 1), { contact: b2.contact, by: bell });
  await place('b3', archived, bell, {}, tst);
  await place('b4', ended, bell, {}, tst);
  await place('b5', upcoming, bell, {}, tst);

  // A walk-in at TKO today, booked from no contact: the branch counts it.
  const walkIn = await aMember(ds, tko, group);
  await anAppointment('walk-in', walkIn, tko, todayAt(17), { by: manager });
});

afterAll(async () => {
  await db?.drop();
});

const labels = (nodes: Array<{ id: string }>) => nodes.map((n) => labelOf.get(Number(n.id))).sort();

describe('the quick options the home page links to', () => {
  const LIST = `query($filter: ContactFilterInput) { contactMembers(filter: $filter, first: 50) { nodes { id } totalCount } }`;

  it('NOT_CONTACTED selects the contact members never contacted, recycle bin left out', async () => {
    const list = (await data(manager, LIST, { filter: { quick: 'NOT_CONTACTED' } })).contactMembers;
    expect(labels(list.nodes)).toEqual(['a1', 'b3', 'b4', 'b5', 'c1']);
    expect(list.totalCount).toBe(5);
    const hers = (await data(apple, LIST, { filter: { quick: 'NOT_CONTACTED' } })).contactMembers;
    expect(labels(hers.nodes)).toEqual(['a1']);
  });

  it('BOOKED_TODAY selects the contact members whose booking (not cancelled) starts today, whatever became of it', async () => {
    const list = (await data(manager, LIST, { filter: { quick: 'BOOKED_TODAY' } })).contactMembers;
    expect(labels(list.nodes)).toEqual(['a4', 'c3']);
    expect(list.totalCount).toBe(2);
    const mine = (await data(apple, LIST, { filter: { quick: 'BOOKED_TODAY', salespersonIds: [String(apple.id)] } })).contactMembers;
    expect(labels(mine.nodes)).toEqual(['a4']);
  });
});

describe('a salesperson\'s home', () => {
  const operations = pageOperations(homeDocuments);

  it('are valid documents against the schema', async () => {
    expect(await validationErrors(homeDocuments)).toEqual({ SalespersonHome: [], ManagerHome: [] });
  });

  it('counts her own new contacts, follow-ups and today\'s appointments', async () => {
    const home = await data(apple, operations.get('SalespersonHome')!, { me: [String(apple.id)] });
    expect(home.notContacted.totalCount).toBe(1);
    expect(labels(home.notContacted.nodes)).toEqual(['a1']);
    expect(home.overdue.totalCount).toBe(2);
    // Oldest first.
    expect(home.overdue.nodes.map((n: { id: string }) => labelOf.get(Number(n.id)))).toEqual(['a3', 'a2']);
    expect(home.dueToday.totalCount).toBe(1);
    expect(labels(home.dueToday.nodes)).toEqual(['a4']);
    expect(home.myAppointmentsToday.totalCount).toBe(1);
    expect(home.myAppointmentsToday.nodes).toEqual([expect.objectContaining({
      id: String(appointments['apple-today'].id),
      startsAt: iso(todayAt(15)),
      status: 'ARRIVED',
      branch: expect.objectContaining({ code: 'TKO', timeZone: HK }),
      contactMember: expect.objectContaining({ id: String(rows.a4.id) }),
    })]);
  });

  it('stay hers when she may see a colleague\'s contacts too', async () => {
    await setVisibility(ds, apple, { staffIds: [candy.id] });
    try {
      const home = await data(apple, operations.get('SalespersonHome')!, { me: [String(apple.id)] });
      expect([home.notContacted.totalCount, home.overdue.totalCount, home.dueToday.totalCount, home.myAppointmentsToday.totalCount]).toEqual([1, 2, 1, 1]);
    } finally {
      await setVisibility(ds, apple, {});
    }
    // Another salesperson's ids give her nothing she may not see.
    const other = await data(apple, operations.get('SalespersonHome')!, { me: [String(candy.id)] });
    expect([other.notContacted.totalCount, other.overdue.totalCount, other.dueToday.totalCount]).toEqual([0, 0, 0]);
    const candys = await data(candy, operations.get('SalespersonHome')!, { me: [String(candy.id)] });
    expect(candys.myAppointmentsToday.nodes.map((a: { id: string }) => Number(a.id))).toEqual([appointments['candy-today'].id]);
  });

  it('may not read the manager\'s cards', async () => {
    for (const field of ['overdueFollowUpsBySalesperson { count }', 'branchArrivalsToday { booked }', 'activeCampaignProgress { totalCount }']) {
      const body = await ask(apple, `{ ${field} }`);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('a manager\'s home', () => {
  const operations = pageOperations(homeDocuments);

  it('counts the team\'s overdue follow-ups per salesperson, most first', async () => {
    const home = await data(manager, operations.get('ManagerHome')!);
    expect(home.overdueFollowUpsBySalesperson.map((r: { salesperson: { code: string }; count: number }) => [r.salesperson.code, r.count])).toEqual([
      ['IS007', 2], ['D074', 1], ['IS003', 1],
    ]);
  });

  it('counts only the salespeople in his scope', async () => {
    const home = await data(teamLead, operations.get('ManagerHome')!);
    expect(home.overdueFollowUpsBySalesperson.map((r: { salesperson: { code: string }; count: number }) => [r.salesperson.code, r.count])).toEqual([
      ['IS007', 2], ['IS003', 1],
    ]);
    const june = home.activeCampaignProgress.nodes.find((n: { campaign: { code: string } }) => n.campaign.code === 'Junebirth');
    // TKO's salespeople's places only: a1–a4, a6, c1–c3.
    expect(june).toMatchObject({ members: 8, contacted: 6, booked: 2, arrived: 1 });
  });

  it('counts today\'s arrivals per branch, each on its own day, cancelled left out', async () => {
    const home = await data(manager, operations.get('ManagerHome')!);
    const date = salonDay(new Date(), HK);
    expect(home.branchArrivalsToday).toEqual([
      expect.objectContaining({ branch: expect.objectContaining({ code: 'TKO' }), date, booked: 2, arrived: 1, verified: 1, noShow: 0 }),
      expect.objectContaining({ branch: expect.objectContaining({ code: 'TST' }), date, booked: 1, arrived: 0, verified: 0, noShow: 1 }),
    ]);
  });

  it('shows each active campaign\'s progress, archived, ended and later ones left out', async () => {
    const home = await data(manager, operations.get('ManagerHome')!);
    expect(home.activeCampaignProgress.totalCount).toBe(1);
    expect(home.activeCampaignProgress.nodes).toEqual([{
      __typename: 'CampaignProgress',
      campaign: expect.objectContaining({ code: 'Junebirth', id: String(june.id) }),
      // a5 is in the recycle bin; a6's booking was cancelled.
      members: 10, contacted: 8, booked: 3, arrived: 1,
    }]);
  });

  it('pages the active campaigns with cursors', async () => {
    const later = await aContactCampaign(ds, 'Newer');
    try {
      const query = `query($after: String) { activeCampaignProgress(first: 1, after: $after) { nodes { campaign { code } members } pageInfo { hasNextPage endCursor } totalCount } }`;
      const first = (await data(manager, query)).activeCampaignProgress;
      expect(first).toMatchObject({ nodes: [{ campaign: { code: 'Newer' }, members: 0 }], pageInfo: { hasNextPage: true }, totalCount: 2 });
      const second = (await data(manager, query, { after: first.pageInfo.endCursor })).activeCampaignProgress;
      expect(second).toMatchObject({ nodes: [{ campaign: { code: 'Junebirth' } }], pageInfo: { hasNextPage: false } });
    } finally {
      await ds.getRepository(Campaign).delete(later.id);
    }
  });
});
