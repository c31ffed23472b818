import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, ContactMethod, ContactSettings, ContactStatus, PresetNote, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { defaultStatusId } from '../../services/contacts/contact-statuses.service';
import * as contactSettingsDocuments from '../../components/contact-settings/contact-settings-documents';
import { aBranch, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { CONTACT_OPTION_REFUSALS as REFUSED, LONG_NOTE, LONG_TRANSLATION } from '../helpers/contact-option-refusals';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let salesperson: Staff;

// The settings page's own documents, as Apollo Client sends them.
const page = pageOperations(contactSettingsDocuments);
const CREATE_STATUS = page.get('CreateContactStatus')!;
const UPDATE_STATUS = page.get('UpdateContactStatus')!;
const REORDER_STATUSES = page.get('ReorderContactStatuses')!;
const CREATE_METHOD = page.get('CreateContactMethod')!;
const UPDATE_METHOD = page.get('UpdateContactMethod')!;
const REORDER_METHODS = page.get('ReorderContactMethods')!;
const CREATE_NOTE = page.get('CreatePresetNote')!;
const UPDATE_NOTE = page.get('UpdatePresetNote')!;
const DELETE_NOTE = page.get('DeletePresetNote')!;
const SETTINGS = page.get('ContactSettingsPage')!;
const UPDATE_SETTINGS = page.get('UpdateContactSettings')!;
// What other screens ask (the active ones only, counted), beside the settings page's full lists.
const OPTION_FIELDS = 'id name label key sortOrder active translations { zhHK en zhCN th }';
const STATUSES = `query($all: Boolean) { contactStatuses(includeInactive: $all) { nodes { ${OPTION_FIELDS} } totalCount } }`;
const METHODS = `query($all: Boolean) { contactMethods(includeInactive: $all) { nodes { ${OPTION_FIELDS} } totalCount } }`;
const NOTES = 'query { presetNotes { nodes { id text sortOrder } totalCount } }';

const DEFAULT_SETTINGS = {
  showMemberRemarks: true, showComments: true, allowBooking: true, attendanceVerification: true, showProductPurchases: true,
  showTreatmentPurchases: true, showInvoicePurchases: true, invoiceThresholdCents: 500000, productThresholdCents: 150000,
  treatmentThresholdCents: 100000, successRuleEnabled: true, successMetric: 'TREATMENT', successThresholdCents: 100000,
};

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
});

afterAll(() => db.drop());

describe('contact statuses', () => {
  it('lists the seeded statuses in order, labelled in the caller\'s language', async () => {
    const zh = (await as(salesperson, STATUSES, {}, 'zh-HK')).body.data!.contactStatuses;
    expect(zh.nodes.map((s: { label: string }) => s.label)).toEqual(['未通知', '已預約', '無人接聽', '不需要', '留言']);
    const en = (await as(salesperson, STATUSES, {}, 'en')).body.data!.contactStatuses;
    expect(en.nodes.map((s: { label: string }) => s.label)).toEqual(['Not notified', 'Booked', 'No answer', 'Not needed', 'Left message']);
    expect(en.nodes[0]).toMatchObject({ name: '未通知', key: 'not_notified', translations: { zhHK: null, en: 'Not notified', zhCN: '未通知', th: 'ยังไม่ได้แจ้ง' } });
    const th = (await as(salesperson, METHODS, {}, 'th')).body.data!.contactMethods;
    expect(th.nodes.map((m: { label: string }) => m.label)).toEqual(['โทรศัพท์', 'อีเมล', 'SMS']);
  });

  it('adds a status at the end with translations, audited; a name without a translation shows as typed', async () => {
    const res = await as(manager, CREATE_STATUS, { input: { name: '再聯絡', translations: { en: ' Call again ', th: '' } } }, 'en');
    expect(res.body.errors).toBeUndefined();
    const status = res.body.data!.createContactStatus;
    expect(status).toMatchObject({ name: '再聯絡', label: 'Call again', key: null, sortOrder: 6, active: true, translations: { en: 'Call again', th: null } });
    const zhCN = (await as(salesperson, STATUSES, {}, 'zh-CN')).body.data!.contactStatuses.nodes;
    expect(zhCN[5].label).toBe('再聯絡');
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'contactStatus', entityId: Number(status.id) });
    expect(audit).toMatchObject({ action: 'create', actorId: manager.id });
  });

  it.each([
    [{ name: '' }, 'name', '"name" is invalid: required', '「名稱」無效：必須輸入'],
    [{ name: 'x'.repeat(101) }, 'name', '"name" is invalid: at most 100 characters', '「名稱」無效：最多 100 字元'],
    [{ name: 'ok', translations: { en: 'e'.repeat(101) } }, 'translations.en', '"English name" is invalid: at most 100 characters', '「英文名稱」無效：最多 100 字元'],
  ])('refuses a bad status naming the field (%#)', async (input, field, en, zhHK) => {
    const before = await ds.getRepository(ContactStatus).count();
    expect((await as(manager, CREATE_STATUS, { input }, 'en')).body.errors?.[0]).toMatchObject({ message: en, extensions: { code: 'BAD_USER_INPUT', field } });
    expect((await as(manager, CREATE_STATUS, { input }, 'zh-HK')).body.errors?.[0]).toMatchObject({ message: zhHK, extensions: { field } });
    expect(await ds.getRepository(ContactStatus).count()).toBe(before);
  });

  it('reorders the statuses, which changes the default status of new contact members', async () => {
    const rows = await ds.getRepository(ContactStatus).find({ order: { sortOrder: 'ASC', id: 'ASC' } });
    const notNotified = rows.find((r) => r.key === 'not_notified')!;
    const noAnswer = rows.find((r) => r.key === 'no_answer')!;
    expect(await defaultStatusId(ds)).toBe(notNotified.id);
    const order = [noAnswer, ...rows.filter((r) => r !== noAnswer)].map((r) => String(r.id));
    const res = await as(manager, REORDER_STATUSES, { ids: order });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.reorderContactStatuses.map((s: { id: string }) => s.id)).toEqual(order);
    expect(res.body.data!.reorderContactStatuses.map((s: { sortOrder: number }) => s.sortOrder)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await defaultStatusId(ds)).toBe(noAnswer.id);
    const moved = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'contactStatus', entityId: noAnswer.id, action: 'update' });
    expect([JSON.parse(moved.before!), JSON.parse(moved.after!)]).toEqual([{ sortOrder: 3 }, { sortOrder: 1 }]);

    // Deactivating the first one hands the default to the next active status.
    const off = await as(manager, UPDATE_STATUS, { id: String(noAnswer.id), input: { name: noAnswer.name, translations: { en: 'No answer' }, active: false } });
    expect(off.body.data!.updateContactStatus).toMatchObject({ active: false, label: 'No answer' });
    expect(await defaultStatusId(ds)).toBe(notNotified.id);
    expect((await as(salesperson, STATUSES, {})).body.data!.contactStatuses.totalCount).toBe(5);
    expect((await as(salesperson, STATUSES, { all: true })).body.data!.contactStatuses.totalCount).toBe(6);
    await as(manager, UPDATE_STATUS, { id: String(noAnswer.id), input: { name: noAnswer.name, active: true } });
    expect(await defaultStatusId(ds)).toBe(noAnswer.id);
  });

  it('refuses an order that leaves out, repeats or invents a status', async () => {
    const ids = (await ds.getRepository(ContactStatus).find({ order: { sortOrder: 'ASC' } })).map((r) => String(r.id));
    for (const bad of [ids.slice(1), [...ids, ids[0]], [...ids.slice(1), '99999']]) {
      const res = await as(manager, REORDER_STATUSES, { ids: bad });
      expect(res.body.errors?.[0]).toMatchObject({ message: '"order" is invalid: list every item exactly once', extensions: { field: 'order' } });
    }
  });

  it('keeps "booked" and the last active status active', async () => {
    const booked = await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'booked' });
    const res = await as(manager, UPDATE_STATUS, { id: String(booked.id), input: { name: booked.name, active: false } });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    const methods = await ds.getRepository(ContactMethod).find({ order: { sortOrder: 'ASC' } });
    for (const m of methods.slice(1)) {
      expect((await as(manager, UPDATE_METHOD, { id: String(m.id), input: { name: m.name, active: false } })).body.errors).toBeUndefined();
    }
    const last = await as(manager, UPDATE_METHOD, { id: String(methods[0].id), input: { name: methods[0].name, active: false } }, 'zh-HK');
    expect(last.body.errors?.[0]).toMatchObject({ message: '「使用中」無效：最少要有一個使用中的項目', extensions: { field: 'active' } });
    expect(await ds.getRepository(ContactMethod).countBy({ active: true })).toBe(1);
  });
});

describe('contact methods', () => {
  it('adds, renames and reorders methods', async () => {
    const created = await as(manager, CREATE_METHOD, { input: { name: 'WhatsApp', translations: { zhHK: 'WhatsApp 訊息' } } }, 'zh-HK');
    expect(created.body.data!.createContactMethod).toMatchObject({ name: 'WhatsApp', label: 'WhatsApp 訊息', sortOrder: 4 });
    const id = created.body.data!.createContactMethod.id;
    const renamed = await as(manager, UPDATE_METHOD, { id, input: { name: 'WhatsApp', translations: null } }, 'zh-HK');
    expect(renamed.body.data!.updateContactMethod).toMatchObject({ label: 'WhatsApp', active: true, translations: { zhHK: null } });
    const ids = (await ds.getRepository(ContactMethod).find({ order: { sortOrder: 'ASC' } })).map((r) => String(r.id));
    const reordered = await as(manager, REORDER_METHODS, { ids: [...ids].reverse() });
    expect(reordered.body.data!.reorderContactMethods[0]).toMatchObject({ id, name: 'WhatsApp', sortOrder: 1 });
    const missing = await as(manager, UPDATE_METHOD, { id: '99999', input: { name: 'x' } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Contact method not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('preset notes', () => {
  it('adds, lists, edits and deletes notes, audited', async () => {
    const ids: string[] = [];
    for (const text of ['免費試做', '員工親友', '會員更改預約時間']) {
      const res = await as(manager, CREATE_NOTE, { input: { text } });
      expect(res.body.errors).toBeUndefined();
      ids.push(res.body.data!.createPresetNote.id);
    }
    expect((await as(salesperson, NOTES)).body.data!.presetNotes).toEqual({
      nodes: [{ id: ids[0], text: '免費試做', sortOrder: 1 }, { id: ids[1], text: '員工親友', sortOrder: 2 }, { id: ids[2], text: '會員更改預約時間', sortOrder: 3 }],
      totalCount: 3,
    });
    expect((await as(manager, UPDATE_NOTE, { id: ids[1], input: { text: ' 員工親友 (八折) ' } })).body.data!.updatePresetNote).toEqual({ __typename: 'PresetNote', id: ids[1], text: '員工親友 (八折)' });
    expect((await as(manager, DELETE_NOTE, { id: ids[0] })).body.data!.deletePresetNote).toBe(true);
    expect(await ds.getRepository(PresetNote).find({ order: { sortOrder: 'ASC' } })).toMatchObject([{ text: '員工親友 (八折)' }, { text: '會員更改預約時間' }]);
    const trail = await ds.getRepository(AuditLog).find({ where: { entityType: 'presetNote', entityId: Number(ids[0]) }, order: { id: 'ASC' } });
    expect(trail.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(trail[1].before!)).toEqual({ text: '免費試做' });
    const again = await as(manager, DELETE_NOTE, { id: ids[0] });
    expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    [' ', '"note" is invalid: required'],
    ['x'.repeat(501), '"note" is invalid: at most 500 characters'],
  ])('refuses a bad note naming the field (%#)', async (text, en) => {
    const res = await as(manager, CREATE_NOTE, { input: { text } });
    expect(res.body.errors?.[0]).toMatchObject({ message: en, extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
  });
});

describe('display settings', () => {
  it('starts with the seed\'s defaults and saves a round trip, audited as a diff', async () => {
    expect((await as(salesperson, SETTINGS)).body.data!.contactSettings).toEqual({ __typename: 'ContactSettings', ...DEFAULT_SETTINGS });
    const input = { ...DEFAULT_SETTINGS, showComments: false, allowBooking: false, invoiceThresholdCents: 420000, successMetric: 'INVOICE', successThresholdCents: 0 };
    const res = await as(manager, UPDATE_SETTINGS, { input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateContactSettings).toEqual({ __typename: 'ContactSettings', ...input });
    expect((await as(salesperson, SETTINGS)).body.data!.contactSettings).toEqual({ __typename: 'ContactSettings', ...input });
    const stored = await ds.getRepository(ContactSettings).findOneByOrFail({ id: 1 });
    expect(stored).toMatchObject({ showComments: false, invoiceThresholdCents: 420000, successMetric: 'invoice' });
    const entry = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'contactSettings', entityId: 1 });
    expect(entry.actorId).toBe(manager.id);
    expect(JSON.parse(entry.after!)).toEqual({ showComments: false, allowBooking: false, invoiceThresholdCents: 420000, successMetric: 'invoice', successThresholdCents: 0 });
  });

  it.each(['invoiceThresholdCents', 'productThresholdCents', 'treatmentThresholdCents', 'successThresholdCents'])('refuses a negative %s', async (field) => {
    const res = await as(manager, UPDATE_SETTINGS, { input: { ...DEFAULT_SETTINGS, [field]: -1 } }, 'zh-HK');
    expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^「.+」無效：必須介乎 0 至 2147483647$/), extensions: { code: 'BAD_USER_INPUT', field } });
    expect((await ds.getRepository(ContactSettings).findOneByOrFail({ id: 1 }))[field as 'invoiceThresholdCents']).toBeGreaterThanOrEqual(0);
  });
});

describe('permissions', () => {
  it('refuses a salesperson every write and changes nothing', async () => {
    const status = await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'not_notified' });
    const method = await ds.getRepository(ContactMethod).findOneByOrFail({ key: 'phone' });
    const note = await ds.getRepository(PresetNote).findOneOrFail({ where: {}, order: { id: 'ASC' } });
    const auditBefore = await ds.getRepository(AuditLog).count();
    for (const [query, variables] of [
      [CREATE_STATUS, { input: { name: 'x' } }],
      [UPDATE_STATUS, { id: String(status.id), input: { name: 'x' } }],
      [REORDER_STATUSES, { ids: [String(status.id)] }],
      [CREATE_METHOD, { input: { name: 'x' } }],
      [UPDATE_METHOD, { id: String(method.id), input: { name: 'x' } }],
      [REORDER_METHODS, { ids: [String(method.id)] }],
      [CREATE_NOTE, { input: { text: 'x' } }],
      [UPDATE_NOTE, { id: String(note.id), input: { text: 'x' } }],
      [DELETE_NOTE, { id: String(note.id) }],
      [UPDATE_SETTINGS, { input: DEFAULT_SETTINGS }],
    ] as const) {
      const res = await as(salesperson, query, variables);
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await ds.getRepository(AuditLog).count()).toBe(auditBefore);
    expect((await ds.getRepository(ContactStatus).findOneByOrFail({ id: status.id })).name).toBe('未通知');
    expect(await ds.getRepository(PresetNote).existsBy({ id: note.id })).toBe(true);
  });
});

describe('the settings page\'s documents', () => {
  it('are valid against the schema', async () => {
    const errors = await validationErrors(contactSettingsDocuments);
    expect(Object.keys(errors).sort()).toEqual([
      'ContactMethodSettings', 'ContactSettingsPage', 'ContactStatusSettings', 'ContactVisibility', 'CreateContactMethod', 'CreateContactStatus',
      'CreatePresetNote', 'DeletePresetNote', 'PresetNoteSettings', 'ReorderContactMethods', 'ReorderContactStatuses', 'SetContactVisibility',
      'UpdateContactMethod', 'UpdateContactSettings', 'UpdateContactStatus', 'UpdatePresetNote', 'VisibilityStaff',
    ]);
    for (const [name, messages] of Object.entries(errors)) expect([name, messages]).toEqual([name, []]);
  });

  it('load every list the page shows, inactive ones too, within the API\'s limits', async () => {
    const off = await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'left_message' });
    await ds.getRepository(ContactStatus).update(off.id, { active: false });
    for (const staff of [manager, salesperson]) {
      const statuses = await as(staff, page.get('ContactStatusSettings')!, { after: null }, 'th');
      expect(statuses.body.errors).toBeUndefined();
      const rows = statuses.body.data!.contactStatuses.nodes;
      expect(rows).toContainEqual(expect.objectContaining({ id: String(off.id), active: false }));
      expect(statuses.body.data!.contactStatuses.pageInfo.hasNextPage).toBe(false);
      const methods = await as(staff, page.get('ContactMethodSettings')!, { after: null });
      expect(methods.body.errors).toBeUndefined();
      expect(methods.body.data!.contactMethods.nodes.length).toBe(await ds.getRepository(ContactMethod).count());
      const notes = await as(staff, page.get('PresetNoteSettings')!, { after: null });
      expect(notes.body.errors).toBeUndefined();
      expect(notes.body.data!.presetNotes.nodes.length).toBe(await ds.getRepository(PresetNote).count());
    }
    await ds.getRepository(ContactStatus).update(off.id, { active: true });
  });
});

describe('the editors\' refusals', () => {
  // The same bad inputs the contact settings editors refuse before sending (tests/ui/contact-settings-editors.test.tsx), in the same words.
  it.each<[keyof typeof REFUSED, string, Record<string, unknown>]>([
    ['statusTranslation', CREATE_STATUS, { input: { name: '再聯絡', translations: { th: LONG_TRANSLATION } } }],
    ['methodName', CREATE_METHOD, { input: { name: ' ' } }],
    ['noteText', CREATE_NOTE, { input: { text: LONG_NOTE } }],
  ])('%s', async (name, query, variables) => {
    const res = await as(manager, query, variables, 'zh-HK');
    expect(res.body.errors?.[0]).toMatchObject({ message: REFUSED[name].message, extensions: { code: 'BAD_USER_INPUT', field: REFUSED[name].field } });
  });
});
