/**
 * Assigning a member search result to a contact campaign, evenly across salespeople (seed 000
 * [聯絡活動]), and moving contact members to another salesperson. The assignment is a bulk job over
 * a saved selection: the preview counts it, the job deals it batch by batch (see distribution.ts).
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditLog, BulkJob, Campaign, CampaignMember, Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { recordAudit, type AuditEntry } from '../audit/audit-log.service';
import { currentAuditOrigin } from '../audit/audit-origin';
import { can, requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { holdsAny, roleKeysGranting } from '../admin/role-holders.service';
import { loadViewer } from '../auth/load-viewer.service';
import { bulkJobSettled, enqueueBulkJob } from '../bulk/bulk-job-queue';
import { DomainError, invalidField, notFound } from '../errors/domain-error';
import { claimJob, JobError, runClaimedJob, type JobClaim, type JobOutcome } from '../jobs/job-lease.service';
import { processWorker, type JobWorker } from '../jobs/job-worker';
import { campaignFilterScope, memberSearchQuery } from '../members/member-search-query.service';
import { countMembers } from '../members/member-search.service';
import {
  countSelection, loadMemberSelection, selectionIdBatches, type Selection,
} from '../selections/member-selection.service';
import { contactMemberQuery, contactScope } from './contact-scope.service';
import { defaultStatusId } from './contact-statuses.service';
import { membersOutsideBranch, type BranchCount, type OutsideBranch } from './branch-reach';
import { orderSalespeople, planDistribution, previewDistribution, type Assignment } from './distribution';
import { moveLogsToSalesperson } from './latest-log.service';
import { isSqlite } from '../../db/dialect';

/** Members per transaction: 2,000 keeps each INSERT and lock short while 100,000 take 50 round trips. */
export const ASSIGNMENT_BATCH_SIZE = 2_000;

/** More salespeople than any branch has; bounds the IN list and the dealing table. */
export const SALESPEOPLE_MAX = 200;

/** Contact members per reassignment call (the contact list selects at most a few pages). */
export const REASSIGN_IDS_MAX = 5_000;

export const ASSIGN_CAMPAIGN_JOB = 'assignCampaign';

/** Stored as the job's error; translated under `errors.` when shown. */
const JOB_ERROR_TARGET_CHANGED = 'assignmentTargetChanged';

/** Ids per `IN (…)` list, so no statement grows with the number of rows. */
const ID_CHUNK = 1_000;

/** Bound parameters per multi-row INSERT: under SQLite's 32,766 and MySQL's 65,535. */
const MAX_PARAMETERS = 30_000;

export type CampaignAssignmentInput = { selectionId: number; campaignId: number; salespersonIds: number[] };

export type CampaignAssignmentPreview = {
  total: number;
  alreadyInCampaign: number;
  toAssign: number;
  minPerSalesperson: number;
  maxPerSalesperson: number;
  /** Per chosen salesperson (dealing order): members to be added who are of another branch than hers. */
  outsideBranch: OutsideBranch[];
};

/** What an assignment job stores to be run later (salespeople already in dealing order). */
type AssignmentJobParams = { selectionId: number; campaignId: number; salespersonIds: number[]; batchSize: number };

/** Where an assignment stopped: the last member id of its last committed batch, and the dealing position after it. */
type AssignmentCheckpoint = { afterId: number; offset: number };

type Db = DataSource | EntityManager;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Service-level check as well as the resolver's, so the bench and any other caller get the same rule. */
function requireSupervisor(viewer: Viewer): void {
  requirePermission(viewer, Permission.CampaignsAssign);
}

/** Active and holding a role that receives contacts (campaigns.receiveContacts). */
const isActiveSalesperson = (staff: Staff, receiverRoles: readonly string[]) => staff.active && holdsAny(staff.roles, receiverRoles);

/** The campaign to assign to: it must exist and not be archived. */
async function assignableCampaign(db: Db, campaignId: number): Promise<Campaign> {
  const campaign = await db.getRepository(Campaign).findOneBy({ id: campaignId });
  if (!campaign) throw invalidField('campaignId', 'notFound', { entity: 'campaign' });
  if (campaign.archived) throw invalidField('campaignId', 'archived');
  return campaign;
}

/** The chosen salespeople in dealing order; every one must be an active salesperson. */
async function assignableSalespeople(db: Db, ids: readonly number[]): Promise<Staff[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalidField('salespersonIds', 'required');
  if (unique.length > SALESPEOPLE_MAX) throw invalidField('salespersonIds', 'tooMany', { max: SALESPEOPLE_MAX });
  const staff = await db.getRepository(Staff).findBy({ id: In(unique) });
  if (staff.length !== unique.length) throw invalidField('salespersonIds', 'notFound', { entity: 'staff' });
  const receivers = await roleKeysGranting(db, Permission.CampaignsReceiveContacts);
  if (!staff.every((person) => isActiveSalesperson(person, receivers))) throw invalidField('salespersonIds', 'notSalesperson');
  return orderSalespeople(staff);
}

async function validate(ds: DataSource, viewer: Viewer, input: CampaignAssignmentInput) {
  requireSupervisor(viewer);
  const selection = await loadMemberSelection(ds, viewer, input.selectionId);
  const campaign = await assignableCampaign(ds, input.campaignId);
  const salespeople = await assignableSalespeople(ds, input.salespersonIds);
  return { selection, campaign, salespeople };
}

/**
 * How many of the selection's members are in the campaign already, in one COUNT: the selection's
 * search joined to the campaign's rows through the unique (campaignId, memberId) index, with the
 * unticked (or picked) rows as one id list.
 */
async function countAlreadyIn(ds: DataSource, viewer: Viewer, selection: Selection, campaignId: number): Promise<number> {
  const qb = memberSearchQuery(ds, viewer, selection.filter, await campaignFilterScope(ds, viewer, selection.filter)).innerJoin(
    CampaignMember,
    'inCampaign',
    'inCampaign.memberId = m.id AND inCampaign.campaignId = :assignCampaignId',
    { assignCampaignId: campaignId },
  );
  if (selection.includedIds) {
    if (selection.includedIds.length === 0) return 0;
    qb.andWhere('m.id IN (:...assignIncluded)', { assignIncluded: selection.includedIds });
  } else if (selection.excludedIds.length) {
    qb.andWhere('m.id NOT IN (:...assignExcluded)', { assignExcluded: selection.excludedIds });
  }
  return countMembers(qb);
}

/**
 * The members an assignment would add (the selection less those already in the campaign), counted
 * per branch in one grouped read: the preview's "outside her branch" figure per salesperson.
 */
async function countToAssignByBranch(ds: DataSource, viewer: Viewer, selection: Selection, campaignId: number): Promise<BranchCount[]> {
  if (selection.includedIds?.length === 0) return [];
  const qb = memberSearchQuery(ds, viewer, selection.filter, await campaignFilterScope(ds, viewer, selection.filter))
    .leftJoin(CampaignMember, 'inCampaign', 'inCampaign.memberId = m.id AND inCampaign.campaignId = :reachCampaignId', { reachCampaignId: campaignId })
    .andWhere('inCampaign.id IS NULL');
  if (selection.includedIds) qb.andWhere('m.id IN (:...reachIncluded)', { reachIncluded: selection.includedIds });
  else if (selection.excludedIds.length) qb.andWhere('m.id NOT IN (:...reachExcluded)', { reachExcluded: selection.excludedIds });
  const rows = await qb.select('m.branchId', 'b').addSelect('COUNT(*)', 'n').groupBy('m.branchId').getRawMany<{ b: number | string; n: number | string }>();
  return rows.map((r) => ({ branchId: Number(r.b), members: Number(r.n) }));
}

/**
 * "總會員人數作分配：N, 平均每個銷售員可分配 a 至 b 會員", how many are skipped as already in, and per
 * salesperson how many of the members are of another branch: she works those contacts (log, book,
 * see the booking) but cannot open their member page.
 */
export async function previewCampaignAssignment(
  ds: DataSource,
  viewer: Viewer,
  input: CampaignAssignmentInput,
): Promise<CampaignAssignmentPreview> {
  const { selection, campaign, salespeople } = await validate(ds, viewer, input);
  const total = await countSelection(ds, viewer, selection);
  const alreadyInCampaign = Math.min(total, await countAlreadyIn(ds, viewer, selection, campaign.id));
  const toAssign = total - alreadyInCampaign;
  const { min, max } = previewDistribution(toAssign, salespeople.length);
  const outsideBranch = membersOutsideBranch(salespeople, await countToAssignByBranch(ds, viewer, selection, campaign.id));
  return { total, alreadyInCampaign, toAssign, minPerSalesperson: min, maxPerSalesperson: max, outsideBranch };
}

/**
 * Checks the assignment, records a job covering the selection and queues it; the caller gets the
 * job at once and follows it with `bulkJob(id)`. With `queue: false` the job is only recorded and
 * the caller runs it with `runCampaignAssignment` (benchmarks, and tests of concurrent runs).
 */
export async function startCampaignAssignment(
  ds: DataSource,
  viewer: Viewer,
  input: CampaignAssignmentInput,
  options: { batchSize?: number; queue?: boolean } = {},
): Promise<BulkJob> {
  const { selection, campaign, salespeople } = await validate(ds, viewer, input);
  const params: AssignmentJobParams = {
    selectionId: selection.id,
    campaignId: campaign.id,
    salespersonIds: salespeople.map((s) => s.id),
    batchSize: options.batchSize ?? ASSIGNMENT_BATCH_SIZE,
  };
  const job = await ds.getRepository(BulkJob).save({
    kind: ASSIGN_CAMPAIGN_JOB,
    status: BulkJobStatus.PENDING,
    total: await countSelection(ds, viewer, selection),
    processed: 0,
    params: JSON.stringify(params),
    ownerId: viewer.staffId,
    error: null,
    finishedAt: null,
  });
  if (options.queue !== false) queueCampaignAssignment(ds, job.id);
  return job;
}

/** Queues assignment job `jobId` in this process (the sweeper uses this for jobs it resumes). */
export function queueCampaignAssignment(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): void {
  void enqueueBulkJob(jobId, () => runJob(ds, jobId, worker, false));
}

/**
 * Starts a FAILED assignment again after the batches it had committed (managers and admins,
 * their own jobs): it deals on from where it stopped, so nobody gets a member twice.
 */
export async function retryCampaignAssignment(ds: DataSource, viewer: Viewer, job: BulkJob): Promise<BulkJob> {
  requireSupervisor(viewer);
  const reopened = await ds.getRepository(BulkJob).update(
    { id: job.id, ownerId: viewer.staffId, kind: ASSIGN_CAMPAIGN_JOB, status: BulkJobStatus.FAILED },
    { status: BulkJobStatus.PENDING, error: null, finishedAt: null, workerId: null, leaseExpiresAt: null },
  );
  if (reopened.affected) queueCampaignAssignment(ds, job.id);
  return ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
}

/** The driver's stored form of "now" for a datetime column (SQLite keeps text, MySQL a DATETIME). */
function storedNow(manager: EntityManager, entity: typeof CampaignMember | typeof AuditLog, property: string): unknown {
  const column = manager.dataSource.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`No column ${property}`);
  return manager.dataSource.driver.preparePersistentValue(new Date(), column);
}

/**
 * Multi-row INSERTs of new campaign members; a row whose (campaign, member) exists already —
 * committed by a concurrent assignment after this batch looked — is skipped by the unique index,
 * not an error. Returns how many rows were really inserted.
 */
async function insertCampaignMembers(manager: EntityManager, campaignId: number, statusId: number, assignments: readonly Assignment[]): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('insertCampaignMembers needs a transaction');
  const quote = (name: string) => manager.dataSource.driver.escape(name);
  const columns = ['campaignId', 'memberId', 'salespersonId', 'statusId', 'memberHidden', 'createdAt', 'updatedAt'];
  const now = storedNow(manager, CampaignMember, 'createdAt');
  const sqlite = isSqlite(manager);
  const head = `INSERT ${sqlite ? '' : 'IGNORE '}INTO ${quote('campaign_members')} (${columns.map(quote).join(', ')}) VALUES `;
  const tail = sqlite ? ` ON CONFLICT (${quote('campaignId')}, ${quote('memberId')}) DO NOTHING` : '';
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let inserted = 0;
  for (const chunk of chunks(assignments, Math.floor(MAX_PARAMETERS / columns.length))) {
    const values: unknown[] = [];
    for (const a of chunk) values.push(campaignId, a.memberId, a.salespersonId, statusId, 0, now, now);
    const result = await runner.query(head + Array(chunk.length).fill(tuple).join(', ') + tail, values, true);
    inserted += Number(result.affected ?? 0);
  }
  return inserted;
}

/** Audit rows in multi-row INSERTs (recordAudit's entity inserts cost more than the assignment itself at this size). */
async function insertAudits(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('insertAudits needs a transaction');
  const quote = (name: string) => manager.dataSource.driver.escape(name);
  const columns = ['entityType', 'entityId', 'action', 'actorId', 'before', 'after', 'address', 'tokenId', 'at'];
  const now = storedNow(manager, AuditLog, 'at');
  const { address, tokenId } = currentAuditOrigin();
  const head = `INSERT INTO ${quote('audit_logs')} (${columns.map(quote).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (const chunk of chunks(entries, Math.floor(MAX_PARAMETERS / columns.length))) {
    const values: unknown[] = [];
    for (const e of chunk) {
      values.push(e.entityType, e.entityId, e.action, e.actorId, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null, address, tokenId, now);
    }
    await runner.query(head + Array(chunk.length).fill(tuple).join(', '), values);
  }
}

/** Which of `memberIds` are in the campaign, in one query. */
async function membersInCampaign(manager: EntityManager, campaignId: number, memberIds: readonly number[]): Promise<Set<number>> {
  if (memberIds.length === 0) return new Set();
  const rows = await manager
    .getRepository(CampaignMember)
    .createQueryBuilder('cm')
    .select('cm.memberId', 'memberId')
    .where('cm.campaignId = :campaignId', { campaignId })
    .andWhere('cm.memberId IN (:...memberIds)', { memberIds })
    .getRawMany<{ memberId: number | string }>();
  return new Set(rows.map((r) => Number(r.memberId)));
}

/**
 * One batch in the caller's transaction: skip the members already in, insert the rest with the
 * default status, count them onto the campaign, audit each, advance the job. Returns the plan's
 * next dealing position.
 */
async function assignBatch(
  manager: EntityManager,
  claim: JobClaim,
  params: AssignmentJobParams,
  statusId: number,
  memberIds: readonly number[],
  offset: number,
): Promise<number> {
  const job = claim.job;
  const alreadyIn = await membersInCampaign(manager, params.campaignId, memberIds);
  const plan = planDistribution(memberIds, alreadyIn, params.salespersonIds, offset);
  let assigned = plan.assignments;
  if (assigned.length) {
    const inserted = await insertCampaignMembers(manager, params.campaignId, statusId, assigned);
    if (inserted < assigned.length) {
      // Another assignment committed some of these members after the look above. SQLite runs one
      // write transaction at a time, so this happens on MySQL/MariaDB only, where this
      // transaction's consistent snapshot (taken by the look above) shows its own new rows but
      // not the other's: what is visible now and was not before is exactly what this batch added.
      const nowIn = await membersInCampaign(manager, params.campaignId, assigned.map((a) => a.memberId));
      assigned = assigned.filter((a) => nowIn.has(a.memberId));
    }
    if (inserted) {
      await manager
        .createQueryBuilder()
        .update(Campaign)
        .set({ memberCount: () => `${manager.dataSource.driver.escape('memberCount')} + ${inserted}` })
        .where('id = :id', { id: params.campaignId })
        .execute();
    }
    await insertAudits(
      manager,
      assigned.map((a) => ({
        entityType: 'member',
        entityId: a.memberId,
        action: 'campaignAssigned',
        actorId: job.ownerId,
        before: null,
        after: { campaignId: params.campaignId, salespersonId: a.salespersonId },
      })),
    );
  }
  await claim.commit(manager, {
    processed: memberIds.length,
    checkpoint: { afterId: memberIds[memberIds.length - 1], offset: plan.nextOffset } satisfies AssignmentCheckpoint,
  });
  return plan.nextOffset;
}

/** MySQL/MariaDB's "Deadlock found when trying to get lock; try restarting transaction". */
const ER_LOCK_DEADLOCK = 1213;
const DEADLOCK_RETRIES = 3;

/**
 * Runs a batch transaction again when InnoDB chose it as a deadlock victim (possible when two
 * assignments insert the same members at once): the victim was rolled back whole, so a retry
 * starts clean and then skips what the other committed.
 */
async function withDeadlockRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const errno = (error as { errno?: unknown; driverError?: { errno?: unknown } }).driverError?.errno ?? (error as { errno?: unknown }).errno;
      if (errno !== ER_LOCK_DEADLOCK || attempt > DEADLOCK_RETRIES) throw error;
    }
  }
}

/**
 * Runs a pending assignment job (or one whose worker's lease expired) to the end, batch by batch
 * over the selection (ascending member id), each batch one transaction that also records where
 * it stopped and the dealing position, so a resumed job deals on exactly as one run would and no
 * member is dealt twice. The owner's role and visibility, the campaign and the salespeople are
 * checked again now: if any changed so that the assignment is no longer allowed, nothing more is
 * assigned and the job FAILS with the reason. A failure midway leaves the earlier batches
 * applied. Resolves with the job as it is then. A job another worker holds, or that ended, is left
 * alone; if this process's queue is running it, this waits for it to end.
 */
export function runCampaignAssignment(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): Promise<BulkJob> {
  return runJob(ds, jobId, worker, true);
}

/** The queue's own run must not wait for the queue (it would wait for itself). */
async function runJob(ds: DataSource, jobId: number, worker: JobWorker, waitIfTaken: boolean): Promise<BulkJob> {
  const claim = await claimJob(ds, jobId, worker, [ASSIGN_CAMPAIGN_JOB]);
  if (claim) await runClaimedJob(claim, 'assignment', (c) => assignAll(ds, c));
  else if (waitIfTaken) await bulkJobSettled(jobId);
  return ds.getRepository(BulkJob).findOneByOrFail({ id: jobId });
}

async function assignAll(ds: DataSource, claim: JobClaim): Promise<JobOutcome> {
  const { job, worker } = claim;
  const params = JSON.parse(job.params) as AssignmentJobParams;
  const viewer = await loadViewer(ds, job.ownerId, 'session');
  if (!viewer || !can(viewer, Permission.CampaignsAssign)) return { status: 'failed', error: JobError.forbidden };
  let selection: Selection;
  try {
    selection = await loadMemberSelection(ds, viewer, params.selectionId);
    await assignableCampaign(ds, params.campaignId);
    await assignableSalespeople(ds, params.salespersonIds);
  } catch (error) {
    if (error instanceof DomainError) return { status: 'failed', error: JOB_ERROR_TARGET_CHANGED };
    throw error;
  }
  const statusId = await defaultStatusId(ds);
  const resumed = claim.checkpoint<AssignmentCheckpoint>();
  let offset = resumed?.offset ?? 0;
  for await (const ids of selectionIdBatches(ds, viewer, selection, params.batchSize, resumed?.afterId ?? 0)) {
    const from = offset;
    offset = await withDeadlockRetry(() => ds.transaction((manager) => assignBatch(manager, claim, params, statusId, ids, from)));
    if (claim.stopping) return { status: 'handedBack' };
    if (worker.batchPauseMs) await worker.sleep(worker.batchPauseMs);
  }
  return { status: 'done' };
}

/**
 * Moves contact members to another salesperson. Every id must be a contact member the viewer may
 * see (anything else, existing or not, makes the whole call NOT_FOUND, so nothing reveals which
 * ids exist); the target must be an active salesperson. Rows already with the target stay as they
 * are. Returns how many rows moved.
 */
export async function reassignContactMembers(ds: DataSource, viewer: Viewer, ids: readonly number[], salespersonId: number): Promise<number> {
  requireSupervisor(viewer);
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalidField('ids', 'required');
  if (unique.length > REASSIGN_IDS_MAX) throw invalidField('ids', 'tooMany', { max: REASSIGN_IDS_MAX });
  const target = await ds.getRepository(Staff).findOneBy({ id: salespersonId });
  if (!target) throw invalidField('salespersonId', 'notFound', { entity: 'staff' });
  if (!isActiveSalesperson(target, await roleKeysGranting(ds, Permission.CampaignsReceiveContacts))) throw invalidField('salespersonId', 'notSalesperson');

  return ds.transaction(async (manager) => {
    const scope = await contactScope(manager, viewer);
    const rows: CampaignMember[] = [];
    for (const chunk of chunks(unique, ID_CHUNK)) {
      const found = await (await contactMemberQuery(manager, viewer, scope))
        .select(['cm.id', 'cm.campaignId', 'cm.memberId', 'cm.salespersonId'])
        .andWhere('cm.id IN (:...reassignIds)', { reassignIds: chunk })
        .getMany();
      rows.push(...found);
    }
    if (rows.length !== unique.length) throw notFound('contactMember');
    const moving = rows.filter((row) => row.salespersonId !== target.id);
    for (const chunk of chunks(moving, ID_CHUNK)) {
      await manager.createQueryBuilder().update(CampaignMember).set({ salespersonId: target.id }).whereInIds(chunk.map((row) => row.id)).execute();
      await moveLogsToSalesperson(manager, chunk.map((row) => row.id), target.id);
    }
    await recordAudit(
      manager,
      moving.map((row) => ({
        entityType: 'member',
        entityId: row.memberId,
        action: 'campaignReassigned',
        actorId: viewer.staffId,
        before: { campaignId: row.campaignId, salespersonId: row.salespersonId },
        after: { campaignId: row.campaignId, salespersonId: target.id },
      })),
    );
    return moving.length;
  });
}
