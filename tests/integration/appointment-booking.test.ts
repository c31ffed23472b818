/**
 * Booking, editing, rescheduling and cancelling through the real GraphQL route, on SQLite and
 * (with TEST_DATABASE_URL) MariaDB: stored rows, resources picked and checked, stale versions,
 * booking from a contact (offer codes, booked status, the log, the list row), permissions,
 * visibility, audit entries, and the member's appointments newest first.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, AuditLog, Campaign, CampaignMember, ContactLog, ContactSettings, Offer, type Member, type Branch, type Equipment,
  type MemberGroup, type Room, type Staff, type Treatment,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactMember, methodId, statusId } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { BOOKING_NOTE_REFUSAL } from '../helpers/form-refusals';
import { pageOperations } from '../helpers/page-documents';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import {
  APPOINTMENT_FIELDS, aRoom, aTreatment, anEquipment, BOOK, call, CANCEL, errorOf, hkAt, ok, openEveryDay, UPDATE, worksEveryDay,
} from './appointment-booking.fixtures';

let db: TestDatabase;
let ds: DataSource;
let tst: Branch;
let tko: Branch;
let group: MemberGroup;
let manager: Staff;
let apple: Staff; // salesperson at TST
let candy: Staff; // salesperson at TST, sees only her own contacts
let kelly: Staff; // salesperson at TKO: cannot see TST members
let betty: Staff; // beautician
let molly: Staff; // beautician
let facialRoom: Room;
let facialRoom2: Room;
let e01: Equipment;
let facialC: Treatment; // 90 min + 15 buffer, a facial room and E01
let campaign: Campaign;
let dayOffset = 10;

/** A fresh day for each test, so tests do not compete for slots. */
const nextDay = () => ++dayOffset;

async function bookFor(member: Member, input: Record<string, unknown>, by: Staff = apple) {
  return call(by, BOOK, { input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(betty.id), ...input } });
}

async function booked(member: Member, input: Record<string, unknown>, by: Staff = apple) {
  const body = await bookFor(member, input, by);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!.bookAppointment as Record<string, any>;
}

async function auditOf(entityType: string, entityId: number | string): Promise<AuditLog[]> {
  return ds.getRepository(AuditLog).find({ where: { entityType, entityId: Number(entityId) }, order: { id: 'ASC' } });
}

const parse = (json: string | null) => (json ? JSON.parse(json) : null);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tst = await aBranch(ds, { code: 'TST', name: 'TST', timeZone: 'Asia/Hong_Kong' });
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO', timeZone: 'Asia/Hong_Kong' });
  await openEveryDay(ds, tst);
  await openEveryDay(ds, tko);
  group = await aMemberGroup(ds);
  manager = await aStaff(ds, tst, [StaffRole.MANAGER], { displayName: 'HKB2B Support' });
  apple = await aStaff(ds, tst, [StaffRole.SALESPERSON], { displayName: 'Apple Yu' });
  candy = await aStaff(ds, tst, [StaffRole.SALESPERSON], { displayName: 'Candy Chan' });
  kelly = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Kelly Ho' });
  betty = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { displayName: 'Betty' });
  molly = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { displayName: 'Molly' });
  await worksEveryDay(ds, betty, tst);
  await worksEveryDay(ds, molly, tst);
  facialRoom = await aRoom(ds, tst, 'Room 20', 'facial');
  facialRoom2 = await aRoom(ds, tst, 'Room 21', 'facial');
  e01 = await anEquipment(ds, tst, 'E01', 2);
  facialC = await aTreatment(ds, { code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 15, roomType: 'facial', equipmentCode: 'E01' });
  const offer = await ds.getRepository(Offer).save({ code: 'AP', name: 'Apple offer', analysisCode: 'K11', isMarketing: true });
  campaign = await ds.getRepository(Campaign).save({ code: 'junebirth', name: '6月生日會員優惠', offerId: offer.id });
});

afterAll(async () => {
  await db.drop();
});

describe('booking', () => {
  it('stores the appointment with its times, a free room and equipment unit, and audits it', async () => {
    const member = await aMember(ds, tst, group);
    const startsAt = hkAt(nextDay(), 15, 30);
    const a = await booked(member, { treatmentId: String(facialC.id), startsAt: startsAt.toISOString(), note: '  first visit  ' });
    expect(a).toMatchObject({
      status: 'BOOKED', version: 1, note: 'first visit', offerCode: null, contactMember: null,
      member: { id: String(member.id) }, branch: { id: String(tst.id) }, beautician: { id: String(betty.id) },
      room: { id: String(facialRoom.id) }, equipment: { id: String(e01.id) }, treatment: { id: String(facialC.id) },
      createdBy: { id: String(apple.id) }, updatedBy: { id: String(apple.id) },
    });
    const row = await ds.getRepository(Appointment).findOneByOrFail({ id: Number(a.id) });
    expect(row.startsAt.getTime()).toBe(startsAt.getTime());
    expect(row.endsAt.getTime() - startsAt.getTime()).toBe(90 * 60_000);
    expect(row.blockedUntil.getTime() - startsAt.getTime()).toBe(105 * 60_000);
    const audit = await auditOf('appointment', a.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorId: apple.id });
    expect(parse(audit[0].after)).toMatchObject({ memberId: member.id, beauticianId: betty.id, roomId: facialRoom.id, equipmentId: e01.id, status: 'booked' });
  });

  it('picks another free room of the type, and refuses when the beautician is busy (buffer included)', async () => {
    const day = nextDay();
    const [m1, m2, m3] = [await aMember(ds, tst, group), await aMember(ds, tst, group), await aMember(ds, tst, group)];
    await booked(m1, { treatmentId: String(facialC.id), startsAt: hkAt(day, 10).toISOString() });
    const second = await booked(m2, { treatmentId: String(facialC.id), beauticianId: String(molly.id), startsAt: hkAt(day, 10).toISOString() });
    expect(second.room).toEqual({ id: String(facialRoom2.id) });
    // Betty's 10:00 facial ends 11:30 and blocks her until 11:45.
    const busy = errorOf(await bookFor(m3, { minutes: 30, startsAt: hkAt(day, 11, 30).toISOString() }));
    expect(busy).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(busy.message).toContain('Betty is already booked');
    await booked(m3, { minutes: 30, startsAt: hkAt(day, 11, 45).toISOString() });
  });

  it('explains a taken slot in the caller\'s language', async () => {
    const day = nextDay();
    await booked(await aMember(ds, tst, group), { minutes: 60, startsAt: hkAt(day, 12).toISOString() });
    const member = await aMember(ds, tst, group);
    const body = await call(apple, BOOK, {
      input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: String(betty.id), minutes: 60, startsAt: hkAt(day, 12, 30).toISOString() },
    }, 'zh-HK');
    expect(errorOf(body)).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(body.errors![0].message).toContain('美容師 Betty 在這時間已有預約');
  });

  it('refuses past times, closed hours and staff who are not beauticians, naming the field', async () => {
    const member = await aMember(ds, tst, group);
    expect(errorOf(await bookFor(member, { minutes: 30, startsAt: new Date(Date.now() - 3_600_000).toISOString() }))).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(errorOf(await bookFor(member, { minutes: 30, startsAt: hkAt(nextDay(), 22).toISOString() }))).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(errorOf(await bookFor(member, { minutes: 30, beauticianId: String(apple.id), startsAt: hkAt(nextDay(), 12).toISOString() }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'beauticianId',
    });
    expect(errorOf(await bookFor(member, { minutes: 30, note: 'x'.repeat(501), startsAt: hkAt(nextDay(), 12).toISOString() }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'note',
    });
    const otherRoom = await aRoom(ds, tko, 'TKO Room', 'facial');
    expect(errorOf(await bookFor(member, { treatmentId: String(facialC.id), roomId: String(otherRoom.id), startsAt: hkAt(nextDay(), 12).toISOString() }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'roomId',
    });
    expect(await ds.getRepository(Appointment).countBy({ memberId: member.id })).toBe(0);
  });

  it('refuses a note over 500 characters, booking or editing, in the words the booking review and the editor show (tests/ui/booking-forms.test.tsx)', async () => {
    const member = await aMember(ds, tst, group);
    const refusal = { code: 'BAD_USER_INPUT', field: 'note', message: BOOKING_NOTE_REFUSAL };
    expect(errorOf(await bookFor(member, { minutes: 30, note: 'x'.repeat(501), startsAt: hkAt(nextDay(), 12).toISOString() }))).toMatchObject(refusal);
    const a = await booked(member, { minutes: 30, note: ` ${'x'.repeat(500)} `, startsAt: hkAt(nextDay(), 12).toISOString() });
    expect(a.note).toBe('x'.repeat(500));
    expect(errorOf(await call(apple, UPDATE, { id: a.id, input: { note: '美'.repeat(501), version: a.version } }))).toMatchObject(refusal);
    expect(errorOf(await call(apple, UPDATE, { id: a.id, input: { beauticianId: null, version: a.version } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beauticianId' });
  });

  it('hides members outside the viewer\'s branch or in the recycle bin (NOT_FOUND)', async () => {
    const member = await aMember(ds, tst, group);
    expect(errorOf(await bookFor(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString() }, kelly)).code).toBe('NOT_FOUND');
    const binned = await aMember(ds, tst, group, { deletedAt: new Date(), deletedById: manager.id });
    expect(errorOf(await bookFor(binned, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString() })).code).toBe('NOT_FOUND');
    const a = await booked(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString() });
    expect(errorOf(await call(kelly, `query ($id: ID!) { appointment(id: $id) { id } }`, { id: a.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await call(kelly, CANCEL, { id: a.id })).code).toBe('NOT_FOUND');
    expect((await ok(manager, `query ($id: ID!) { appointment(id: $id) { id } }`, { id: a.id })).appointment.id).toBe(a.id);
  });
});

describe('editing and rescheduling', () => {
  it('moves an appointment (it does not collide with itself), bumps the version and audits the change', async () => {
    const day = nextDay();
    const member = await aMember(ds, tst, group);
    const a = await booked(member, { treatmentId: String(facialC.id), startsAt: hkAt(day, 10).toISOString() });
    const moved = (await ok(apple, UPDATE, { id: a.id, input: { startsAt: hkAt(day, 10, 30).toISOString(), beauticianId: String(molly.id), version: a.version } }))
      .updateAppointment;
    expect(moved).toMatchObject({ version: 2, beautician: { id: String(molly.id) }, room: { id: String(facialRoom.id) } });
    const row = await ds.getRepository(Appointment).findOneByOrFail({ id: Number(a.id) });
    expect(row.startsAt.getTime()).toBe(hkAt(day, 10, 30).getTime());
    expect(row.blockedUntil.getTime()).toBe(hkAt(day, 12, 15).getTime());
    const audit = await auditOf('appointment', a.id);
    expect(audit.map((x) => x.action)).toEqual(['create', 'reschedule']);
    expect(parse(audit[1].before)).toMatchObject({ beauticianId: betty.id, startsAt: hkAt(day, 10).toISOString() });
    expect(parse(audit[1].after)).toMatchObject({ beauticianId: molly.id, startsAt: hkAt(day, 10, 30).toISOString() });

    const noted = (await ok(apple, UPDATE, { id: a.id, input: { note: 'bring card', version: 2 } })).updateAppointment;
    expect(noted).toMatchObject({ note: 'bring card', version: 3 });
    expect((await auditOf('appointment', a.id)).map((x) => x.action)).toEqual(['create', 'reschedule', 'update']);
  });

  it('refuses a stale version and a taken slot with CONFLICT, changing nothing', async () => {
    const day = nextDay();
    const a = await booked(await aMember(ds, tst, group), { minutes: 60, startsAt: hkAt(day, 10).toISOString() });
    await booked(await aMember(ds, tst, group), { minutes: 60, beauticianId: String(molly.id), startsAt: hkAt(day, 14).toISOString() });
    await ok(apple, UPDATE, { id: a.id, input: { note: 'changed by someone', version: 1 } });
    expect(errorOf(await call(apple, UPDATE, { id: a.id, input: { note: 'mine', version: 1 } }))).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const taken = errorOf(await call(apple, UPDATE, { id: a.id, input: { startsAt: hkAt(day, 14, 30).toISOString(), beauticianId: String(molly.id), version: 2 } }));
    expect(taken).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(taken.message).toContain('Molly');
    const row = await ds.getRepository(Appointment).findOneByOrFail({ id: Number(a.id) });
    expect(row).toMatchObject({ note: 'changed by someone', version: 2, beauticianId: betty.id });
  });
});

describe('cancelling', () => {
  it('frees the slot, records who and when, and refuses a second cancel', async () => {
    const day = nextDay();
    const a = await booked(await aMember(ds, tst, group), { minutes: 60, startsAt: hkAt(day, 10).toISOString() });
    const cancelled = (await ok(candy, CANCEL, { id: a.id })).cancelAppointment;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', closedBy: { id: String(candy.id) }, updatedBy: { id: String(candy.id) } });
    expect(cancelled.closedAt).toBeTruthy();
    expect((await ds.getRepository(Appointment).findOneByOrFail({ id: Number(a.id) })).status).toBe(AppointmentStatus.CANCELLED);
    await booked(await aMember(ds, tst, group), { minutes: 60, startsAt: hkAt(day, 10).toISOString() });
    expect(errorOf(await call(candy, CANCEL, { id: a.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(errorOf(await call(candy, UPDATE, { id: a.id, input: { note: 'x', version: 2 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const audit = await auditOf('appointment', a.id);
    expect(audit.map((x) => x.action)).toEqual(['create', 'cancel']);
    expect(parse(audit[1].after)).toMatchObject({ status: 'cancelled', closedById: candy.id });
  });
});

describe('booking from a contact', () => {
  const CONTACT = `query ($id: ID!) {
    contactMember(id: $id) { id bookedAt appointment { id } status { key } lastLog { note method { key } status { key } } }
  }`;

  async function setAllowBooking(allow: boolean) {
    await ds.getRepository(ContactSettings).update({ id: 1 }, { allowBooking: allow });
  }

  it('carries the offer codes, marks the contact booked with a log, and shows in the contact list', async () => {
    const member = await aMember(ds, tst, group);
    const cm = await aContactMember(ds, campaign, member, apple);
    const startsAt = hkAt(nextDay(), 15, 30);
    const a = await booked(member, { treatmentId: String(facialC.id), startsAt: startsAt.toISOString(), contactMemberId: String(cm.id) });
    expect(a).toMatchObject({ offerCode: 'AP', analysisCode: 'K11', contactMember: { id: String(cm.id) } });

    const row = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect(row.appointmentId).toBe(Number(a.id));
    expect(row.bookedAt).toBeTruthy();
    expect(row.statusId).toBe(await statusId(ds, 'booked'));
    const logs = await ds.getRepository(ContactLog).findBy({ campaignMemberId: cm.id });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ methodId: await methodId(ds, 'phone'), statusId: await statusId(ds, 'booked'), createdById: apple.id });
    const date = new Intl.DateTimeFormat('zh-HK', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: 'long', day: 'numeric' }).format(startsAt);
    expect(logs[0].note).toBe(`預約 ${date} 15:30 Facial C (T05)`);

    const state = (await ok(apple, CONTACT, { id: String(cm.id) })).contactMember;
    expect(state).toMatchObject({ appointment: { id: a.id }, status: { key: 'booked' }, lastLog: { method: { key: 'phone' }, status: { key: 'booked' } } });
    const list = await ok(apple, `query { contactMembers(filter: { booked: true }) { nodes { id status { key } bookedAt } } }`);
    expect(list.contactMembers.nodes).toContainEqual(expect.objectContaining({ id: String(cm.id), status: { key: 'booked' } }));

    expect((await auditOf('contactMember', cm.id)).map((x) => x.action)).toEqual(['booked']);
    expect((await auditOf('contactLog', logs[0].id)).map((x) => x.action)).toEqual(['create']);

    // Cancelling unlinks the contact; the status stays for the salesperson to decide.
    await ok(apple, CANCEL, { id: a.id });
    const after = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect(after).toMatchObject({ appointmentId: null, bookedAt: null, statusId: await statusId(ds, 'booked') });
    expect((await auditOf('contactMember', cm.id)).map((x) => x.action)).toEqual(['booked', 'bookingCancelled']);
    expect((await ok(apple, CONTACT, { id: String(cm.id) })).contactMember).toMatchObject({ appointment: null, bookedAt: null, status: { key: 'booked' } });
  });

  it('is FORBIDDEN when the contact settings do not allow booking', async () => {
    const member = await aMember(ds, tst, group);
    const cm = await aContactMember(ds, campaign, member, apple);
    await setAllowBooking(false);
    try {
      const body = await bookFor(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString(), contactMemberId: String(cm.id) });
      expect(errorOf(body).code).toBe('FORBIDDEN');
    } finally {
      await setAllowBooking(true);
    }
    expect(await ds.getRepository(Appointment).countBy({ memberId: member.id })).toBe(0);
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id })).appointmentId).toBeNull();
  });

  it('is NOT_FOUND for a contact the viewer may not see, and refuses another member\'s contact', async () => {
    const member = await aMember(ds, tst, group);
    const candysContact = await aContactMember(ds, campaign, member, candy);
    expect(errorOf(await bookFor(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString(), contactMemberId: String(candysContact.id) })).code).toBe(
      'NOT_FOUND',
    );
    const other = await aContactMember(ds, campaign, await aMember(ds, tst, group), apple);
    expect(errorOf(await bookFor(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString(), contactMemberId: String(other.id) }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'contactMemberId',
    });
    // Booked by the manager from Candy's contact: Apple sees the appointment but not the contact.
    const a = await booked(member, { minutes: 30, startsAt: hkAt(nextDay(), 12).toISOString(), contactMemberId: String(candysContact.id) }, manager);
    const seen = (await ok(apple, `query ($id: ID!) { appointment(id: $id) { id contactMember { id } } }`, { id: a.id })).appointment;
    expect(seen).toEqual({ id: a.id, contactMember: null });
  });
});

describe('the member\'s appointments (預約表 > 會員)', () => {
  const APPOINTMENTS = `query ($id: ID!, $first: Int, $after: String) {
    member(id: $id) {
      appointments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${APPOINTMENT_FIELDS} } }
      campaigns { nodes { id campaign { id } contactMember { id status { key } lastLog { note } } } }
    }
  }`;

  it('lists them newest first, a page at a time, with the member\'s campaigns and their contact state', async () => {
    const member = await aMember(ds, tst, group);
    const days = [nextDay(), nextDay(), nextDay()];
    const made = [];
    for (const day of [days[1], days[0], days[2]]) made.push(await booked(member, { minutes: 30, startsAt: hkAt(day, 13).toISOString() }));
    const cm = await aContactMember(ds, campaign, member, apple);

    const first = (await ok(apple, APPOINTMENTS, { id: String(member.id), first: 2 })).member;
    expect(first.appointments.totalCount).toBe(3);
    expect(first.appointments.nodes.map((n: { id: string }) => n.id)).toEqual([made[2].id, made[0].id]);
    expect(first.appointments.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(apple, APPOINTMENTS, { id: String(member.id), first: 2, after: first.appointments.pageInfo.endCursor })).member;
    expect(rest.appointments.nodes.map((n: { id: string }) => n.id)).toEqual([made[1].id]);
    expect(rest.appointments.pageInfo.hasNextPage).toBe(false);
    expect(first.campaigns.nodes).toEqual([{ id: String(cm.id), campaign: { id: String(campaign.id) }, contactMember: { id: String(cm.id), status: { key: 'not_notified' }, lastLog: null } }]);
  });

  it('resolves the list\'s beauticians, rooms, treatments and contacts in a fixed number of queries (no N+1)', async () => {
    const LIST = `query ($id: ID!) {
      member(id: $id) { appointments(first: 50) { nodes { id branch { id } beautician { id } room { id } equipment { id } treatment { id } contactMember { id } createdBy { id } } } }
    }`;
    const fewer = await aMember(ds, tst, group);
    const more = await aMember(ds, tst, group);
    const only = await aContactMember(ds, await ds.getRepository(Campaign).save({ code: `c-${fewer.id}`, name: 'C' }), fewer, apple);
    await booked(fewer, { treatmentId: String(facialC.id), startsAt: hkAt(nextDay(), 9).toISOString(), contactMemberId: String(only.id) });
    for (let i = 0; i < 6; i++) {
      const cm = await aContactMember(ds, await ds.getRepository(Campaign).save({ code: `c${i}-${more.id}`, name: `C${i}` }), more, apple);
      await booked(more, { treatmentId: String(facialC.id), beauticianId: String(i % 2 ? molly.id : betty.id), startsAt: hkAt(nextDay(), 9).toISOString(), contactMemberId: String(cm.id) });
    }
    await ok(apple, LIST, { id: String(fewer.id) });
    const one = await countQueries(ds, () => ok(apple, LIST, { id: String(fewer.id) }));
    const six = await countQueries(ds, () => ok(apple, LIST, { id: String(more.id) }));
    expect((await ok(apple, LIST, { id: String(more.id) })).member.appointments.nodes).toHaveLength(6);
    expect(six).toBe(one);
  });
});

describe('the booking screens\' own documents', () => {
  it('run as Apollo sends them, inside the API\'s limits', async () => {
    const docs = await import('../../components/appointments/booking/booking-documents');
    const criteriaHelpers = await import('../../components/appointments/booking/booking-data');
    const operations = pageOperations(docs);
    const send = async (name: string, variables: Record<string, unknown> = {}) => ok(apple, operations.get(name)!, variables);
    const member = await aMember(ds, tst, group);
    const cm = await aContactMember(ds, campaign, member, apple);
    const day = nextDay();
    const options = await send('BookingOptions');
    expect(options.viewer.branch.id).toBe(String(tst.id));
    expect(options.treatments.nodes).toContainEqual(expect.objectContaining({ __typename: 'Treatment', id: String(facialC.id), series: 'Facial' }));
    const resources = await send('BookingBranchResources', { branchId: String(tst.id) });
    expect(resources.beauticians.nodes.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([String(betty.id), String(molly.id)]));
    const criteria = {
      ...criteriaHelpers.defaultCriteria(String(tst.id), 'Asia/Hong_Kong', hkAt(day, 0)),
      treatmentId: String(facialC.id),
      fromDate: criteriaHelpers.localDate(hkAt(day, 12), 'Asia/Hong_Kong'),
    };
    const suggested = (await send('BookingSuggestions', { input: criteriaHelpers.suggestionInput({ ...criteria, toDate: criteria.fromDate }, null) })).suggestSlots;
    expect(suggested.slots.length).toBeGreaterThan(0);
    const slot = suggested.slots[0];
    const bookedOne = (await send('BookAppointment', {
      input: { memberId: String(member.id), branchId: String(tst.id), beauticianId: slot.beautician.id, startsAt: slot.startsAt, treatmentId: String(facialC.id), roomId: slot.room?.id ?? null, contactMemberId: String(cm.id) },
    })).bookAppointment;
    expect(bookedOne.startsAt).toBe(slot.startsAt);
    expect((await send('ContactBooking', { id: String(cm.id) })).contactMember.appointment.id).toBe(bookedOne.id);
    const pageData = (await send('MemberBookingPage', { id: String(member.id) })).member;
    expect(pageData.appointments.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([bookedOne.id]);
    expect((await send('MemberBookingCampaigns', { id: String(member.id) })).member.campaigns.nodes[0].contactMember.status.label).toBeTruthy();
    expect((await send('MemberAppointments', { id: String(member.id) })).member.appointments.totalCount).toBe(1);
    const updated = (await send('UpdateAppointment', { id: bookedOne.id, input: { note: 'x', version: bookedOne.version } })).updateAppointment;
    expect(updated.version).toBe(bookedOne.version + 1);
    expect((await send('CancelAppointment', { id: bookedOne.id })).cancelAppointment.status).toBe('CANCELLED');
  });

  it('keep the member page\'s first page under the cost limit with 20 appointments', async () => {
    const operations = pageOperations(await import('../../components/appointments/booking/booking-documents'));
    const member = await aMember(ds, tst, group);
    for (let i = 0; i < 21; i++) await booked(member, { minutes: 30, startsAt: hkAt(nextDay(), 10).toISOString() });
    const page = (await ok(apple, operations.get('MemberBookingPage')!, { id: String(member.id) })).member.appointments;
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(apple, operations.get('MemberAppointments')!, { id: String(member.id), after: page.pageInfo.endCursor })).member.appointments;
    expect(rest.edges).toHaveLength(1);
  });
});
