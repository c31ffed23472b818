/**
 * The one recycle bin (數據回收站): every kind a user can delete goes in, is listed with who and
 * when, comes back exactly as it was, and can be purged; deleting something still in use is
 * refused naming what uses it; the list and its actions follow permissions and scope; the
 * scheduled purge takes only what is older than the retention, once, even when two run at once.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, AuditLog, CampaignMember, ContactLog, ContactMethod, ContactStatus, Equipment, Member, Offer, PresetNote, RecycleBinItem,
  Campaign, Role, Room, SystemSettings, Treatment, type Branch, type MemberGroup, type Staff,
} from '../../entities';
import { Permission } from '../../services/admin/permission';
import { RecycleBinService } from '../../services/admin/recycle-bin.service';
import { SystemSettingsService } from '../../services/admin/system-settings.service';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { as } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let admin: Staff;
let manager: Staff;
let frontDesk: Staff;
let salesperson: Staff;
/** Salespeople who may also restore (a custom role): their bin is limited by their scopes. */
let binSales: Staff;
let otherBinSales: Staff;
let tstBinSales: Staff;

const LIST = `query($type: RecycleBinType, $after: String) {
  recycleBinItems(type: $type, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type entityId label deletedAt purgeAt daysUntilPurge deletedBy { id } }
  }
}`;
const RESTORE = 'mutation($id: ID!) { restoreRecycleBinItem(id: $id) { id entityId } }';
const PURGE = 'mutation($id: ID!) { purgeRecycleBinItem(id: $id) { id entityId } }';

type Node = { id: string; type: string; entityId: string; label: string; deletedAt: string; purgeAt: string; daysUntilPurge: number; deletedBy: { id: string } | null };

let n = 0;
const next = () => (n += 1);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  group = await aMemberGroup(ds);
  admin = await aStaff(ds, tko, [StaffRole.ADMIN]);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  await ds.getRepository(Role).save({
    key: 'bin_sales',
    name: 'Bin sales',
    permissions: [Permission.ContactsLog, Permission.CampaignsReceiveContacts, Permission.RecycleBinRestore],
    builtIn: false,
  });
  binSales = await aStaff(ds, tko, ['bin_sales' as StaffRole]);
  otherBinSales = await aStaff(ds, tko, ['bin_sales' as StaffRole]);
  tstBinSales = await aStaff(ds, tst, ['bin_sales' as StaffRole]);
});

afterAll(() => db.drop());

async function list(staff: Staff, type: string | null = null): Promise<Node[]> {
  const res = await as(staff, LIST, { type });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.recycleBinItems.nodes;
}

const binItem = (entityType: string, entityId: number) => ds.getRepository(RecycleBinItem).findOneBy({ entityType, entityId });

const auditActions = async (entityType: string, entityId: number) =>
  (await ds.getRepository(AuditLog).find({ where: { entityType, entityId }, order: { id: 'ASC' } })).map((e) => e.action);

const errorOf = (res: { body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }) => ({
  code: res.body.errors?.[0]?.extensions?.code,
  field: res.body.errors?.[0]?.extensions?.field,
  message: res.body.errors?.[0]?.message,
});

async function anAppointment(member: Member, parts: Partial<Appointment>): Promise<Appointment> {
  const startsAt = new Date(Date.UTC(2026, 0, 5, 2));
  return ds.getRepository(Appointment).save({
    memberId: member.id,
    branchId: member.branchId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    blockedUntil: new Date(startsAt.getTime() + 3_600_000),
    createdById: admin.id,
    updatedById: admin.id,
    ...parts,
  });
}

type Kind = {
  type: string;
  entity: EntityTarget<ObjectLiteral>;
  mutation: string;
  selection: string;
  create: () => Promise<{ id: number }>;
  label: RegExp;
};

const KINDS: Kind[] = [
  {
    type: 'ContactStatus', entity: ContactStatus, mutation: 'deleteContactStatus', selection: '{ id }',
    create: () => ds.getRepository(ContactStatus).save({ name: `狀態 ${next()}`, translations: { en: 'Spare status' }, sortOrder: 100 + n, active: true }),
    label: /^狀態 \d+$/,
  },
  {
    type: 'ContactMethod', entity: ContactMethod, mutation: 'deleteContactMethod', selection: '{ id }',
    create: () => ds.getRepository(ContactMethod).save({ name: `方法 ${next()}`, sortOrder: 100 + n, active: false }),
    label: /^方法 \d+$/,
  },
  {
    type: 'PresetNote', entity: PresetNote, mutation: 'deletePresetNote', selection: '',
    create: () => ds.getRepository(PresetNote).save({ text: `免費試做 ${next()}`, sortOrder: 50 + n }),
    label: /^免費試做 \d+$/,
  },
  {
    type: 'Campaign', entity: Campaign, mutation: 'deleteCampaign', selection: '{ id }',
    create: () => aContactCampaign(ds, `DEL${next()}`, { details: 'spring', startsOn: '2026-03-01', endsOn: '2026-04-30' }),
    label: /^DEL\d+ Campaign DEL\d+$/,
  },
  {
    type: 'Offer', entity: Offer, mutation: 'deleteOffer', selection: '{ id }',
    create: () => ds.getRepository(Offer).save({ code: `OF${next()}`, name: 'Spa offer', analysisCode: 'AN1', isMarketing: true }),
    label: /^OF\d+ Spa offer$/,
  },
  {
    type: 'Treatment', entity: Treatment, mutation: 'deleteTreatment', selection: '{ id }',
    create: () => ds.getRepository(Treatment).save({ code: `TR${next()}`, name: 'Facial', series: 'Face', durationMinutes: 60, bufferMinutes: 15, priceCents: 68_000, active: true }),
    label: /^TR\d+ Facial$/,
  },
  {
    type: 'Equipment', entity: Equipment, mutation: 'deleteEquipment', selection: '{ id }',
    create: () => ds.getRepository(Equipment).save({ branchId: tko.id, code: `EQ${next()}`, name: 'Laser', count: 2, active: true }),
    label: /^EQ\d+ Laser$/,
  },
  {
    type: 'Room', entity: Room, mutation: 'deleteRoom', selection: '{ id }',
    create: () => ds.getRepository(Room).save({ branchId: tko.id, name: `Room ${next()}`, type: 'facial', active: true }),
    label: /^Room \d+$/,
  },
];

const binTypeOf = (type: string) => type.charAt(0).toLowerCase() + type.slice(1);

describe('every kind: delete, list, restore exactly, delete again, purge', () => {
  it.each(KINDS)('$type', async ({ type, entity, mutation, selection, create, label }) => {
    const repo = ds.getRepository(entity);
    const { id } = await create();
    const before = await repo.findOneByOrFail({ id });
    const del = `mutation($id: ID!) { ${mutation}(id: $id) ${selection} }`;

    const deleted = await as(admin, del, { id: String(id) });
    expect(deleted.body.errors).toBeUndefined();
    expect(await repo.existsBy({ id })).toBe(false);
    const listed = (await list(admin, type)).find((node) => Number(node.entityId) === id)!;
    expect(listed).toMatchObject({ type, deletedBy: { id: String(admin.id) }, daysUntilPurge: 90 });
    expect(listed.label).toMatch(label);
    expect(new Date(listed.purgeAt).getTime() - new Date(listed.deletedAt).getTime()).toBe(90 * 86_400_000);
    expect((await list(admin)).map((node) => node.id)).toContain(listed.id);

    const restored = await as(manager, RESTORE, { id: listed.id });
    expect(restored.body.errors).toBeUndefined();
    expect(await repo.findOneByOrFail({ id })).toEqual(before);
    expect(await binItem(binTypeOf(type), id)).toBeNull();
    expect(errorOf(await as(manager, RESTORE, { id: listed.id })).code).toBe('NOT_FOUND');

    expect((await as(admin, del, { id: String(id) })).body.errors).toBeUndefined();
    const again = await binItem(binTypeOf(type), id);
    const purged = await as(admin, PURGE, { id: String(again!.id) });
    expect(purged.body.errors).toBeUndefined();
    expect(await repo.existsBy({ id })).toBe(false);
    expect(await binItem(binTypeOf(type), id)).toBeNull();
    expect((await auditActions(binTypeOf(type), id)).slice(-4)).toEqual(['delete', 'restore', 'delete', 'purge']);
  });
});

describe('contact logs', () => {
  it('go to the bin with their contact member\'s latest state recomputed, and come back to it', async () => {
    const campaign = await aContactCampaign(ds, `LOG${next()}`);
    const member = await aMember(ds, tko, group);
    const cm = await aContactMember(ds, campaign, member, binSales);
    const older = await aContactLog(ds, cm, { at: '2026-01-02T03:00:00Z', by: binSales, status: 'no_answer' });
    const newer = await aContactLog(ds, cm, { at: '2026-01-03T03:00:00Z', by: binSales, status: 'left_message', note: '再致電', nextFollowUpAt: '2026-01-10T03:00:00Z' });
    const logBefore = await ds.getRepository(ContactLog).findOneByOrFail({ id: newer.id });
    const stateWith = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect(stateWith.lastLogId).toBe(newer.id);

    const deleted = await as(binSales, 'mutation($id: ID!) { deleteContactLog(id: $id) }', { id: String(newer.id) });
    expect(deleted.body.errors).toBeUndefined();
    const stateWithout = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect(stateWithout).toMatchObject({ lastLogId: older.id, statusId: older.statusId, nextFollowUpAt: null });

    const listed = (await list(binSales, 'ContactLog')).find((node) => Number(node.entityId) === newer.id)!;
    expect(listed.label).toBe(`2026-01-03 11:00 · ${member.lastName}${member.firstName} (${member.memberNo})`);
    expect((await list(otherBinSales, 'ContactLog')).map((node) => node.id)).not.toContain(listed.id);
    expect(errorOf(await as(otherBinSales, RESTORE, { id: listed.id })).code).toBe('NOT_FOUND');

    expect((await as(binSales, RESTORE, { id: listed.id })).body.errors).toBeUndefined();
    expect(await ds.getRepository(ContactLog).findOneByOrFail({ id: newer.id })).toEqual(logBefore);
    const stateBack = await ds.getRepository(CampaignMember).findOneByOrFail({ id: cm.id });
    expect({ ...stateBack, updatedAt: null }).toEqual({ ...stateWith, updatedAt: null });

    await as(binSales, 'mutation($id: ID!) { deleteContactLog(id: $id) }', { id: String(newer.id) });
    const item = await binItem('contactLog', newer.id);
    expect(errorOf(await as(binSales, PURGE, { id: String(item!.id) })).code).toBe('FORBIDDEN');
    expect((await as(admin, PURGE, { id: String(item!.id) })).body.errors).toBeUndefined();
    expect(await ds.getRepository(ContactLog).existsBy({ id: newer.id })).toBe(false);
    expect(await auditActions('contactLog', newer.id)).toEqual(['delete', 'restore', 'delete', 'purge']);
  });

  it('cannot come back once its contact member is gone, and says so', async () => {
    const campaign = await aContactCampaign(ds, `GONE${next()}`);
    const member = await aMember(ds, tko, group);
    const cm = await aContactMember(ds, campaign, member, binSales);
    const log = await aContactLog(ds, cm, { at: '2026-02-02T03:00:00Z', by: binSales });
    await as(binSales, 'mutation($id: ID!) { deleteContactLog(id: $id) }', { id: String(log.id) });
    await ds.getRepository(CampaignMember).delete({ id: cm.id });
    const item = await binItem('contactLog', log.id);
    const refused = await as(admin, RESTORE, { id: String(item!.id) });
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', field: 'contactMemberId' });
    expect(errorOf(refused).message).toContain('no longer exists');
    expect(await binItem('contactLog', log.id)).not.toBeNull();
    expect(await ds.getRepository(ContactLog).existsBy({ id: log.id })).toBe(false);
  });
});

describe('refusals', () => {
  it('refuses deleting what is still in use, naming it, and changes nothing', async () => {
    const member = await aMember(ds, tko, group);
    const campaign = await aContactCampaign(ds, `USE${next()}`);
    const cm = await aContactMember(ds, campaign, member, binSales);
    const status = await ds.getRepository(ContactStatus).save({ name: `用中 ${next()}`, sortOrder: 200 + n, active: true });
    const method = await ds.getRepository(ContactMethod).save({ name: `用中 ${next()}`, sortOrder: 200 + n, active: true });
    const log = await aContactLog(ds, cm, { at: '2026-01-04T03:00:00Z', by: binSales });
    await ds.getRepository(ContactLog).update({ id: log.id }, { statusId: status.id, methodId: method.id });
    const offer = await ds.getRepository(Offer).save({ code: `UO${next()}`, name: 'Used offer', isMarketing: true });
    const offered = await aContactCampaign(ds, `UOC${next()}`, { offerId: offer.id });
    const treatment = await ds.getRepository(Treatment).save({ code: `UT${next()}`, name: 'Booked', durationMinutes: 30, equipmentCode: `UE${n}` });
    const equipment = await ds.getRepository(Equipment).save({ branchId: tko.id, code: `UE${n}`, name: 'Only one' });
    const room = await ds.getRepository(Room).save({ branchId: tko.id, name: `Used room ${next()}`, type: 'facial' });
    const bookedRoom = await ds.getRepository(Room).save({ branchId: tko.id, name: `Booked room ${next()}`, type: 'facial' });
    await anAppointment(member, { treatmentId: treatment.id, roomId: bookedRoom.id });
    const systemStatus = await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'booked' });
    const items = await ds.getRepository(RecycleBinItem).count();
    const cases: Array<[string, number, string]> = [
      ['deleteContactStatus', status.id, 'still used by 1 contact note; deactivate it'],
      ['deleteContactMethod', method.id, 'still used by 1 contact note; deactivate it'],
      ['deleteContactStatus', systemStatus.id, 'the system relies on it'],
      ['deleteCampaign', campaign.id, 'the campaign still has 1 contact member; archive it'],
      ['deleteOffer', offer.id, 'still attached to 1 campaign'],
      ['deleteTreatment', treatment.id, 'still used by 1 appointment; deactivate it'],
      ['deleteEquipment', equipment.id, `last equipment with code ${equipment.code}, which 1 treatment needs`],
      ['deleteRoom', bookedRoom.id, 'still used by 1 appointment'],
    ];
    for (const [mutation, id, message] of cases) {
      const res = await as(admin, `mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id: String(id) });
      expect({ mutation, ...errorOf(res) }).toMatchObject({ mutation, code: 'CONFLICT' });
      expect(errorOf(res).message).toContain(message);
    }
    expect(await ds.getRepository(RecycleBinItem).count()).toBe(items);
    expect(await ds.getRepository(Offer).existsBy({ id: offer.id })).toBe(true);
    expect(await ds.getRepository(Room).existsBy({ id: bookedRoom.id })).toBe(true);
    expect(offered.offerId).toBe(offer.id);
    expect((await as(admin, 'mutation($id: ID!) { deleteRoom(id: $id) { id } }', { id: String(room.id) })).body.errors).toBeUndefined();
    const zh = await as(admin, 'mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: String(campaign.id) }, 'zh-HK');
    expect(errorOf(zh).message).toContain('此活動仍有 1 位聯絡會員；請改為封存');
  });

  it('refuses a restore whose parent is in the bin or whose unique value was taken, until that is fixed', async () => {
    const offer = await ds.getRepository(Offer).save({ code: `PO${next()}`, name: 'Parent offer', isMarketing: true });
    const campaign = await aContactCampaign(ds, `CH${next()}`, { offerId: offer.id });
    await as(admin, 'mutation($id: ID!) { deleteCampaign(id: $id) { id } }', { id: String(campaign.id) });
    await as(admin, 'mutation($id: ID!) { deleteOffer(id: $id) { id } }', { id: String(offer.id) });
    const campaignItem = (await binItem('campaign', campaign.id))!;
    const offerItem = (await binItem('offer', offer.id))!;

    const inBin = await as(admin, RESTORE, { id: String(campaignItem.id) });
    expect(errorOf(inBin)).toMatchObject({ code: 'CONFLICT', field: 'offerId' });
    expect(errorOf(inBin).message).toContain('is in the recycle bin; restore that first');

    const taker = await ds.getRepository(Offer).save({ code: offer.code, name: 'Took the code' });
    const taken = await as(admin, RESTORE, { id: String(offerItem.id) });
    expect(errorOf(taken)).toMatchObject({ code: 'ALREADY_USED', field: 'code' });
    expect(errorOf(taken).message).toContain(`“${offer.code}” is now used by another record`);
    expect(await binItem('offer', offer.id)).not.toBeNull();

    await ds.getRepository(Offer).delete({ id: taker.id });
    expect((await as(admin, RESTORE, { id: String(offerItem.id) })).body.errors).toBeUndefined();
    expect((await as(admin, RESTORE, { id: String(campaignItem.id) })).body.errors).toBeUndefined();
    expect(await ds.getRepository(Campaign).findOneByOrFail({ id: campaign.id })).toMatchObject({ offerId: offer.id, code: campaign.code });
  });
});

describe('permissions and scope', () => {
  it('asks the domain\'s permission to delete, recycleBin.restore to list and restore, recycleBin.purge to purge', async () => {
    const offer = await ds.getRepository(Offer).save({ code: `PR${next()}`, name: 'Perm offer' });
    expect(errorOf(await as(salesperson, 'mutation($id: ID!) { deleteOffer(id: $id) { id } }', { id: String(offer.id) })).code).toBe('FORBIDDEN');
    expect(errorOf(await as(frontDesk, 'mutation($id: ID!) { deleteOffer(id: $id) { id } }', { id: String(offer.id) })).code).toBe('FORBIDDEN');
    expect(await ds.getRepository(Offer).existsBy({ id: offer.id })).toBe(true);
    await as(manager, 'mutation($id: ID!) { deleteOffer(id: $id) { id } }', { id: String(offer.id) });
    const item = (await binItem('offer', offer.id))!;

    expect(errorOf(await as(salesperson, LIST)).code).toBe('FORBIDDEN');
    // Front desk may restore, but not offers: it cannot manage them.
    expect((await list(frontDesk)).map((node) => node.id)).not.toContain(String(item.id));
    expect(errorOf(await as(frontDesk, RESTORE, { id: String(item.id) })).code).toBe('NOT_FOUND');
    expect(errorOf(await as(manager, PURGE, { id: String(item.id) })).code).toBe('FORBIDDEN');
    expect(await binItem('offer', offer.id)).not.toBeNull();
    const bad = await as(admin, RESTORE, { id: 'x' });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('shows members only within the viewer\'s member scope', async () => {
    const tkoMember = await aMember(ds, tko, group);
    const tstMember = await aMember(ds, tst, group);
    for (const member of [tkoMember, tstMember]) {
      expect((await as(admin, 'mutation($id: ID!) { deleteMember(id: $id) { id } }', { id: String(member.id) })).body.errors).toBeUndefined();
    }
    const tkoItem = (await binItem('member', tkoMember.id))!;
    const tstItem = (await binItem('member', tstMember.id))!;
    expect(tkoItem).toMatchObject({ branchId: tko.id, label: `${tkoMember.lastName}${tkoMember.firstName} (${tkoMember.memberNo})`, payload: null });

    const tkoView = (await list(binSales, 'Member')).map((node) => node.id);
    expect(tkoView).toContain(String(tkoItem.id));
    expect(tkoView).not.toContain(String(tstItem.id));
    expect((await list(tstBinSales, 'Member')).map((node) => node.id)).toEqual([String(tstItem.id)]);
    expect(errorOf(await as(binSales, RESTORE, { id: String(tstItem.id) })).code).toBe('NOT_FOUND');
    expect(await ds.getRepository(Member).findOneByOrFail({ id: tstMember.id })).toMatchObject({ deletedAt: expect.any(Date) });

    expect((await as(tstBinSales, RESTORE, { id: String(tstItem.id) })).body.errors).toBeUndefined();
    expect(await ds.getRepository(Member).findOneByOrFail({ id: tstMember.id })).toMatchObject({ deletedAt: null, deletedById: null });
  });

  it('pages newest deletion first with a total', async () => {
    const all = await list(admin);
    const first = await as(admin, 'query { recycleBinItems(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id deletedAt } } }');
    const page = first.body.data!.recycleBinItems;
    expect(page.totalCount).toBe(all.length);
    expect(page.nodes.map((node: Node) => node.id)).toEqual(all.slice(0, 2).map((node) => node.id));
    const rest = await as(admin, LIST, { after: page.pageInfo.endCursor });
    expect(rest.body.data!.recycleBinItems.nodes.map((node: Node) => node.id)).toEqual(all.slice(2).map((node) => node.id));
    const times = all.map((node) => new Date(node.deletedAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('scheduled purge', () => {
  it('purges only entries older than the retention, once, with two instances at it', async () => {
    await ds.getRepository(SystemSettings).update({ id: 1 }, { recycleBinRetentionDays: 30 });
    SystemSettingsService.forget(ds);
    const now = new Date();
    const old = await aMember(ds, tko, group);
    const fresh = await aMember(ds, tko, group);
    const note = await ds.getRepository(PresetNote).save({ text: `old note ${next()}`, sortOrder: 900 });
    for (const member of [old, fresh]) await as(admin, 'mutation($id: ID!) { deleteMember(id: $id) { id } }', { id: String(member.id) });
    await as(admin, 'mutation($id: ID!) { deletePresetNote(id: $id) }', { id: String(note.id) });
    const day = 86_400_000;
    await ds.getRepository(RecycleBinItem).update({ entityType: 'member', entityId: old.id }, { deletedAt: new Date(now.getTime() - 31 * day) });
    await ds.getRepository(RecycleBinItem).update({ entityType: 'presetNote', entityId: note.id }, { deletedAt: new Date(now.getTime() - 40 * day) });
    await ds.getRepository(RecycleBinItem).update({ entityType: 'member', entityId: fresh.id }, { deletedAt: new Date(now.getTime() - 29 * day) });
    const due = await ds.getRepository(RecycleBinItem).createQueryBuilder('b').where('b.deletedAt < :cutoff', { cutoff: new Date(now.getTime() - 30 * day) }).getCount();

    const [a, b] = await Promise.all([new RecycleBinService(ds, () => now).purgeExpired({ batch: 1 }), new RecycleBinService(ds, () => now).purgeExpired({ batch: 1 })]);
    expect(a + b).toBe(due);
    expect(due).toBeGreaterThanOrEqual(2);
    expect(await ds.getRepository(Member).existsBy({ id: old.id })).toBe(false);
    expect(await binItem('member', old.id)).toBeNull();
    expect(await binItem('presetNote', note.id)).toBeNull();
    expect(await ds.getRepository(Member).findOneByOrFail({ id: fresh.id })).toMatchObject({ deletedAt: expect.any(Date) });
    expect(await binItem('member', fresh.id)).not.toBeNull();
    // The purged member's history stays: its deletion and the purge (by nobody: the schedule).
    const entries = await ds.getRepository(AuditLog).find({ where: { entityType: 'member', entityId: old.id }, order: { id: 'ASC' } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([['delete', admin.id], ['purge', null]]);
    expect(JSON.parse(entries[1].before!)).toMatchObject({ memberNo: old.memberNo });
    expect(await auditActions('presetNote', note.id)).toEqual(['delete', 'purge']);

    expect(await new RecycleBinService(ds, () => now).purgeExpired()).toBe(0);
    expect(await new RecycleBinService(ds, () => new Date(now.getTime() + 2 * day)).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await binItem('member', fresh.id)).toBeNull();
    await ds.getRepository(SystemSettings).update({ id: 1 }, { recycleBinRetentionDays: 90 });
    SystemSettingsService.forget(ds);
  });
});
