import type { DataSource } from 'typeorm';
import { Campaign, CampaignMember, ContactLog, ContactMethod, ContactStatus, ContactVisibility, type Member, type Staff } from '../../entities';
import type { ContactMethodKey } from '../../entities/contact-method.entity';
import type { ContactStatusKey } from '../../entities/contact-status.entity';
import { defaultStatusId } from '../../services/contacts/contact-statuses.service';
import { refreshLatestLog } from '../../services/contacts/latest-log.service';

export async function statusId(ds: DataSource, key: ContactStatusKey): Promise<number> {
  return (await ds.getRepository(ContactStatus).findOneByOrFail({ key })).id;
}

export async function methodId(ds: DataSource, key: ContactMethodKey): Promise<number> {
  return (await ds.getRepository(ContactMethod).findOneByOrFail({ key })).id;
}

export async function aContactCampaign(ds: DataSource, code: string, overrides: Partial<Campaign> = {}): Promise<Campaign> {
  return ds.getRepository(Campaign).save({ code, name: `Campaign ${code}`, ...overrides });
}

/** A member placed in a campaign with a salesperson, in the default status, plus any state given. */
export async function aContactMember(
  ds: DataSource,
  campaign: Campaign,
  member: Member,
  salesperson: Staff,
  overrides: Partial<CampaignMember> = {},
): Promise<CampaignMember> {
  const place = await ds.getRepository(CampaignMember).save({
    campaignId: campaign.id,
    memberId: member.id,
    salespersonId: salesperson.id,
    statusId: await defaultStatusId(ds),
    ...overrides,
  });
  // As assignment does: the campaign's kept member count follows its rows.
  await ds.getRepository(Campaign).increment({ id: campaign.id }, 'memberCount', 1);
  return place;
}

type LogInput = {
  at: string;
  by: Staff;
  status?: ContactStatusKey;
  method?: ContactMethodKey;
  note?: string;
  content?: string;
  nextFollowUpAt?: string | null;
};

/** A contact log written as the contact page does: the row's latest state is refreshed with it. */
export async function aContactLog(ds: DataSource, cm: CampaignMember, input: LogInput): Promise<ContactLog> {
  const log = await ds.getRepository(ContactLog).save({
    campaignMemberId: cm.id,
    campaignId: cm.campaignId,
    memberId: cm.memberId,
    contactedAt: new Date(input.at),
    methodId: await methodId(ds, input.method ?? 'phone'),
    statusId: await statusId(ds, input.status ?? 'no_answer'),
    note: input.note ?? '',
    content: input.content ?? '',
    nextFollowUpAt: input.nextFollowUpAt ? new Date(input.nextFollowUpAt) : null,
    createdById: input.by.id,
    updatedById: input.by.id,
  });
  await refreshLatestLog(ds.manager, cm.id);
  return log;
}

/** Sets a staff member's 聯絡活動查看會員權限 directly (the settings mutation is tested elsewhere). */
export async function setVisibility(ds: DataSource, staff: Staff, rule: Partial<Pick<ContactVisibility, 'ownBranch' | 'otherBranches' | 'all' | 'staffIds'>>): Promise<void> {
  await ds.getRepository(ContactVisibility).save({ staffId: staff.id, ownBranch: false, otherBranches: false, all: false, staffIds: [], ...rule });
}
