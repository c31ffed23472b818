/**
 * Long jobs survive faults: a worker that dies mid-run, a database that goes away, a shutdown,
 * and a worker that lost its lease. Two DataSources on one database play two app instances
 * (a temporary SQLite file, or a MariaDB database); clocks are injected, nothing waits on time.
 */
import type { DataSource } from 'typeorm';
import { createDataSource, useDataSource } from '../../db/data-source';
import { AuditLog, BulkJob, Campaign, CampaignMember, Member, type Branch, type MemberGroup, type Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { bulkJobSettled, bulkJobsSettled } from '../../services/bulk/bulk-job-queue';
import { queueBulkJob, runBulkJob, startBulkMemberAction } from '../../services/bulk/bulk-member-action.service';
import { queueCampaignAssignment, runCampaignAssignment, startCampaignAssignment } from '../../services/contacts/campaign-assignment.service';
import { claimJob, JobError, LeaseLostError } from '../../services/jobs/job-lease.service';
import { MAX_ATTEMPTS, sweepJobs, type JobKinds } from '../../services/jobs/job-sweeper.service';
import { jobWorker, type JobWorker } from '../../services/jobs/job-worker';
import { JOB_KINDS } from '../../services/jobs/job-runtime.service';
import { exportProgress, trackExportProgress } from '../../services/reports/export-progress.service';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const LEASE_MS = 60_000;
const T0 = new Date('2031-03-01T02:00:00Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);

let db: TestDatabase;
/** Instance A's DataSource (the one the GraphQL pipeline uses); instance B opens its own. */
let ds: DataSource;
let tko: Branch;
let vip: MemberGroup;
let manager: Staff;
let otherManager: Staff;
let salespeople: Staff[];

const viewerOf = async (staff: Staff, source: DataSource = ds): Promise<Viewer> => (await loadViewer(source, staff.id, 'session'))!;

/** A worker of one instance: no real waits, a fixed clock unless given. */
function worker(instanceId: string, parts: Partial<JobWorker> = {}): JobWorker {
  return jobWorker({ instanceId, now: at(0), leaseMs: LEASE_MS, sleep: async () => undefined, retryDelaysMs: [10, 20, 40], ...parts });
}

/** The sweeper's kinds, resuming with the given worker (the real JOB_KINDS resume with the process's). */
function kindsFor(resumer: JobWorker): JobKinds {
  return Object.fromEntries(
    Object.entries(JOB_KINDS).map(([kind, handler]) => [
      kind,
      handler.resume ? { resume: (source: DataSource, id: number) => (kind === 'assignCampaign' ? queueCampaignAssignment : queueBulkJob)(source, id, resumer) } : {},
    ]),
  );
}

async function membersInFreshGroup(count: number): Promise<{ group: MemberGroup; members: Member[] }> {
  const group = await aMemberGroup(ds);
  const members: Member[] = [];
  for (let i = 0; i < count; i += 1) members.push(await aMember(ds, tko, group));
  return { group, members };
}

/** Instance B: a second DataSource on the same database. */
async function secondInstance(): Promise<DataSource> {
  return (await createDataSource(db.url)).initialize();
}

const jobRow = (id: number, source: DataSource = ds) => source.getRepository(BulkJob).findOneByOrFail({ id });

/** How many audit entries of `action` each member has, by member id. */
async function auditCounts(source: DataSource, members: Member[], action: string): Promise<number[]> {
  const rows = await source.getRepository(AuditLog).find({ where: members.map((m) => ({ entityType: 'member', entityId: m.id, action })) });
  return members.map((m) => rows.filter((r) => r.entityId === m.id).length);
}

const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
  const spies = [jest.spyOn(console, 'error'), jest.spyOn(console, 'warn'), jest.spyOn(console, 'log')].map((s) => s.mockImplementation(() => undefined));
  try {
    return await run();
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
};

beforeAll(async () => {
  db = await createTestDatabase({ sqliteFile: true });
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  vip = await aMemberGroup(ds, { code: 'VIPG', name: 'VIP Gold' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  otherManager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salespeople = [
    await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS001' }),
    await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS002' }),
    await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003' }),
  ];
});

afterAll(async () => {
  await bulkJobsSettled();
  await db.drop();
});

describe('a job whose worker died', () => {
  it('is resumed by another instance\'s sweeper once its lease expired, and every member is changed exactly once', async () => {
    const { group, members } = await membersInFreshGroup(25);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { batchSize: 7, queue: false });

    // Instance A loses its database for good after two batches (it may as well have been killed):
    // its last words cannot be written, so the job stays RUNNING under A's lease.
    const a = await secondInstance();
    let pauses = 0;
    const dying = worker('instance-A', { batchPauseMs: 1, sleep: async () => void (++pauses === 2 && (await a.destroy())) });
    await quietly(() => runBulkJob(a, job.id, dying).catch(() => undefined));
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.RUNNING, workerId: 'instance-A', attempt: 1, processed: 14 });

    const b = await secondInstance();
    try {
      const beforeExpiry = await sweepJobs(b, worker('instance-B', { now: at(LEASE_MS - 1_000) }), kindsFor(worker('instance-B')));
      expect(beforeExpiry.handedBack).not.toContain(job.id);

      const resumer = worker('instance-B', { now: at(LEASE_MS + 1_000) });
      const swept = await sweepJobs(b, resumer, kindsFor(resumer));
      expect(swept.handedBack).toContain(job.id);
      expect(swept.queued).toContain(job.id);
      await bulkJobSettled(job.id);

      expect(await jobRow(job.id, b)).toMatchObject({ status: BulkJobStatus.DONE, processed: 25, total: 25, workerId: 'instance-B', attempt: 2, error: null });
      expect((await b.getRepository(Member).findBy(members.map((m) => ({ id: m.id })))).every((m) => m.groupId === vip.id)).toBe(true);
      expect(await auditCounts(b, members, 'update')).toEqual(members.map(() => 1));
    } finally {
      await b.destroy();
    }
  });

  it('ends FAILED with a reason when it cannot resume: an export whose instance died, also as polled through another instance', async () => {
    const a = await secondInstance();
    const b = await secondInstance();
    try {
      const tracker = await trackExportProgress(a, manager.id, 'export-died', worker('instance-A'));
      tracker.setTotal(40);
      tracker.wrote(15);
      await tracker.flushed();
      expect(await exportProgress(b, manager.id, 'export-died', at(1_000)())).toEqual({ id: 'export-died', rowsWritten: 15, totalRows: 40, done: false, failed: false });

      const swept = await sweepJobs(b, worker('instance-B', { now: at(LEASE_MS + 1_000) }), JOB_KINDS);
      const row = await b.getRepository(BulkJob).findOneByOrFail({ ownerId: manager.id, clientKey: 'export-died' });
      expect(swept.failed).toContain(row.id);
      expect(row).toMatchObject({ status: BulkJobStatus.FAILED, error: JobError.workerLost });
      expect(await exportProgress(b, manager.id, 'export-died', at(LEASE_MS + 2_000)())).toMatchObject({ rowsWritten: 15, done: false, failed: true });
      expect(await exportProgress(b, otherManager.id, 'export-died', at(LEASE_MS + 2_000)())).toBeNull();
      expect(await exportProgress(b, manager.id, 'export-died', at(LEASE_MS + 11 * 60_000)())).toBeNull();
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });

  it(`is not resumed again after ${MAX_ATTEMPTS} workers vanished with it: it ends FAILED`, async () => {
    const { group } = await membersInFreshGroup(2);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { queue: false });
    await ds.getRepository(BulkJob).update({ id: job.id }, { status: BulkJobStatus.RUNNING, workerId: 'gone', attempt: MAX_ATTEMPTS, leaseExpiresAt: at(0)() });
    const sweeper = worker('instance-B', { now: at(1_000) });
    expect((await sweepJobs(ds, sweeper, kindsFor(sweeper))).failed).toContain(job.id);
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.FAILED, error: JobError.workerLost });
  });
});

describe('a job whose database went away', () => {
  it('ends FAILED with the reason once the database is back, shows it localised, and a retry deals on without dealing anyone twice', async () => {
    const { group, members } = await membersInFreshGroup(20);
    const campaign = await ds.getRepository(Campaign).save({ code: 'OUTAGE', name: 'Outage' });
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const input = { selectionId: selection.id, campaignId: campaign.id, salespersonIds: salespeople.map((s) => s.id) };
    const job = await startCampaignAssignment(ds, viewer, input, { batchSize: 6, queue: false });

    // After the second batch the connection is gone; while the worker waits to record the
    // failure, the database comes back.
    let waits = 0;
    const a = worker('instance-A', {
      batchPauseMs: 1,
      sleep: async () => {
        waits += 1;
        if (waits === 2) await ds.destroy();
        if (waits === 3) await ds.initialize();
      },
    });
    await quietly(() => runCampaignAssignment(ds, job.id, a));
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.FAILED, error: JobError.databaseUnavailable, processed: 12, leaseExpiresAt: null });

    const cookie = await sessionCookieFor(manager);
    const shown = await gql('query($id: ID!) { bulkJob(id: $id) { status processed error } }', { id: String(job.id) }, { cookie, locale: 'en' });
    expect(shown.body.data!.bulkJob).toEqual({
      status: 'FAILED',
      processed: 12,
      error: 'The database was unavailable, so the job stopped. What was done is kept; press Retry to continue from where it stopped.',
    });

    const foreign = await gql('mutation($id: ID!) { retryBulkJob(id: $id) { id } }', { id: String(job.id) }, { cookie: await sessionCookieFor(otherManager) });
    expect(foreign.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const retried = await gql('mutation($id: ID!) { retryBulkJob(id: $id) { id status error } }', { id: String(job.id) }, { cookie });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.retryBulkJob).toMatchObject({ status: 'PENDING', error: null });
    await bulkJobSettled(job.id);

    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 20, total: 20 });
    const rows = await ds.getRepository(CampaignMember).find({ where: { campaignId: campaign.id }, order: { memberId: 'ASC' } });
    expect(rows.map((r) => r.memberId)).toEqual(members.map((m) => m.id));
    // Dealt as one uninterrupted run would: in member order, salespeople in code order.
    expect(rows.map((r) => r.salespersonId)).toEqual(members.map((_, i) => salespeople[i % 3].id));
    expect((await ds.getRepository(Campaign).findOneByOrFail({ id: campaign.id })).memberCount).toBe(20);
    expect(await auditCounts(ds, members, 'campaignAssigned')).toEqual(members.map(() => 1));

    const again = await gql('mutation($id: ID!) { retryBulkJob(id: $id) { id } }', { id: String(job.id) }, { cookie, locale: 'en' });
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });
});

describe('shutdown and lost leases', () => {
  it('hands a running job back after the batch in hand when its instance shuts down; the next sweep finishes it exactly once', async () => {
    const { group, members } = await membersInFreshGroup(25);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { batchSize: 7, queue: false });

    const shutdown = new AbortController();
    // SIGTERM arrives while the first batch is being written (transactions: the claim, then batch 1).
    const stopping = worker('instance-A', { signal: shutdown.signal, batchPauseMs: 1 });
    const committed = ds.transaction.bind(ds);
    let transactions = 0;
    const spy = jest.spyOn(ds, 'transaction').mockImplementation(((...args: Parameters<DataSource['transaction']>) => {
      if (++transactions === 2) shutdown.abort();
      return committed(...args);
    }) as DataSource['transaction']);
    try {
      await runBulkJob(ds, job.id, stopping);
    } finally {
      spy.mockRestore();
    }
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.PENDING, workerId: null, leaseExpiresAt: null, processed: 7 });

    const next = worker('instance-A-restarted');
    expect((await sweepJobs(ds, next, kindsFor(next))).queued).toContain(job.id);
    await bulkJobSettled(job.id);
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 25, attempt: 2 });
    expect(await auditCounts(ds, members, 'update')).toEqual(members.map(() => 1));
  });

  it('lets a worker that lost its lease change nothing: its batch rolls back and its end is ignored', async () => {
    const { group, members } = await membersInFreshGroup(3);
    const viewer = await viewerOf(manager);
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [group.id] } });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: vip.id }, { queue: false });
    const slow = (await claimJob(ds, job.id, worker('instance-A'), ['changeGroup']))!;

    const taker = worker('instance-B', { now: at(LEASE_MS + 1_000) });
    await sweepJobs(ds, taker, kindsFor(taker));
    await bulkJobSettled(job.id);
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.DONE, workerId: 'instance-B', processed: 3 });

    const late = ds.transaction(async (manager) => {
      await manager.update(Member, { id: members[0].id }, { groupId: group.id });
      await slow.commit(manager, { processed: 3, checkpoint: { afterId: members[2].id } });
    });
    await expect(late).rejects.toBeInstanceOf(LeaseLostError);
    await slow.end({ status: 'failed', error: JobError.internal });
    expect(await jobRow(job.id)).toMatchObject({ status: BulkJobStatus.DONE, processed: 3, error: null });
    expect((await ds.getRepository(Member).findOneByOrFail({ id: members[0].id })).groupId).toBe(vip.id);
  });
});
