import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, BulkJob, Campaign, CampaignMember, ContactVisibility, Member, type Branch, type MemberGroup, type Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { bulkJobSettled, bulkJobsSettled } from '../../services/bulk/bulk-job-queue';
import { runCampaignAssignment, startCampaignAssignment } from '../../services/contacts/campaign-assignment.service';
import { defaultStatusId } from '../../services/contacts/contact-statuses.service';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { manyMembers } from '../helpers/bulk-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
/** The five TKO salespeople of the seed screen, in ascending code: Yuki, Mary, Candy, Holiday, Apple. */
let sales: Staff[];
let yuki: Staff;
let candy: Staff;
let apple: Staff;
let beautician: Staff;
let formerSalesperson: Staff;
let managerCookie: string;
let statusId: number;
let campaignCounter = 0;

const PREVIEW = `query Preview($input: CampaignAssignmentInput!) {
  previewCampaignAssignment(input: $input) { total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson }
}`;
const ASSIGN = 'mutation Assign($input: CampaignAssignmentInput!) { assignToCampaign(input: $input) { id kind status total processed } }';
const JOB = 'query Job($id: ID!) { bulkJob(id: $id) { id status total processed error } }';
const REASSIGN = 'mutation Reassign($ids: [ID!]!, $salespersonId: ID!) { reassignContactMembers(ids: $ids, salespersonId: $salespersonId) }';

const viewerOf = async (staff: Staff): Promise<Viewer> => (await loadViewer(ds, staff.id, 'session'))!;

async function aCampaign(overrides: Partial<Campaign> = {}): Promise<Campaign> {
  campaignCounter += 1;
  return ds.getRepository(Campaign).save({ code: `C${campaignCounter}`, name: `Campaign ${campaignCounter}`, ...overrides });
}

/** `count` TKO members in a fresh group, so each test's filter sees only its own, ascending id. */
async function membersInFreshGroup(count: number): Promise<{ group: MemberGroup; members: Member[] }> {
  const group = await aMemberGroup(ds);
  const members: Member[] = [];
  for (let i = 0; i < count; i += 1) members.push(await aMember(ds, tko, group));
  return { group, members };
}

async function selectionOf(group: MemberGroup, excludedIds: number[] = [], owner: Staff = manager): Promise<string> {
  return String((await saveMemberSelection(ds, await viewerOf(owner), { filter: { groupIds: [group.id] }, excludedIds })).id);
}

const rowsOf = (campaign: Campaign) => ds.getRepository(CampaignMember).find({ where: { campaignId: campaign.id }, order: { memberId: 'ASC' } });
const memberCountOf = async (campaign: Campaign) => (await ds.getRepository(Campaign).findOneByOrFail({ id: campaign.id })).memberCount;
const auditsOf = (action: string, memberIds: number[]) =>
  ds.getRepository(AuditLog).find({ where: memberIds.map((entityId) => ({ entityType: 'member', entityId, action })), order: { id: 'ASC' } });

async function assignAndWait(input: Record<string, unknown>, cookie = managerCookie) {
  const started = await gql<{ assignToCampaign: { id: string } }>(ASSIGN, { input }, { cookie });
  expect(started.body.errors).toBeUndefined();
  const jobId = started.body.data!.assignToCampaign.id;
  await bulkJobSettled(Number(jobId));
  const done = await gql<{ bulkJob: { status: string; total: number; processed: number; error: string | null } }>(JOB, { id: jobId }, { cookie });
  return { jobId, started: started.body.data!.assignToCampaign, done: done.body.data!.bulkJob };
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B' });
  // Created out of code order, so the dealing order must come from the codes.
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  const holiday = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS005', displayName: 'Holiday Tse' });
  const mary = await aStaff(ds, tko, [StaffRole.SALESPERSON, StaffRole.MANAGER], { code: 'IS002', displayName: 'Mary Lee' });
  yuki = await aStaff(ds, tko, [StaffRole.SALESPERSON, StaffRole.BEAUTICIAN], { code: 'IS001', displayName: 'Yuki Cheng' });
  sales = [yuki, mary, candy, holiday, apple];
  beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN]);
  formerSalesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON], { active: false });
  managerCookie = await sessionCookieFor(manager);
  statusId = await defaultStatusId(ds);
});

afterAll(async () => {
  await bulkJobsSettled();
  await db.drop();
});

describe('previewCampaignAssignment', () => {
  it('shows the seed example: 3 members among 5 salespeople get 0 to 1, among 2 get 1 to 2', async () => {
    const { group } = await membersInFreshGroup(3);
    const campaign = await aCampaign();
    const selectionId = await selectionOf(group);
    const five = await gql(PREVIEW, { input: { selectionId, campaignId: String(campaign.id), salespersonIds: sales.map((s) => String(s.id)) } }, { cookie: managerCookie });
    expect(five.body.errors).toBeUndefined();
    expect(five.body.data!.previewCampaignAssignment).toEqual({ total: 3, alreadyInCampaign: 0, toAssign: 3, minPerSalesperson: 0, maxPerSalesperson: 1 });
    const two = await gql(PREVIEW, { input: { selectionId, campaignId: String(campaign.id), salespersonIds: [String(apple.id), String(candy.id)] } }, { cookie: managerCookie });
    expect(two.body.data!.previewCampaignAssignment).toEqual({ total: 3, alreadyInCampaign: 0, toAssign: 3, minPerSalesperson: 1, maxPerSalesperson: 2 });
  });

  it('counts the members already in the campaign and leaves unticked rows out', async () => {
    const { group, members } = await membersInFreshGroup(6);
    const campaign = await aCampaign();
    await ds.getRepository(CampaignMember).save([members[1], members[4], members[5]].map((m) => ({ campaignId: campaign.id, memberId: m.id, salespersonId: yuki.id, statusId })));
    // Another campaign's rows do not count.
    const other = await aCampaign();
    await ds.getRepository(CampaignMember).save({ campaignId: other.id, memberId: members[0].id, salespersonId: yuki.id, statusId });
    const selectionId = await selectionOf(group, [members[5].id]);
    const res = await gql(PREVIEW, { input: { selectionId, campaignId: String(campaign.id), salespersonIds: [String(apple.id), String(candy.id)] } }, { cookie: managerCookie });
    expect(res.body.data!.previewCampaignAssignment).toEqual({ total: 5, alreadyInCampaign: 2, toAssign: 3, minPerSalesperson: 1, maxPerSalesperson: 2 });
  });
});

describe('assignToCampaign', () => {
  it('adds the members with the default status, dealt evenly in staff-code order, counted and audited', async () => {
    const { group, members } = await membersInFreshGroup(3);
    const campaign = await aCampaign();
    const { started, done } = await assignAndWait({
      selectionId: await selectionOf(group),
      campaignId: String(campaign.id),
      salespersonIds: [String(apple.id), String(candy.id)],
    });
    expect(started).toMatchObject({ kind: 'assignCampaign', total: 3 });
    expect(done).toMatchObject({ status: 'DONE', total: 3, processed: 3, error: null });

    const rows = await rowsOf(campaign);
    expect(rows.map((r) => [r.memberId, r.salespersonId, r.statusId])).toEqual([
      [members[0].id, candy.id, statusId],
      [members[1].id, apple.id, statusId],
      [members[2].id, candy.id, statusId],
    ]);
    expect(rows.every((r) => !r.memberHidden && r.lastContactAt === null && r.createdAt instanceof Date)).toBe(true);
    expect(await memberCountOf(campaign)).toBe(3);

    const audits = await auditsOf('campaignAssigned', members.map((m) => m.id));
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.actorId === manager.id && a.before === null)).toBe(true);
    expect(audits.map((a) => [a.entityId, JSON.parse(a.after!)])).toEqual(
      rows.map((r) => [r.memberId, { campaignId: campaign.id, salespersonId: r.salespersonId }]),
    );
  });

  it('skips and counts members already in, and never assigns unticked rows', async () => {
    const { group, members } = await membersInFreshGroup(8);
    const campaign = await aCampaign({ memberCount: 2 });
    await ds.getRepository(CampaignMember).save([members[0], members[3]].map((m) => ({ campaignId: campaign.id, memberId: m.id, salespersonId: yuki.id, statusId })));
    const unticked = [members[5].id, members[7].id];
    const input = { selectionId: await selectionOf(group, unticked), campaignId: String(campaign.id), salespersonIds: [String(apple.id), String(candy.id)] };

    const preview = await gql(PREVIEW, { input }, { cookie: managerCookie });
    expect(preview.body.data!.previewCampaignAssignment).toMatchObject({ total: 6, alreadyInCampaign: 2, toAssign: 4 });
    const { done } = await assignAndWait(input);
    expect(done).toMatchObject({ status: 'DONE', processed: 6 });

    const rows = await rowsOf(campaign);
    expect(rows.map((r) => r.memberId)).toEqual([0, 1, 2, 3, 4, 6].map((i) => members[i].id));
    // The two already in keep their salesperson; the four new ones alternate Candy, Apple.
    expect(rows.map((r) => r.salespersonId)).toEqual([yuki.id, candy.id, apple.id, yuki.id, candy.id, apple.id]);
    expect(await memberCountOf(campaign)).toBe(6);
    expect((await auditsOf('campaignAssigned', members.map((m) => m.id))).map((a) => a.entityId)).toEqual([1, 2, 4, 6].map((i) => members[i].id));

    // Assigning the same selection again adds nothing and counts nothing.
    const again = await assignAndWait(input);
    expect(again.done).toMatchObject({ status: 'DONE', processed: 6 });
    expect(await rowsOf(campaign)).toHaveLength(6);
    expect(await memberCountOf(campaign)).toBe(6);
  });

  it('assigns 10,001 members in several batches with progress, evenly across the batches', async () => {
    const group = await aMemberGroup(ds);
    await manyMembers(ds, 10_001, { branchId: tko.id, groupId: group.id });
    const campaign = await aCampaign();
    const viewer = await viewerOf(manager);
    const selectionId = Number(await selectionOf(group));
    const three = [apple, candy, yuki].map((s) => s.id);
    const job = await startCampaignAssignment(ds, viewer, { selectionId, campaignId: campaign.id, salespersonIds: three });
    expect(job).toMatchObject({ kind: 'assignCampaign', status: BulkJobStatus.PENDING, total: 10_001, processed: 0 });

    // Polled without a timer: on SQLite the job never waits for I/O, so timers would only fire after it.
    const seen: number[] = [];
    for (;;) {
      const current = await ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
      if (seen[seen.length - 1] !== current.processed) seen.push(current.processed);
      if (current.status === BulkJobStatus.DONE || current.status === BulkJobStatus.FAILED) break;
    }
    await bulkJobSettled(job.id);
    const done = await ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
    expect(done).toMatchObject({ status: BulkJobStatus.DONE, total: 10_001, processed: 10_001, error: null });
    // Progress moves a batch (2,000 members) at a time and is seen in between.
    expect(seen.every((p) => p % 2_000 === 0 || p === 10_001)).toBe(true);
    expect(seen.some((p) => p > 0 && p < 10_001)).toBe(true);

    const counts = await ds
      .getRepository(CampaignMember)
      .createQueryBuilder('cm')
      .select('cm.salespersonId', 'salespersonId')
      .addSelect('COUNT(*)', 'n')
      .where('cm.campaignId = :id', { id: campaign.id })
      .groupBy('cm.salespersonId')
      .getRawMany<{ salespersonId: number; n: number | string }>();
    const bySalesperson = Object.fromEntries(counts.map((c) => [Number(c.salespersonId), Number(c.n)]));
    // Dealing order IS001 (Yuki), IS003 (Candy), IS007 (Apple): the first two get the odd member.
    expect(bySalesperson).toEqual({ [yuki.id]: 3_334, [candy.id]: 3_334, [apple.id]: 3_333 });
    expect(await memberCountOf(campaign)).toBe(10_001);
    const audits = await ds.getRepository(AuditLog).countBy({ entityType: 'member', action: 'campaignAssigned', after: `{"campaignId":${campaign.id},"salespersonId":${apple.id}}` });
    expect(audits).toBe(3_333);
  });

  it('never creates duplicates when two assignments of the same members run at once', async () => {
    const group = await aMemberGroup(ds);
    await manyMembers(ds, 600, { branchId: tko.id, groupId: group.id });
    const campaign = await aCampaign();
    const viewer = await viewerOf(manager);
    const selectionId = Number(await selectionOf(group));
    const input = { selectionId, campaignId: campaign.id, salespersonIds: [apple.id, candy.id] };
    const first = await startCampaignAssignment(ds, viewer, input, { batchSize: 50, queue: false });
    const second = await startCampaignAssignment(ds, viewer, { ...input, salespersonIds: [yuki.id] }, { batchSize: 70, queue: false });
    const [a, b] = await Promise.all([runCampaignAssignment(ds, first.id), runCampaignAssignment(ds, second.id)]);
    expect([a.status, b.status]).toEqual([BulkJobStatus.DONE, BulkJobStatus.DONE]);

    const rows = await rowsOf(campaign);
    expect(rows).toHaveLength(600);
    expect(new Set(rows.map((r) => r.memberId)).size).toBe(600);
    expect(await memberCountOf(campaign)).toBe(600);
    const audits = await ds.getRepository(AuditLog).find({ where: rows.map((r) => ({ entityType: 'member', entityId: r.memberId, action: 'campaignAssigned' })) });
    expect(audits).toHaveLength(600);
    const byMember = new Map(rows.map((r) => [r.memberId, r.salespersonId]));
    expect(audits.every((audit) => (JSON.parse(audit.after!) as { salespersonId: number }).salespersonId === byMember.get(audit.entityId))).toBe(true);
  });

  it('resolves runCampaignAssignment with the finished job even when the queue runs it', async () => {
    const { group } = await membersInFreshGroup(5);
    const campaign = await aCampaign();
    const viewer = await viewerOf(manager);
    const job = await startCampaignAssignment(ds, viewer, { selectionId: Number(await selectionOf(group)), campaignId: campaign.id, salespersonIds: [apple.id] }, { batchSize: 2 });
    const finished = await runCampaignAssignment(ds, job.id);
    expect(finished).toMatchObject({ status: BulkJobStatus.DONE, processed: 5, total: 5 });
    expect(await rowsOf(campaign)).toHaveLength(5);
    expect(await runCampaignAssignment(ds, job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 5 });
    expect(await memberCountOf(campaign)).toBe(5);
  });

  it('is for managers and admins only', async () => {
    const { group } = await membersInFreshGroup(1);
    const campaign = await aCampaign();
    const input = { selectionId: await selectionOf(group, [], apple), campaignId: String(campaign.id), salespersonIds: [String(apple.id)] };
    const cookie = await sessionCookieFor(apple);
    for (const query of [PREVIEW, ASSIGN]) {
      const res = await gql(query, { input }, { cookie });
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rowsOf(campaign)).toHaveLength(0);
  });

  describe('validation names the field', () => {
    let selectionId: string;
    beforeAll(async () => {
      selectionId = await selectionOf((await membersInFreshGroup(1)).group);
    });

    it.each<[string, () => Promise<Record<string, unknown>>, string, string]>([
      ['a missing campaign', async () => ({ campaignId: '999999', salespersonIds: [String(apple.id)] }), 'campaignId', 'NOT_FOUND_OR_INPUT'],
      ['an archived campaign', async () => ({ campaignId: String((await aCampaign({ archived: true })).id), salespersonIds: [String(apple.id)] }), 'campaignId', '已封存'],
      ['no salespeople', async () => ({ campaignId: String((await aCampaign()).id), salespersonIds: [] }), 'salespersonIds', '必須輸入'],
      ['an inactive salesperson', async () => ({ campaignId: String((await aCampaign()).id), salespersonIds: [String(apple.id), String(formerSalesperson.id)] }), 'salespersonIds', '不是在職的銷售員'],
      ['a beautician', async () => ({ campaignId: String((await aCampaign()).id), salespersonIds: [String(beautician.id)] }), 'salespersonIds', '不是在職的銷售員'],
      ['a missing salesperson', async () => ({ campaignId: String((await aCampaign()).id), salespersonIds: ['999999'] }), 'salespersonIds', 'NOT_FOUND_OR_INPUT'],
      ['a malformed id', async () => ({ campaignId: 'x1', salespersonIds: [String(apple.id)] }), 'campaignId', '編號格式不正確'],
    ])('refuses %s', async (_name, make, field, message) => {
      const input = { selectionId, ...(await make()) };
      for (const query of [PREVIEW, ASSIGN]) {
        const res = await gql(query, { input }, { cookie: managerCookie });
        const error = res.body.errors?.[0];
        expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        if (message !== 'NOT_FOUND_OR_INPUT') expect(error?.message).toContain(message);
      }
    });

    it("gives NOT_FOUND for another staff member's selection", async () => {
      const theirs = await selectionOf((await membersInFreshGroup(1)).group, [], yuki);
      const res = await gql(PREVIEW, { input: { selectionId: theirs, campaignId: String((await aCampaign()).id), salespersonIds: [String(apple.id)] } }, { cookie: managerCookie });
      expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});

describe('reassignContactMembers', () => {
  async function contactRows(count: number, salesperson: Staff) {
    const { members } = await membersInFreshGroup(count);
    const campaign = await aCampaign();
    const rows = await ds.getRepository(CampaignMember).save(members.map((m) => ({ campaignId: campaign.id, memberId: m.id, salespersonId: salesperson.id, statusId })));
    return { campaign, members, rows };
  }

  it('moves the rows to the salesperson, audits each move and counts only real moves', async () => {
    const { rows, members } = await contactRows(3, apple);
    await ds.getRepository(CampaignMember).update({ id: rows[2].id }, { salespersonId: candy.id });
    const res = await gql(REASSIGN, { ids: rows.map((r) => String(r.id)), salespersonId: String(candy.id) }, { cookie: managerCookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.reassignContactMembers).toBe(2);
    const after = await ds.getRepository(CampaignMember).find({ where: rows.map((r) => ({ id: r.id })) });
    expect(after.every((r) => r.salespersonId === candy.id)).toBe(true);
    const audits = await auditsOf('campaignReassigned', members.map((m) => m.id));
    expect(audits.map((a) => a.entityId)).toEqual([members[0].id, members[1].id]);
    expect(JSON.parse(audits[0].before!)).toEqual({ campaignId: rows[0].campaignId, salespersonId: apple.id });
    expect(JSON.parse(audits[0].after!)).toEqual({ campaignId: rows[0].campaignId, salespersonId: candy.id });
    expect(audits.every((a) => a.actorId === manager.id)).toBe(true);
  });

  it('is FORBIDDEN for a salesperson, even for their own rows', async () => {
    const { rows } = await contactRows(1, apple);
    const res = await gql(REASSIGN, { ids: [String(rows[0].id)], salespersonId: String(candy.id) }, { cookie: await sessionCookieFor(apple) });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ds.getRepository(CampaignMember).findOneByOrFail({ id: rows[0].id })).salespersonId).toBe(apple.id);
  });

  it('is NOT_FOUND as a whole when any row is invisible to the viewer or missing', async () => {
    const visible = await contactRows(1, yuki);
    const hidden = await contactRows(1, apple);
    // A manager who may see only Yuki Cheng's contacts.
    const restricted = await aStaff(ds, tko, [StaffRole.MANAGER]);
    await ds.getRepository(ContactVisibility).save({ staffId: restricted.id, ownBranch: false, otherBranches: false, all: false, staffIds: [yuki.id] });
    const cookie = await sessionCookieFor(restricted);
    for (const ids of [[visible.rows[0].id, hidden.rows[0].id], [visible.rows[0].id, 99_999_999]]) {
      const res = await gql(REASSIGN, { ids: ids.map(String), salespersonId: String(candy.id) }, { cookie });
      expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const binned = await contactRows(1, yuki);
    await ds.getRepository(CampaignMember).update({ id: binned.rows[0].id }, { memberHidden: true });
    const res = await gql(REASSIGN, { ids: [String(binned.rows[0].id)], salespersonId: String(candy.id) }, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unchanged = await ds.getRepository(CampaignMember).find({ where: [visible.rows[0], hidden.rows[0], binned.rows[0]].map((r) => ({ id: r.id })) });
    expect(unchanged.map((r) => r.salespersonId).sort()).toEqual([yuki.id, apple.id, yuki.id].sort());
    const moved = await gql(REASSIGN, { ids: [String(visible.rows[0].id)], salespersonId: String(candy.id) }, { cookie });
    expect(moved.body.data!.reassignContactMembers).toBe(1);
  });

  it.each<[string, () => string, string]>([
    ['an inactive salesperson', () => String(formerSalesperson.id), '不是在職的銷售員'],
    ['a beautician', () => String(beautician.id), '不是在職的銷售員'],
    ['a missing staff member', () => '999999', '員工'],
  ])('refuses %s as the target, naming salespersonId', async (_name, target, message) => {
    const { rows } = await contactRows(1, apple);
    const res = await gql(REASSIGN, { ids: [String(rows[0].id)], salespersonId: target() }, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'salespersonId' });
    expect(res.body.errors?.[0].message).toContain(message);
  });

  it('refuses an empty list, naming ids', async () => {
    const res = await gql(REASSIGN, { ids: [], salespersonId: String(candy.id) }, { cookie: managerCookie });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
