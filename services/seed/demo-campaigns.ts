/**
 * Demo campaigns and their members, so the search's campaign filters (會員在 / 會員不在 / 活動銷售員)
 * have something to find. Deterministic: derived from the demo members in their order.
 */
import type { EntityManager } from 'typeorm';
import { Campaign, CampaignMember, Member, Staff } from '../../entities';
import type { DemoData, DemoMember } from './demo-data';

export interface DemoCampaign { code: string; name: string }
export interface DemoCampaignMember { campaignCode: string; memberNo: string; salespersonCode: string }

/** The campaigns the requirement screens name. */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  { code: 'Maybirth', name: '5月生日會員優惠' },
  { code: 'Junebirth', name: '6月生日會員優惠' },
  { code: 'VIP', name: 'VIP會員限時獎賞' },
  { code: 'Roadshow', name: '流動車推廣計劃' },
];

/** TKO salespeople in the order generated campaign members are dealt to them. */
const TKO_SALES = ['IS007', 'IS003', 'IS005', 'IS002'];

/**
 * Junebirth holds the contact list's A001 and A002 (Apple Yu) and A003 (Candy Chan) plus a few TKO
 * June birthdays; Maybirth a few TKO May birthdays; VIP a few TKO VIP Gold/Platinum members (Mary
 * Lee); Roadshow Wanchai's WeM-00004 and two more Wanchai members (Winnie Ho). Deleted-group
 * members are left out.
 */
export function buildDemoCampaignMembers(members: readonly DemoMember[]): DemoCampaignMember[] {
  const live = members.filter((m) => m.groupCode !== 'DELETED' && !/^A00[1-4]$/.test(m.memberNo) && m.memberNo !== 'WeM-00004');
  const tko = live.filter((m) => m.branchCode === 'TKO');
  const bornIn = (month: string) => tko.filter((m) => m.birthday?.slice(5, 7) === month).slice(0, 4);
  const dealt = (campaignCode: string, list: DemoMember[]) =>
    list.map((m, i) => ({ campaignCode, memberNo: m.memberNo, salespersonCode: TKO_SALES[i % TKO_SALES.length] }));
  return [
    { campaignCode: 'Junebirth', memberNo: 'A001', salespersonCode: 'IS007' },
    { campaignCode: 'Junebirth', memberNo: 'A002', salespersonCode: 'IS007' },
    { campaignCode: 'Junebirth', memberNo: 'A003', salespersonCode: 'IS003' },
    ...dealt('Junebirth', bornIn('06')),
    ...dealt('Maybirth', bornIn('05')),
    ...tko.filter((m) => m.groupCode === 'VIPG' || m.groupCode === 'VIPP').slice(0, 3)
      .map((m) => ({ campaignCode: 'VIP', memberNo: m.memberNo, salespersonCode: 'IS002' })),
    { campaignCode: 'Roadshow', memberNo: 'WeM-00004', salespersonCode: 'WC001' },
    ...live.filter((m) => m.branchCode === 'Wanchai').slice(0, 2)
      .map((m) => ({ campaignCode: 'Roadshow', memberNo: m.memberNo, salespersonCode: 'WC001' })),
  ];
}

/** Writes the demo campaigns; runs inside the demo seed's transaction, after the members and staff. */
export async function seedDemoCampaigns(m: EntityManager, data: DemoData): Promise<void> {
  const createdAt = new Date('2019-01-03T01:00:00Z');
  await m.insert(Campaign, DEMO_CAMPAIGNS.map((c) => ({ ...c, createdAt })));
  const campaignId = new Map((await m.find(Campaign)).map((c) => [c.code, c.id]));
  const staffId = new Map((await m.find(Staff)).map((s) => [s.code, s.id]));
  const assignments = buildDemoCampaignMembers(data.members);
  const memberId = new Map(
    (await m.createQueryBuilder(Member, 'm').select(['m.id', 'm.memberNo']).where('m.memberNo IN (:...nos)', { nos: assignments.map((a) => a.memberNo) }).getMany())
      .map((mb) => [mb.memberNo, mb.id]),
  );
  const id = (map: Map<string, number>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo campaigns refer to unknown "${key}"`);
    return value;
  };
  await m.insert(CampaignMember, assignments.map((a) => ({
    campaignId: id(campaignId, a.campaignCode),
    memberId: id(memberId, a.memberNo),
    salespersonId: id(staffId, a.salespersonCode),
    createdAt,
  })));
}
