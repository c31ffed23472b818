import type { DataSource } from 'typeorm';
import { Branch, BulkJob, Member, MemberGroup, Staff } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { StaffRole } from '../../entities/staff.entity';
import { recordAudit } from '../audit/audit-log';
import { loadViewer, type Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import { loadMemberSelection, countSelection, selectionIdBatches } from '../selections/member-selection.service';
import { FIELD_OF_ACTION, planBatch, type BulkJobParams, type BulkMemberActionKind } from './bulk-member-action';
import { enqueueBulkJob } from './bulk-job-queue';

/** Members per transaction: big enough to be quick, small enough not to hold locks for long. */
export const BULK_BATCH_SIZE = 1_000;

/** Stored as the job's error; translated under `errors.` when shown. */
const JOB_ERROR_INTERNAL = 'internal';
const JOB_ERROR_FORBIDDEN = 'forbidden';

export type StartBulkMemberActionInput = {
  selectionId: number;
  action: BulkMemberActionKind;
  targetId?: number | null;
};

/** Consultants are the staff who look after members (seed 000 更改顧問). */
const CONSULTANT_ROLES = [StaffRole.SALESPERSON, StaffRole.MANAGER];

async function checkTarget(ds: DataSource, action: BulkMemberActionKind, targetId: number | null): Promise<void> {
  if (action === 'changeConsultant') {
    if (targetId === null) return;
    const staff = await ds.getRepository(Staff).findOneBy({ id: targetId });
    if (!staff) throw invalidField('targetId', 'notFound', { entity: 'staff' });
    if (!staff.active || !staff.roles.some((role) => CONSULTANT_ROLES.includes(role))) throw invalidField('targetId', 'notConsultant');
    return;
  }
  if (targetId === null) throw invalidField('targetId', 'required');
  const exists =
    action === 'changeGroup' ? await ds.getRepository(MemberGroup).existsBy({ id: targetId }) : await ds.getRepository(Branch).existsBy({ id: targetId });
  if (!exists) throw invalidField('targetId', 'notFound', { entity: action === 'changeGroup' ? 'memberGroup' : 'branch' });
}

/**
 * Checks the action, records a job covering the selection and queues it; the caller gets the job
 * at once and follows its progress with `getBulkJob`. Any staff member may act on the members
 * they can see: the job works through the selection with the owner's visibility.
 */
export async function startBulkMemberAction(
  ds: DataSource,
  viewer: Viewer,
  input: StartBulkMemberActionInput,
  options: { batchSize?: number } = {},
): Promise<BulkJob> {
  const selection = await loadMemberSelection(ds, viewer, input.selectionId);
  const targetId = input.targetId ?? null;
  await checkTarget(ds, input.action, targetId);
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
  void enqueueBulkJob(job.id, () => runBulkJob(ds, job.id));
  return job;
}

/** A job of the viewer's own; anybody else's is NOT_FOUND. */
export async function getBulkJob(ds: DataSource, viewer: Viewer, id: number): Promise<BulkJob> {
  const job = await ds.getRepository(BulkJob).findOneBy({ id, ownerId: viewer.staffId });
  if (!job) throw notFound('bulkJob');
  return job;
}

async function finish(ds: DataSource, jobId: number, changes: Partial<BulkJob>): Promise<void> {
  await ds.getRepository(BulkJob).update({ id: jobId }, { ...changes, finishedAt: new Date() });
}

/**
 * Runs a pending job to the end: batch by batch over the selection (keyset on member id), each
 * batch one transaction that updates its members, writes their audit entries and advances the
 * job's progress, so a failure leaves the earlier batches applied and the job FAILED. The owner's
 * visibility is looked up again now: someone who lost access meanwhile changes nothing.
 * Resolves with the finished job; a job that is not pending (already run or running) is left alone.
 */
export async function runBulkJob(ds: DataSource, jobId: number): Promise<BulkJob> {
  const jobs = ds.getRepository(BulkJob);
  const claimed = await jobs.update({ id: jobId, status: BulkJobStatus.PENDING }, { status: BulkJobStatus.RUNNING });
  if (!claimed.affected) return jobs.findOneByOrFail({ id: jobId });
  const job = await jobs.findOneByOrFail({ id: jobId });
  const params = JSON.parse(job.params) as BulkJobParams;
  let processed = 0;
  try {
    const viewer = await loadViewer(ds, job.ownerId, 'session');
    if (!viewer) {
      await finish(ds, jobId, { status: BulkJobStatus.FAILED, error: JOB_ERROR_FORBIDDEN });
      return jobs.findOneByOrFail({ id: jobId });
    }
    const selection = await loadMemberSelection(ds, viewer, params.selectionId);
    const field = FIELD_OF_ACTION[params.action];
    for await (const ids of selectionIdBatches(ds, viewer, selection, params.batchSize)) {
      await ds.transaction(async (manager) => {
        const members = await manager
          .getRepository(Member)
          .createQueryBuilder('m')
          .select(['m.id', `m.${field}`])
          .where('m.id IN (:...ids)', { ids })
          .getMany();
        const plan = planBatch(members, params.action, params.targetId, job.ownerId);
        if (plan.ids.length) {
          await manager.createQueryBuilder().update(Member).set({ [field]: params.targetId }).whereInIds(plan.ids).execute();
          await recordAudit(manager, plan.audits);
        }
        await manager
          .createQueryBuilder()
          .update(BulkJob)
          .set({ processed: () => `processed + ${ids.length}` })
          .where('id = :jobId', { jobId })
          .execute();
      });
      processed += ids.length;
    }
    // The total was counted when the job started; members may have come or gone since.
    await finish(ds, jobId, { status: BulkJobStatus.DONE, total: processed });
  } catch (error) {
    console.error(`[bulk] job ${jobId} failed after ${processed} members`, error);
    await finish(ds, jobId, { status: BulkJobStatus.FAILED, error: JOB_ERROR_INTERNAL });
  }
  return jobs.findOneByOrFail({ id: jobId });
}
