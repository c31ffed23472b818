/**
 * Demo campaigns, their members and contact logs, so the search's campaign filters (會員在 / 會員不在 /
 * 活動銷售員) have something to find and 聯絡活動分析 of Maybirth + Junebirth reads exactly as the
 * seed's table. Deterministic: derived from the demo members in their order and a seeded PRNG.
 */
import type { EntityManager } from 'typeorm';
import { Campaign, CampaignMember, ContactLog, ContactMethod, ContactStatus, Member, Offer, PresetNote, Staff } from '../../entities';
import type { ContactMethodKey } from '../../entities/contact-method.entity';
import type { ContactStatusKey } from '../../entities/contact-status.entity';
import { defaultStatusId } from '../contacts/contact-statuses.service';
import { refreshLatestLog } from '../contacts/latest-log.service';
import { ensureContactReferenceData } from '../contacts/reference-data.service';
import { DEMO_SEED, type DemoData, type DemoMember } from './demo-data';
import { createRng, type Rng } from './prng';

export interface DemoOffer { code: string; name: string; analysisCode: string | null; isMarketing: boolean }
export interface DemoCampaign { code: string; name: string; offerCode: string | null; details: string | null }
export interface DemoCampaignMember { campaignCode: string; memberNo: string; salespersonCode: string }
export interface DemoContactLog {
  campaignCode: string;
  memberNo: string;
  /** ISO instant. */
  contactedAt: string;
  methodKey: ContactMethodKey;
  statusKey: ContactStatusKey;
  note: string;
  content: string;
  /** ISO instant, or null for none. */
  nextFollowUpAt: string | null;
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
    note: '免費試做', content: '會員一年前有購買療程，現在想先試做facial，有興趣購買其他療程。', nextFollowUpAt: null, authorCode: 'IS003',
  },
  {
    campaignCode: 'julybirth', memberNo: 'WeM-00004', contactedAt: '2020-06-10T05:05:00Z', methodKey: 'phone', statusKey: 'no_answer',
    note: '繁忙中, 6:30後聯絡', content: '', nextFollowUpAt: null, authorCode: 'HKB2B',
  },
];

/** TKO salespeople in the order generated campaign members are dealt to them. */
const TKO_SALES = ['IS007', 'IS003', 'IS005', 'IS002'];

/** Maybirth's members (活動會員人數 on the seed's campaign list and 總數目 in its report). */
export const MAYBIRTH_MEMBERS = 72;

/**
 * Junebirth holds exactly the contact list's A001 and A002 (Apple Yu) and A003 (Candy Chan), so
 * the seed's report reads 3 for it; Maybirth 72 live TKO members, the May birthdays first; VIP a
 * few TKO VIP Gold/Platinum members (Mary Lee); Roadshow Wanchai's WeM-00004 and two more
 * Wanchai members (Winnie Ho). Deleted-group members are left out.
 */
export function buildDemoCampaignMembers(members: readonly DemoMember[]): DemoCampaignMember[] {
  const live = members.filter((m) => m.groupCode !== 'DELETED' && !/^A00[1-4]$/.test(m.memberNo) && m.memberNo !== 'WeM-00004');
  const tko = live.filter((m) => m.branchCode === 'TKO');
  const bornInMay = (m: DemoMember) => m.birthday?.slice(5, 7) === '05';
  const maybirth = [...tko.filter(bornInMay), ...tko.filter((m) => !bornInMay(m))].slice(0, MAYBIRTH_MEMBERS);
  if (maybirth.length < MAYBIRTH_MEMBERS) throw new Error(`Maybirth needs ${MAYBIRTH_MEMBERS} live TKO demo members, found ${maybirth.length}`);
  const dealt = (campaignCode: string, list: DemoMember[]) =>
    list.map((m, i) => ({ campaignCode, memberNo: m.memberNo, salespersonCode: TKO_SALES[i % TKO_SALES.length] }));
  return [
    { campaignCode: 'Junebirth', memberNo: 'A001', salespersonCode: 'IS007' },
    { campaignCode: 'Junebirth', memberNo: 'A002', salespersonCode: 'IS007' },
    { campaignCode: 'Junebirth', memberNo: 'A003', salespersonCode: 'IS003' },
    ...dealt('Maybirth', maybirth),
    ...tko.filter((m) => m.groupCode === 'VIPG' || m.groupCode === 'VIPP').slice(0, 3)
      .map((m) => ({ campaignCode: 'VIP', memberNo: m.memberNo, salespersonCode: 'IS002' })),
    { campaignCode: 'Roadshow', memberNo: 'WeM-00004', salespersonCode: 'WC001' },
    { campaignCode: 'julybirth', memberNo: 'WeM-00004', salespersonCode: 'WC001' },
    ...live.filter((m) => m.branchCode === 'Wanchai').slice(0, 2)
      .map((m) => ({ campaignCode: 'Roadshow', memberNo: m.memberNo, salespersonCode: 'WC001' })),
  ];
}

/**
 * Where Maybirth's contact members stand, as the seed's report counts them: 52 無人接聽 and 1
 * 未通知 of 72; the other 19 were left a message (留言, a column the seed's table leaves out).
 */
export const MAYBIRTH_STANDING: ReadonlyArray<readonly [ContactStatusKey, number]> = [['no_answer', 52], ['left_message', 19], ['not_notified', 1]];

/** The weekdays of 4–15 May 2020 on which Maybirth's members were called. */
const MAYBIRTH_CALL_DAYS = ['2020-05-04', '2020-05-05', '2020-05-06', '2020-05-07', '2020-05-08', '2020-05-11', '2020-05-12', '2020-05-13', '2020-05-14', '2020-05-15'];

const MAYBIRTH_PITCH = '介紹5月生日會員優惠 (6SCS1)，生日月份內使用。';
const NO_ANSWER_NOTES = ['電話無人接聽', '電話未能接通', '電話關機'];

/**
 * The salesperson of the e2e contact flows: her home page lists ten follow-ups, overdue first,
 * and the flows look for the ones they set there, so the demo gives her no open follow-up.
 */
const WITHOUT_OPEN_FOLLOW_UPS = 'IS007';

const DAY_MS = 86_400_000;

/** An instant from a Hong Kong wall time (UTC+8 all year). */
function hongKong(day: string, hour: number, minute: number): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Maybirth's contact logs, each written by the member's own salesperson during Hong Kong office
 * hours on the call days, so each member ends in their MAYBIRTH_STANDING: an unanswered phone
 * call; a message left by phone or SMS, half of them after an unanswered call two call days
 * earlier whose follow-up was kept; or never called. The first unanswered member of each
 * salesperson (Apple Yu aside) keeps an open follow-up three days on: overdue ever since.
 */
export function buildMaybirthLogs(assignments: readonly DemoCampaignMember[]): DemoContactLog[] {
  const members = assignments.filter((a) => a.campaignCode === 'Maybirth');
  const rng = createRng(`${DEMO_SEED}/Maybirth`);
  const standings = shuffled(rng, MAYBIRTH_STANDING.flatMap(([status, count]) => Array<ContactStatusKey>(count).fill(status)));
  if (standings.length !== members.length) throw new Error(`Maybirth has ${members.length} members but ${standings.length} standings`);
  const withOpenFollowUp = new Set<string>();
  const logs: DemoContactLog[] = [];
  members.forEach((a, i) => {
    const standing = standings[i];
    if (standing === 'not_notified') return;
    const base = { campaignCode: a.campaignCode, memberNo: a.memberNo, authorCode: a.salespersonCode };
    const dayIndex = rng.int(standing === 'left_message' ? 2 : 0, MAYBIRTH_CALL_DAYS.length - 1);
    const at = hongKong(MAYBIRTH_CALL_DAYS[dayIndex], rng.int(10, 18), rng.int(0, 59));
    if (standing === 'no_answer') {
      const followUp = a.salespersonCode !== WITHOUT_OPEN_FOLLOW_UPS && !withOpenFollowUp.has(a.salespersonCode);
      if (followUp) withOpenFollowUp.add(a.salespersonCode);
      logs.push({
        ...base, contactedAt: at.toISOString(), methodKey: 'phone', statusKey: 'no_answer',
        note: followUp ? '無人接聽，3日後再致電' : rng.pick(NO_ANSWER_NOTES), content: '',
        nextFollowUpAt: followUp ? new Date(at.getTime() + 3 * DAY_MS).toISOString() : null,
      });
      return;
    }
    if (rng.chance(0.5)) {
      const earlier = hongKong(MAYBIRTH_CALL_DAYS[dayIndex - 2], rng.int(10, 18), rng.int(0, 59));
      logs.push({
        ...base, contactedAt: earlier.toISOString(), methodKey: 'phone', statusKey: 'no_answer',
        note: '無人接聽，稍後再致電', content: '', nextFollowUpAt: at.toISOString(),
      });
    }
    const sms = rng.chance(0.4);
    logs.push({
      ...base, contactedAt: at.toISOString(), methodKey: sms ? 'sms' : 'phone', statusKey: 'left_message',
      note: sms ? '已發短訊' : '已留言，請會員回電', content: MAYBIRTH_PITCH, nextFollowUpAt: null,
    });
  });
  return logs;
}

/** Every demo contact log: the two the screens show and Maybirth's. */
export function buildDemoContactLogs(assignments: readonly DemoCampaignMember[]): DemoContactLog[] {
  return [...DEMO_CONTACT_LOGS, ...buildMaybirthLogs(assignments)];
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
  await seedDemoLogs(m, buildDemoContactLogs(assignments), campaignId, memberId, staffId);
}

function id(map: Map<string, number>, key: string): number {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo campaigns refer to unknown "${key}"`);
  return value;
}

async function seedDemoLogs(
  m: EntityManager, logs: readonly DemoContactLog[],
  campaignId: Map<string, number>, memberId: Map<string, number>, staffId: Map<string, number>,
) {
  const statusId = new Map((await m.find(ContactStatus)).map((s) => [s.key ?? '', s.id]));
  const methodId = new Map((await m.find(ContactMethod)).map((s) => [s.key ?? '', s.id]));
  const placeId = new Map((await m.find(CampaignMember, { select: { id: true, campaignId: true, memberId: true } })).map((p) => [`${p.campaignId}/${p.memberId}`, p.id]));
  const rows = logs.map((log) => {
    const [cid, mid] = [id(campaignId, log.campaignCode), id(memberId, log.memberNo)];
    const at = new Date(log.contactedAt);
    const author = id(staffId, log.authorCode);
    return {
      campaignMemberId: id(placeId, `${cid}/${mid}`), campaignId: cid, memberId: mid, contactedAt: at,
      methodId: id(methodId, log.methodKey), statusId: id(statusId, log.statusKey), note: log.note, content: log.content,
      nextFollowUpAt: log.nextFollowUpAt ? new Date(log.nextFollowUpAt) : null,
      createdById: author, updatedById: author, createdAt: at, updatedAt: new Date(at.getTime() + 5 * 60_000),
    };
  });
  for (let i = 0; i < rows.length; i += 100) await m.insert(ContactLog, rows.slice(i, i + 100));
  for (const place of new Set(rows.map((r) => r.campaignMemberId))) await refreshLatestLog(m, place);
}
