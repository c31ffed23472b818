import { In, type EntityManager } from 'typeorm';
import { CampaignMember, ContactLog } from '../../entities';
import { defaultStatusId } from './contact-statuses.service';

/**
 * Copies the latest log's state (by contact time, then id) onto its contact member, or resets
 * the member to the default status when no log is left; and brings the copies the staff
 * statistics read on each of the member's logs (salesperson, recycle-bin flag, previous contact
 * time) up to date. Called in the transaction that adds, edits, deletes or restores a log, so the
 * contact list and the statistics always show the latest state.
 */
export async function refreshLatestLog(manager: EntityManager, campaignMemberId: number): Promise<void> {
  const logs = await manager.getRepository(ContactLog).find({
    select: { id: true, contactedAt: true, statusId: true, nextFollowUpAt: true, salespersonId: true, memberHidden: true, prevContactedAt: true },
    where: { campaignMemberId },
    order: { contactedAt: 'ASC', id: 'ASC' },
  });
  const owner = await manager.getRepository(CampaignMember).findOne({ select: { id: true, salespersonId: true, memberHidden: true }, where: { id: campaignMemberId } });
  if (owner) await syncLogCopies(manager, logs, owner);
  const latest = logs.at(-1);
  const state = latest
    ? { lastLogId: latest.id, lastContactAt: latest.contactedAt, statusId: latest.statusId, nextFollowUpAt: latest.nextFollowUpAt }
    : { lastLogId: null, lastContactAt: null, statusId: await defaultStatusId(manager), nextFollowUpAt: null };
  await manager.update(CampaignMember, { id: campaignMemberId }, state);
}

type LogCopies = Pick<ContactLog, 'id' | 'contactedAt' | 'salespersonId' | 'memberHidden' | 'prevContactedAt'>;

/** Updates the logs (in contact order) whose copies differ; adding the latest log touches that one only. */
async function syncLogCopies(manager: EntityManager, logs: readonly LogCopies[], owner: Pick<CampaignMember, 'salespersonId' | 'memberHidden'>): Promise<void> {
  const hidden = Boolean(owner.memberHidden);
  for (const [i, log] of logs.entries()) {
    const prevContactedAt = i === 0 ? null : logs[i - 1].contactedAt;
    const same = log.salespersonId === owner.salespersonId && Boolean(log.memberHidden) === hidden &&
      (log.prevContactedAt?.getTime() ?? null) === (prevContactedAt?.getTime() ?? null);
    if (!same) await updateCopies(manager, { salespersonId: owner.salespersonId, memberHidden: hidden, prevContactedAt }).whereInIds([log.id]).execute();
  }
}

/**
 * An UPDATE of the copies alone: the log's 最後更新 (updatedAt) is what people changed, so it is
 * set to itself rather than stamped as TypeORM does for every update.
 */
function updateCopies(manager: EntityManager, values: Partial<Pick<ContactLog, 'salespersonId' | 'memberHidden' | 'prevContactedAt'>>) {
  const updatedAt = manager.connection.driver.escape('updatedAt');
  return manager.createQueryBuilder().update(ContactLog).set({ ...values, updatedAt: () => updatedAt });
}

/** Reassignment: the moved contact members' logs follow them to their new salesperson. */
export async function moveLogsToSalesperson(manager: EntityManager, campaignMemberIds: readonly number[], salespersonId: number): Promise<void> {
  if (campaignMemberIds.length) await updateCopies(manager, { salespersonId }).where({ campaignMemberId: In([...campaignMemberIds]) }).execute();
}

/** A member into or out of the recycle bin: the logs of all their contact places follow. */
export async function setMemberLogsHidden(manager: EntityManager, memberId: number, hidden: boolean): Promise<void> {
  await updateCopies(manager, { memberHidden: hidden })
    .where('campaignMemberId IN (SELECT hcm.id FROM campaign_members hcm WHERE hcm.memberId = :memberId)', { memberId })
    .execute();
}
