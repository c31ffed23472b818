import type { DataSource } from 'typeorm';
import { Member, type Campaign, type Staff } from '../../entities';
import type { ContactStatusKey } from '../../entities/contact-status.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactMember, statusId } from './contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from './fixtures';

export type AnalysisExample = {
  manager: Staff;
  /** IS007 Apple Yu: sees only her own contact members (a salesperson's default). */
  apple: Staff;
  candy: Staff;
  bell: Staff;
  junebirth: Campaign;
  maybirth: Campaign;
  members: Member[];
  /** Member numbers of the members Apple has a contact member with. */
  appleMemberNos: string[];
};

/**
 * The seed's 聯絡活動分析 example: Junebirth 1 booked and 2 not notified; Maybirth 52 no answer,
 * 1 not notified and 19 left message (72 in all), spread over three salespeople of two branches.
 * Junebirth's three members are Maybirth's first three too, so the member view has members in
 * two campaigns.
 */
export async function seedAnalysisExample(ds: DataSource): Promise<AnalysisExample> {
  const tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  const tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
  const vip = await aMemberGroup(ds, { code: 'VIP', name: 'VIP Gold' });
  const manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B', displayName: 'HKB2B Support', login: 'beauty' });
  const apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu', login: 'is007' });
  const candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan', login: 'is003' });
  const bell = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau', login: 'd074' });

  const rows = Array.from({ length: 72 }, (_, i) => ({
    memberNo: `M${String(i + 1).padStart(4, '0')}`, lastName: '陳', firstName: `${i + 1}號`, branchId: i % 2 ? tst.id : tko.id, groupId: vip.id,
  }));
  await ds.getRepository(Member).insert(rows);
  const members = await ds.getRepository(Member).find({ order: { memberNo: 'ASC' } });

  const junebirth = await aContactCampaign(ds, 'Junebirth', { name: '6月生日會員優惠' });
  const maybirth = await aContactCampaign(ds, 'Maybirth', { name: '5月生日會員優惠' });
  const status = {} as Record<ContactStatusKey, number>;
  for (const key of ['booked', 'not_notified', 'no_answer', 'left_message'] as const) status[key] = await statusId(ds, key);

  const placed: Array<[Campaign, Member, Staff, ContactStatusKey]> = [
    [junebirth, members[0], apple, 'booked'],
    [junebirth, members[1], candy, 'not_notified'],
    [junebirth, members[2], candy, 'not_notified'],
  ];
  members.forEach((member, i) => {
    if (i < 30) placed.push([maybirth, member, apple, 'no_answer']);
    else if (i < 52) placed.push([maybirth, member, bell, 'no_answer']);
    else if (i < 53) placed.push([maybirth, member, candy, 'not_notified']);
    else if (i < 62) placed.push([maybirth, member, apple, 'left_message']);
    else placed.push([maybirth, member, candy, 'left_message']);
  });
  for (const [campaign, member, salesperson, key] of placed) await aContactMember(ds, campaign, member, salesperson, { statusId: status[key] });
  const appleMemberNos = [...new Set(placed.filter(([, , s]) => s === apple).map(([, m]) => m.memberNo))].sort();
  return { manager, apple, candy, bell, junebirth, maybirth, members, appleMemberNos };
}
