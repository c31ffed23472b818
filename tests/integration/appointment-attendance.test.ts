/**
 * Attendance and the arrival / completion boards through the real GraphQL route, on SQLite and
 * (with TEST_DATABASE_URL) MariaDB: each transition and the refused ones, who may verify and
 * when, the contact member's verified fields, notes, audit entries, the boards' rows and counts
 * in the branch's time zone, visibility, and a constant number of queries per page.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, AuditLog, Campaign, CampaignMember, ContactSettings, ContactStatus, Equipment, Room, Treatment,
  type Branch, type Member, type MemberGroup, type Staff,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { localDateIn } from '../../services/appointments/arrival-day';
import * as boardDocuments from '../../components/appointments/boards/board-documents';
import * as dayDocuments from '../../components/appointments/day/day-documents';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { ATTENDANCE_NOTE_TOO_LONG } from '../helpers/form-refusals';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations } from '../helpers/page-documents';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch; // Asia/Hong_Kong
let bkk: Branch; // Asia/Bangkok: one hour behind Hong Kong
let tst: Branch;
let group: MemberGroup;
let manager: Staff;
let frontDesk: Staff; // TKO front desk: may verify
let apple: Staff; // TKO salesperson: may not verify
let holly: Staff; // TST salesperson: cannot see TKO members
let betty: Staff; // beautician
let molly: Staff; // beautician
let consultant: Staff;
let treatment: Treatment;
let equipment: Equipment;
let room: Room;
let campaign: Campaign;
let bookedStatusId: number;
const cookies = new Map<number, string>();

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

async function call(staff: Staff, query: string, variables: Record<string, unknown> = {}, locale = 'en'): Promise<Result> {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale })).body;
}

async function ok(staff: Staff, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = await call(staff, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!;
}

function errorOf(body: Result) {
  expect(body.errors).toHaveLength(1);
  return { code: body.errors![0].extensions?.code, field: body.errors![0].extensions?.field, message: body.errors![0].message };
}

const FIELDS = 'id status version arrivedAt verifiedAt completedAt closedAt attendanceNote verificationNote purchaseNote minutesSinceArrival';
const ARRIVE = `mutation ($id: ID!, $verify: Boolean) { arriveAppointment(id: $id, verify: $verify) { ${FIELDS} } }`;
const VERIFY = `mutation ($id: ID!) { verifyAttendance(id: $id) { ${FIELDS} } }`;
const NO_SHOW = `mutation ($id: ID!) { markNoShow(id: $id) { ${FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!) { completeAppointment(id: $id) { ${FIELDS} } }`;
const NOTES = `mutation ($id: ID!, $input: AppointmentNotesInput!) { setAppointmentNotes(id: $id, input: $input) { ${FIELDS} } }`;
const ROW = `id startsAt endsAt note attendanceNote verificationNote purchaseNote arrivedAt minutesSinceArrival
  member { memberNo displayName phone consultant { displayName } }
  beautician { displayName } treatment { code name } equipment { code } room { name }`;
const ARRIVALS = `query ($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {
  arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {
    memberCount appointmentCount timeZone canVerify now today
    pageInfo { hasNextPage endCursor } nodes { ${ROW} }
  }
}`;
const COMPLETIONS = `query ($branchId: ID!, $date: LocalDate!) {
  completionBoard(branchId: $branchId, date: $date) { memberCount appointmentCount timeZone nodes { ${ROW} } }
}`;

/** An instant from a branch-local wall time in Hong Kong (UTC+8, no DST). */
const hk = (local: string) => new Date(`${local}:00+08:00`);

type Booking = { member: Member; branch?: Branch; startsAt: Date; minutes?: number; status?: AppointmentStatus; beautician?: Staff | null; campaignMember?: CampaignMember };

async function anAppointment(b: Booking): Promise<Appointment> {
  const endsAt = new Date(b.startsAt.getTime() + (b.minutes ?? 30) * 60_000);
  return ds.getRepository(Appointment).save({
    memberId: b.member.id,
    branchId: (b.branch ?? tko).id,
    beauticianId: b.beautician === undefined ? betty.id : (b.beautician?.id ?? null),
    roomId: room.id,
    equipmentId: equipment.id,
    treatmentId: treatment.id,
    startsAt: b.startsAt,
    endsAt,
    blockedUntil: endsAt,
    status: b.status ?? AppointmentStatus.BOOKED,
    note: 'K11',
    campaignMemberId: b.campaignMember?.id ?? null,
    createdById: apple.id,
    updatedById: apple.id,
  });
}

async function aBookedContact(member: Member): Promise<CampaignMember> {
  return ds.getRepository(CampaignMember).save({
    campaignId: campaign.id, memberId: member.id, salespersonId: apple.id, statusId: bookedStatusId, bookedAt: new Date(),
  });
}

const row = (id: number) => ds.getRepository(Appointment).findOneByOrFail({ id });
const auditsOf = (id: number, entityType = 'appointment') => ds.getRepository(AuditLog).find({ where: { entityType, entityId: id }, order: { id: 'ASC' } });
/** Noon of today in Hong Kong (TKO's zone): the day arrivals and verifications are allowed on. */
const today = () => hk(`${localDateIn(new Date(), 'Asia/Hong_Kong')}T12:00`);
/** The same time three days later: a visit that may not be marked arrived yet. */
const threeDaysAhead = () => new Date(today().getTime() + 3 * 24 * 3600_000);

async function setVerification(enabled: boolean) {
  await ds.getRepository(ContactSettings).update({ id: 1 }, { attendanceVerification: enabled });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  bkk = await aBranch(ds, { code: 'BKK', name: 'Bangkok', timeZone: 'Asia/Bangkok' });
  tst = await aBranch(ds, { code: 'TST', name: 'TST' });
  group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK], { displayName: 'Front Desk' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Apple Yu' });
  holly = await aStaff(ds, tst, [StaffRole.SALESPERSON], { displayName: 'Holiday Tse' });
  betty = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { displayName: 'Betty' });
  molly = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { displayName: 'Molly' });
  consultant = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Candy Chan' });
  treatment = await ds.getRepository(Treatment).save({ code: 'AP03', name: '深層面部護理', durationMinutes: 30, bufferMinutes: 0, priceCents: 90000 });
  equipment = await ds.getRepository(Equipment).save({ code: 'E01', name: 'Equipment 01', branchId: tko.id, count: 2 });
  room = await ds.getRepository(Room).save({ branchId: tko.id, name: 'Room 20', type: 'facial' });
  campaign = await ds.getRepository(Campaign).save({ code: 'Junebirth', name: '6月生日會員優惠' });
  bookedStatusId = (await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'booked' })).id;
});

afterAll(async () => {
  await db.drop();
});

afterEach(async () => {
  await setVerification(true);
});

describe('arriving', () => {
  it('moves a booked appointment to arrived, records who and when, and audits it', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    const before = Date.now();
    const data = await ok(apple, ARRIVE, { id: String(a.id) });
    expect(data.arriveAppointment).toMatchObject({ id: String(a.id), status: 'ARRIVED', verifiedAt: null, minutesSinceArrival: 0, version: a.version + 1 });
    const stored = await row(a.id);
    expect(stored.status).toBe(AppointmentStatus.ARRIVED);
    expect(stored.arrivedById).toBe(apple.id);
    expect(stored.updatedById).toBe(apple.id);
    expect(stored.arrivedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [audit] = await auditsOf(a.id);
    expect(audit).toMatchObject({ action: 'arrive', actorId: apple.id });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: 'booked', arrivedAt: null });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: 'arrived', arrivedById: apple.id });
  });

  it('refuses a second arrival with a clear message, and lets exactly one of two simultaneous arrivals through', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    const results = await Promise.all([call(apple, ARRIVE, { id: String(a.id) }), call(frontDesk, ARRIVE, { id: String(a.id) })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = errorOf(results.find((r) => r.errors)!);
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toBe('This appointment has already arrived, so it cannot be marked arrived.');
    expect(await auditsOf(a.id)).toHaveLength(1);
    const zh = errorOf(await call(apple, ARRIVE, { id: String(a.id) }, 'zh-HK'));
    expect(zh.message).toBe('此預約已到達，不可標記到達。');
  });

  it('arrives and verifies in one step for the front desk, and marks the contact member verified', async () => {
    const member = await aMember(ds, tko, group);
    const cm = await aBookedContact(member);
    const a = await anAppointment({ member, startsAt: today(), campaignMember: cm });
    const data = await ok(frontDesk, ARRIVE, { id: String(a.id), verify: true });
    expect(data.arriveAppointment.status).toBe('ARRIVED');
    expect(data.arriveAppointment.verifiedAt).not.toBeNull();
    const stored = await row(a.id);
    expect(stored.verifiedById).toBe(frontDesk.id);
    expect(stored.verifiedAt!.getTime()).toBe(stored.arrivedAt!.getTime());
    const contact = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect(contact.attendanceVerifiedById).toBe(frontDesk.id);
    expect(contact.attendanceVerifiedAt!.getTime()).toBe(stored.verifiedAt!.getTime());
    const [audit] = await auditsOf(a.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ status: 'arrived', verifiedById: frontDesk.id });
    const [contactAudit] = await auditsOf(cm.id, 'contactMember');
    expect(contactAudit).toMatchObject({ action: 'attendanceVerified', actorId: frontDesk.id });
    expect(JSON.parse(contactAudit.after!)).toMatchObject({ attendanceVerifiedById: frontDesk.id });
  });

  it('changes nothing when a salesperson asks to arrive and verify', async () => {
    const member = await aMember(ds, tko, group);
    const cm = await aBookedContact(member);
    const a = await anAppointment({ member, startsAt: today(), campaignMember: cm });
    const refused = errorOf(await call(apple, ARRIVE, { id: String(a.id), verify: true }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Only front desk staff, managers or admins may verify attendance.' });
    expect((await row(a.id)).status).toBe(AppointmentStatus.BOOKED);
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id })).attendanceVerifiedAt).toBeNull();
    expect(await auditsOf(a.id)).toHaveLength(0);
  });

  it('refuses verification while it is switched off in the contact settings, even for a manager', async () => {
    await setVerification(false);
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    const refused = errorOf(await call(manager, ARRIVE, { id: String(a.id), verify: true }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Attendance verification is switched off (contact settings).' });
    expect((await row(a.id)).status).toBe(AppointmentStatus.BOOKED);
    await ok(manager, ARRIVE, { id: String(a.id) });
    expect(errorOf(await call(manager, VERIFY, { id: String(a.id) })).code).toBe('BAD_USER_INPUT');
    expect((await row(a.id)).verifiedAt).toBeNull();
  });
});

describe('on the visit\'s day only', () => {
  it('refuses to arrive, arrive + verify or verify a visit three days ahead, naming the field, and saves nothing; today\'s is accepted', async () => {
    const member = await aMember(ds, tko, group);
    const cm = await aBookedContact(member);
    const ahead = await anAppointment({ member, startsAt: threeDaysAhead(), campaignMember: cm });
    const day = localDateIn(ahead.startsAt, 'Asia/Hong_Kong');
    const todayText = localDateIn(new Date(), 'Asia/Hong_Kong');
    for (const [staff, verify] of [[frontDesk, true], [apple, false]] as const) {
      expect(errorOf(await call(staff, ARRIVE, { id: String(ahead.id), verify }, 'zh-HK'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'startsAt',
        message: `「預約時間」無效：此預約在 ${day}，只可在預約當日標記到達或驗證出席（今天是 ${todayText}）`,
      });
    }
    expect(errorOf(await call(frontDesk, ARRIVE, { id: String(ahead.id), verify: true })).message).toContain(`the visit is on ${day}`);
    expect(await row(ahead.id)).toMatchObject({ status: AppointmentStatus.BOOKED, arrivedAt: null, verifiedAt: null, version: ahead.version });
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id })).attendanceVerifiedAt).toBeNull();
    expect(await auditsOf(ahead.id)).toHaveLength(0);

    // One arrived on another day (as data from before this rule may be) is not verified today either.
    const arrivedAhead = await anAppointment({ member, startsAt: threeDaysAhead(), status: AppointmentStatus.ARRIVED });
    expect(errorOf(await call(frontDesk, VERIFY, { id: String(arrivedAhead.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect((await row(arrivedAhead.id)).verifiedAt).toBeNull();

    const todays = await anAppointment({ member, startsAt: today(), campaignMember: cm });
    expect((await ok(frontDesk, ARRIVE, { id: String(todays.id), verify: true })).arriveAppointment).toMatchObject({ status: 'ARRIVED', verifiedAt: expect.any(String) });
  });

  it('verifies an arrival after its day (a supervisor the next morning) but never arrives a past visit', async () => {
    const member = await aMember(ds, tko, group);
    const yesterday = new Date(today().getTime() - 24 * 3600_000);
    const arrived = await anAppointment({ member, startsAt: yesterday, status: AppointmentStatus.ARRIVED });
    expect((await ok(frontDesk, VERIFY, { id: String(arrived.id) })).verifyAttendance).toMatchObject({ verifiedAt: expect.any(String) });
    const missed = await anAppointment({ member, startsAt: yesterday });
    expect(errorOf(await call(frontDesk, ARRIVE, { id: String(missed.id), verify: false }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect((await row(missed.id)).status).toBe(AppointmentStatus.BOOKED);
  });

  it('counts the day in the branch\'s own time zone', async () => {
    // Bangkok is an hour behind Hong Kong: its own today's noon is accepted.
    const bangkokToday = new Date(`${localDateIn(new Date(), 'Asia/Bangkok')}T12:00:00+07:00`);
    const member = await aMember(ds, bkk, group);
    const a = await anAppointment({ member, branch: bkk, startsAt: bangkokToday });
    expect((await ok(manager, ARRIVE, { id: String(a.id), verify: false })).arriveAppointment.status).toBe('ARRIVED');
  });

  it('tells the board its branch\'s today', async () => {
    const body = await ok(manager, ARRIVALS, { branchId: String(bkk.id), date: '2031-05-05' });
    expect(body.arrivalBoard.today).toBe(localDateIn(new Date(), 'Asia/Bangkok'));
  });
});

describe('verifying', () => {
  it('verifies an arrived appointment once, by a permitted role only; not a booked one', async () => {
    const member = await aMember(ds, tko, group);
    const cm = await aBookedContact(member);
    const a = await anAppointment({ member, startsAt: today(), campaignMember: cm });
    expect(errorOf(await call(manager, VERIFY, { id: String(a.id) })).message).toBe(
      'This appointment has not arrived yet, so it cannot be verified.',
    );
    await ok(apple, ARRIVE, { id: String(a.id) });
    expect(errorOf(await call(apple, VERIFY, { id: String(a.id) })).code).toBe('FORBIDDEN');
    const data = await ok(manager, VERIFY, { id: String(a.id) });
    expect(data.verifyAttendance).toMatchObject({ status: 'ARRIVED' });
    const stored = await row(a.id);
    expect(stored.verifiedById).toBe(manager.id);
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id })).attendanceVerifiedById).toBe(manager.id);
    expect(errorOf(await call(manager, VERIFY, { id: String(a.id) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'This appointment\'s attendance is already verified.',
    });
    expect((await auditsOf(a.id)).map((e) => e.action)).toEqual(['arrive', 'verify']);
  });

  it('verifies a completed appointment without a contact, touching no contact member', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    await ok(frontDesk, ARRIVE, { id: String(a.id) });
    await ok(frontDesk, COMPLETE, { id: String(a.id) });
    const data = await ok(frontDesk, VERIFY, { id: String(a.id) });
    expect(data.verifyAttendance).toMatchObject({ status: 'COMPLETED' });
    expect((await row(a.id)).verifiedById).toBe(frontDesk.id);
  });
});

describe('no-show and completion', () => {
  it('marks a booked appointment no-show, with who and when', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    const data = await ok(apple, NO_SHOW, { id: String(a.id) });
    expect(data.markNoShow.status).toBe('NO_SHOW');
    const stored = await row(a.id);
    expect(stored).toMatchObject({ status: AppointmentStatus.NO_SHOW, closedById: apple.id });
    expect(stored.closedAt).not.toBeNull();
    const [audit] = await auditsOf(a.id);
    expect(audit.action).toBe('noShow');
    expect(JSON.parse(audit.after!)).toMatchObject({ status: 'no_show', closedById: apple.id });
  });

  it('completes an arrived appointment, with who and when', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    await ok(apple, ARRIVE, { id: String(a.id) });
    const data = await ok(frontDesk, COMPLETE, { id: String(a.id) });
    expect(data.completeAppointment).toMatchObject({ status: 'COMPLETED', minutesSinceArrival: null });
    const stored = await row(a.id);
    expect(stored).toMatchObject({ status: AppointmentStatus.COMPLETED, completedById: frontDesk.id, arrivedById: apple.id });
    expect((await auditsOf(a.id)).map((e) => e.action)).toEqual(['arrive', 'complete']);
  });

  it.each([
    ['complete', AppointmentStatus.BOOKED, COMPLETE, 'This appointment has not arrived yet, so it cannot be completed.'],
    ['complete', AppointmentStatus.COMPLETED, COMPLETE, 'This appointment is already completed, so it cannot be completed.'],
    ['no-show', AppointmentStatus.ARRIVED, NO_SHOW, 'This appointment has already arrived, so it cannot be marked no-show.'],
    ['no-show', AppointmentStatus.NO_SHOW, NO_SHOW, 'This appointment is marked no-show, so it cannot be marked no-show.'],
    ['arrive', AppointmentStatus.CANCELLED, ARRIVE, 'This appointment is cancelled, so it cannot be marked arrived.'],
    ['arrive', AppointmentStatus.COMPLETED, ARRIVE, 'This appointment is already completed, so it cannot be marked arrived.'],
    ['arrive', AppointmentStatus.NO_SHOW, ARRIVE, 'This appointment is marked no-show, so it cannot be marked arrived.'],
  ])('refuses to %s an appointment that is %s', async (_action, status, mutation, message) => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today(), status });
    expect(errorOf(await call(manager, mutation, { id: String(a.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', message });
    expect((await row(a.id)).status).toBe(status);
    expect((await row(a.id)).version).toBe(a.version);
    expect(await auditsOf(a.id)).toHaveLength(0);
  });
});

describe('the boards\' actions as Apollo sends them', () => {
  it('arrive + verify, verify, no-show, complete and a note answer what the row shows', async () => {
    const operations = pageOperations(boardDocuments);
    const send = async (staff: Staff, name: string, variables: Record<string, unknown>) => {
      const body = await call(staff, operations.get(name)!, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const both = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    expect((await send(frontDesk, 'ArriveAppointment', { id: String(both.id), verify: true })).arriveAppointment).toMatchObject({
      __typename: 'Appointment', id: String(both.id), status: 'ARRIVED', verifiedAt: expect.any(String),
    });
    const later = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    expect((await send(apple, 'ArriveAppointment', { id: String(later.id), verify: false })).arriveAppointment).toMatchObject({ status: 'ARRIVED', verifiedAt: null });
    expect((await send(frontDesk, 'VerifyAttendance', { id: String(later.id) })).verifyAttendance.verifiedAt).not.toBeNull();
    expect((await send(frontDesk, 'CompleteAppointment', { id: String(later.id) })).completeAppointment).toMatchObject({ status: 'COMPLETED', minutesSinceArrival: null });
    const away = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    expect((await send(apple, 'MarkNoShow', { id: String(away.id) })).markNoShow.status).toBe('NO_SHOW');
    expect((await send(apple, 'SetAppointmentNotes', { id: String(both.id), input: { purchaseNote: '面霜' } })).setAppointmentNotes).toEqual({
      __typename: 'Appointment', id: String(both.id), attendanceNote: '', verificationNote: '', purchaseNote: '面霜',
    });
    const long = await call(apple, operations.get('SetAppointmentNotes')!, { id: String(both.id), input: { attendanceNote: 'x'.repeat(501) } });
    // In the words the board's note cell shows for the same note (tests/ui/appointment-board.test.tsx).
    expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendanceNote', message: ATTENDANCE_NOTE_TOO_LONG });
  });
});

describe('notes', () => {
  it('sets, keeps, clears and audits the three notes; refuses long ones naming the field', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    const id = String(a.id);
    const first = await ok(apple, NOTES, { id, input: { attendanceNote: '  準時到達 ', purchaseNote: '買了面霜' } });
    expect(first.setAppointmentNotes).toMatchObject({ attendanceNote: '準時到達', verificationNote: '', purchaseNote: '買了面霜' });
    await ok(apple, NOTES, { id, input: { verificationNote: '已核對身份證', purchaseNote: null } });
    expect(await row(a.id)).toMatchObject({ attendanceNote: '準時到達', verificationNote: '已核對身份證', purchaseNote: '' });
    await ok(apple, NOTES, { id, input: { attendanceNote: '準時到達' } });
    const audits = await auditsOf(a.id);
    expect(audits.map((e) => e.action)).toEqual(['notes', 'notes']);
    expect(JSON.parse(audits[1].before!)).toEqual({ verificationNote: '', purchaseNote: '買了面霜' });
    expect(JSON.parse(audits[1].after!)).toEqual({ verificationNote: '已核對身份證', purchaseNote: '' });
    const tooLong = errorOf(await call(apple, NOTES, { id, input: { purchaseNote: '好'.repeat(501) } }, 'zh-HK'));
    expect(tooLong).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purchaseNote', message: '「購買備註」無效：最多 500 字元' });
    await ok(apple, NOTES, { id, input: { purchaseNote: '好'.repeat(500) } });
    expect(Array.from((await row(a.id)).purchaseNote)).toHaveLength(500);
  });
});

describe('visibility', () => {
  it('answers NOT_FOUND for an appointment of a member the viewer may not see, and changes nothing', async () => {
    const a = await anAppointment({ member: await aMember(ds, tko, group), startsAt: today() });
    for (const [mutation, variables] of [
      [ARRIVE, { id: String(a.id) }],
      [NO_SHOW, { id: String(a.id) }],
      [NOTES, { id: String(a.id), input: { attendanceNote: 'x' } }],
    ] as const) {
      expect(errorOf(await call(holly, mutation, variables)).code).toBe('NOT_FOUND');
    }
    expect(errorOf(await call(holly, ARRIVE, { id: '999999' })).code).toBe('NOT_FOUND');
    expect(await row(a.id)).toMatchObject({ status: AppointmentStatus.BOOKED, attendanceNote: '' });
  });
});

describe('the boards', () => {
  let day: Record<string, Appointment>;
  let chan: Member;
  let lee: Member;
  let wong: Member;

  beforeAll(async () => {
    chan = await aMember(ds, tko, group, { memberNo: 'A003', lastName: '陳', firstName: '大文', phone: '11335577', consultantId: consultant.id });
    lee = await aMember(ds, tko, group, { lastName: 'Lee', firstName: 'Amy' });
    wong = await aMember(ds, tst, group);
    day = {
      // Local midnight in Hong Kong is 16:00 UTC the day before: these two belong to 2031-05-05.
      early: await anAppointment({ member: lee, startsAt: hk('2031-05-05T00:00'), beautician: molly }),
      late: await anAppointment({ member: chan, startsAt: hk('2031-05-05T23:30'), beautician: null }),
      chan5pm: await anAppointment({ member: chan, startsAt: hk('2031-05-05T17:00') }),
      arrived: await anAppointment({ member: lee, startsAt: hk('2031-05-05T15:30'), status: AppointmentStatus.ARRIVED }),
      wongs: await anAppointment({ member: wong, startsAt: hk('2031-05-05T12:00') }),
      cancelled: await anAppointment({ member: chan, startsAt: hk('2031-05-05T11:00'), status: AppointmentStatus.CANCELLED }),
      completed: await anAppointment({ member: chan, startsAt: hk('2031-05-05T10:00'), status: AppointmentStatus.COMPLETED }),
      dayBefore: await anAppointment({ member: chan, startsAt: hk('2031-05-04T23:59') }),
      dayAfter: await anAppointment({ member: chan, startsAt: hk('2031-05-06T00:00') }),
      otherBranch: await anAppointment({ member: chan, branch: bkk, startsAt: hk('2031-05-05T12:00') }),
    };
    await ds.getRepository(Appointment).update({ id: day.arrived.id }, { arrivedAt: new Date(Date.now() - 81 * 60_000 - 5000) });
  });

  it('lists the day\'s booked and arrived appointments in the branch time zone, by start, with everything a row shows', async () => {
    const board = (await ok(manager, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05' })).arrivalBoard;
    expect(board.nodes.map((n: { id: string }) => Number(n.id))).toEqual([day.early.id, day.wongs.id, day.arrived.id, day.chan5pm.id, day.late.id]);
    expect(board).toMatchObject({ memberCount: 3, appointmentCount: 5, timeZone: 'Asia/Hong_Kong', canVerify: true });
    expect(board.nodes[3]).toMatchObject({
      startsAt: hk('2031-05-05T17:00').toISOString(),
      endsAt: hk('2031-05-05T17:30').toISOString(),
      note: 'K11',
      member: { memberNo: 'A003', displayName: '陳大文', phone: '11335577', consultant: { displayName: 'Candy Chan' } },
      beautician: { displayName: 'Betty' },
      treatment: { code: 'AP03', name: '深層面部護理' },
      equipment: { code: 'E01' },
      room: { name: 'Room 20' },
    });
    expect(board.nodes[0].beautician).toEqual({ displayName: 'Molly' });
    expect(board.nodes[4].beautician).toBeNull();
  });

  it('shows the viewer only appointments of members they may see, and tells who may verify', async () => {
    const board = (await ok(apple, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05' })).arrivalBoard;
    expect(board.nodes.map((n: { id: string }) => Number(n.id))).toEqual([day.early.id, day.arrived.id, day.chan5pm.id, day.late.id]);
    expect(board).toMatchObject({ memberCount: 2, appointmentCount: 4, canVerify: false });
    expect((await ok(frontDesk, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05' })).arrivalBoard.canVerify).toBe(true);
    await setVerification(false);
    expect((await ok(frontDesk, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05' })).arrivalBoard.canVerify).toBe(false);
  });

  it('uses the branch\'s own time zone for its day', async () => {
    const board = (await ok(manager, ARRIVALS, { branchId: String(bkk.id), date: '2031-05-05' })).arrivalBoard;
    expect(board.timeZone).toBe('Asia/Bangkok');
    expect(board.nodes.map((n: { id: string }) => Number(n.id))).toEqual([day.otherBranch.id]);
    // 23:30 in Hong Kong is 22:30 in Bangkok the same day; 00:00 Hong Kong on the 6th is 23:00 on the 5th there.
    const moved = await anAppointment({ member: chan, branch: bkk, startsAt: hk('2031-05-06T00:30') });
    const again = (await ok(manager, ARRIVALS, { branchId: String(bkk.id), date: '2031-05-05' })).arrivalBoard;
    expect(again.nodes.map((n: { id: string }) => Number(n.id))).toEqual([day.otherBranch.id, moved.id]);
  });

  it('pages by start time with counts over the whole day', async () => {
    const one = (await ok(manager, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05', first: 2 })).arrivalBoard;
    expect(one.nodes).toHaveLength(2);
    expect(one).toMatchObject({ memberCount: 3, appointmentCount: 5, pageInfo: { hasNextPage: true } });
    const two = (await ok(manager, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05', first: 2, after: one.pageInfo.endCursor })).arrivalBoard;
    const three = (await ok(manager, ARRIVALS, { branchId: String(tko.id), date: '2031-05-05', first: 2, after: two.pageInfo.endCursor })).arrivalBoard;
    expect([...one.nodes, ...two.nodes, ...three.nodes].map((n: { id: string }) => Number(n.id))).toEqual([
      day.early.id, day.wongs.id, day.arrived.id, day.chan5pm.id, day.late.id,
    ]);
    expect(three.pageInfo.hasNextPage).toBe(false);
  });

  it('lists arrived appointments on the completion board with minutes since arrival', async () => {
    const board = (await ok(manager, COMPLETIONS, { branchId: String(tko.id), date: '2031-05-05' })).completionBoard;
    expect(board.nodes).toHaveLength(1);
    expect(board.nodes[0]).toMatchObject({ id: String(day.arrived.id), minutesSinceArrival: 81, beautician: { displayName: 'Betty' }, room: { name: 'Room 20' } });
    expect(board.nodes[0].arrivedAt).not.toBeNull();
    expect(board).toMatchObject({ memberCount: 1, appointmentCount: 1 });
  });

  it('answers the boards\' and the day page\'s own documents as Apollo sends them', async () => {
    const operations = pageOperations({ ...boardDocuments, ...dayDocuments });
    const board = { branchId: String(tko.id), date: '2031-05-05', first: boardDocuments.BOARD_PAGE_SIZE };
    const arrivals = await call(frontDesk, operations.get('ArrivalBoard')!, board);
    expect(arrivals.errors).toBeUndefined();
    expect(arrivals.data!.board).toMatchObject({ __typename: 'ArrivalBoardConnection', appointmentCount: 4, canVerify: true });
    const completions = await call(frontDesk, operations.get('CompletionBoard')!, board);
    expect(completions.errors).toBeUndefined();
    expect(completions.data!.board.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([day.arrived.id]);
    const counts = await call(frontDesk, operations.get('AppointmentDayCounts')!, { branchId: String(tko.id), date: '2031-05-05' });
    expect(counts.data).toMatchObject({ arrivals: { appointmentCount: 4 }, completions: { appointmentCount: 1 } });
    expect((await call(frontDesk, operations.get('AppointmentDayBranches')!)).data!.branches.nodes.map((b: { id: string }) => b.id)).toContain(String(tko.id));
  });

  it('refuses a bad date naming the field, and an unknown branch', async () => {
    for (const date of ['2031-02-30', '5/5/2031', '']) {
      expect(errorOf(await call(manager, ARRIVALS, { branchId: String(tko.id), date }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    }
    expect(errorOf(await call(manager, COMPLETIONS, { branchId: '999999', date: '2031-05-05' })).code).toBe('NOT_FOUND');
  });

  it('reads a page in a constant number of queries however many rows it holds', async () => {
    const branch = await aBranch(ds);
    const count = async () => countQueries(ds, () => ok(manager, ARRIVALS, { branchId: String(branch.id), date: '2031-06-01' }));
    const others = [molly, betty, consultant];
    for (let i = 0; i < 3; i++) {
      await anAppointment({ member: await aMember(ds, tko, group, { consultantId: others[i].id }), branch, startsAt: hk(`2031-06-01T1${i}:00`), beautician: others[i % 2] });
    }
    const few = await count();
    for (let i = 3; i < 12; i++) {
      const member = await aMember(ds, tko, group, { consultantId: others[i % 3].id });
      await anAppointment({ member, branch, startsAt: hk(`2031-06-01T${10 + i}:00`), beautician: others[i % 2] });
    }
    const many = await count();
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });
});
