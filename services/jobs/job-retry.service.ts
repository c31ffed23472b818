/**
 * Retrying a FAILED job from where it stopped, by its kind, with the same permission checks as
 * starting it. Exports are not retried here: the page starts a new download.
 */
import type { DataSource } from 'typeorm';
import type { BulkJob } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import type { Viewer } from '../auth/viewer';
import { BULK_MEMBER_ACTION_KINDS, type BulkMemberActionKind } from '../bulk/bulk-member-action';
import { getBulkJob, retryBulkMemberAction } from '../bulk/bulk-member-action.service';
import { ASSIGN_CAMPAIGN_JOB, retryCampaignAssignment } from '../contacts/campaign-assignment.service';
import { invalidField } from '../errors/domain-error';
import { ISSUE_COUPONS_JOB, retryCouponIssue } from '../loyalty/coupon-issue-job.service';

/** One of the viewer's FAILED jobs, pending again and queued; NOT_FOUND for another's. */
export async function retryBulkJob(ds: DataSource, viewer: Viewer, id: number): Promise<BulkJob> {
  const job = await getBulkJob(ds, viewer, id);
  if (job.status !== BulkJobStatus.FAILED) throw invalidField('id', 'jobNotFailed');
  if (BULK_MEMBER_ACTION_KINDS.includes(job.kind as BulkMemberActionKind)) return retryBulkMemberAction(ds, viewer, job);
  if (job.kind === ASSIGN_CAMPAIGN_JOB) return retryCampaignAssignment(ds, viewer, job);
  if (job.kind === ISSUE_COUPONS_JOB) return retryCouponIssue(ds, viewer, job);
  throw invalidField('id', 'jobNotRetryable');
}
