/**
 * Generated contact-campaign data for benchmarks (`npm run db:generate -- --campaigns 200
 * --contact-members 2000000 --contact-logs 5000000`): offers, campaigns, salespeople to share
 * the work, contact members and their contact logs, with each contact member carrying its latest
 * log's state exactly as `refreshLatestLog` leaves it.
 *
 * The row factories are pure (no framework imports besides types); `generateContactData` writes
 * them through a loader the caller supplies (the script's, with a progress bar, or a plain one in
 * tests). Deterministic for a given database, seed and salon day ("today" matters: follow-ups due
 * today or overdue are placed around it so the list's quick filters find rows).
 */
import type { DataSource } from 'typeorm';
import { createRng, weighted, type Rng } from './prng';
import type { SqlValue } from './bulk-members';
import { daySpan } from '../contacts/follow-up-state';
import { isSqlite } from '../../db/dialect';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const OFFER_BULK_COLUMNS = ['code', 'name', 'analysisCode', 'isMarketing', 'createdAt', 'updatedAt'] as const;
export const CAMPAIGN_BULK_COLUMNS = [
  'code', 'name', 'details', 'offerId', 'startsOn', 'endsOn', 'archived', 'memberCount', 'createdAt', 'updatedAt',
] as const;
export const STAFF_BULK_COLUMNS = ['code', 'displayName', 'login', 'passwordHash', 'branchId', 'salesGroupId', 'roles', 'active', 'createdAt', 'updatedAt'] as const;
/** Column order of contact-member rows (table campaign_members); ids are given so logs can refer to them. */
export const CONTACT_MEMBER_BULK_COLUMNS = [
  'id', 'campaignId', 'memberId', 'salespersonId', 'statusId', 'memberHidden', 'lastLogId', 'lastContactAt',
  'nextFollowUpAt', 'followUpClosedAt', 'followUpClosingNote', 'followUpClosedById', 'appointmentId', 'bookedAt',
  'attendanceVerifiedAt', 'attendanceVerifiedById', 'sameDayInvoiceCents', 'sameDayProductCents', 'sameDayTreatmentCents',
  'createdAt', 'updatedAt',
] as const;
/** Column order of contact-log rows (table contact_logs). */
export const CONTACT_LOG_BULK_COLUMNS = [
  'id', 'campaignMemberId', 'campaignId', 'memberId', 'contactedAt', 'methodId', 'statusId', 'note', 'content',
  'nextFollowUpAt', 'createdById', 'updatedById', 'createdAt', 'updatedAt', 'salespersonId', 'memberHidden', 'prevContactedAt',
] as const;

export const GENERATED_CAMPAIGN_PREFIX = 'GEN-';
export const GENERATED_OFFER_PREFIX = 'GOF-';
export const GENERATED_SALES_PREFIX = 'GS-';
/** Salespeople the contact members are shared among, demo ones included. */
export const TARGET_SALESPEOPLE = 40;

/** Same-day amounts (cents) around the default thresholds (invoice 5,000, product 1,500, treatment 1,000 HKD). */
const MAX_PRODUCT_CENTS = 4_000_00;
const MAX_TREATMENT_CENTS = 6_000_00;

const NOTES = [
  '免費試做', '員工親友', '會員更改預約時間', '繁忙中, 6:30後聯絡', '已留言', '考慮中', '要求電郵資料', '不在香港',
  '已預約下星期', '想了解新療程', '電話無人接聽', '下次再聯絡',
];
const CONTENTS = [
  '', '', '',
  '會員一年前有購買療程，現在想先試做facial，有興趣購買其他療程。',
  '會員表示最近工作繁忙，下月再聯絡。',
  'Asked for the price list by e-mail; prefers weekend appointments.',
  '已介紹生日優惠，會員會考慮。',
  '會員想預約星期六下午，待確認美容師時間。',
  'Left a voicemail about the birthday offer.',
  '會員對身體護理有興趣，已發送資料。',
];
const CLOSING_NOTES = ['會員已購買療程', '會員不需要', '多次聯絡不到', '已轉介分店跟進'];
const CAMPAIGN_THEMES = ['生日會員優惠', '新療程推廣', 'VIP會員獎賞', '舊客回歸計劃', '節日推廣', '流動車推廣'];

export interface ContactReference {
  /** Status ids by key (the migration's five); the default status is the first active one. */
  statusIdByKey: ReadonlyMap<string, number>;
  defaultStatusId: number;
  /** Method ids by key (phone, email, sms). */
  methodIdByKey: ReadonlyMap<string, number>;
}

export interface ContactDistribution extends ContactReference {
  /** Target campaigns and how many contact members each gets (sums to the total). */
  campaigns: ReadonlyArray<{ id: number; size: number; createdAtMs: number }>;
  /** Members that may be put in campaigns, in id order. */
  memberIds: Int32Array;
  /** Branch of each member (same index as memberIds). */
  memberBranchIds: Int32Array;
  /** 1 where the member is in the recycle bin (its contact rows are hidden). */
  memberHidden: Uint8Array;
  /** Salespeople by branch id; members of a branch without any go to `allSalespeople`. */
  salespeopleByBranch: ReadonlyMap<number, readonly number[]>;
  allSalespeople: readonly number[];
  /** Log counts per contact member (same order as the rows), summing to the number of logs. */
  logCounts: Uint8Array;
  firstContactMemberId: number;
  firstLogId: number;
  /** Now and the salon's time zone: logs fall in the past year, follow-ups around today. */
  nowMs: number;
  timeZone: string;
  /** Dialect's text form of a UTC instant. */
  datetime: (ms: number) => string;
}

/** "2025-11-25 09:30:00.000": what TypeORM writes on SQLite (`withMillis`), or without the fraction for MySQL. */
export function datetimeFormatter(withMillis: boolean): (ms: number) => string {
  return (ms) => {
    const iso = new Date(ms).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, withMillis ? 23 : 19)}`;
  };
}

/**
 * Splits `total` over `parts` with random weights (0.2–1.8 of the mean), each at most `max`,
 * by largest remainder: deterministic and exact.
 */
export function splitSizes(rng: Rng, total: number, parts: number, max: number): number[] {
  if (parts <= 0) {
    if (total > 0) throw new Error('No campaigns to put contact members in');
    return [];
  }
  if (total > parts * max) throw new Error(`${total} contact members do not fit in ${parts} campaigns of at most ${max} members each`);
  const weights = Array.from({ length: parts }, () => 0.2 + rng.next() * 1.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const sizes = exact.map((x) => Math.min(max, Math.floor(x)));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  // Hand out the remainder by largest fraction, then round-robin over campaigns that still have room.
  while (left > 0) {
    let gave = false;
    for (const [, i] of order) {
      if (left === 0) break;
      if (sizes[i] < max) { sizes[i] += 1; left -= 1; gave = true; }
    }
    if (!gave) throw new Error('Campaign sizes cannot hold every contact member');
  }
  return sizes;
}

/**
 * Logs per contact member with mean logs / rows: some never contacted (25 % when there are
 * enough logs), the rest 1 + a geometric number, then nudged at random rows so the sum is exact.
 */
export function distributeLogCounts(rng: Rng, rows: number, logs: number): Uint8Array {
  const counts = new Uint8Array(rows);
  if (logs === 0) return counts;
  if (rows === 0) throw new Error('Contact logs need contact members to belong to');
  if (logs > rows * 255) throw new Error(`At most ${rows * 255} logs fit on ${rows} contact members`);
  const mean = logs / rows;
  let p0 = 0.25;
  let extra = mean / (1 - p0) - 1;
  if (extra < 0) { p0 = Math.max(0, 1 - mean); extra = 0; }
  const q = extra / (1 + extra);
  let sum = 0;
  for (let i = 0; i < rows; i += 1) {
    if (rng.next() < p0) continue;
    const more = q > 0 ? Math.floor(Math.log(1 - rng.next()) / Math.log(q)) : 0;
    const k = Math.min(60, 1 + more);
    counts[i] = k;
    sum += k;
  }
  // Exact total: add to or take from random rows (never turning a contacted row into an
  // uncontacted one, unless there is no other way).
  let guard = 0;
  while (sum !== logs) {
    const i = Math.floor(rng.next() * rows);
    const loose = guard++ > rows * 20;
    if (sum < logs && counts[i] < 255 && (counts[i] > 0 || loose || sum === 0)) { counts[i] += 1; sum += 1; }
    else if (sum > logs && counts[i] > (loose ? 0 : 1)) { counts[i] -= 1; sum -= 1; }
  }
  return counts;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Cents rounded to whole tens of dollars, in [0, max]. */
function amount(rng: Rng, max: number): number {
  return Math.round((rng.next() * max) / 1000) * 1000;
}

export interface GeneratedContact {
  row: SqlValue[];
  logs: SqlValue[][];
}

/**
 * Contact members in a fixed order: campaign by campaign, each campaign's members by a random
 * stride through the member list (so no member appears twice in a campaign), each with the
 * member's branch's salespeople. `next()` returns a contact member's row and its logs (oldest
 * first; the last is the latest by contact time, then id). Row i's logs get ids following row
 * i-1's, so generating the rows and then the logs again from a second factory with the same
 * input yields matching ids.
 */
export function createContactFactory(dist: ContactDistribution, seed: number) {
  const members = dist.memberIds.length;
  const picker = createRng(`contact-members:${seed}:${dist.firstContactMemberId}`);
  const statusOf = (key: string) => {
    const id = dist.statusIdByKey.get(key);
    if (id === undefined) throw new Error(`Contact status "${key}" is missing: run the migrations`);
    return id;
  };
  const methodOf = (key: string) => {
    const id = dist.methodIdByKey.get(key);
    if (id === undefined) throw new Error(`Contact method "${key}" is missing: run the migrations`);
    return id;
  };
  // About one contact in twelve ends in a booking.
  const pickStatus = weighted([[statusOf('no_answer'), 35], [statusOf('left_message'), 25], [statusOf('not_needed'), 20], [statusOf('booked'), 7]]);
  const bookedId = statusOf('booked');
  const pickMethod = weighted([[methodOf('phone'), 70], [methodOf('sms'), 20], [methodOf('email'), 10]]);
  const today = daySpan(new Date(dist.nowMs), dist.timeZone);
  const yearAgo = dist.nowMs - 365 * DAY;
  const dt = dist.datetime;

  let campaignIndex = -1;
  let left = 0;
  let inCampaign = 0;
  let start = 0;
  let stride = 1;
  let index = 0;
  let nextLogId = dist.firstLogId;
  const beginCampaign = () => {
    start = Math.floor(picker.next() * members);
    stride = 1 + Math.floor(picker.next() * Math.max(1, members - 1));
    while (gcd(stride, members) !== 1) stride = (stride % members) + 1;
    inCampaign = 0;
  };

  return {
    next(): GeneratedContact {
      while (left === 0) {
        campaignIndex += 1;
        if (campaignIndex >= dist.campaigns.length) throw new Error('More contact members asked for than the campaign sizes hold');
        left = dist.campaigns[campaignIndex].size;
        if (left > 0) beginCampaign();
      }
      left -= 1;
      const campaign = dist.campaigns[campaignIndex];
      const m = (start + inCampaign * stride) % members;
      inCampaign += 1;
      const rng = createRng(`contact:${seed}:${dist.firstContactMemberId}:${index}`);
      const id = dist.firstContactMemberId + index;
      const logCount = dist.logCounts[index];
      index += 1;

      const memberId = dist.memberIds[m];
      const branchPeople = dist.salespeopleByBranch.get(dist.memberBranchIds[m]);
      const salespersonId = rng.pick(branchPeople?.length ? branchPeople : dist.allSalespeople);
      const createdAt = Math.min(dist.nowMs - HOUR, campaign.createdAtMs + rng.int(0, 2 * 24 * 3600) * 1000);

      // Contact times: uniform over the past year after the assignment, oldest first.
      const from = Math.max(createdAt, yearAgo);
      const times: number[] = [];
      for (let k = 0; k < logCount; k += 1) times.push(from + Math.floor((rng.next() * (dist.nowMs - from)) / 1000) * 1000);
      times.sort((a, b) => a - b);
      const logs: SqlValue[][] = [];
      let last: { id: number; at: number; statusId: number; next: number | null } | null = null;
      for (let k = 0; k < logCount; k += 1) {
        const at = times[k];
        const latest = k === logCount - 1;
        const statusId = pickStatus(rng);
        let nextFollowUp: number | null = null;
        if (latest) {
          // The latest log decides the follow-up state: due today (1.5 %), overdue (~8 %), later
          // (25 %, over the next 60 days, as a salon's daily share), or none.
          const roll = rng.next();
          if (roll < 0.015) nextFollowUp = Math.min(today.end.getTime() - HOUR, Math.max(at + HOUR, today.start.getTime() + rng.int(0, 23) * HOUR));
          else if (roll < 0.1) nextFollowUp = at + DAY < today.start.getTime() ? at + DAY + Math.floor(rng.next() * (today.start.getTime() - at - DAY)) : null;
          else if (roll < 0.35) nextFollowUp = today.end.getTime() + rng.int(0, 60 * 24) * HOUR / 24;
        } else if (rng.chance(0.4)) {
          nextFollowUp = at + rng.int(1, 14) * DAY;
        }
        const note = rng.pick(NOTES);
        const content = rng.pick(CONTENTS);
        const logId = nextLogId++;
        const when = dt(at);
        logs.push([
          logId, id, campaign.id, memberId, when, pickMethod(rng), statusId, note, content,
          nextFollowUp === null ? null : dt(nextFollowUp), salespersonId, salespersonId, when, when,
          // The staff statistics' copies, as refreshLatestLog keeps them (times are sorted, so k-1 is the previous log).
          salespersonId, dist.memberHidden[m], k === 0 ? null : dt(times[k - 1]),
        ]);
        if (latest) last = { id: logId, at, statusId, next: nextFollowUp };
      }

      // Follow-up ended on some contacted rows; bookings, attendance and same-day sales on booked ones.
      let closedAt: number | null = null;
      let bookedAt: number | null = null;
      let verifiedAt: number | null = null;
      let product: number | null = null;
      let treatment: number | null = null;
      if (last && rng.chance(0.1)) closedAt = Math.min(dist.nowMs, last.at + rng.int(1, 72) * HOUR);
      if (last && last.statusId === bookedId) {
        bookedAt = last.at + 5 * 60_000;
        const visit = bookedAt + rng.int(1, 10) * DAY;
        if (visit <= dist.nowMs && rng.chance(0.6)) {
          verifiedAt = visit;
          if (rng.chance(0.8)) { product = amount(rng, MAX_PRODUCT_CENTS); treatment = amount(rng, MAX_TREATMENT_CENTS); }
        }
      }
      const updatedAt = Math.max(createdAt, last?.at ?? 0, closedAt ?? 0, verifiedAt ?? 0);
      const row: SqlValue[] = [
        id, campaign.id, memberId, salespersonId, last ? last.statusId : dist.defaultStatusId, dist.memberHidden[m],
        last ? last.id : null, last ? dt(last.at) : null, last && last.next !== null ? dt(last.next) : null,
        closedAt === null ? null : dt(closedAt), closedAt === null ? null : rng.pick(CLOSING_NOTES), closedAt === null ? null : salespersonId,
        null, bookedAt === null ? null : dt(bookedAt),
        verifiedAt === null ? null : dt(verifiedAt), verifiedAt === null ? null : salespersonId,
        product === null || treatment === null ? null : product + treatment, product, treatment,
        dt(createdAt), dt(updatedAt),
      ];
      return { row, logs };
    },
  };
}

/** Offer rows GOF-0001…: most of them marketing offers (only those may go on a campaign). */
export function offerRows(seed: number, firstSeq: number, count: number, nowMs: number, datetime: (ms: number) => string): SqlValue[][] {
  const rng = createRng(`offers:${seed}:${firstSeq}`);
  return Array.from({ length: count }, (_, i) => {
    const seq = firstSeq + i;
    const at = datetime(nowMs - 500 * DAY + seq * HOUR);
    return [
      `${GENERATED_OFFER_PREFIX}${String(seq).padStart(4, '0')}`, `生成優惠 ${seq}`,
      rng.chance(0.6) ? `ANA${rng.int(1, 40)}` : null, rng.chance(0.75) ? 1 : 0, at, at,
    ];
  });
}

/** Campaign rows GEN-0001…, created over the past 400 days; member counts are set after loading. */
export function campaignRows(
  seed: number, firstSeq: number, count: number, marketingOfferIds: readonly number[], nowMs: number, datetime: (ms: number) => string,
): Array<{ row: SqlValue[]; createdAtMs: number }> {
  const rng = createRng(`campaigns:${seed}:${firstSeq}`);
  return Array.from({ length: count }, (_, i) => {
    const seq = firstSeq + i;
    const createdAtMs = nowMs - rng.int(20, 400) * DAY - rng.int(0, 23) * HOUR;
    const startsOn = new Date(createdAtMs).toISOString().slice(0, 10);
    const endsOn = new Date(createdAtMs + 120 * DAY).toISOString().slice(0, 10);
    const theme = rng.pick(CAMPAIGN_THEMES);
    const at = datetime(createdAtMs);
    return {
      createdAtMs,
      row: [
        `${GENERATED_CAMPAIGN_PREFIX}${String(seq).padStart(4, '0')}`, `${theme} ${seq}`,
        rng.chance(0.3) ? `${theme}：詳情見分店通告。` : null,
        marketingOfferIds.length && rng.chance(0.8) ? rng.pick(marketingOfferIds) : null,
        startsOn, endsOn, rng.chance(0.05) ? 1 : 0, 0, at, at,
      ],
    };
  });
}

/** Loads `count` rows from `nextRow` into `table`; returns seconds taken. */
export type LoadRows = (label: string, table: string, columns: readonly string[], count: number, nextRow: () => SqlValue[]) => Promise<number>;

export interface ContactCounts { campaigns: number; contactMembers: number; contactLogs: number }

export interface ContactGenerationResult {
  offerIds: number[];
  campaignIds: number[];
  salespeople: { demo: number; generated: number };
  seconds: Record<string, number>;
}

/** Highest n among codes "<prefix>0001"… of a table (0 if none). */
async function lastSeq(ds: DataSource, table: string, prefix: string): Promise<number> {
  const q = (n: string) => ds.driver.escape(n);
  const rows = (await ds.query(`SELECT ${q('code')} AS code FROM ${q(table)} WHERE ${q('code')} LIKE ?`, [`${prefix}%`])) as Array<{ code: string }>;
  return rows.reduce((max, r) => {
    const n = Number(r.code.slice(prefix.length));
    return Number.isInteger(n) && n > max ? n : max;
  }, 0);
}

async function maxId(ds: DataSource, table: string): Promise<number> {
  const q = (n: string) => ds.driver.escape(n);
  const [{ m }] = (await ds.query(`SELECT MAX(${q('id')}) AS m FROM ${q(table)}`)) as Array<{ m: number | string | null }>;
  return Number(m ?? 0);
}

/**
 * Adds generated salespeople (GS-<branch>-01…, who cannot sign in) until there are
 * `target` active salespeople, shared over the branches by their member weights.
 */
async function ensureSalespeople(
  ds: DataSource, target: number, branchWeights: ReadonlyMap<number, number>, branchCodes: ReadonlyMap<number, string>,
  load: LoadRows, datetime: (ms: number) => string, nowMs: number,
): Promise<{ demo: number; generated: number }> {
  const q = (n: string) => ds.driver.escape(n);
  const staff = (await ds.query(`SELECT ${q('id')} AS id, ${q('code')} AS code, ${q('branchId')} AS branchId, ${q('roles')} AS roles FROM ${q('staff')} WHERE ${q('active')} = ?`, [true])) as
    Array<{ id: number; code: string; branchId: number; roles: string }>;
  const sales = staff.filter((s) => s.roles.split(',').includes('salesperson'));
  const generated = sales.filter((s) => s.code.startsWith(GENERATED_SALES_PREFIX)).length;
  const missing = target - sales.length;
  if (missing > 0) {
    const totalWeight = [...branchWeights.values()].reduce((a, b) => a + b, 0);
    const have = new Map<number, number>();
    for (const s of sales) have.set(s.branchId, (have.get(s.branchId) ?? 0) + 1);
    const rows: SqlValue[][] = [];
    const at = datetime(nowMs - 600 * DAY);
    const codes = new Set(staff.map((s) => s.code));
    for (let n = 0; n < missing; n += 1) {
      // The branch furthest below its share of the target gets the next one.
      let best = -1;
      let gap = -Infinity;
      for (const [branchId, weight] of branchWeights) {
        const g = (weight / totalWeight) * target - (have.get(branchId) ?? 0);
        if (g > gap) { gap = g; best = branchId; }
      }
      have.set(best, (have.get(best) ?? 0) + 1);
      const branchCode = branchCodes.get(best) ?? String(best);
      let k = 1;
      let code = '';
      do code = `${GENERATED_SALES_PREFIX}${branchCode}-${String(k++).padStart(2, '0')}`.slice(0, 20); while (codes.has(code));
      codes.add(code);
      rows.push([code, `${branchCode} Sales ${String(k - 1).padStart(2, '0')}`, code.toLowerCase(), null, best, null, 'salesperson', 1, at, at]);
    }
    let i = 0;
    await load('salespeople', 'staff', STAFF_BULK_COLUMNS, rows.length, () => rows[i++]);
  }
  return { demo: sales.length - generated, generated: generated + Math.max(0, missing) };
}

/**
 * Writes offers and campaigns (`campaigns`), contact members (`contactMembers`, over the
 * campaigns made now, or else over the existing generated campaigns that are still empty) and
 * contact logs (`contactLogs`, over the contact members made now), then sets every touched
 * campaign's member count. Needs the members to exist.
 */
export async function generateContactData(
  ds: DataSource,
  counts: ContactCounts,
  options: { seed: number; now?: Date; timeZone?: string },
  io: { load: LoadRows; log: (message: string) => void },
): Promise<ContactGenerationResult> {
  const q = (n: string) => ds.driver.escape(n);
  const sqlite = isSqlite(ds);
  const datetime = datetimeFormatter(sqlite);
  const seconds: Record<string, number> = {};
  // Whole seconds, like times people enter; `now` fixes the run for tests.
  const nowMs = Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000;
  const { seed } = options;
  if (counts.contactLogs > 0 && counts.contactMembers === 0) throw new Error('--contact-logs needs --contact-members: logs go on the contact members made in the same run');

  const branches = (await ds.query(`SELECT ${q('id')} AS id, ${q('code')} AS code, ${q('timeZone')} AS tz FROM ${q('branches')} ORDER BY ${q('id')}`)) as
    Array<{ id: number; code: string; tz: string }>;
  const timeZone = options.timeZone ?? branches[0]?.tz ?? 'Asia/Hong_Kong';

  // Offers and campaigns.
  const result: ContactGenerationResult = { offerIds: [], campaignIds: [], salespeople: { demo: 0, generated: 0 }, seconds };
  let targets: Array<{ id: number; createdAtMs: number }> = [];
  if (counts.campaigns > 0) {
    const offerCount = Math.max(4, Math.ceil(counts.campaigns / 5));
    const firstOffer = (await lastSeq(ds, 'offers', GENERATED_OFFER_PREFIX)) + 1;
    const offers = offerRows(seed, firstOffer, offerCount, nowMs, datetime);
    let oi = 0;
    seconds.offers = await io.load('offers', 'offers', OFFER_BULK_COLUMNS, offers.length, () => offers[oi++]);
    const offerCodes = offers.map((o) => o[0] as string);
    const storedOffers = (await ds.query(`SELECT ${q('id')} AS id, ${q('isMarketing')} AS mk FROM ${q('offers')} WHERE ${q('code')} IN (${offerCodes.map(() => '?').join(',')}) ORDER BY ${q('id')}`, offerCodes)) as
      Array<{ id: number; mk: number | boolean }>;
    result.offerIds = storedOffers.map((o) => Number(o.id));
    const marketing = storedOffers.filter((o) => Number(o.mk) === 1).map((o) => Number(o.id));

    const firstCampaign = (await lastSeq(ds, 'campaigns', GENERATED_CAMPAIGN_PREFIX)) + 1;
    const campaigns = campaignRows(seed, firstCampaign, counts.campaigns, marketing, nowMs, datetime);
    let ci = 0;
    seconds.campaigns = await io.load('campaigns', 'campaigns', CAMPAIGN_BULK_COLUMNS, campaigns.length, () => campaigns[ci++].row);
    const codes = campaigns.map((c) => c.row[0] as string);
    const stored = (await ds.query(`SELECT ${q('id')} AS id, ${q('code')} AS code FROM ${q('campaigns')} WHERE ${q('code')} IN (${codes.map(() => '?').join(',')})`, codes)) as
      Array<{ id: number; code: string }>;
    const idByCode = new Map(stored.map((c) => [c.code, Number(c.id)]));
    targets = campaigns.map((c, i) => ({ id: idByCode.get(codes[i])!, createdAtMs: c.createdAtMs }));
    result.campaignIds = targets.map((t) => t.id);
    io.log(`Offers ${offerCodes[0]}…${offerCodes[offerCodes.length - 1]} (${marketing.length} marketing), campaigns ${codes[0]}…${codes[codes.length - 1]}.`);
  } else if (counts.contactMembers > 0) {
    const empty = (await ds.query(
      `SELECT ${q('id')} AS id, ${q('createdAt')} AS createdAt FROM ${q('campaigns')} WHERE ${q('code')} LIKE ? AND ${q('memberCount')} = 0 ORDER BY ${q('id')}`,
      [`${GENERATED_CAMPAIGN_PREFIX}%`],
    )) as Array<{ id: number; createdAt: string | Date }>;
    targets = empty.map((c) => ({ id: Number(c.id), createdAtMs: new Date(c.createdAt instanceof Date ? c.createdAt : `${String(c.createdAt).replace(' ', 'T')}Z`).getTime() }));
    if (!targets.length) throw new Error('--contact-members needs --campaigns, or generated campaigns that are still empty');
    result.campaignIds = targets.map((t) => t.id);
  }
  if (counts.contactMembers === 0) return result;

  // Who gets the work.
  const weights = new Map<number, number>();
  const memberRows = (await ds.query(
    `SELECT m.${q('id')} AS id, m.${q('branchId')} AS b, CASE WHEN m.${q('deletedAt')} IS NULL THEN 0 ELSE 1 END AS h FROM ${q('members')} m
     WHERE m.${q('groupId')} NOT IN (SELECT g.${q('id')} FROM ${q('member_groups')} g WHERE g.${q('isDeletedGroup')} = ?) ORDER BY m.${q('id')}`,
    [true],
  )) as Array<{ id: number; b: number; h: number | string }>;
  const memberIds = new Int32Array(memberRows.length);
  const memberBranchIds = new Int32Array(memberRows.length);
  const memberHidden = new Uint8Array(memberRows.length);
  memberRows.forEach((r, i) => {
    memberIds[i] = Number(r.id);
    memberBranchIds[i] = Number(r.b);
    memberHidden[i] = Number(r.h);
    weights.set(memberBranchIds[i], (weights.get(memberBranchIds[i]) ?? 0) + 1);
  });
  memberRows.length = 0;
  if (!memberIds.length) throw new Error('No members to put in campaigns: generate members first (--members N)');
  for (const b of branches) if (!weights.has(b.id)) weights.set(b.id, 0);
  result.salespeople = await ensureSalespeople(ds, TARGET_SALESPEOPLE, weights, new Map(branches.map((b) => [b.id, b.code])), io.load, datetime, nowMs);
  const salesStaff = ((await ds.query(`SELECT ${q('id')} AS id, ${q('branchId')} AS b, ${q('roles')} AS roles FROM ${q('staff')} WHERE ${q('active')} = ? ORDER BY ${q('id')}`, [true])) as
    Array<{ id: number; b: number; roles: string }>).filter((s) => s.roles.split(',').includes('salesperson'));
  const salespeopleByBranch = new Map<number, number[]>();
  for (const s of salesStaff) salespeopleByBranch.set(Number(s.b), [...(salespeopleByBranch.get(Number(s.b)) ?? []), Number(s.id)]);
  io.log(`Salespeople: ${result.salespeople.demo} from the demo data, ${result.salespeople.generated} generated (${GENERATED_SALES_PREFIX}<branch>-NN): ` +
    branches.map((b) => `${b.code} ${salespeopleByBranch.get(b.id)?.length ?? 0}`).join(', ') + '.');

  const statuses = (await ds.query(`SELECT ${q('id')} AS id, ${q('key')} AS k, ${q('active')} AS a FROM ${q('contact_statuses')} ORDER BY ${q('sortOrder')}, ${q('id')}`)) as
    Array<{ id: number; k: string | null; a: number | boolean }>;
  const methods = (await ds.query(`SELECT ${q('id')} AS id, ${q('key')} AS k FROM ${q('contact_methods')}`)) as Array<{ id: number; k: string | null }>;
  const defaultStatus = statuses.find((s) => Number(s.a) === 1);
  if (!defaultStatus) throw new Error('No active contact status: run the migrations');

  const sizeRng = createRng(`campaign-sizes:${seed}:${targets[0].id}`);
  const sizes = splitSizes(sizeRng, counts.contactMembers, targets.length, memberIds.length);
  const logCounts = distributeLogCounts(createRng(`log-counts:${seed}:${targets[0].id}`), counts.contactMembers, counts.contactLogs);
  const dist: ContactDistribution = {
    campaigns: targets.map((t, i) => ({ ...t, size: sizes[i] })),
    memberIds, memberBranchIds, memberHidden,
    salespeopleByBranch, allSalespeople: salesStaff.map((s) => Number(s.id)),
    statusIdByKey: new Map(statuses.filter((s) => s.k).map((s) => [s.k!, Number(s.id)])),
    defaultStatusId: Number(defaultStatus.id),
    methodIdByKey: new Map(methods.filter((m) => m.k).map((m) => [m.k!, Number(m.id)])),
    logCounts,
    firstContactMemberId: (await maxId(ds, 'campaign_members')) + 1,
    firstLogId: (await maxId(ds, 'contact_logs')) + 1,
    nowMs, timeZone, datetime,
  };
  io.log(`Generating ${counts.contactMembers.toLocaleString('en-US')} contact members over ${targets.length} campaigns ` +
    `(${Math.min(...sizes).toLocaleString('en-US')}–${Math.max(...sizes).toLocaleString('en-US')} each) from ${memberIds.length.toLocaleString('en-US')} members, ` +
    `and ${counts.contactLogs.toLocaleString('en-US')} contact logs over the past year (salon day in ${timeZone}).`);

  const rows = createContactFactory(dist, seed);
  seconds.contactMembers = await io.load('contact members', 'campaign_members', CONTACT_MEMBER_BULK_COLUMNS, counts.contactMembers, () => rows.next().row);

  if (counts.contactLogs > 0) {
    // The same contacts again, this time keeping their logs (ids follow the rows' order).
    const again = createContactFactory(dist, seed);
    let pending: SqlValue[][] = [];
    let at = 0;
    seconds.contactLogs = await io.load('contact logs', 'contact_logs', CONTACT_LOG_BULK_COLUMNS, counts.contactLogs, () => {
      while (at >= pending.length) { pending = again.next().logs; at = 0; }
      return pending[at++];
    });
  }

  const started = performance.now();
  const ids = result.campaignIds;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await ds.query(
      `UPDATE ${q('campaigns')} SET ${q('memberCount')} = (SELECT COUNT(*) FROM ${q('campaign_members')} cm WHERE cm.${q('campaignId')} = ${q('campaigns')}.${q('id')})
       WHERE ${q('id')} IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
  }
  seconds.memberCounts = (performance.now() - started) / 1000;
  return result;
}
