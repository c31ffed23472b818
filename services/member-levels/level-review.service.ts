/**
 * The monthly downward review of levels (when loyalty settings ask for it): members whose spend
 * over their level's months no longer reaches it move to the level it reaches (level-rules.ts
 * `downgradeTarget`), each move a DOWNGRADE in the level history with the spend.
 *
 * Every instance asks hourly; the first whose guarded UPDATE moves `loyalty_settings.levelReviewedAt`
 * into the new month (UTC) wins the month and, in the same transaction, records the review as a
 * job (bulk_jobs, kind `levelReview`, one per month by its client key). The job runs batch by
 * batch over the members of spend levels in id order, each batch one transaction with its
 * checkpoint, so a review whose instance dies is resumed by any instance's sweeper after the last
 * committed batch and nobody is reviewed twice.
 */
import type { DataSource } from 'typeorm';
import { BulkJob, LoyaltySettings, Member, MemberGroup } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { LevelChangeReason } from '../../entities/member-level-change.entity';
import { enqueueBulkJob } from '../bulk/bulk-job-queue';
import { claimJob, runClaimedJob, type JobClaim, type JobOutcome } from '../jobs/job-lease.service';
import { processWorker, type JobWorker } from '../jobs/job-worker';
import { downgradeTarget } from './level-rules';
import { memberSpend, moveLevelForSpend, spendOf, windowsOf } from './level-change.service';

export const LEVEL_REVIEW_JOB = 'levelReview';

/** Members per transaction. */
export const LEVEL_REVIEW_BATCH_SIZE = 1_000;

/** How often every instance asks whether this month's review is still to be claimed. */
export const LEVEL_REVIEW_CHECK_EVERY_MS = 3_600_000;

/** The scheduled review is nobody's: its job row has no staff owner. */
const SYSTEM_OWNER = 0;

type ReviewParams = { asOf: string; batchSize: number };
type ReviewCheckpoint = { afterId: number };

/** The levels reached by spending: only their members are reviewed. */
const reviewedGroupIds = (groups: readonly MemberGroup[]) => groups.filter((g) => !g.isDeletedGroup && g.upgradeSpendCents !== null).map((g) => g.id);

const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const monthKey = (now: Date) => now.toISOString().slice(0, 7);

/**
 * Claims this month's review if the settings ask for one and no instance has claimed it yet:
 * returns the recorded job (not yet run), or null.
 */
export async function claimMonthlyReview(ds: DataSource, now: Date, options: { batchSize?: number } = {}): Promise<BulkJob | null> {
  return ds.transaction(async (manager) => {
    const claimed = await manager
      .createQueryBuilder()
      .update(LoyaltySettings)
      .set({ levelReviewedAt: now })
      .where('id = 1 AND levelReviewDownwards = :reviewOn', { reviewOn: true })
      .andWhere('(levelReviewedAt IS NULL OR levelReviewedAt < :reviewMonth)', { reviewMonth: monthStart(now) })
      .execute();
    if (!claimed.affected) return null;
    const params: ReviewParams = { asOf: now.toISOString(), batchSize: options.batchSize ?? LEVEL_REVIEW_BATCH_SIZE };
    const reviewed = reviewedGroupIds(await manager.find(MemberGroup));
    const total = reviewed.length
      ? await manager.getRepository(Member).createQueryBuilder('m').where('m.groupId IN (:...reviewGroups) AND m.deletedAt IS NULL', { reviewGroups: reviewed }).getCount()
      : 0;
    return manager.save(BulkJob, manager.create(BulkJob, {
      kind: LEVEL_REVIEW_JOB,
      status: BulkJobStatus.PENDING,
      total,
      processed: 0,
      params: JSON.stringify(params),
      clientKey: `${LEVEL_REVIEW_JOB}:${monthKey(now)}`,
      ownerId: SYSTEM_OWNER,
      error: null,
      finishedAt: null,
    }));
  });
}

/** The hourly tick: claims the month's review when due and queues it here. */
export async function scheduleLevelReview(ds: DataSource, worker: JobWorker = processWorker()): Promise<BulkJob | null> {
  const job = await claimMonthlyReview(ds, worker.now());
  if (job) queueLevelReview(ds, job.id, worker);
  return job;
}

/** Queues review job `jobId` in this process (the sweeper uses this for reviews it resumes). */
export function queueLevelReview(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): void {
  void enqueueBulkJob(jobId, () => runLevelReview(ds, jobId, worker));
}

/** Runs a pending review (or one whose worker's lease expired) to the end; one held elsewhere, or ended, is left alone. */
export async function runLevelReview(ds: DataSource, jobId: number, worker: JobWorker = processWorker()): Promise<BulkJob> {
  const claim = await claimJob(ds, jobId, worker, [LEVEL_REVIEW_JOB]);
  if (claim) await runClaimedJob(claim, 'level review', (c) => reviewAll(ds, c));
  return ds.getRepository(BulkJob).findOneByOrFail({ id: jobId });
}

async function reviewAll(ds: DataSource, claim: JobClaim): Promise<JobOutcome> {
  const { job, worker } = claim;
  const params = JSON.parse(job.params) as ReviewParams;
  // Spend is counted as of the claim, so a resumed review decides exactly as one run would.
  const asOf = new Date(params.asOf);
  const groups = await ds.getRepository(MemberGroup).find();
  const reviewed = reviewedGroupIds(groups);
  if (!reviewed.length) return { status: 'done' };
  const byId = new Map(groups.map((g) => [g.id, g]));
  const windows = windowsOf(groups);
  let afterId = claim.checkpoint<ReviewCheckpoint>()?.afterId ?? 0;
  for (;;) {
    const processed = await ds.transaction(async (manager) => {
      const members = await manager
        .getRepository(Member)
        .createQueryBuilder('m')
        .select(['m.id', 'm.groupId'])
        .where('m.groupId IN (:...reviewGroups)', { reviewGroups: reviewed })
        .andWhere('m.deletedAt IS NULL AND m.id > :reviewAfter', { reviewAfter: afterId })
        .orderBy('m.id', 'ASC')
        .limit(params.batchSize)
        .getMany();
      if (!members.length) return 0;
      const spend = await memberSpend(manager, members.map((m) => m.id), windows, asOf);
      const changedAt = worker.now();
      for (const member of members) {
        const current = byId.get(member.groupId)!;
        const spendOver = spendOf(spend, member.id);
        const target = downgradeTarget(groups, current, spendOver);
        if (!target) continue;
        await moveLevelForSpend(manager, {
          memberId: member.id,
          fromGroupId: current.id,
          toGroupId: target.id,
          reason: LevelChangeReason.DOWNGRADE,
          // The figure that no longer reached her level: her spend over its months.
          spendCents: spendOver(current.upgradeWithinMonths),
          staffId: null,
          createdAt: changedAt,
        });
      }
      afterId = members[members.length - 1].id;
      await claim.commit(manager, { processed: members.length, checkpoint: { afterId } satisfies ReviewCheckpoint });
      return members.length;
    });
    if (processed < params.batchSize) return { status: 'done' };
    if (claim.stopping) return { status: 'handedBack' };
    if (worker.batchPauseMs) await worker.sleep(worker.batchPauseMs);
  }
}
