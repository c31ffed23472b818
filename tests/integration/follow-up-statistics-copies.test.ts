import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { CampaignMember, ContactLog, Member, type Branch, type Campaign, type MemberGroup, type Staff } from '../../entities';
import { RecycleBinService } from '../../services/admin/recycle-bin.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { reassignContactMembers } from '../../services/contacts/campaign-assignment.service';
import { ContactLogService } from '../../services/contacts/contact-log.service';
import { followUpStatistics } from '../../services/reports/follow-up-statistics.service';
import type { ReportFilter } from '../../services/reports/report-filter';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactMember, methodId, statusId } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * 同事跟進的統計 reads each log's copies of its contact member's salesperson and recycle-bin flag
 * and of the previous contact time. After every kind of write — a log added, back-dated, edited,
 * deleted and restored, a reassignment, a member to the recycle bin and back — the copies equal
 * what they copy, and the report equals a count over the contact members and all their logs.
 */

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let apple: Staff;
let candy: Staff;
let manager: Viewer;
let group: MemberGroup;
let spring: Campaign;
let summer: Campaign;
const cm: CampaignMember[] = [];
let logs: ContactLogService;

const HK = 'Asia/Hong_Kong';
/** Periods as salon days in Hong Kong, and the same as UTC instants [start, end). */
const PERIODS: Array<{ filter: ReportFilter; start: string; end: string }> = [
  { filter: { contactedFrom: '2025-05-01', contactedTo: '2025-05-31' }, start: '2025-04-30T16:00:00Z', end: '2025-05-31T16:00:00Z' },
  { filter: { contactedFrom: '2025-05-10', contactedTo: '2025-05-20' }, start: '2025-05-09T16:00:00Z', end: '2025-05-20T16:00:00Z' },
];

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  logs = new ContactLogService(ds);
  tko = await aBranch(ds, { code: 'TKO', timeZone: HK });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003' });
  const boss = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B' });
  manager = (await loadViewer(ds, boss.id, 'session'))!;
  group = await aMemberGroup(ds, { code: 'NEW' });
  spring = await aContactCampaign(ds, 'Spring');
  summer = await aContactCampaign(ds, 'Summer');
  for (let i = 0; i < 6; i++) {
    cm.push(await aContactMember(ds, i % 2 ? summer : spring, await aMember(ds, tko, group), i < 3 ? apple : candy));
  }
});

afterAll(async () => {
  await db.drop();
});

async function log(place: CampaignMember, at: string, method: 'phone' | 'email' | 'sms' = 'phone'): Promise<ContactLog> {
  return logs.add(manager, { contactMemberId: place.id, contactedAt: new Date(at), methodId: await methodId(ds, method), statusId: await statusId(ds, 'no_answer') });
}

/** Every log's copies against its contact member and its previous log (by contact time, then id). */
async function expectCopiesInStep(): Promise<void> {
  const places = new Map((await ds.getRepository(CampaignMember).find()).map((p) => [p.id, p]));
  const all = await ds.getRepository(ContactLog).find({ order: { campaignMemberId: 'ASC', contactedAt: 'ASC', id: 'ASC' } });
  const wrong = all.flatMap((l, i) => {
    const prev = i > 0 && all[i - 1].campaignMemberId === l.campaignMemberId ? all[i - 1].contactedAt : null;
    const owner = places.get(l.campaignMemberId)!;
    const ok = l.salespersonId === owner.salespersonId && Boolean(l.memberHidden) === Boolean(owner.memberHidden) &&
      (l.prevContactedAt?.getTime() ?? null) === (prev?.getTime() ?? null);
    return ok ? [] : [{ id: l.id, copies: [l.salespersonId, l.memberHidden, l.prevContactedAt], expected: [owner.salespersonId, owner.memberHidden, prev] }];
  });
  expect(wrong).toEqual([]);
}

type Count = { assigned: number; contacted: number; logs: number; byMethod: Record<number, number> };

/** The figures counted the long way: the visible contact members, and all their logs in the period. */
async function fullCount(start: string, end: string, campaignIds?: number[]): Promise<Map<number, Count>> {
  const places = (await ds.getRepository(CampaignMember).find()).filter((p) => !p.memberHidden && (!campaignIds || campaignIds.includes(p.campaignId)));
  const all = await ds.getRepository(ContactLog).find();
  const [s, e] = [Date.parse(start), Date.parse(end)];
  const out = new Map<number, Count>();
  for (const place of places) {
    const row = out.get(place.salespersonId) ?? { assigned: 0, contacted: 0, logs: 0, byMethod: {} };
    out.set(place.salespersonId, row);
    row.assigned += 1;
    const inPeriod = all.filter((l) => l.campaignMemberId === place.id && l.contactedAt.getTime() >= s && l.contactedAt.getTime() < e);
    if (inPeriod.length) row.contacted += 1;
    for (const l of inPeriod) {
      row.logs += 1;
      row.byMethod[l.methodId] = (row.byMethod[l.methodId] ?? 0) + 1;
    }
  }
  return out;
}

/** The report's figures in the same shape. */
async function reported(filter: ReportFilter): Promise<Map<number, Count>> {
  const report = await followUpStatistics(ds, filter, { scope: { kind: 'all' }, timeZone: HK, now: new Date() });
  return new Map(report.rows.map((r) => [r.salesperson.id, {
    assigned: r.assigned,
    contacted: r.contacted,
    logs: r.logs,
    byMethod: Object.fromEntries(r.logsByMethod.filter((m) => m.count > 0).map((m) => [m.methodId, m.count])),
  }]));
}

async function expectReportEqualsFullCount(): Promise<void> {
  await expectCopiesInStep();
  for (const { filter, start, end } of PERIODS) {
    expect(await reported(filter)).toEqual(await fullCount(start, end));
    // The members' groups send the report the general way (a join to the contact members): the same figures.
    expect(await reported({ ...filter, memberGroupIds: [group.id] })).toEqual(await fullCount(start, end));
    expect(await reported({ ...filter, campaignIds: [summer.id] })).toEqual(await fullCount(start, end, [summer.id]));
  }
}

describe('follow-up statistics from the logs\' copies', () => {
  it('equal the full count after logs are added, in order and back-dated', async () => {
    await log(cm[0], '2025-05-05T03:00:00Z');
    await log(cm[0], '2025-05-12T03:00:00Z', 'sms');
    await log(cm[1], '2025-04-20T03:00:00Z');
    await log(cm[1], '2025-05-15T03:00:00Z', 'email');
    await log(cm[3], '2025-05-15T03:00:00Z');
    await log(cm[3], '2025-05-15T03:00:00Z', 'sms'); // same time: the id orders them
    await expectReportEqualsFullCount();
    // Back-dated before the period and into the middle of it: the later logs' previous times change.
    await log(cm[0], '2025-04-01T03:00:00Z');
    await log(cm[1], '2025-05-11T03:00:00Z');
    await expectReportEqualsFullCount();
  });

  it('equal the full count after logs are edited, deleted and restored', async () => {
    const moved = await log(cm[4], '2025-05-18T03:00:00Z');
    await log(cm[4], '2025-05-25T03:00:00Z');
    await logs.update(manager, moved.id, { contactedAt: new Date('2025-04-25T03:00:00Z') });
    await expectReportEqualsFullCount();
    await logs.update(manager, moved.id, { methodId: await methodId(ds, 'email'), contactedAt: new Date('2025-05-26T03:00:00Z') });
    await expectReportEqualsFullCount();
    const first = (await ds.getRepository(ContactLog).find({ where: { campaignMemberId: cm[0].id }, order: { contactedAt: 'ASC' } }))[1];
    await logs.delete(manager, first.id);
    await expectReportEqualsFullCount();
    const bin = new RecycleBinService(ds);
    const item = await bin.findByEntity(manager, 'contactLog', first.id);
    await bin.restore(manager, item!.id);
    await expectReportEqualsFullCount();
  });

  it('equal the full count after a reassignment', async () => {
    expect(await reassignContactMembers(ds, manager, [cm[0].id, cm[3].id], candy.id)).toBe(1);
    expect(await reassignContactMembers(ds, manager, [cm[3].id], apple.id)).toBe(1);
    await expectReportEqualsFullCount();
  });

  it('equal the full count while a member is in the recycle bin and after it comes back', async () => {
    const bin = new RecycleBinService(ds);
    const memberId = cm[1].memberId;
    await bin.deleteMember(manager, memberId);
    await expectReportEqualsFullCount();
    await log(cm[2], '2025-05-13T03:00:00Z');
    await bin.restoreMember(manager, memberId);
    expect((await ds.getRepository(Member).findOneByOrFail({ id: memberId })).deletedAt).toBeNull();
    await expectReportEqualsFullCount();
  });

  it('leave a log\'s 最後更新 alone when only its copies change', async () => {
    const before = await ds.getRepository(ContactLog).findOneByOrFail({ campaignMemberId: cm[3].id, methodId: await methodId(ds, 'sms') });
    await ds.getRepository(ContactLog).update({ id: before.id }, { updatedAt: new Date('2025-05-15T04:00:00Z') });
    await reassignContactMembers(ds, manager, [cm[3].id], candy.id);
    await log(cm[3], '2025-05-01T03:00:00Z');
    const after = await ds.getRepository(ContactLog).findOneByOrFail({ id: before.id });
    expect([after.salespersonId, after.updatedAt.toISOString()]).toEqual([candy.id, '2025-05-15T04:00:00.000Z']);
    await expectReportEqualsFullCount();
  });
});
