/**
 * Demo campaigns and their members, so the search's campaign filters (會員在 / 會員不在 / 活動銷售員)
 * have something to find. Deterministic: derived from the demo members in their order.
 */
import type { EntityManager } from 'typeorm';
import { Campaign, CampaignMember, ContactLog, ContactMethod, ContactStatus, Member, Offer, PresetNote, Staff } from '../../entities';
import { defaultStatusId } from '../contacts/contact-statuses';
import { refreshLatestLog } from '../contacts/latest-log';
import { ensureContactReferenceData } from '../contacts/reference-data';
import type { DemoData, DemoMember } from './demo-data';

export interface DemoOffer { code: string; name: string; analysisCode: string | null; isMarketing: boolean }
export interface DemoCampaign { code: string; name: string; offerCode: string | null; details: string | null }
export interface DemoCampaignMember { campaignCode: string; memberNo: string; salespersonCode: string }
export interface DemoContactLog {
  campaignCode: string;
  memberNo: string;
  contactedAt: string;
  methodKey: string;
  statusKey: string;
  note: string;
  content: string;
  authorCode: string;
}

/** Offers the campaign screens show (6SCS1; AP with analysis code K11; birthd with ANA1) and one campaigns may not carry. */
export const DEMO_OFFERS: readonly DemoOffer[] = [
  { code: '6SCS1', name: '5月生日優惠', analysisCode: null, isMarketing: true },
  { code: 'AP', name: '生日護理優惠', analysisCode: 'K11', isMarketing: true },
  { code: 'birthd', name: '7月份生日優惠', analysisCode: 'ANA1', isMarketing: true },
  { code: 'STAFF10', name: '員工親友九折', analysisCode: null, isMarketing: false },
];

/** The campaigns the requirement screens name. */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  { code: 'Maybirth', name: '5月生日會員優惠', offerCode: '6SCS1', details: null },
  { code: 'Junebirth', name: '6月生日會員優惠', offerCode: 'AP', details: '6月生日會員可免費試做一次面部護理。' },
  { code: 'VIP', name: 'VIP會員限時獎賞', offerCode: 'AP', details: null },
  { code: 'Roadshow', name: '流動車推廣計劃', offerCode: null, details: null },
  { code: 'julybirth', name: '7月份生日優惠', offerCode: 'birthd', details: null },
];

/** The canned notes of seed 000 (聯絡會員備註). */
export const DEMO_PRESET_NOTES: readonly string[] = ['免費試做', '員工親友', '會員更改預約時間'];

/** The two contacts the screens show: Candy Chan booking A003, and the manager's call to Chan Susan. */
export const DEMO_CONTACT_LOGS: readonly DemoContactLog[] = [
  {
    campaignCode: 'Junebirth', memberNo: 'A003', contactedAt: '2020-05-04T11:32:00Z', methodKey: 'phone', statusKey: 'booked',
    note: '免費試做', content: '會員一年前有購買療程，現在想先試做facial，有興趣購買其他療程。', authorCode: 'IS003',
  },
  {
    campaignCode: 'julybirth', memberNo: 'WeM-00004', contactedAt: '2020-06-10T05:05:00Z', methodKey: 'phone', statusKey: 'no_answer',
    note: '繁忙中, 6:30後聯絡', content: '', authorCode: 'HKB2B',
  },
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
    { campaignCode: 'julybirth', memberNo: 'WeM-00004', salespersonCode: 'WC001' },
    ...live.filter((m) => m.branchCode === 'Wanchai').slice(0, 2)
      .map((m) => ({ campaignCode: 'Roadshow', memberNo: m.memberNo, salespersonCode: 'WC001' })),
  ];
}

/** Writes the demo offers, campaigns, preset notes and logs; runs inside the demo seed's transaction, after the members and staff. */
export async function seedDemoCampaigns(m: EntityManager, data: DemoData): Promise<void> {
  const createdAt = new Date('2019-01-03T01:00:00Z');
  await ensureContactReferenceData(m);
  await m.insert(Offer, DEMO_OFFERS.map((o) => ({ ...o, createdAt, updatedAt: createdAt })));
  const offerId = new Map((await m.find(Offer)).map((o) => [o.code, o.id]));
  await m.insert(PresetNote, DEMO_PRESET_NOTES.map((text, i) => ({ text, sortOrder: i + 1 })));
  await m.insert(Campaign, DEMO_CAMPAIGNS.map(({ offerCode, ...c }) => ({ ...c, offerId: offerCode ? id(offerId, offerCode) : null, createdAt, updatedAt: createdAt })));
  const campaignId = new Map((await m.find(Campaign)).map((c) => [c.code, c.id]));
  const staffId = new Map((await m.find(Staff)).map((s) => [s.code, s.id]));
  const assignments = buildDemoCampaignMembers(data.members);
  const memberId = new Map(
    (await m.createQueryBuilder(Member, 'm').select(['m.id', 'm.memberNo']).where('m.memberNo IN (:...nos)', { nos: assignments.map((a) => a.memberNo) }).getMany())
      .map((mb) => [mb.memberNo, mb.id]),
  );
  const statusId = await defaultStatusId(m);
  await m.insert(CampaignMember, assignments.map((a) => ({
    campaignId: id(campaignId, a.campaignCode),
    memberId: id(memberId, a.memberNo),
    salespersonId: id(staffId, a.salespersonCode),
    statusId,
    createdAt,
    updatedAt: createdAt,
  })));
  for (const [code, cid] of campaignId) {
    await m.update(Campaign, { id: cid }, { memberCount: assignments.filter((a) => a.campaignCode === code).length, updatedAt: createdAt });
  }
  await seedDemoLogs(m, campaignId, memberId, staffId);
}

function id(map: Map<string, number>, key: string): number {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo campaigns refer to unknown "${key}"`);
  return value;
}

async function seedDemoLogs(m: EntityManager, campaignId: Map<string, number>, memberId: Map<string, number>, staffId: Map<string, number>) {
  const statusId = new Map((await m.find(ContactStatus)).map((s) => [s.key ?? '', s.id]));
  const methodId = new Map((await m.find(ContactMethod)).map((s) => [s.key ?? '', s.id]));
  for (const log of DEMO_CONTACT_LOGS) {
    const place = await m.findOneByOrFail(CampaignMember, { campaignId: id(campaignId, log.campaignCode), memberId: id(memberId, log.memberNo) });
    const at = new Date(log.contactedAt);
    const author = id(staffId, log.authorCode);
    await m.insert(ContactLog, {
      campaignMemberId: place.id, campaignId: place.campaignId, memberId: place.memberId, contactedAt: at,
      methodId: id(methodId, log.methodKey), statusId: id(statusId, log.statusKey), note: log.note, content: log.content,
      nextFollowUpAt: null, createdById: author, updatedById: author, createdAt: at, updatedAt: new Date(at.getTime() + 5 * 60_000),
    });
    await refreshLatestLog(m, place.id);
  }
}
