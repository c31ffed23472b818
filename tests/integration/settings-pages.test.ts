/**
 * The settings pages' own documents (自訂欄位, 會員級別, 興趣組別, 會員編號 and 預約設定: slot step,
 * treatments, equipment and rooms, opening hours and closed days, beauticians' schedules), sent as
 * Apollo Client sends them (fragments, __typename everywhere) through the real route, on SQLite and
 * MariaDB: each is valid, within the cost limit, does what the page expects, and a refusal names the
 * field the form shows it next to.
 */
import type { DataSource } from 'typeorm';
import * as appointmentDocuments from '../../components/appointment-resources/appointment-resource-documents';
import * as settingsDocuments from '../../components/settings/settings-documents';
import { useDataSource } from '../../db/data-source';
import type { Branch, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { CUSTOM_FIELD_REFUSALS as REFUSED } from '../helpers/custom-field-refusals';
import { MEMBER_LEVEL_REFUSALS } from '../helpers/member-level-refusals';
import { NUMBERING_REFUSALS } from '../helpers/numbering-refusals';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const documents = { ...settingsDocuments, ...appointmentDocuments };
const operations = pageOperations(documents);
const ran = new Set<string>();

let db: TestDatabase;
let ds: DataSource;
let tst: Branch;
let tko: Branch;
let admin: Staff;
let beautician: Staff;

/** Runs one of the pages' operations by name; answers the data, or the first error as the form receives it. */
async function run(name: string, variables: Record<string, unknown> = {}, locale = 'en') {
  const query = operations.get(name);
  if (!query) throw new Error(`no document named ${name}`);
  ran.add(name);
  const { body } = await as(admin, query, variables, locale);
  return { data: body.data as Record<string, any>, error: body.errors?.[0] as { message: string; extensions: { code: string; field?: string } } | undefined };
}

async function ok(name: string, variables: Record<string, unknown> = {}) {
  const { data, error } = await run(name, variables);
  expect([name, error]).toEqual([name, undefined]);
  return data;
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  await aMemberGroup(ds, { code: 'NEW', name: 'New', sortOrder: 1 });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN, StaffRole.MANAGER], { code: 'ADM', displayName: 'Admin' });
  beautician = await aStaff(ds, tst, [StaffRole.BEAUTICIAN], { code: 'B01', displayName: 'Betty' });
});

afterAll(() => db.drop());

it('has every document of the pages, each valid against the schema', async () => {
  expect(operations.size).toBeGreaterThan(30);
  const errors = await validationErrors(documents);
  expect(Object.values(errors).flat()).toEqual([]);
});

describe('member settings', () => {
  it('read every list and the currency', async () => {
    for (const name of ['CustomFieldSettings', 'MemberLevelSettings', 'InterestGroupSettings', 'NumberSequenceSettings']) await ok(name, { after: null });
    expect((await ok('NumberingBranches', { after: null })).branches.nodes.map((b: { code: string }) => b.code).sort()).toEqual(['TKO', 'TST']);
    expect((await ok('ViewerCurrency')).viewer.branch.currency).toMatch(/^[A-Z]{3}$/);
  });

  it('create, change and deactivate custom fields; a taken key is refused next to the key', async () => {
    const input = { key: 'skinType', label: 'Skin type', type: 'SELECT', maxLength: null, options: ['dry', 'oily'], defaultValue: null, required: false, sortOrder: 0, active: true };
    const { createCustomField } = await ok('CreateCustomField', { input });
    const { updateCustomField } = await ok('UpdateCustomField', { id: createCustomField.id, input: { ...input, active: false } });
    expect(updateCustomField).toMatchObject({ __typename: 'CustomField', key: 'skinType', options: ['dry', 'oily'], active: false });
    expect((await run('CreateCustomField', { input })).error?.extensions.field).toBe('key');
    const listed = await ok('CustomFieldSettings', { after: null });
    expect(listed.customFields.nodes.map((f: { key: string; active: boolean }) => [f.key, f.active])).toEqual([['skinType', false]]);
  });

  // The same bad definitions the custom fields editor refuses before sending (tests/ui/settings-editors.test.tsx), in the same words.
  it.each<[keyof typeof REFUSED, Record<string, unknown>]>([
    ['key', { key: '1skin', type: 'TEXT' }],
    ['options', { type: 'SELECT', options: [] }],
    ['defaultValue', { type: 'NUMBER', defaultValue: 'tall' }],
  ])('refuses a custom field as its editor does: %s', async (name, over) => {
    const input = { key: 'height', label: 'Height', maxLength: null, options: [], defaultValue: null, required: false, sortOrder: 0, active: true, ...over };
    const { error } = await run('CreateCustomField', { input }, 'zh-HK');
    expect(error).toMatchObject({ message: REFUSED[name].message, extensions: { code: 'BAD_USER_INPUT', field: REFUSED[name].field } });
  });

  // The same bad levels the member levels editor refuses before sending (tests/ui/settings-editors.test.tsx), in the same words.
  it.each<[keyof typeof MEMBER_LEVEL_REFUSALS, Record<string, unknown>]>([
    ['discountPercent', { discountPercent: 150 }],
    ['upgradeWithinMonths', { upgradeWithinMonths: 0 }],
  ])('refuses a member level as its editor does: %s', async (name, over) => {
    const { error } = await run('CreateMemberGroup', { input: { code: 'VIPX', name: 'VIP X', ...over } }, 'zh-HK');
    expect(error).toMatchObject({ message: MEMBER_LEVEL_REFUSALS[name].message, extensions: { code: 'BAD_USER_INPUT', field: MEMBER_LEVEL_REFUSALS[name].field } });
  });

  // The same bad rules the numbering editor refuses before sending (tests/ui/settings-editors.test.tsx), in the same words.
  it.each<[keyof typeof NUMBERING_REFUSALS, Record<string, unknown>]>([
    ['prefix', { prefix: 'A B' }],
    ['digits', { digits: 12 }],
  ])('refuses a numbering rule as its editor does: %s', async (name, over) => {
    const { error } = await run('SaveMemberNumberSequence', { input: { scope: `branch:${tko.id}`, prefix: 'A', digits: 3, nextValue: 1, ...over } }, 'zh-HK');
    expect(error).toMatchObject({ message: NUMBERING_REFUSALS[name].message, extensions: { code: 'BAD_USER_INPUT', field: NUMBERING_REFUSALS[name].field } });
  });

  // The same bad group the interest groups editor refuses before sending (tests/ui/settings-editors.test.tsx), in the same words.
  it('refuses an interest group without a name as its editor does', async () => {
    const { error } = await run('CreateInterestGroup', { input: { code: 'IG9', name: ' ' } }, 'zh-HK');
    expect(error).toMatchObject({ message: '「名稱」無效：必須輸入', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  it('create and change member levels, interest groups and numbering rules', async () => {
    const level = { code: 'VIPG', name: 'VIP Gold', discountPercent: 10, pointsPer100: 2, topUpBonusPercent: 5, upgradeSpendCents: 1_200_000, upgradeWithinMonths: 12, sortOrder: 5 };
    const { createMemberGroup } = await ok('CreateMemberGroup', { input: level });
    expect(createMemberGroup.upgradeSpendCents).toBe(1_200_000);
    expect((await ok('UpdateMemberGroup', { id: createMemberGroup.id, input: { ...level, upgradeSpendCents: null } })).updateMemberGroup.upgradeSpendCents).toBeNull();
    const refused = await run('UpdateMemberGroup', { id: createMemberGroup.id, input: { ...level, discountPercent: 101 } }, 'zh-HK');
    expect(refused.error?.extensions.field).toBe('discountPercent');

    const { createInterestGroup } = await ok('CreateInterestGroup', { input: { code: 'IG1', name: 'Interest Group1' } });
    expect((await ok('UpdateInterestGroup', { id: createInterestGroup.id, input: { code: 'IG1', name: 'Facial' } })).updateInterestGroup.name).toBe('Facial');

    const saved = await ok('SaveMemberNumberSequence', { input: { scope: `branch:${tko.id}`, prefix: 'A', digits: 3, nextValue: 500 } });
    expect(saved.saveMemberNumberSequence).toMatchObject({ scope: `branch:${tko.id}`, prefix: 'A', digits: 3, nextValue: 500 });
    expect((await ok('NumberSequenceSettings', { after: null })).memberNumberSequences.nodes).toHaveLength(1);
  });
});

describe('booking settings', () => {
  it('change the slot step; a step out of range is refused next to its field', async () => {
    expect((await ok('AppointmentSettingsPage')).appointmentSettings.slotStepMinutes).toBe(30);
    expect((await ok('UpdateAppointmentSettings', { input: { slotStepMinutes: 15 } })).updateAppointmentSettings.slotStepMinutes).toBe(15);
    expect((await run('UpdateAppointmentSettings', { input: { slotStepMinutes: 500 } })).error?.extensions.field).toBe('slotStepMinutes');
  });

  it('add equipment and rooms to the branch given as a variable, and list them per branch', async () => {
    const { createEquipment } = await ok('CreateEquipment', { branchId: String(tst.id), input: { code: 'E01', name: 'Laser', count: 2, active: true } });
    await ok('UpdateEquipment', { id: createEquipment.id, input: { code: 'E01', name: 'Laser', count: 3, active: false } });
    expect((await run('CreateEquipment', { branchId: String(tst.id), input: { code: 'E01', name: 'Again', count: 1, active: true } })).error?.extensions.field).toBe('code');
    expect((await ok('BranchEquipment', { branchId: String(tst.id), after: null })).equipment.nodes).toEqual([
      { __typename: 'Equipment', id: createEquipment.id, code: 'E01', name: 'Laser', count: 3, active: false },
    ]);
    expect((await ok('BranchEquipment', { branchId: String(tko.id), after: null })).equipment.nodes).toEqual([]);
    expect((await ok('EquipmentCodes', { after: null })).equipment.nodes.map((e: { code: string }) => e.code)).toEqual(['E01']);

    const { createRoom } = await ok('CreateRoom', { branchId: String(tko.id), input: { name: 'Room 1', type: 'facial', active: true } });
    await ok('UpdateRoom', { id: createRoom.id, input: { name: 'Room 1', type: 'body', active: true } });
    expect((await ok('BranchRooms', { branchId: String(tko.id), after: null })).rooms.nodes.map((r: { type: string }) => r.type)).toEqual(['body']);
  });

  it('create and change treatments, listed with inactive ones', async () => {
    const input = { code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 10, priceCents: 98_000, equipmentCode: null, roomType: 'facial', active: true };
    const { createTreatment } = await ok('CreateTreatment', { input });
    await ok('UpdateTreatment', { id: createTreatment.id, input: { ...input, active: false } });
    expect((await run('CreateTreatment', { input: { ...input, code: 'T06', durationMinutes: 0 } })).error?.extensions.field).toBe('durationMinutes');
    expect((await ok('TreatmentSettings', { after: null })).treatments.nodes.map((t: { code: string; active: boolean }) => [t.code, t.active])).toEqual([['T05', false]]);
  });

  it('set a branch\'s week of opening hours and read it back by weekday', async () => {
    const days = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: '10:00', closesAt: '22:00' }));
    expect((await ok('SetBranchHours', { branchId: String(tst.id), days })).setBranchHours).toHaveLength(6);
    const read = await ok('BranchHoursSettings', { branchId: String(tst.id) });
    expect(read.branchHours.map((h: { weekday: number }) => h.weekday).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await run('SetBranchHours', { branchId: String(tst.id), days: [{ weekday: 1, opensAt: '22:00', closesAt: '10:00' }] })).error).toBeDefined();
  });

  it('add closed days with dates, list them from a day on, refuse a day twice next to the date, and open a day again', async () => {
    const { addBranchClosedDay } = await ok('AddBranchClosedDay', { branchId: String(tst.id), input: { date: '2031-12-25', reason: 'Christmas' } });
    await ok('AddBranchClosedDay', { branchId: String(tst.id), input: { date: '2031-01-01', reason: null } });
    expect((await run('AddBranchClosedDay', { branchId: String(tst.id), input: { date: '2031-12-25', reason: null } })).error?.extensions.field).toBe('date');
    const listed = await ok('BranchClosedDaySettings', { branchId: String(tst.id), from: '2031-06-01', after: null });
    expect(listed.branchClosedDays.nodes.map((d: { date: string; reason: string }) => [d.date, d.reason])).toEqual([['2031-12-25', 'Christmas']]);
    expect((await ok('RemoveBranchClosedDay', { id: addBranchClosedDay.id })).removeBranchClosedDay).toBe(true);
    expect((await ok('BranchClosedDaySettings', { branchId: String(tst.id), from: '2031-06-01', after: null })).branchClosedDays.nodes).toEqual([]);
  });

  it('set a beautician\'s week per branch, and add and remove changed hours and leave', async () => {
    const beauticians = await ok('ScheduleBeauticians', { after: null });
    expect(beauticians.staffMembers.nodes.map((s: { code: string }) => s.code)).toEqual(['B01']);
    const staffId = String(beautician.id);
    const days = [{ weekday: 1, startTime: '10:00', endTime: '14:00' }, { weekday: 1, startTime: '15:00', endTime: '19:00' }];
    await ok('SetWorkSchedule', { staffId, branchId: String(tst.id), days });
    await ok('SetWorkSchedule', { staffId, branchId: String(tko.id), days: [{ weekday: 2, startTime: '10:00', endTime: '19:00' }] });
    const week = await ok('WorkScheduleSettings', { staffId });
    expect(week.workSchedules.map((w: { weekday: number; startTime: string; branch: { code: string } }) => `${w.weekday} ${w.startTime} ${w.branch.code}`)).toEqual([
      '1 10:00 TST', '1 15:00 TST', '2 10:00 TKO',
    ]);
    const overlap = await run('SetWorkSchedule', { staffId, branchId: String(tko.id), days: [{ weekday: 1, startTime: '12:00', endTime: '13:00' }] });
    expect(overlap.error).toBeDefined();

    const leave = { staffId, branchId: String(tst.id), date: '2031-06-02', kind: 'LEAVE', startTime: null, endTime: null, note: 'Holiday' };
    const { addScheduleException } = await ok('AddScheduleException', { input: leave });
    const bad = await run('AddScheduleException', { input: { ...leave, date: '2031-06-03', kind: 'OVERRIDE', startTime: '19:00', endTime: '10:00' } });
    expect(bad.error?.extensions.field).toMatch(/^(input\.)?(startTime|endTime)$/);
    const listed = await ok('ScheduleExceptionSettings', { staffId, from: '2031-06-01', after: null });
    expect(listed.scheduleExceptions.nodes).toEqual([
      { __typename: 'ScheduleException', id: addScheduleException.id, date: '2031-06-02', kind: 'LEAVE', startTime: null, endTime: null, note: 'Holiday', branch: { __typename: 'Branch', id: String(tst.id), code: 'TST' } },
    ]);
    await ok('RemoveScheduleException', { id: addScheduleException.id });
    expect((await ok('ScheduleExceptionSettings', { staffId, from: '2031-06-01', after: null })).scheduleExceptions.nodes).toEqual([]);
  });

  it('list every branch for the branch choice', async () => {
    const { branches } = await ok('SettingsBranches', { after: null });
    expect(branches.nodes.map((b: { code: string; timeZone: string }) => b.code).sort()).toEqual(['TKO', 'TST']);
    expect(branches.nodes[0].timeZone).toBeTruthy();
  });
});

it('ran every operation the pages send', () => {
  expect([...operations.keys()].filter((name) => !ran.has(name))).toEqual([]);
});
