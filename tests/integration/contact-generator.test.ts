import type { DataSource } from 'typeorm';
import { Campaign, CampaignMember, ContactLog, ContactStatus, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { defaultStatusId } from '../../services/contacts/contact-statuses.service';
import { daySpan } from '../../services/contacts/follow-up-state';
import { refreshLatestLog } from '../../services/contacts/latest-log.service';
import {
  GENERATED_CAMPAIGN_PREFIX, TARGET_SALESPEOPLE, distributeLogCounts, generateContactData, splitSizes,
} from '../../services/seed/bulk-contacts.service';
import { createRng } from '../../services/seed/prng';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { quietLoader } from '../helpers/bulk-load';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
const NOW = new Date('2026-03-18T06:30:00Z');
const COUNTS = { campaigns: 3, contactMembers: 500, contactLogs: 1500 };

const load = quietLoader(() => ds, 200);

let demoContactIds: number[];

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  await seedDemoData(ds);
  demoContactIds = (await ds.getRepository(CampaignMember).find({ select: { id: true } })).map((r) => r.id);
  await generateContactData(ds, COUNTS, { seed: 1, now: NOW, timeZone: 'Asia/Hong_Kong' }, { load, log: () => undefined });
}, 120_000);

afterAll(() => db.drop());

const generated = () => ds.getRepository(CampaignMember).createQueryBuilder('cm')
  .innerJoin(Campaign, 'c', 'c.id = cm.campaignId')
  .where('c.code LIKE :gen', { gen: `${GENERATED_CAMPAIGN_PREFIX}%` })
  .orderBy('cm.id', 'ASC')
  .getMany();

describe('generated contact data (demo members, 3 campaigns, 500 contact members, 1,500 logs)', () => {
  it('makes the asked-for numbers of campaigns, contact members and logs, each member at most once per campaign', async () => {
    const campaigns = await ds.getRepository(Campaign).createQueryBuilder('c').where('c.code LIKE :gen', { gen: `${GENERATED_CAMPAIGN_PREFIX}%` }).orderBy('c.code').getMany();
    expect(campaigns.map((c) => c.code)).toEqual(['GEN-0001', 'GEN-0002', 'GEN-0003']);
    const rows = await generated();
    expect(rows).toHaveLength(500);
    const logs = await ds.getRepository(ContactLog).createQueryBuilder('l').where('l.campaignMemberId NOT IN (:...demo)', { demo: demoContactIds }).getCount();
    expect(logs).toBe(1500);
    const pairs = new Set(rows.map((r) => `${r.campaignId}:${r.memberId}`));
    expect(pairs.size).toBe(rows.length);
  });

  it('keeps every campaign\'s member count equal to its contact members', async () => {
    const counts = (await ds.query('SELECT c.id AS id, c.memberCount AS kept, (SELECT COUNT(*) FROM campaign_members cm WHERE cm.campaignId = c.id) AS actual FROM campaigns c')) as
      Array<{ id: number; kept: number | string; actual: number | string }>;
    expect(counts.length).toBeGreaterThanOrEqual(8);
    for (const c of counts) expect([c.id, Number(c.kept)]).toEqual([c.id, Number(c.actual)]);
  });

  it('copies each row\'s true latest log onto it, exactly as refreshLatestLog leaves it', async () => {
    const before = await generated();
    const logs = await ds.getRepository(ContactLog).find({ where: {}, order: { id: 'ASC' } });
    const byRow = new Map<number, ContactLog[]>();
    for (const l of logs) byRow.set(l.campaignMemberId, [...(byRow.get(l.campaignMemberId) ?? []), l]);
    const defaultStatus = await defaultStatusId(ds);
    let withoutLogs = 0;
    for (const row of before) {
      const own = byRow.get(row.id) ?? [];
      for (const l of own) expect([l.campaignId, l.memberId]).toEqual([row.campaignId, row.memberId]);
      const latest = [...own].sort((a, b) => b.contactedAt.getTime() - a.contactedAt.getTime() || b.id - a.id)[0];
      if (!latest) {
        withoutLogs += 1;
        expect([row.lastLogId, row.lastContactAt, row.nextFollowUpAt, row.statusId]).toEqual([null, null, null, defaultStatus]);
      } else {
        expect(row.lastLogId).toBe(latest.id);
        expect(row.lastContactAt).toEqual(latest.contactedAt);
        expect(row.statusId).toBe(latest.statusId);
        expect(row.nextFollowUpAt).toEqual(latest.nextFollowUpAt);
      }
    }
    expect(withoutLogs).toBeGreaterThan(0);
    expect(withoutLogs).toBeLessThan(before.length / 2);

    // The product's own refresh changes none of the copied state, on the rows or on their logs
    // (the staff statistics' salesperson, recycle-bin flag and previous contact time).
    const copies = async () => (await ds.getRepository(ContactLog).find({ order: { id: 'ASC' } }))
      .map((l) => [l.id, l.salespersonId, Boolean(l.memberHidden), l.prevContactedAt?.getTime() ?? null]);
    const copiesBefore = await copies();
    expect(copiesBefore.filter(([, salespersonId]) => salespersonId === null)).toEqual([]);
    await ds.transaction(async (m) => {
      for (const row of before) await refreshLatestLog(m, row.id);
    });
    const after = await generated();
    const state = (r: CampaignMember) => [r.id, r.lastLogId, r.lastContactAt?.getTime() ?? null, r.statusId, r.nextFollowUpAt?.getTime() ?? null];
    expect(after.map(state)).toEqual(before.map(state));
    expect(await copies()).toEqual(copiesBefore);
  });

  it('shares the rows among 40 active salespeople and gives the list\'s filters something to match', async () => {
    const rows = await generated();
    const staff = await ds.getRepository(Staff).find();
    const sales = staff.filter((s) => s.active && s.roles.includes(StaffRole.SALESPERSON));
    expect(sales).toHaveLength(TARGET_SALESPEOPLE);
    const salesIds = new Set(sales.map((s) => s.id));
    for (const r of rows) expect(salesIds.has(r.salespersonId)).toBe(true);
    expect(new Set(rows.map((r) => r.salespersonId)).size).toBeGreaterThan(20);

    const today = daySpan(NOW, 'Asia/Hong_Kong');
    const open = rows.filter((r) => !r.followUpClosedAt && r.nextFollowUpAt);
    expect(open.filter((r) => r.nextFollowUpAt! >= today.start && r.nextFollowUpAt! < today.end).length).toBeGreaterThan(0);
    expect(open.filter((r) => r.nextFollowUpAt! < today.start).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.followUpClosedAt).length).toBeGreaterThan(0);
    const booked = (await ds.getRepository(ContactStatus).findOneByOrFail({ key: 'booked' })).id;
    const bookedRows = rows.filter((r) => r.bookedAt);
    expect(bookedRows.length).toBeGreaterThan(0);
    for (const r of bookedRows) expect(r.statusId).toBe(booked);
    expect(rows.filter((r) => r.attendanceVerifiedAt).length).toBeGreaterThan(0);
    expect(rows.filter((r) => (r.sameDayInvoiceCents ?? 0) >= 500000).length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.sameDayInvoiceCents !== null)) expect(r.sameDayInvoiceCents).toBe(r.sameDayProductCents! + r.sameDayTreatmentCents!);
    const lastYear = NOW.getTime() - 366 * 86_400_000;
    const logs = await ds.getRepository(ContactLog).createQueryBuilder('l').where('l.campaignMemberId NOT IN (:...demo)', { demo: demoContactIds }).getMany();
    for (const l of logs) expect(l.contactedAt.getTime()).toBeGreaterThanOrEqual(lastYear);
    for (const l of logs) expect(l.contactedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
  });
});

describe('generator arithmetic', () => {
  it('splits contact members over campaigns exactly, within the members available', () => {
    const sizes = splitSizes(createRng(3), 2_000_000, 200, 18_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2_000_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(18_000);
    expect(splitSizes(createRng(3), 2_000_000, 200, 18_000)).toEqual(sizes);
    expect(() => splitSizes(createRng(3), 10, 2, 4)).toThrow();
  });

  it('spreads logs with the asked-for total, leaving some rows never contacted', () => {
    for (const [rows, logs] of [[2_000, 5_000], [1_000, 300], [500, 0], [10, 2_000]] as const) {
      expect(distributeLogCounts(createRng(9), rows, logs).reduce((a, b) => a + b, 0)).toBe(logs);
    }
    const typical = distributeLogCounts(createRng(9), 2_000, 5_000);
    expect(typical.filter((c) => c === 0).length).toBeGreaterThan(300);
    expect(typical.filter((c) => c > 3).length).toBeGreaterThan(100);
    expect(() => distributeLogCounts(createRng(9), 2, 600)).toThrow();
    expect(distributeLogCounts(createRng(9), 2_000, 5_000)).toEqual(typical);
  });
});
