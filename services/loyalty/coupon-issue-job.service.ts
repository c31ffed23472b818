/**
 * Issuing an e-coupon to every member of a member search result (a saved selection): a bulk job
 * like the member actions (services/bulk). Batch by batch over the selection by member id, each
 * batch one transaction that writes its members' coupons (each with its own random code, tagged
 * with the job) and the job's checkpoint, so however often the job is resumed after a crash or a
 * shutdown, every member gets exactly one coupon from it. The owner's permission and visibility
 * and the type are checked again when it runs.
 */
import type { DataSource } from 'typeorm';
import { BulkJob, Member } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { Permission } from '../admin/permission';
import { recordAudit } from '../audit/audit-log.service';
import { loadViewer } from '../auth/load-viewer.service';
import { can, requirePermission, type Viewer } from '../auth/viewer';
import { bulkJobSettled, enqueueBulkJob } from '../bulk/bulk-job-queue';
import { DomainError } from '../errors/domain-error';
import { claimJob, JobError, runClaimedJob, type JobClaim, type JobOutcome } from '../jobs/job-lease.service';
import { processWorker, type JobWorker } from '../jobs/job-worker';
import { countSelection, loadMemberSelection, selectionIdBatches } from '../selections/member-selection.service';
import { couponValidity } from './coupon-rules';
import { insertCoupon, issuableType, issueDayOf } from './coupon.service';

export const ISSUE_COUPONS_JOB = 'issueCoupons';
export const ISSUE_COUPONS_BATCH = 500;

/** Stored as the job's error when the type was deactivated or removed meanwhile; translated under `errors.`. */
const JOB_ERROR_TYPE_UNAVAILABLE = 'couponTypeUnavailable';

type IssueJobParams = { selectionId: number; typeId: number; batchSize: number };
type IssueCheckpoint = { afterId: number };

/** Records the job over the viewer's selection and queues it (with `queue: false` the caller runs it with `runCouponIssue`). */
export async function startCouponIssue(
  ds: DataSource,
  viewer: Viewer,
  input: { selectionId: number; typeId: number },
  options: { batchSize?: number; queue?: boolean } = {},
): Promise<BulkJob> {
  requirePermission(viewer, Permission.LoyaltyIssueCoupons);
  const selection = await loadMemberSelection(ds, viewer, input.selectionId);
  await issuableType(ds.manager, input.typeId);
  const params: IssueJobParams = { selectionId: selection.id, typeId: input.typeId, batchSize: options.batchSize ?? ISSUE_COUPONS_BATCH };
  const job = await ds.getRepository(BulkJob).save({
    kind: ISSUE_COUPONS_JOB,
    status: BulkJobStatus.PENDING,
    total: await countSelection(ds, viewer, selection),
    processed: 0,
    params: JSON.stringify(params),
    ownerId: viewer.staffId,
    error: null,
    finishedAt: null,
  });
  if (options.queue !== false) queueCouponIssue(ds, job.id);
  return job;
}

/** Queues issue job `jobId` in this process (the sweeper uses this for jobs it resumes). */
export function queueCouponIssue(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): void {
  void enqueueBulkJob(jobId, () => runJob(ds, jobId, worker, false));
}

/** A FAILED issue job of the viewer's, pending again from its checkpoint. */
export async function retryCouponIssue(ds: DataSource, viewer: Viewer, job: BulkJob): Promise<BulkJob> {
  requirePermission(viewer, Permission.LoyaltyIssueCoupons);
  const reopened = await ds.getRepository(BulkJob).update(
    { id: job.id, ownerId: viewer.staffId, kind: ISSUE_COUPONS_JOB, status: BulkJobStatus.FAILED },
    { status: BulkJobStatus.PENDING, error: null, finishedAt: null, workerId: null, leaseExpiresAt: null },
  );
  if (reopened.affected) queueCouponIssue(ds, job.id);
  return ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
}

/** Runs the job to its end (or hands it back at a shutdown); a job another worker holds is waited for. */
export function runCouponIssue(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): Promise<BulkJob> {
  return runJob(ds, jobId, worker, true);
}

async function runJob(ds: DataSource, jobId: number, worker: JobWorker, waitIfTaken: boolean): Promise<BulkJob> {
  const claim = await claimJob(ds, jobId, worker, [ISSUE_COUPONS_JOB]);
  if (claim) await runClaimedJob(claim, 'coupon issue', (c) => issueAll(ds, c));
  else if (waitIfTaken) await bulkJobSettled(jobId);
  return ds.getRepository(BulkJob).findOneByOrFail({ id: jobId });
}

async function issueAll(ds: DataSource, claim: JobClaim): Promise<JobOutcome> {
  const { job, worker } = claim;
  const params = JSON.parse(job.params) as IssueJobParams;
  const viewer = await loadViewer(ds, job.ownerId, 'session');
  if (!viewer || !can(viewer, Permission.LoyaltyIssueCoupons)) return { status: 'failed', error: JobError.forbidden };
  let selection;
  try {
    selection = await loadMemberSelection(ds, viewer, params.selectionId);
    await issuableType(ds.manager, params.typeId);
  } catch (error) {
    if (error instanceof DomainError) return { status: 'failed', error: JOB_ERROR_TYPE_UNAVAILABLE };
    throw error;
  }
  const after = claim.checkpoint<IssueCheckpoint>()?.afterId ?? 0;
  for await (const ids of selectionIdBatches(ds, viewer, selection, params.batchSize, after)) {
    await ds.transaction(async (manager) => {
      const type = await issuableType(manager, params.typeId);
      const members = await manager.getRepository(Member).createQueryBuilder('m').select(['m.id', 'm.branchId']).where('m.id IN (:...ids)', { ids }).orderBy('m.id', 'ASC').getMany();
      const now = worker.now();
      const audits = [];
      for (const member of members) {
        const validity = couponValidity(type, await issueDayOf(manager, member, now));
        const id = await insertCoupon(manager, { typeId: type.id, memberId: member.id, ...validity, issuedAt: now, issuedById: job.ownerId, issueJobId: job.id });
        audits.push({ entityType: 'coupon', entityId: id, action: 'create', actorId: job.ownerId, after: { typeId: type.id, memberId: member.id, issueJobId: job.id, ...validity } });
      }
      await recordAudit(manager, audits);
      await claim.commit(manager, { processed: ids.length, checkpoint: { afterId: ids[ids.length - 1] } satisfies IssueCheckpoint });
    });
    if (claim.stopping) return { status: 'handedBack' };
    if (worker.batchPauseMs) await worker.sleep(worker.batchPauseMs);
  }
  return { status: 'done' };
}
