import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { AuditLog, BulkJob, Member, type Branch, type MemberGroup, type Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { bulkJobSettled, bulkJobsSettled } from '../../services/bulk/bulk-job-queue';
import type { BulkMemberActionKind } from '../../services/bulk/bulk-member-action';
import { getBulkJob, runBulkJob, startBulkMemberAction } from '../../services/bulk/bulk-member-action.service';
import { DomainError } from '../../services/errors/domain-error';
import { saveMemberSelection, SELECTION_IDS_MAX } from '../../services/selections/member-selection.service';
import { manyMembers } from '../helpers/bulk-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { logger } from '../../lib/logger';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let trial: MemberGroup;
let vip: MemberGroup;
let manager: Staff;
let salesperson: Staff;
let frontDesk: Staff;
let tstSalesperson: Staff;
let beautician: Staff;
let formerSalesperson: Staff;

const viewerOf = async (staff: Staff): Promise<Viewer> => (await loadViewer(ds, staff.id, 'session'))!;

/** `count` members of a fresh group in a branch, so each test's filter sees only its own. */
async function membersInFreshGroup(count: number, branch: Branch = tko): Promise<{ group: MemberGroup; members: Member[] }> {
  const group = await aMemberGroup(ds);
  const members: Member[] = [];
  for (let i = 0; i < count; i += 1) members.push(await aMember(ds, branch, group, { consultantId: tstSalesperson.id }));
  return { group, members };
}

const reload = (members: Member[]) =>
  ds.getRepository(Member).find({ where: members.map((m) => ({ id: m.id })), order: { id: 'ASC' } });

const auditsOf = (members: Member[]) =>
  ds.getRepository(AuditLog).find({ where: members.map((m) => ({ entityType: 'member', entityId: m.id })), order: { entityId: 'ASC' } });

async function expectDomainError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code, ...(field ? { field } : {}) });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
  trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial' });
  vip = await aMemberGroup(ds, { code: 'VIPG', name: 'VIP Gold' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK]);
  tstSalesperson = await aStaff(ds, tst, [StaffRole.SALESPERSON]);
  beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN]);
  formerSalesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON], { active: false });
});

afterAll(async () => {
  await bulkJobsSettled();
  await db.drop();
});

describe('bulk member actions over a selection with unticked rows', () => {
  const targets: Record<BulkMemberActionKind, () => number | null> = {
    changeGroup: () => vip.id,
    changeBranch: () => tst.id,
    changeConsultant: () => salesperson.id,
  };
  const field = { changeGroup: 'groupId', changeBranch: 'branchId', changeConsultant: 'consultantId' } as const;

  it.each(Object.keys(targets) as BulkMemberActionKind[])('%s changes every selected member, audits each, and skips unticked rows', async (action) => {
    const { group, members } = await membersInFreshGroup(25);
    const unticked = [members[0], members[7], members[13], members[24]];
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] }, excludedIds: unticked.map((m) => m.id) });
    expect(selection.count).toBe(21);

    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action, targetId: targets[action]() }, { batchSize: 7 });
    expect(job).toMatchObject({ kind: action, total: 21, processed: 0 });
    await bulkJobSettled(job.id);

    const done = await getBulkJob(ds, viewer, job.id);
    expect(done).toMatchObject({ status: BulkJobStatus.DONE, total: 21, processed: 21, error: null });
    expect(done.finishedAt).toBeInstanceOf(Date);
    const after = await reload(members);
    const untickedIds = new Set(unticked.map((m) => m.id));
    for (const member of after) {
      const original = members.find((m) => m.id === member.id)!;
      expect(member[field[action]]).toBe(untickedIds.has(member.id) ? original[field[action]] : targets[action]());
    }
    const audits = await auditsOf(members);
    expect(audits).toHaveLength(21);
    expect(audits.every((a) => !untickedIds.has(a.entityId) && a.action === 'update' && a.actorId === manager.id)).toBe(true);
    const original = members.find((m) => m.id === audits[0].entityId)!;
    expect(JSON.parse(audits[0].before!)).toEqual({ [field[action]]: original[field[action]] });
    expect(JSON.parse(audits[0].after!)).toEqual({ [field[action]]: targets[action]() });
  });

  it('clears the consultant when the target is null', async () => {
    const { group, members } = await membersInFreshGroup(3);
    const viewer = await viewerOf(salesperson);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeConsultant', targetId: null });
    await bulkJobSettled(job.id);
    expect((await reload(members)).map((m) => m.consultantId)).toEqual([null, null, null]);
    expect((await auditsOf(members)).map((a) => JSON.parse(a.after!))).toEqual([{ consultantId: null }, { consultantId: null }, { consultantId: null }]);
  });

  it('works on picked rows only (includedIds), and front desk staff may run it', async () => {
    const { group, members } = await membersInFreshGroup(10);
    const picked = [members[2], members[5], members[9]];
    const viewer = await viewerOf(frontDesk);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] }, includedIds: picked.map((m) => m.id) });
    expect(selection.count).toBe(3);
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { batchSize: 2 });
    await bulkJobSettled(job.id);
    expect(await getBulkJob(ds, viewer, job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 3, total: 3 });
    const changed = (await reload(members)).filter((m) => m.groupId === vip.id).map((m) => m.id);
    expect(changed).toEqual(picked.map((m) => m.id));
  });

  it.each([
    [21, 7],
    [25, 7],
    [1, 7],
    [7, 1],
  ])('processes %i members in batches of %i exactly once each', async (count, batchSize) => {
    const { group, members } = await membersInFreshGroup(count);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { batchSize });
    await bulkJobSettled(job.id);
    expect(await getBulkJob(ds, viewer, job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: count, total: count });
    expect((await reload(members)).every((m) => m.groupId === vip.id)).toBe(true);
    expect(await auditsOf(members)).toHaveLength(count);
  });
});

describe('visibility and ownership', () => {
  it("never touches another branch's members for a salesperson, even with crafted includedIds", async () => {
    const own = await membersInFreshGroup(4, tko);
    const other = await aMember(ds, tst, own.group);
    const viewer = await viewerOf(salesperson);

    const byFilter = await saveMemberSelection(ds, viewer, { filter: { groupIds: [own.group.id] } });
    expect(byFilter.count).toBe(4);
    const crafted = await saveMemberSelection(ds, viewer, { filter: {}, includedIds: [other.id, own.members[0].id] });
    expect(crafted.count).toBe(1);
    const branchFilter = await saveMemberSelection(ds, viewer, { filter: { branchIds: [tst.id], groupIds: [own.group.id] } });
    expect(branchFilter.count).toBe(0);

    for (const selection of [byFilter, crafted, branchFilter]) {
      const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id });
      await bulkJobSettled(job.id);
    }
    const [untouched] = await reload([other]);
    expect(untouched.groupId).toBe(own.group.id);
    expect(await auditsOf([other])).toHaveLength(0);
    expect((await reload(own.members)).every((m) => m.groupId === vip.id)).toBe(true);
  });

  it("gives NOT_FOUND for another viewer's selection and job", async () => {
    const { group } = await membersInFreshGroup(2);
    const mine = await viewerOf(manager);
    const theirs = await viewerOf(salesperson);
    const selection = await saveMemberSelection(ds, mine, { filter: { groupIds: [group.id] } });
    await expectDomainError(startBulkMemberAction(ds, theirs, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }), 'NOT_FOUND');
    const job = await startBulkMemberAction(ds, mine, { selectionId: selection.id, action: 'changeGroup', targetId: trial.id });
    await bulkJobSettled(job.id);
    await expectDomainError(getBulkJob(ds, theirs, job.id), 'NOT_FOUND');
  });

  it('refuses more unticked rows than a selection can hold, naming the field', async () => {
    const viewer = await viewerOf(manager);
    const ids = Array.from({ length: SELECTION_IDS_MAX + 1 }, (_, i) => i + 1);
    await expectDomainError(saveMemberSelection(ds, viewer, { filter: {}, excludedIds: ids }), 'BAD_USER_INPUT', 'excludedIds');
  });
});

describe('targets', () => {
  let selectionId: number;
  let viewer: Viewer;
  beforeAll(async () => {
    const { group } = await membersInFreshGroup(1);
    viewer = await viewerOf(manager);
    selectionId = (await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } })).id;
  });

  it.each<[string, BulkMemberActionKind, () => number | null, string]>([
    ['a missing group', 'changeGroup', () => null, 'required'],
    ['an unknown group', 'changeGroup', () => 999_999, 'notFound'],
    ['a missing branch', 'changeBranch', () => null, 'required'],
    ['an unknown branch', 'changeBranch', () => 999_999, 'notFound'],
    ['an unknown consultant', 'changeConsultant', () => 999_999, 'notFound'],
    ['an inactive consultant', 'changeConsultant', () => formerSalesperson.id, 'notFound'],
  ])('refuses %s', async (_label, action, target, messageKey) => {
    const before = await ds.getRepository(BulkJob).count();
    await expectDomainError(startBulkMemberAction(ds, viewer, { selectionId, action, targetId: target() }), 'BAD_USER_INPUT', 'targetId');
    await expect(startBulkMemberAction(ds, viewer, { selectionId, action, targetId: target() })).rejects.toMatchObject({ messageKey });
    expect(await ds.getRepository(BulkJob).count()).toBe(before);
  });

  it('allows moving members to the Deleted group (it is a group like the others)', async () => {
    const deleted = await aMemberGroup(ds, { isDeletedGroup: true });
    const job = await startBulkMemberAction(ds, viewer, { selectionId, action: 'changeGroup', targetId: deleted.id });
    await bulkJobSettled(job.id);
    expect((await getBulkJob(ds, viewer, job.id)).status).toBe(BulkJobStatus.DONE);
  });
});

describe('the single edit\'s rules, for every member a bulk action touches', () => {
  const START = `mutation($input: BulkMemberActionInput!) { startBulkMemberAction(input: $input) { id status } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }`;
  const SAVE = `mutation($input: MemberSelectionInput!) { saveMemberSelection(input: $input) { id count } }`;

  it("refuses a salesperson's CHANGE_BRANCH to another branch before it starts: FORBIDDEN in her language, no job, no member moved", async () => {
    const { group, members } = await membersInFreshGroup(3);
    const cookie = await sessionCookieFor(salesperson);
    const saved = await gql(SAVE, { input: { filter: { groupIds: [String(group.id)] } } }, { cookie });
    expect(saved.body.data!.saveMemberSelection.count).toBe(3);
    const jobsBefore = await ds.getRepository(BulkJob).count();

    for (const [locale, message] of [['en', 'You can only choose a branch whose members you may see.'], ['zh-HK', '你只可選擇你能查看其會員的分店。']]) {
      const res = await gql(START, { input: { selectionId: saved.body.data!.saveMemberSelection.id, action: 'CHANGE_BRANCH', targetId: String(tst.id) } }, { cookie, locale });
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN' } });
    }
    await bulkJobsSettled();
    expect(await ds.getRepository(BulkJob).count()).toBe(jobsBefore);
    expect((await reload(members)).map((m) => m.branchId)).toEqual([tko.id, tko.id, tko.id]);
    expect(await auditsOf(members)).toHaveLength(0);
  });

  type Case = [label: string, who: () => Staff, action: 'CHANGE_BRANCH' | 'CHANGE_GROUP' | 'CHANGE_CONSULTANT', target: () => number];
  const INPUT_FIELD = { CHANGE_BRANCH: 'branchId', CHANGE_GROUP: 'groupId', CHANGE_CONSULTANT: 'consultantId' } as const;

  it.each<Case>([
    ['a salesperson moving a member to another branch', () => salesperson, 'CHANGE_BRANCH', () => tst.id],
    ['front desk staff moving a member to another branch', () => frontDesk, 'CHANGE_BRANCH', () => tst.id],
    ['a salesperson keeping her own branch', () => salesperson, 'CHANGE_BRANCH', () => tko.id],
    ['a manager moving a member to another branch', () => manager, 'CHANGE_BRANCH', () => tst.id],
    ['a salesperson changing the group', () => salesperson, 'CHANGE_GROUP', () => vip.id],
    ['a salesperson choosing a beautician as consultant', () => salesperson, 'CHANGE_CONSULTANT', () => beautician.id],
    ['a salesperson choosing another branch\'s salesperson as consultant', () => salesperson, 'CHANGE_CONSULTANT', () => tstSalesperson.id],
    ['a salesperson choosing a former salesperson as consultant', () => salesperson, 'CHANGE_CONSULTANT', () => formerSalesperson.id],
  ])('%s: the bulk action answers and changes exactly as updateMember does', async (_label, who, action, target) => {
    const field = INPUT_FIELD[action];
    const { group, members } = await membersInFreshGroup(2);
    const [single, bulk] = members;
    const cookie = await sessionCookieFor(who());

    const updated = await gql(UPDATE, { id: String(single.id), input: { [field]: String(target()) } }, { cookie, locale: 'en' });
    const saved = await gql(SAVE, { input: { filter: { groupIds: [String(group.id)] }, includedIds: [String(bulk.id)] } }, { cookie });
    const started = await gql(START, { input: { selectionId: saved.body.data!.saveMemberSelection.id, action, targetId: String(target()) } }, { cookie, locale: 'en' });
    await bulkJobsSettled();

    expect(started.body.errors?.[0]?.extensions?.code ?? 'OK').toBe(updated.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(started.body.errors?.[0]?.message).toBe(updated.body.errors?.[0]?.message?.replace(/"[^"]+"/, '"target"'));
    const [afterSingle, afterBulk] = await reload(members);
    expect(afterBulk[field]).toBe(afterSingle[field]);
    expect(afterBulk[field]).toBe(updated.body.errors ? single[field] : target());
  });
});

describe('failure and scale', () => {
  it('keeps the batches committed before a failure and marks the job FAILED', async () => {
    const { group, members } = await membersInFreshGroup(25);
    const poisoned = members[16]; // third batch of 7
    const trigger = 'bulk_test_fail';
    if (ds.options.type === 'better-sqlite3') {
      await ds.query(`CREATE TRIGGER ${trigger} BEFORE UPDATE ON members WHEN NEW.id = ${poisoned.id} BEGIN SELECT RAISE(ABORT, 'poisoned row'); END`);
    } else {
      await ds.query(
        `CREATE TRIGGER ${trigger} BEFORE UPDATE ON members FOR EACH ROW BEGIN IF NEW.id = ${poisoned.id} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'poisoned row'; END IF; END`,
      );
    }
    const logged = jest.spyOn(logger(), 'error');
    const typeormLog = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const viewer = await viewerOf(manager);
      const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
      const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { batchSize: 7 });
      await bulkJobSettled(job.id);
      const failed = await getBulkJob(ds, viewer, job.id);
      expect(failed).toMatchObject({ status: BulkJobStatus.FAILED, processed: 14, total: 25, error: 'internal' });
      expect(failed.finishedAt).toBeInstanceOf(Date);
      const shown = await gql('query($id: ID!) { bulkJob(id: $id) { status error } }', { id: String(job.id) }, { cookie: await sessionCookieFor(manager), locale: 'en' });
      expect(shown.body.data!.bulkJob).toEqual({ status: 'FAILED', error: 'Something went wrong. Please try again later.' });
      const after = await reload(members);
      expect(after.slice(0, 14).every((m) => m.groupId === vip.id)).toBe(true);
      expect(after.slice(14).every((m) => m.groupId === group.id)).toBe(true);
      expect((await auditsOf(members)).map((a) => a.entityId)).toEqual(members.slice(0, 14).map((m) => m.id));
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      typeormLog.mockRestore();
      await ds.query(`DROP TRIGGER ${trigger}`);
    }
  });

  it('runs a job only once', async () => {
    const { group } = await membersInFreshGroup(2);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id });
    await bulkJobSettled(job.id);
    const again = await runBulkJob(ds, job.id);
    expect(again).toMatchObject({ status: BulkJobStatus.DONE, processed: 2 });
    expect(await ds.getRepository(AuditLog).countBy({ actorId: manager.id, entityType: 'member', action: 'update' })).toBeGreaterThan(0);
  });

  it('changes 10,001 members in batches of 1,000 with an audit entry each', async () => {
    const group = await aMemberGroup(ds);
    await manyMembers(ds, 10_001, { branchId: tko.id, groupId: group.id });
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    expect(selection.count).toBe(10_001);
    const auditsBefore = await ds.getRepository(AuditLog).count();
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id });
    await bulkJobSettled(job.id);
    expect(await getBulkJob(ds, viewer, job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 10_001, total: 10_001 });
    expect(await ds.getRepository(Member).countBy({ groupId: group.id })).toBe(0);
    expect((await ds.getRepository(AuditLog).count()) - auditsBefore).toBe(10_001);
  }, 120_000);
});

describe('GraphQL', () => {
  const SAVE = `mutation($input: MemberSelectionInput!) { saveMemberSelection(input: $input) { id count } }`;
  const START = `mutation($input: BulkMemberActionInput!) { startBulkMemberAction(input: $input) { id kind status total processed } }`;
  const JOB = `query($id: ID!) { bulkJob(id: $id) { id kind status total processed error createdAt finishedAt } }`;
  const SELECTION = `query($id: ID!) { memberSelection(id: $id) { id count } }`;

  it('saves a selection, starts an action and reports its progress to the owner only', async () => {
    const { group, members } = await membersInFreshGroup(5);
    const cookie = await sessionCookieFor(salesperson);
    const saved = await gql(SAVE, { input: { filter: { groupIds: [String(group.id)] }, excludedIds: [String(members[1].id)] } }, { cookie });
    expect(saved.body.errors).toBeUndefined();
    const selection = saved.body.data!.saveMemberSelection;
    expect(selection.count).toBe(4);
    expect((await gql(SELECTION, { id: selection.id }, { cookie })).body.data!.memberSelection).toEqual(selection);

    const started = await gql(START, { input: { selectionId: selection.id, action: 'CHANGE_CONSULTANT', targetId: String(salesperson.id) } }, { cookie });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data!.startBulkMemberAction).toMatchObject({ kind: 'changeConsultant', total: 4 });
    await bulkJobsSettled();
    const job = await gql(JOB, { id: started.body.data!.startBulkMemberAction.id }, { cookie });
    expect(job.body.data!.bulkJob).toMatchObject({ status: 'DONE', total: 4, processed: 4, error: null });
    expect((await reload(members)).map((m) => m.consultantId)).toEqual([
      salesperson.id, tstSalesperson.id, salesperson.id, salesperson.id, salesperson.id,
    ]);

    const other = await sessionCookieFor(manager);
    const foreignJob = await gql(JOB, { id: started.body.data!.startBulkMemberAction.id }, { cookie: other, locale: 'en' });
    expect(foreignJob.body.errors?.[0]).toMatchObject({ message: 'Bulk action not found.', extensions: { code: 'NOT_FOUND' } });
    const foreignSelection = await gql(START, { input: { selectionId: selection.id, action: 'CHANGE_GROUP', targetId: String(vip.id) } }, { cookie: other });
    expect(foreignSelection.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(SELECTION, { id: selection.id }, { cookie: other })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field of a bad input, in the caller\'s language', async () => {
    const { group } = await membersInFreshGroup(1);
    const cookie = await sessionCookieFor(manager);
    const saved = await gql(SAVE, { input: { filter: { groupIds: [String(group.id)] } } }, { cookie });
    const selectionId = saved.body.data!.saveMemberSelection.id;
    const noTarget = await gql(START, { input: { selectionId, action: 'CHANGE_GROUP' } }, { cookie, locale: 'en' });
    expect(noTarget.body.errors?.[0]).toMatchObject({ message: '"target" is invalid: required', extensions: { code: 'BAD_USER_INPUT', field: 'targetId' } });
    const former = await gql(START, { input: { selectionId, action: 'CHANGE_CONSULTANT', targetId: String(formerSalesperson.id) } }, { cookie, locale: 'zh-HK' });
    expect(former.body.errors?.[0]).toMatchObject({ message: '「目標」無效：找不到員工。', extensions: { field: 'targetId' } });
    const badFilter = await gql(SAVE, { input: { filter: { birthMonth: 13 } } }, { cookie });
    expect(badFilter.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.birthMonth' });
    const badId = await gql(SAVE, { input: { filter: {}, excludedIds: ['x'] } }, { cookie });
    expect(badId.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'excludedIds' });
  });

  it('refuses anonymous callers', async () => {
    const res = await gql(SAVE, { input: { filter: {} } });
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
