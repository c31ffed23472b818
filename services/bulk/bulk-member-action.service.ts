import type { DataSource } from 'typeorm';
import { Branch, BulkJob, Member, MemberGroup, Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { LevelChangeReason } from '../../entities/member-level-change.entity';
import { recordLevelChanges } from '../member-levels/level-change.service';
import { recordAudit } from '../audit/audit-log.service';
import { loadViewer } from '../auth/load-viewer.service';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import { claimJob, JobError, runClaimedJob, type JobClaim, type JobOutcome } from '../jobs/job-lease.service';
import { processWorker, type JobWorker } from '../jobs/job-worker';
import { targetRefusal, type MemberAssignmentTarget } from '../members/member-edit-rules';
import { refusalError } from '../members/member-write.service';
import { loadMemberSelection, countSelection, selectionIdBatches } from '../selections/member-selection.service';
import { memberScopeFor } from '../visibility/member-visibility';
import {
  BULK_MEMBER_ACTION_KINDS, FIELD_OF_ACTION, planBatch, type BulkCheckpoint, type BulkJobParams, type BulkMemberActionKind,
} from './bulk-member-action';
import { enqueueBulkJob } from './bulk-job-queue';

/** Members per transaction: big enough to be quick, small enough not to hold locks for long. */
export const BULK_BATCH_SIZE = 1_000;

/** Stored as the job's error when the target is no longer one the owner may choose; translated under `errors.`. */
const JOB_ERROR_TARGET_UNAVAILABLE = 'bulkTargetUnavailable';

export type StartBulkMemberActionInput = {
  selectionId: number;
  action: BulkMemberActionKind;
  targetId?: number | null;
};

/** The target as the member edit rules see it: the row looked up now (null when it is gone). */
async function ruleTarget(ds: DataSource, action: BulkMemberActionKind, targetId: number | null): Promise<MemberAssignmentTarget> {
  if (action === 'changeConsultant') {
    const consultant = targetId === null ? null : await ds.getRepository(Staff).findOneBy({ id: targetId });
    return { field: 'consultantId', consultant, clears: targetId === null };
  }
  if (targetId === null) throw invalidField('targetId', 'required');
  return action === 'changeGroup'
    ? { field: 'groupId', group: await ds.getRepository(MemberGroup).findOneBy({ id: targetId }) }
    : { field: 'branchId', branch: await ds.getRepository(Branch).findOneBy({ id: targetId }) };
}

/**
 * The same rules as `updateMember`, for the target: what depends only on the viewer and the
 * target (a branch outside the viewer's scope, a missing group, an inactive consultant) refuses
 * the whole action before any member is touched.
 */
async function checkTarget(ds: DataSource, viewer: Viewer, action: BulkMemberActionKind, targetId: number | null): Promise<MemberAssignmentTarget> {
  const target = await ruleTarget(ds, action, targetId);
  const refusal = targetRefusal(memberScopeFor(viewer), target);
  if (refusal) throw refusalError(refusal, 'targetId');
  return target;
}

/**
 * Checks the action, records a job covering the selection and queues it (unless `queue: false`:
 * then the caller runs it with `runBulkJob`); the caller gets the job at once and follows its
 * progress with `getBulkJob`. Any staff member may act on the members
 * they can see, as far as the single edit lets them: the job works through the selection with
 * the owner's visibility and applies the member edit rules to every member it touches.
 */
export async function startBulkMemberAction(
  ds: DataSource,
  viewer: Viewer,
  input: StartBulkMemberActionInput,
  options: { batchSize?: number; queue?: boolean } = {},
): Promise<BulkJob> {
  const selection = await loadMemberSelection(ds, viewer, input.selectionId);
  const targetId = input.targetId ?? null;
  await checkTarget(ds, viewer, input.action, targetId);
  const params: BulkJobParams = { selectionId: selection.id, action: input.action, targetId, batchSize: options.batchSize ?? BULK_BATCH_SIZE };
  const job = await ds.getRepository(BulkJob).save({
    kind: input.action,
    status: BulkJobStatus.PENDING,
    total: await countSelection(ds, viewer, selection),
    processed: 0,
    params: JSON.stringify(params),
    ownerId: viewer.staffId,
    error: null,
    finishedAt: null,
  });
  if (options.queue !== false) queueBulkJob(ds, job.id);
  return job;
}

/** Queues job `jobId` in this process (the sweeper uses this for jobs it resumes). */
export function queueBulkJob(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): void {
  void enqueueBulkJob(jobId, () => runBulkJob(ds, jobId, worker));
}

/**
 * Starts a FAILED bulk action of the viewer's again, after the batches it had committed: the
 * same checks as starting it (so a salesperson cannot retry what she may not start), then the
 * job is pending again and queued. NOT_FOUND for another's job.
 */
export async function retryBulkMemberAction(ds: DataSource, viewer: Viewer, job: BulkJob): Promise<BulkJob> {
  const params = JSON.parse(job.params) as BulkJobParams;
  await loadMemberSelection(ds, viewer, params.selectionId);
  await checkTarget(ds, viewer, params.action, params.targetId);
  const reopened = await ds.getRepository(BulkJob).update(
    { id: job.id, ownerId: viewer.staffId, status: BulkJobStatus.FAILED },
    { status: BulkJobStatus.PENDING, error: null, finishedAt: null, workerId: null, leaseExpiresAt: null },
  );
  if (reopened.affected) queueBulkJob(ds, job.id);
  return ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
}

/** A job of the viewer's own; anybody else's is NOT_FOUND. */
export async function getBulkJob(ds: DataSource, viewer: Viewer, id: number): Promise<BulkJob> {
  const job = await ds.getRepository(BulkJob).findOneBy({ id, ownerId: viewer.staffId });
  if (!job) throw notFound('bulkJob');
  return job;
}

/**
 * Runs a pending job (or one whose worker's lease expired) to the end: batch by batch over the
 * selection (keyset on member id) from where an earlier attempt stopped, each batch one
 * transaction that updates its members, writes their audit entries and records the progress and
 * the checkpoint, so every member is processed exactly once however often the job is resumed.
 * The owner's visibility and the target are looked up again now: someone who lost access
 * meanwhile changes nothing. At a shutdown the job is handed back after the batch in hand.
 * Resolves with the job as it is then; a job another worker holds, or that ended, is left alone.
 */
export async function runBulkJob(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): Promise<BulkJob> {
  const claim = await claimJob(ds, jobId, worker, BULK_MEMBER_ACTION_KINDS);
  if (claim) await runClaimedJob(claim, 'bulk', (c) => applyBatches(ds, c));
  return ds.getRepository(BulkJob).findOneByOrFail({ id: jobId });
}

async function applyBatches(ds: DataSource, claim: JobClaim): Promise<JobOutcome> {
  const { job, worker } = claim;
  const params = JSON.parse(job.params) as BulkJobParams;
  const viewer = await loadViewer(ds, job.ownerId, 'session');
  if (!viewer) return { status: 'failed', error: JobError.forbidden };
  const scope = memberScopeFor(viewer);
  const rule = await ruleTarget(ds, params.action, params.targetId);
  const refusal = targetRefusal(scope, rule);
  if (refusal) return { status: 'failed', error: refusal.kind === 'forbidden' ? refusal.messageKey : JOB_ERROR_TARGET_UNAVAILABLE };
  const selection = await loadMemberSelection(ds, viewer, params.selectionId);
  const field = FIELD_OF_ACTION[params.action];
  const after = claim.checkpoint<BulkCheckpoint>()?.afterId ?? 0;
  for await (const ids of selectionIdBatches(ds, viewer, selection, params.batchSize, after)) {
    await ds.transaction(async (manager) => {
      const members = await manager
        .getRepository(Member)
        .createQueryBuilder('m')
        .select(['m.id', 'm.branchId', 'm.deletedAt', `m.${field}`])
        .where('m.id IN (:...ids)', { ids })
        .getMany();
      const plan = planBatch(members, params.action, { id: params.targetId, rule, scope }, job.ownerId);
      if (plan.ids.length) {
        await manager.createQueryBuilder().update(Member).set({ [field]: params.targetId }).whereInIds(plan.ids).execute();
        await recordAudit(manager, plan.audits);
        if (field === 'groupId') {
          const changedAt = worker.now();
          const changing = new Set(plan.ids);
          await recordLevelChanges(
            manager,
            members
              .filter((m) => changing.has(m.id))
              .map((m) => ({ memberId: m.id, fromGroupId: m.groupId, toGroupId: params.targetId!, reason: LevelChangeReason.BULK, staffId: job.ownerId, createdAt: changedAt })),
          );
        }
      }
      await claim.commit(manager, { processed: ids.length, skipped: plan.skipped, checkpoint: { afterId: ids[ids.length - 1] } satisfies BulkCheckpoint });
    });
    if (claim.stopping) return { status: 'handedBack' };
    if (worker.batchPauseMs) await worker.sleep(worker.batchPauseMs);
  }
  return { status: 'done' };
}
