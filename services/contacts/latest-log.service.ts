import type { EntityManager } from 'typeorm';
import { CampaignMember, ContactLog } from '../../entities';
import { defaultStatusId } from './contact-statuses.service';

/**
 * Copies the latest log's state (by contact time, then id) onto its contact member, or resets
 * the member to the default status when no log is left. Called in the transaction that adds,
 * edits or deletes a log, so the contact list always shows the latest state.
 */
export async function refreshLatestLog(manager: EntityManager, campaignMemberId: number): Promise<void> {
  const latest = await manager
    .getRepository(ContactLog)
    .createQueryBuilder('l')
    .where('l.campaignMemberId = :campaignMemberId', { campaignMemberId })
    .orderBy('l.contactedAt', 'DESC')
    .addOrderBy('l.id', 'DESC')
    .limit(1)
    .getOne();
  const state = latest
    ? { lastLogId: latest.id, lastContactAt: latest.contactedAt, statusId: latest.statusId, nextFollowUpAt: latest.nextFollowUpAt }
    : { lastLogId: null, lastContactAt: null, statusId: await defaultStatusId(manager), nextFollowUpAt: null };
  await manager.update(CampaignMember, { id: campaignMemberId }, state);
}
