import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  AppointmentSettings, AuditLog, BranchClosedDay, BranchHours, Equipment, Room, ScheduleException, Staff, Treatment, WorkSchedule, type Branch,
} from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { DEMO_MANAGER_LOGIN } from '../../services/seed/demo-data';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { aBranch, aStaff } from '../helpers/fixtures';
import { as, signedIn } from '../helpers/member-lifecycle-fixtures';
import { statementShapes } from '../helpers/query-counter';
import { LONG_REASON, RESOURCE_REFUSALS as REFUSED } from '../helpers/resource-refusals';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** A taken code or key has its own error code; every other bad value is BAD_USER_INPUT. */
const codeFor = (en: string) => (en.endsWith('already used') ? 'ALREADY_USED' : 'BAD_USER_INPUT');

let db: TestDatabase;
let ds: DataSource;
let tst: Branch;
let tko: Branch;
let manager: Staff;
let admin: Staff;
let salesperson: Staff;
let betty: Staff;
let yuki: Staff;

const TREATMENT_FIELDS = 'id code name series durationMinutes bufferMinutes priceCents equipmentCode roomType active';
const CREATE_TREATMENT = `mutation($input: TreatmentInput!) { createTreatment(input: $input) { ${TREATMENT_FIELDS} } }`;
const UPDATE_TREATMENT = `mutation($id: ID!, $input: TreatmentInput!) { updateTreatment(id: $id, input: $input) { ${TREATMENT_FIELDS} } }`;
const TREATMENTS = `query($search: String, $series: String, $inactive: Boolean, $first: Int, $after: String) {
  treatments(search: $search, series: $series, includeInactive: $inactive, first: $first, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } totalCount } }`;
const CREATE_EQUIPMENT = 'mutation($b: ID!, $input: EquipmentInput!) { createEquipment(branchId: $b, input: $input) { id code name count active branch { code } } }';
const UPDATE_EQUIPMENT = 'mutation($id: ID!, $input: EquipmentInput!) { updateEquipment(id: $id, input: $input) { id code name count active } }';
const EQUIPMENT = 'query($b: ID, $inactive: Boolean) { equipment(branchId: $b, includeInactive: $inactive) { nodes { code count branch { code } } totalCount } }';
const CREATE_ROOM = 'mutation($b: ID!, $input: RoomInput!) { createRoom(branchId: $b, input: $input) { id name type active branch { code } } }';
const UPDATE_ROOM = 'mutation($id: ID!, $input: RoomInput!) { updateRoom(id: $id, input: $input) { id name type active } }';
const ROOMS = 'query($b: ID, $inactive: Boolean, $first: Int) { rooms(branchId: $b, includeInactive: $inactive, first: $first) { nodes { name type active branch { code } } totalCount } }';
const SET_HOURS = 'mutation($b: ID!, $days: [BranchHoursInput!]!) { setBranchHours(branchId: $b, days: $days) { weekday opensAt closesAt } }';
const HOURS = 'query($b: ID!) { branchHours(branchId: $b) { weekday opensAt closesAt } }';
const ADD_CLOSED = 'mutation($b: ID!, $input: BranchClosedDayInput!) { addBranchClosedDay(branchId: $b, input: $input) { id date reason branch { code } } }';
const REMOVE_CLOSED = 'mutation($id: ID!) { removeBranchClosedDay(id: $id) }';
const CLOSED = 'query($b: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) { branchClosedDays(branchId: $b, from: $from, to: $to, first: $first, after: $after) { nodes { date reason } pageInfo { hasNextPage endCursor } totalCount } }';
const SET_SCHEDULE = 'mutation($s: ID!, $b: ID!, $days: [WorkScheduleDayInput!]!) { setWorkSchedule(staffId: $s, branchId: $b, days: $days) { weekday startTime endTime branch { code } staff { code } } }';
const SCHEDULES = 'query($s: ID!) { workSchedules(staffId: $s) { weekday startTime endTime branch { code } } }';
const ADD_EXCEPTION = 'mutation($input: ScheduleExceptionInput!) { addScheduleException(input: $input) { id date kind startTime endTime note branch { code } staff { code } } }';
const REMOVE_EXCEPTION = 'mutation($id: ID!) { removeScheduleException(id: $id) }';
const EXCEPTIONS = 'query($s: ID!, $from: LocalDate, $to: LocalDate) { scheduleExceptions(staffId: $s, from: $from, to: $to) { nodes { date kind startTime endTime note } totalCount } }';
const BEAUTICIANS = 'query($b: ID!, $first: Int, $after: String) { beauticians(branchId: $b, first: $first, after: $after) { nodes { code displayName } pageInfo { hasNextPage endCursor } totalCount } }';
const SETTINGS = 'query { appointmentSettings { slotStepMinutes } }';
const UPDATE_SETTINGS = 'mutation($input: AppointmentSettingsInput!) { updateAppointmentSettings(input: $input) { slotStepMinutes } }';

const facialC = { code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 10, priceCents: 98_000, roomType: 'facial' };
const mon2sat = (startTime: string, endTime: string) => [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startTime, endTime }));

async function auditOf(entityType: string, entityId: number) {
  const rows = await ds.getRepository(AuditLog).find({ where: { entityType, entityId }, order: { id: 'ASC' } });
  return rows.map((r) => ({ action: r.action, actorId: r.actorId, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null }));
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tst = await aBranch(ds, { code: 'TST' });
  tko = await aBranch(ds, { code: 'TKO' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  betty = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { code: 'Betty', displayName: 'Betty' });
  yuki = await aStaff(ds, tko, [StaffRole.SALESPERSON, StaffRole.BEAUTICIAN], { code: 'IS001', displayName: 'Yuki Cheng' });
});

afterAll(() => db.drop());

describe('equipment', () => {
  let e01: { id: string };

  it('is added per branch with a unique code there, listed by branch, and audited', async () => {
    const res = await as(manager, CREATE_EQUIPMENT, { b: String(tst.id), input: { code: ' E01 ', name: 'Equipment 01' } });
    expect(res.body.errors).toBeUndefined();
    e01 = res.body.data!.createEquipment;
    expect(e01).toMatchObject({ code: 'E01', name: 'Equipment 01', count: 1, active: true, branch: { code: 'TST' } });
    expect((await as(admin, CREATE_EQUIPMENT, { b: String(tko.id), input: { code: 'E01', name: 'Equipment 01', count: 2 } })).body.errors).toBeUndefined();

    const dup = await as(manager, CREATE_EQUIPMENT, { b: String(tst.id), input: { code: 'E01', name: 'Another' } });
    expect(dup.body.errors?.[0]).toMatchObject({ message: '"code" is invalid: already used', extensions: { code: 'ALREADY_USED', field: 'code' } });
    expect(await ds.getRepository(Equipment).countBy({ branchId: tst.id })).toBe(1);

    expect((await as(salesperson, EQUIPMENT, { b: String(tst.id) })).body.data!.equipment).toEqual({ nodes: [{ code: 'E01', count: 1, branch: { code: 'TST' } }], totalCount: 1 });
    expect((await as(salesperson, EQUIPMENT, {})).body.data!.equipment.totalCount).toBe(2);
    expect(await auditOf('equipment', Number(e01.id))).toEqual([
      { action: 'create', actorId: manager.id, before: null, after: { branchId: tst.id, code: 'E01', name: 'Equipment 01', count: 1, active: true } },
    ]);
  });

  it.each([
    [{ count: 0 }, 'count', '"count" is invalid: must be between 1 and 999', '「數量」無效：必須介乎 1 至 999'],
    [{ code: '' }, 'code', '"code" is invalid: required', '「代碼」無效：必須輸入'],
    [{ name: 'n'.repeat(101) }, 'name', '"name" is invalid: at most 100 characters', '「名稱」無效：最多 100 字元'],
  ])('refuses bad equipment naming the field (%#)', async (override, field, en, zhHK) => {
    const input = { code: 'E09', name: 'Nine', ...override };
    expect((await as(manager, CREATE_EQUIPMENT, { b: String(tst.id), input }, 'en')).body.errors?.[0]).toMatchObject({ message: en, extensions: { field } });
    expect((await as(manager, CREATE_EQUIPMENT, { b: String(tst.id), input }, 'zh-HK')).body.errors?.[0]).toMatchObject({ message: zhHK, extensions: { field } });
    expect(await ds.getRepository(Equipment).countBy({ code: 'E09' })).toBe(0);
  });

  it('changes count and active flag, audited as a diff; hides inactive equipment unless asked', async () => {
    const res = await as(manager, UPDATE_EQUIPMENT, { id: e01.id, input: { code: 'E01', name: 'Equipment 01', count: 3, active: false } });
    expect(res.body.data!.updateEquipment).toMatchObject({ count: 3, active: false });
    expect((await auditOf('equipment', Number(e01.id)))[1]).toEqual({ action: 'update', actorId: manager.id, before: { count: 1, active: true }, after: { count: 3, active: false } });
    expect((await as(manager, EQUIPMENT, { b: String(tst.id) })).body.data!.equipment.totalCount).toBe(0);
    expect((await as(manager, EQUIPMENT, { b: String(tst.id), inactive: true })).body.data!.equipment.totalCount).toBe(1);
    await as(manager, UPDATE_EQUIPMENT, { id: e01.id, input: { code: 'E01', name: 'Equipment 01', count: 1, active: true } });
  });
});

describe('treatments', () => {
  let t05: { id: string };

  it('are created with their resources, listed, searched and paged, and audited', async () => {
    const res = await as(manager, CREATE_TREATMENT, { input: { ...facialC, equipmentCode: 'E01' } });
    expect(res.body.errors).toBeUndefined();
    t05 = res.body.data!.createTreatment;
    expect(t05).toMatchObject({ ...facialC, equipmentCode: 'E01', active: true });
    const stored = await ds.getRepository(Treatment).findOneByOrFail({ id: Number(t05.id) });
    expect(stored).toMatchObject({ code: 'T05', durationMinutes: 90, bufferMinutes: 10, priceCents: 98_000, equipmentCode: 'E01', roomType: 'facial' });
    expect(await auditOf('treatment', stored.id)).toEqual([{
      action: 'create', actorId: manager.id, before: null,
      after: { code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 10, priceCents: 98_000, equipmentCode: 'E01', roomType: 'facial', active: true },
    }]);

    await as(admin, CREATE_TREATMENT, { input: { code: 'AP03', name: '深層面部護理', series: 'Facial', durationMinutes: 30, priceCents: 90_000 } });
    await as(admin, CREATE_TREATMENT, { input: { code: 'B01', name: 'Body 100%', series: 'Body', durationMinutes: 60, active: false } });

    const list = async (variables: Record<string, unknown>) => (await as(salesperson, TREATMENTS, variables)).body.data!.treatments;
    expect((await list({})).nodes).toEqual([{ code: 'AP03' }, { code: 'T05' }]);
    expect((await list({ inactive: true })).totalCount).toBe(3);
    expect((await list({ search: 'facial c' })).nodes).toEqual([{ code: 'T05' }]);
    expect((await list({ search: '面部' })).nodes).toEqual([{ code: 'AP03' }]);
    expect((await list({ search: '100%', inactive: true })).nodes).toEqual([{ code: 'B01' }]);
    expect((await list({ search: '%' })).nodes).toEqual([]);
    expect((await list({ series: 'Body', inactive: true })).nodes).toEqual([{ code: 'B01' }]);
    const first = await list({ first: 1, inactive: true });
    expect(first).toMatchObject({ nodes: [{ code: 'AP03' }], pageInfo: { hasNextPage: true } });
    expect((await list({ first: 5, after: first.pageInfo.endCursor, inactive: true })).nodes).toEqual([{ code: 'B01' }, { code: 'T05' }]);
    expect((await as(salesperson, 'query { treatmentSeries }')).body.data!.treatmentSeries).toEqual(['Facial']);
  });

  it.each([
    [{ code: '' }, 'code', '"code" is invalid: required'],
    [{ code: 'X'.repeat(21) }, 'code', '"code" is invalid: at most 20 characters'],
    [{ code: 'T05' }, 'code', '"code" is invalid: already used'],
    [{ name: 'n'.repeat(101) }, 'name', '"name" is invalid: at most 100 characters'],
    [{ series: 's'.repeat(51) }, 'series', '"series" is invalid: at most 50 characters'],
    [{ durationMinutes: 4 }, 'durationMinutes', '"duration (minutes)" is invalid: must be between 5 and 600'],
    [{ durationMinutes: 601 }, 'durationMinutes', '"duration (minutes)" is invalid: must be between 5 and 600'],
    [{ bufferMinutes: 121 }, 'bufferMinutes', '"buffer (minutes)" is invalid: must be between 0 and 120'],
    [{ priceCents: -1 }, 'priceCents', '"price" is invalid: must be between 0 and 9007199254740991'],
    [{ roomType: 'r'.repeat(31) }, 'roomType', '"room type needed" is invalid: at most 30 characters'],
    [{ equipmentCode: 'E99' }, 'equipmentCode', '"equipment needed" is invalid: no branch has equipment with this code'],
  ])('refuses a bad treatment naming the field (%#)', async (override, field, en) => {
    const before = await ds.getRepository(Treatment).count();
    const res = await as(manager, CREATE_TREATMENT, { input: { ...facialC, code: 'NEW', ...override } });
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: codeFor(en), field } });
    expect(await ds.getRepository(Treatment).count()).toBe(before);
  });

  it('says so in Chinese too', async () => {
    const res = await as(manager, CREATE_TREATMENT, { input: { ...facialC, code: 'NEW', durationMinutes: 700 } }, 'zh-HK');
    expect(res.body.errors?.[0].message).toBe('「護理時間（分鐘）」無效：必須介乎 5 至 600');
  });

  it('updates every field, refusing another treatment\'s code; audits only what changed', async () => {
    const res = await as(manager, UPDATE_TREATMENT, { id: t05.id, input: { ...facialC, durationMinutes: 75, equipmentCode: null } });
    expect(res.body.data!.updateTreatment).toMatchObject({ durationMinutes: 75, equipmentCode: null });
    expect((await auditOf('treatment', Number(t05.id)))[1]).toEqual({
      action: 'update', actorId: manager.id, before: { durationMinutes: 90, equipmentCode: 'E01' }, after: { durationMinutes: 75, equipmentCode: null },
    });
    const clash = await as(manager, UPDATE_TREATMENT, { id: t05.id, input: { ...facialC, code: 'AP03' } });
    expect(clash.body.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    const missing = await as(manager, UPDATE_TREATMENT, { id: '99999', input: facialC });
    expect(missing.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    await as(manager, UPDATE_TREATMENT, { id: t05.id, input: { ...facialC, equipmentCode: 'E01' } });
  });

  it('keeps an equipment code that treatments need from disappearing', async () => {
    const tko01 = await ds.getRepository(Equipment).findOneByOrFail({ branchId: tko.id, code: 'E01' });
    const tst01 = await ds.getRepository(Equipment).findOneByOrFail({ branchId: tst.id, code: 'E01' });
    expect((await as(manager, UPDATE_EQUIPMENT, { id: String(tko01.id), input: { code: 'E02', name: 'Renamed', count: 2 } })).body.errors).toBeUndefined();
    const last = await as(manager, UPDATE_EQUIPMENT, { id: String(tst01.id), input: { code: 'E03', name: 'Renamed', count: 1 } });
    expect(last.body.errors?.[0]).toMatchObject({
      message: '"code" is invalid: treatments need equipment E01; at least one branch must keep that code', extensions: { field: 'code' },
    });
    expect((await ds.getRepository(Equipment).findOneByOrFail({ id: tst01.id })).code).toBe('E01');
  });
});

describe('rooms', () => {
  it('are unique by name per branch, listed with their branch without a query per row, and audited', async () => {
    for (const name of ['Room 1', 'Room 2', 'Room 3']) {
      expect((await as(manager, CREATE_ROOM, { b: String(tst.id), input: { name, type: 'facial' } })).body.errors).toBeUndefined();
    }
    const body = (await as(manager, CREATE_ROOM, { b: String(tst.id), input: { name: 'Room 20', type: 'body' } })).body.data!.createRoom;
    expect(body).toMatchObject({ name: 'Room 20', type: 'body', active: true, branch: { code: 'TST' } });
    expect((await as(manager, CREATE_ROOM, { b: String(tko.id), input: { name: 'Room 1', type: 'facial' } })).body.errors).toBeUndefined();
    const dup = await as(manager, CREATE_ROOM, { b: String(tst.id), input: { name: 'Room 1', type: 'body' } });
    expect(dup.body.errors?.[0]).toMatchObject({ message: '"name" is invalid: already used', extensions: { field: 'name' } });
    const noType = await as(manager, CREATE_ROOM, { b: String(tst.id), input: { name: 'Room 9', type: '' } }, 'zh-HK');
    expect(noType.body.errors?.[0]).toMatchObject({ message: '「類型」無效：必須輸入', extensions: { field: 'type' } });
    const noBranch = await as(manager, CREATE_ROOM, { b: '99999', input: { name: 'Room 9', type: 'facial' } });
    expect(noBranch.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ds.getRepository(Room).count()).toBe(5);

    const asSalesperson = await signedIn(salesperson);
    const small = await statementShapes(ds, () => asSalesperson(ROOMS, { first: 1 }));
    const large = await statementShapes(ds, () => asSalesperson(ROOMS, { first: 5 }));
    expect(large).toEqual(small);
    expect((await as(salesperson, ROOMS, { b: String(tst.id) })).body.data!.rooms.nodes.map((r: { name: string }) => r.name)).toEqual(['Room 1', 'Room 2', 'Room 20', 'Room 3']);
    expect(await auditOf('room', Number(body.id))).toHaveLength(1);
  });

  it('change type and active flag; inactive rooms are listed only when asked', async () => {
    const room = await ds.getRepository(Room).findOneByOrFail({ branchId: tst.id, name: 'Room 3' });
    const res = await as(admin, UPDATE_ROOM, { id: String(room.id), input: { name: 'Room 3', type: 'body', active: false } });
    expect(res.body.data!.updateRoom).toMatchObject({ type: 'body', active: false });
    expect(await auditOf('room', room.id)).toContainEqual({ action: 'update', actorId: admin.id, before: { type: 'facial', active: true }, after: { type: 'body', active: false } });
    expect((await as(manager, ROOMS, { b: String(tst.id) })).body.data!.rooms.totalCount).toBe(3);
    expect((await as(manager, ROOMS, { b: String(tst.id), inactive: true })).body.data!.rooms.totalCount).toBe(4);
    const rename = await as(admin, UPDATE_ROOM, { id: String(room.id), input: { name: 'Room 1', type: 'body' } });
    expect(rename.body.errors?.[0].extensions).toMatchObject({ field: 'name' });
  });
});

describe('opening hours', () => {
  it('replace the whole week, are read by weekday, and audited as before/after', async () => {
    const week = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '22:00' }));
    expect((await as(manager, SET_HOURS, { b: String(tst.id), days: week })).body.data!.setBranchHours).toHaveLength(7);
    const res = await as(manager, SET_HOURS, { b: String(tst.id), days: [{ weekday: 6, opensAt: '10:00', closesAt: '20:00' }, { weekday: 1, opensAt: '09:00', closesAt: '22:00' }] });
    expect(res.body.data!.setBranchHours).toEqual([{ weekday: 1, opensAt: '09:00', closesAt: '22:00' }, { weekday: 6, opensAt: '10:00', closesAt: '20:00' }]);
    expect((await as(salesperson, HOURS, { b: String(tst.id) })).body.data!.branchHours).toEqual(res.body.data!.setBranchHours);
    expect(await ds.getRepository(BranchHours).countBy({ branchId: tst.id })).toBe(2);
    const audit = await auditOf('branchHours', tst.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].before.days).toHaveLength(7);
    expect(audit[1].after).toEqual({ days: res.body.data!.setBranchHours });
    expect((await as(salesperson, HOURS, { b: String(tko.id) })).body.data!.branchHours).toEqual([]);
  });

  it.each([
    [[{ weekday: 1, opensAt: '09:00', closesAt: '22:00' }, { weekday: 1, opensAt: '10:00', closesAt: '12:00' }], 'weekday', '"weekday" is invalid: each weekday may appear only once'],
    [[{ weekday: 7, opensAt: '09:00', closesAt: '22:00' }], 'weekday', '"weekday" is invalid: must be between 0 and 6'],
    [[{ weekday: 1, opensAt: '22:00', closesAt: '09:00' }], 'closesAt', '"closing time" is invalid: must be after the start time'],
    [[{ weekday: 1, opensAt: '9:00', closesAt: '22:00' }], 'opensAt', '"opening time" is invalid: not a time (HH:MM)'],
  ])('refuse a bad week naming the field (%#)', async (days, field, en) => {
    const res = await as(manager, SET_HOURS, { b: String(tst.id), days });
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await ds.getRepository(BranchHours).countBy({ branchId: tst.id })).toBe(2);
  });
});

describe('closed days', () => {
  it('are added once per branch, listed in a range and paged, removed, and audited', async () => {
    const xmas = await as(manager, ADD_CLOSED, { b: String(tst.id), input: { date: '2026-12-25', reason: 'Christmas' } });
    expect(xmas.body.data!.addBranchClosedDay).toMatchObject({ date: '2026-12-25', reason: 'Christmas', branch: { code: 'TST' } });
    await as(manager, ADD_CLOSED, { b: String(tst.id), input: { date: '2027-01-01' } });
    await as(manager, ADD_CLOSED, { b: String(tko.id), input: { date: '2026-12-25' } });
    const again = await as(manager, ADD_CLOSED, { b: String(tst.id), input: { date: '2026-12-25' } }, 'zh-HK');
    expect(again.body.errors?.[0]).toMatchObject({ message: '「日期」無效：分店當天已設為休息', extensions: { field: 'date' } });
    const bad = await as(manager, ADD_CLOSED, { b: String(tst.id), input: { date: '2026-02-30' } });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { field: 'date' } });

    const list = async (v: Record<string, unknown>) => (await as(salesperson, CLOSED, { b: String(tst.id), ...v })).body.data!.branchClosedDays;
    expect((await list({})).nodes).toEqual([{ date: '2026-12-25', reason: 'Christmas' }, { date: '2027-01-01', reason: null }]);
    expect((await list({ from: '2026-12-26' })).nodes).toEqual([{ date: '2027-01-01', reason: null }]);
    expect((await list({ to: '2026-12-31' })).totalCount).toBe(1);
    const first = await list({ first: 1 });
    expect((await list({ first: 1, after: first.pageInfo.endCursor })).nodes).toEqual([{ date: '2027-01-01', reason: null }]);
    expect((await as(salesperson, CLOSED, { b: String(tst.id), from: '26/12/2026' })).body.errors?.[0].extensions).toMatchObject({ field: 'from' });

    const id = xmas.body.data!.addBranchClosedDay.id;
    expect((await as(manager, REMOVE_CLOSED, { id })).body.data!.removeBranchClosedDay).toBe(true);
    expect(await ds.getRepository(BranchClosedDay).countBy({ branchId: tst.id })).toBe(1);
    expect((await auditOf('branchClosedDay', Number(id))).map((a) => a.action)).toEqual(['create', 'delete']);
    expect((await as(manager, REMOVE_CLOSED, { id })).body.errors?.[0]).toMatchObject({ message: 'Closed day not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('weekly schedules', () => {
  it('are set per beautician and branch, read back with branch and staff, and audited', async () => {
    const res = await as(manager, SET_SCHEDULE, { s: String(betty.id), b: String(tst.id), days: mon2sat('10:00', '19:00') });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.setWorkSchedule).toHaveLength(6);
    expect(res.body.data!.setWorkSchedule[0]).toEqual({ weekday: 1, startTime: '10:00', endTime: '19:00', branch: { code: 'TST' }, staff: { code: 'Betty' } });
    expect(await auditOf('workSchedule', betty.id)).toEqual([{ action: 'create', actorId: manager.id, before: null, after: { branchId: tst.id, days: mon2sat('10:00', '19:00') } }]);

    const split = [{ weekday: 0, startTime: '15:00', endTime: '19:00' }, { weekday: 0, startTime: '10:00', endTime: '13:00' }];
    const yukiAtTko = await as(manager, SET_SCHEDULE, { s: String(yuki.id), b: String(tko.id), days: split });
    expect(yukiAtTko.body.data!.setWorkSchedule.map((d: { startTime: string }) => d.startTime)).toEqual(['10:00', '15:00']);
    const yukiAtTst = await as(manager, SET_SCHEDULE, { s: String(yuki.id), b: String(tst.id), days: [{ weekday: 0, startTime: '13:00', endTime: '15:00' }] });
    expect(yukiAtTst.body.errors).toBeUndefined();
    expect((await as(salesperson, SCHEDULES, { s: String(yuki.id) })).body.data!.workSchedules).toEqual([
      { weekday: 0, startTime: '10:00', endTime: '13:00', branch: { code: 'TKO' } },
      { weekday: 0, startTime: '13:00', endTime: '15:00', branch: { code: 'TST' } },
      { weekday: 0, startTime: '15:00', endTime: '19:00', branch: { code: 'TKO' } },
    ]);
  });

  it('replace only that branch\'s hours, and an empty week clears them', async () => {
    await as(manager, SET_SCHEDULE, { s: String(yuki.id), b: String(tst.id), days: [] });
    expect(await ds.getRepository(WorkSchedule).countBy({ staffId: yuki.id, branchId: tst.id })).toBe(0);
    expect(await ds.getRepository(WorkSchedule).countBy({ staffId: yuki.id, branchId: tko.id })).toBe(2);
  });

  it.each([
    ['hours at another branch', () => ({ s: String(yuki.id), b: String(tst.id), days: [{ weekday: 0, startTime: '12:00', endTime: '14:00' }] }), 'startTime',
      '"start time" is invalid: overlaps this beautician\'s hours at another branch'],
    ['overlapping hours', () => ({ s: String(betty.id), b: String(tst.id), days: [{ weekday: 1, startTime: '10:00', endTime: '14:00' }, { weekday: 1, startTime: '13:00', endTime: '15:00' }] }),
      'startTime', '"start time" is invalid: hours on the same weekday overlap'],
    ['end before start', () => ({ s: String(betty.id), b: String(tst.id), days: [{ weekday: 1, startTime: '19:00', endTime: '10:00' }] }), 'endTime',
      '"end time" is invalid: must be after the start time'],
    ['a staff member who is no beautician', () => ({ s: String(salesperson.id), b: String(tko.id), days: mon2sat('10:00', '19:00') }), 'staffId',
      '"staff member" is invalid: is not an active beautician'],
  ])('refuse %s naming the field', async (_, variables, field, en) => {
    const before = await ds.getRepository(WorkSchedule).count();
    const res = await as(manager, SET_SCHEDULE, variables());
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await ds.getRepository(WorkSchedule).count()).toBe(before);
  });
});

describe('schedule exceptions', () => {
  it('add leave and override hours, refuse overlaps that day, list in a range, remove, and audit', async () => {
    const leave = await as(manager, ADD_EXCEPTION, { input: { staffId: String(betty.id), branchId: String(tst.id), date: '2026-12-08', kind: 'LEAVE', note: '年假' } });
    expect(leave.body.data!.addScheduleException).toMatchObject({ date: '2026-12-08', kind: 'LEAVE', startTime: null, endTime: null, note: '年假', branch: { code: 'TST' }, staff: { code: 'Betty' } });
    const clash = await as(manager, ADD_EXCEPTION, {
      input: { staffId: String(betty.id), branchId: String(tst.id), date: '2026-12-08', kind: 'OVERRIDE', startTime: '12:00', endTime: '14:00' },
    });
    expect(clash.body.errors?.[0]).toMatchObject({ message: '"Date" is invalid: overlaps another change or leave that day', extensions: { field: 'date' } });
    const morning = await as(manager, ADD_EXCEPTION, {
      input: { staffId: String(yuki.id), branchId: String(tst.id), date: '2026-12-09', kind: 'OVERRIDE', startTime: '09:00', endTime: '12:00' },
    });
    expect(morning.body.errors).toBeUndefined();
    const afternoonLeave = await as(manager, ADD_EXCEPTION, {
      input: { staffId: String(yuki.id), branchId: String(tko.id), date: '2026-12-09', kind: 'LEAVE', startTime: '12:00', endTime: '15:00' },
    });
    expect(afternoonLeave.body.data!.addScheduleException).toMatchObject({ kind: 'LEAVE', startTime: '12:00', endTime: '15:00' });
    const noHours = await as(manager, ADD_EXCEPTION, { input: { staffId: String(yuki.id), branchId: String(tko.id), date: '2026-12-10', kind: 'OVERRIDE' } });
    expect(noHours.body.errors?.[0]).toMatchObject({ message: '"start time" is invalid: required', extensions: { field: 'startTime' } });
    const notBeautician = await as(manager, ADD_EXCEPTION, { input: { staffId: String(salesperson.id), branchId: String(tko.id), date: '2026-12-10', kind: 'LEAVE' } });
    expect(notBeautician.body.errors?.[0].extensions).toMatchObject({ field: 'staffId' });

    const list = async (v: Record<string, unknown>) => (await as(salesperson, EXCEPTIONS, v)).body.data!.scheduleExceptions;
    expect((await list({ s: String(yuki.id) })).nodes.map((n: { startTime: string }) => n.startTime)).toEqual(['09:00', '12:00']);
    expect((await list({ s: String(betty.id), from: '2026-12-09' })).totalCount).toBe(0);
    expect((await list({ s: String(betty.id), from: '2026-12-01', to: '2026-12-08' })).totalCount).toBe(1);

    const id = leave.body.data!.addScheduleException.id;
    expect((await as(manager, REMOVE_EXCEPTION, { id })).body.data!.removeScheduleException).toBe(true);
    expect(await ds.getRepository(ScheduleException).countBy({ staffId: betty.id })).toBe(0);
    const audit = await auditOf('scheduleException', Number(id));
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    expect(audit[1].before).toMatchObject({ staffId: betty.id, date: '2026-12-08', kind: 'leave', note: '年假' });
  });
});

describe('beauticians', () => {
  it('of a branch are its active beauticians and those with weekly hours there, by code', async () => {
    const names = async (branch: Branch) => (await as(salesperson, BEAUTICIANS, { b: String(branch.id) })).body.data!.beauticians.nodes.map((s: { code: string }) => s.code);
    expect(await names(tst)).toEqual(['Betty']);
    expect(await names(tko)).toEqual(['IS001']);
    await as(manager, SET_SCHEDULE, { s: String(yuki.id), b: String(tst.id), days: [{ weekday: 3, startTime: '10:00', endTime: '12:00' }] });
    expect(await names(tst)).toEqual(['Betty', 'IS001']);
    const page = (await as(salesperson, BEAUTICIANS, { b: String(tst.id), first: 1 })).body.data!.beauticians;
    expect(page).toMatchObject({ nodes: [{ code: 'Betty' }], pageInfo: { hasNextPage: true }, totalCount: 2 });
    expect((await as(salesperson, BEAUTICIANS, { b: String(tst.id), after: page.pageInfo.endCursor })).body.data!.beauticians.nodes).toEqual([{ code: 'IS001', displayName: 'Yuki Cheng' }]);
    await ds.getRepository(Staff).update({ id: betty.id }, { active: false });
    expect(await names(tst)).toEqual(['IS001']);
    await ds.getRepository(Staff).update({ id: betty.id }, { active: true });
  });
});

describe('appointment settings', () => {
  it('hold the slot step (30 by default), changed by managers within 5–120 and audited', async () => {
    expect((await as(salesperson, SETTINGS)).body.data!.appointmentSettings).toEqual({ slotStepMinutes: 30 });
    expect((await as(manager, UPDATE_SETTINGS, { input: { slotStepMinutes: 15 } })).body.data!.updateAppointmentSettings).toEqual({ slotStepMinutes: 15 });
    expect((await ds.getRepository(AppointmentSettings).findOneByOrFail({ id: 1 })).slotStepMinutes).toBe(15);
    const bad = await as(manager, UPDATE_SETTINGS, { input: { slotStepMinutes: 121 } }, 'zh-HK');
    expect(bad.body.errors?.[0]).toMatchObject({ message: '「時段間隔（分鐘）」無效：必須介乎 5 至 120', extensions: { field: 'slotStepMinutes' } });
    expect(await auditOf('appointmentSettings', 1)).toEqual([{ action: 'update', actorId: manager.id, before: { slotStepMinutes: 30 }, after: { slotStepMinutes: 15 } }]);
  });
});

describe('the editors\' refusals', () => {
  // The same bad inputs the settings editors refuse before sending (tests/ui/settings-editors.test.tsx), in the same words.
  it.each<[keyof typeof REFUSED, () => [string, Record<string, unknown>]]>([
    ['treatmentDuration', () => [CREATE_TREATMENT, { input: { ...facialC, code: 'T09', durationMinutes: 700 } }]],
    ['equipmentCount', () => [CREATE_EQUIPMENT, { b: String(tko.id), input: { code: 'E77', name: 'Laser', count: 0 } }]],
    ['roomType', () => [CREATE_ROOM, { b: String(tko.id), input: { name: 'Room 9', type: ' ' } }]],
    ['closedDayReason', () => [ADD_CLOSED, { b: String(tst.id), input: { date: '2031-10-01', reason: LONG_REASON } }]],
    ['exceptionEnd', () => [ADD_EXCEPTION, { input: { staffId: String(betty.id), branchId: String(tst.id), date: '2031-06-02', kind: 'OVERRIDE', startTime: '18:00', endTime: '10:00' } }]],
    ['hoursClose', () => [SET_HOURS, { b: String(tst.id), days: [{ weekday: 1, opensAt: '10:00', closesAt: '09:00' }] }]],
    ['scheduleOverlap', () => [SET_SCHEDULE, { s: String(betty.id), b: String(tst.id), days: [{ weekday: 1, startTime: '10:00', endTime: '19:00' }, { weekday: 1, startTime: '18:00', endTime: '21:00' }] }]],
    ['slotStep', () => [UPDATE_SETTINGS, { input: { slotStepMinutes: 200 } }]],
  ])('%s', async (name, request) => {
    const [query, variables] = request();
    const res = await as(manager, query, variables, 'zh-HK');
    expect(res.body.errors?.[0]).toMatchObject({ message: REFUSED[name].message, extensions: { code: 'BAD_USER_INPUT', field: REFUSED[name].field } });
  });
});

describe('permissions', () => {
  const b = () => String(tst.id);
  it.each([
    ['createTreatment', () => [CREATE_TREATMENT, { input: { ...facialC, code: 'NOPE' } }]],
    ['updateTreatment', async () => [UPDATE_TREATMENT, { id: String((await ds.getRepository(Treatment).findOneByOrFail({ code: 'T05' })).id), input: { ...facialC, name: 'Hacked' } }]],
    ['createEquipment', () => [CREATE_EQUIPMENT, { b: b(), input: { code: 'E77', name: 'x' } }]],
    ['updateEquipment', async () => [UPDATE_EQUIPMENT, { id: String((await ds.getRepository(Equipment).findOneByOrFail({ code: 'E01' })).id), input: { code: 'E01', name: 'x', count: 9 } }]],
    ['createRoom', () => [CREATE_ROOM, { b: b(), input: { name: 'Room 77', type: 'facial' } }]],
    ['updateRoom', async () => [UPDATE_ROOM, { id: String((await ds.getRepository(Room).findOneByOrFail({ branchId: tst.id, name: 'Room 1' })).id), input: { name: 'Room 1', type: 'x' } }]],
    ['setBranchHours', () => [SET_HOURS, { b: b(), days: [] }]],
    ['addBranchClosedDay', () => [ADD_CLOSED, { b: b(), input: { date: '2027-05-01' } }]],
    ['removeBranchClosedDay', async () => [REMOVE_CLOSED, { id: String((await ds.getRepository(BranchClosedDay).findOneByOrFail({ branchId: tst.id })).id) }]],
    ['setWorkSchedule', () => [SET_SCHEDULE, { s: String(betty.id), b: b(), days: [] }]],
    ['addScheduleException', () => [ADD_EXCEPTION, { input: { staffId: String(betty.id), branchId: b(), date: '2027-01-05', kind: 'LEAVE' } }]],
    ['removeScheduleException', async () => [REMOVE_EXCEPTION, { id: String((await ds.getRepository(ScheduleException).findOneByOrFail({ staffId: yuki.id, startTime: '09:00' })).id) }]],
    ['updateAppointmentSettings', () => [UPDATE_SETTINGS, { input: { slotStepMinutes: 60 } }]],
  ] as Array<[string, () => unknown]>)('%s is FORBIDDEN for a salesperson and changes nothing', async (_, make) => {
    const [query, variables] = (await make()) as [string, Record<string, unknown>];
    const audit = await ds.getRepository(AuditLog).count();
    const res = await as(salesperson, query, variables);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ds.getRepository(AuditLog).count()).toBe(audit);
  });

  it('left every resource as it was', async () => {
    expect(await ds.getRepository(Treatment).countBy({ name: 'Hacked' })).toBe(0);
    expect(await ds.getRepository(Equipment).countBy({ count: 9 })).toBe(0);
    expect(await ds.getRepository(BranchHours).countBy({ branchId: tst.id })).toBe(2);
    expect(await ds.getRepository(WorkSchedule).countBy({ staffId: betty.id })).toBe(6);
    expect((await ds.getRepository(AppointmentSettings).findOneByOrFail({ id: 1 })).slotStepMinutes).toBe(15);
  });

  it('anonymous callers read nothing', async () => {
    const { gql } = await import('../helpers/graphql-client');
    expect((await gql(SETTINGS)).body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('demo data', () => {
  let demo: TestDatabase;

  beforeAll(async () => {
    demo = await createTestDatabase();
    useDataSource(demo.ds);
    await seedDemoData(demo.ds);
  });

  afterAll(async () => {
    await demo.drop();
    useDataSource(ds);
  });

  it('has the booking screens\' treatments, resources, hours and schedules', async () => {
    const beauty = await demo.ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
    const branchId = async (code: string) => String((await demo.ds.query(`SELECT id FROM branches WHERE code = ?`, [code]))[0].id);
    const treatments = (await as(beauty, TREATMENTS, { first: 50 })).body.data!.treatments.nodes.map((t: { code: string }) => t.code);
    expect(treatments).toEqual(expect.arrayContaining(['T05', 'AP03']));
    expect((await as(beauty, EQUIPMENT, { b: await branchId('TST') })).body.data!.equipment.nodes).toEqual([{ code: 'E01', count: 1, branch: { code: 'TST' } }]);
    expect((await as(beauty, ROOMS, { b: await branchId('TST') })).body.data!.rooms.totalCount).toBe(4);
    expect((await as(beauty, ROOMS, { b: await branchId('TKO') })).body.data!.rooms.totalCount).toBe(4);
    const hours = (await as(beauty, HOURS, { b: await branchId('Wanchai') })).body.data!.branchHours;
    expect(hours).toHaveLength(7);
    expect(hours[0]).toEqual({ weekday: 0, opensAt: '09:00', closesAt: '22:00' });
    expect((await as(beauty, CLOSED, { b: await branchId('MK') })).body.data!.branchClosedDays.nodes).toEqual([{ date: '2026-12-25', reason: '聖誕節' }]);
    expect((await as(beauty, BEAUTICIANS, { b: await branchId('TST') })).body.data!.beauticians.nodes.map((s: { code: string }) => s.code)).toEqual(['Betty', 'Molly']);
    expect((await as(beauty, BEAUTICIANS, { b: await branchId('TKO') })).body.data!.beauticians.nodes).toEqual([{ code: 'IS001', displayName: 'Yuki Cheng' }]);
    const molly = await demo.ds.getRepository(Staff).findOneByOrFail({ code: 'Molly' });
    const schedule = (await as(beauty, SCHEDULES, { s: String(molly.id) })).body.data!.workSchedules;
    expect(schedule).toHaveLength(6);
    expect(schedule[0]).toEqual({ weekday: 1, startTime: '12:00', endTime: '21:00', branch: { code: 'TST' } });
    expect((await as(beauty, EXCEPTIONS, { s: String(molly.id) })).body.data!.scheduleExceptions.nodes).toEqual([
      { date: '2026-12-08', kind: 'LEAVE', startTime: null, endTime: null, note: '年假' },
    ]);
  });
});
