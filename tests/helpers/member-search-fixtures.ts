import type { DataSource } from 'typeorm';
import { defaultStatusId } from '../../services/contacts/contact-statuses.service';
import { Campaign, CampaignMember, CustomField, InterestGroup, Member, MemberCustomValue, MemberInterest, type Branch, type MemberGroup } from '../../entities';
import type { CustomFieldType } from '../../entities/custom-field.entity';
import { birthMonthOf, memberSearchKeys } from '../../services/members/member-search-keys';
import { aMember } from './fixtures';

/** A member with its search keys and birth month set, as registration stores them. */
export async function aSearchableMember(ds: DataSource, branch: Branch, group: MemberGroup, overrides: Partial<Member>): Promise<Member> {
  const names = { lastName: overrides.lastName ?? '陳', firstName: overrides.firstName ?? '', englishName: overrides.englishName ?? null };
  return aMember(ds, branch, group, { ...names, ...memberSearchKeys(names), birthMonth: birthMonthOf(overrides.birthday), ...overrides });
}

export async function anInterestGroup(ds: DataSource, code: string, members: Member[]): Promise<InterestGroup> {
  const group = await ds.getRepository(InterestGroup).save({ code, name: `Interest ${code}` });
  await ds.getRepository(MemberInterest).save(members.map((m) => ({ memberId: m.id, interestGroupId: group.id })));
  return group;
}

export async function aCampaign(ds: DataSource, code: string, members: Array<[Member, { id: number }]>): Promise<Campaign> {
  const campaign = await ds.getRepository(Campaign).save({ code, name: `Campaign ${code}` });
  const statusId = await defaultStatusId(ds);
  await ds.getRepository(CampaignMember).save(members.map(([m, salesperson]) => ({ campaignId: campaign.id, memberId: m.id, salespersonId: salesperson.id, statusId })));
  return campaign;
}

export async function aCustomField(ds: DataSource, key: string, type: CustomFieldType, values: Array<[Member, string]>): Promise<CustomField> {
  const field = await ds.getRepository(CustomField).save({ key, label: key, type, options: [], maxLength: null });
  await ds.getRepository(MemberCustomValue).save(values.map(([m, value]) => ({ memberId: m.id, fieldId: field.id, value })));
  return field;
}
