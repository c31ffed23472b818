/**
 * Generated points ledgers for benchmarks (`npm run db:generate -- --points-entries 20000000`):
 * over the generated members that have no points yet, about `entries` ledger entries in all, each
 * member's two years of earnings (lots expiring 12 months later), redemptions and manual
 * adjustments taking the soonest-expiring lots first, and the expiry of every lot that came due
 * before now — so the balance rows, the open lots and the entries agree exactly as the ledger
 * keeps them (services/loyalty/points-ledger.service.ts). Lots due within the coming months are
 * left open for the expiry pass to find. Deterministic per seed and member.
 */
import type { DataSource } from 'typeorm';
import { isSqlite } from '../../db/dialect';
import { datetimeFormatter } from './bulk-contacts.service';
import type { SqlValue } from './bulk-members';
import { createRng } from './prng';

const DAY = 86_400_000;
const HISTORY_DAYS = 730;
const EXPIRY_DAYS = 365;

export interface PointsIo {
  load(label: string, table: string, columns: readonly string[], count: number, nextRow: () => SqlValue[]): Promise<number>;
  log(message: string): void;
}

type Lot = { id: number; entryId: number; points: number; remaining: number; earnedAt: number; expiresAt: number };
type Entry = { id: number; kind: string; points: number; balanceAfter: number; branchId: number | null; lotId: number | null; reason: string | null; at: number };
export type MemberLedger = { entries: Entry[]; lots: Lot[]; balance: number; earned: number };

/** One member's ledger: about `target` entries over the two years before `now`; ids continue from the counters given. */
export function memberLedger(seed: number, memberId: number, branchId: number, target: number, now: number, ids: { entry: number; lot: number }): MemberLedger {
  const rng = createRng(`${seed}:points:${memberId}`);
  const entries: Entry[] = [];
  const lots: Lot[] = [];
  let balance = 0;
  let earned = 0;
  const add = (kind: string, points: number, at: number, lotId: number | null = null, reason: string | null = null) => {
    balance += points;
    const entry = { id: ids.entry++, kind, points, balanceAfter: balance, branchId: kind === 'EXPIRE' ? null : branchId, lotId, reason, at };
    entries.push(entry);
    return entry;
  };
  const expireDue = (until: number) => {
    for (const lot of lots) {
      if (lot.remaining > 0 && lot.expiresAt <= until) {
        add('EXPIRE', -lot.remaining, lot.expiresAt, lot.id);
        lot.remaining = 0;
      }
    }
  };
  const gap = (HISTORY_DAYS * DAY) / Math.max(1, target * 0.8);
  let t = now - HISTORY_DAYS * DAY + rng.int(0, Math.floor(gap));
  while (entries.length < target && t < now) {
    expireDue(t);
    if (entries.length >= target) break;
    if (balance > 0 && rng.chance(0.2)) {
      let take = Math.min(balance, rng.int(50, 400));
      const kind = rng.chance(0.8) ? 'REDEEM' : 'ADJUST';
      add(kind, -take, t, null, kind === 'ADJUST' ? 'Correction' : null);
      for (const lot of lots) {
        if (take === 0) break;
        const n = Math.min(lot.remaining, take);
        lot.remaining -= n;
        take -= n;
      }
    } else {
      const points = rng.int(20, 600);
      const kind = rng.chance(0.95) ? 'EARN' : 'ADJUST';
      const entry = add(kind, points, t, null, kind === 'ADJUST' ? 'Welcome gift' : null);
      if (kind === 'EARN') earned += points;
      lots.push({ id: ids.lot++, entryId: entry.id, points, remaining: points, earnedAt: t, expiresAt: t + EXPIRY_DAYS * DAY });
    }
    t += rng.int(Math.floor(gap * 0.5), Math.floor(gap * 1.5));
  }
  expireDue(now);
  return { entries, lots, balance, earned };
}

/** Generates the ledgers; returns seconds per table. */
export async function generatePointsData(ds: DataSource, entries: number, options: { seed: number }, io: PointsIo): Promise<Record<string, number>> {
  const q = (name: string) => ds.driver.escape(name);
  const dt = datetimeFormatter(isSqlite(ds));
  const members = (await ds.query(
    `SELECT ${q('id')} AS id, ${q('branchId')} AS branchId FROM ${q('members')}
     WHERE ${q('memberNo')} >= 'G0000000' AND ${q('memberNo')} <= 'G9999999' AND ${q('id')} NOT IN (SELECT ${q('memberId')} FROM ${q('member_points')}) ORDER BY ${q('id')}`,
  )) as Array<{ id: number | string; branchId: number | string }>;
  if (!members.length) throw new Error('No generated members without points: run with --members first.');
  const [{ e, l }] = (await ds.query(`SELECT (SELECT COALESCE(MAX(${q('id')}), 0) FROM ${q('points_entries')}) AS e, (SELECT COALESCE(MAX(${q('id')}), 0) FROM ${q('points_lots')}) AS l`)) as Array<{ e: number; l: number }>;
  // Whole days, so runs on one day are alike; the ledgers end a day before the run.
  const now = Math.floor(Date.now() / DAY) * DAY;
  const per = entries / members.length;
  const targetOf = (i: number) => Math.floor(per * (i + 1)) - Math.floor(per * i);
  const seconds: Record<string, number> = {};

  // Each table is one pass over the members; the ledgers are made again per pass (same seed, same ids).
  const pass = () => {
    const ids = { entry: Number(e) + 1, lot: Number(l) + 1 };
    let i = 0;
    return () => {
      const m = members[i];
      const ledger = memberLedger(options.seed, Number(m.id), Number(m.branchId), targetOf(i), now, ids);
      i += 1;
      return { memberId: Number(m.id), ledger };
    };
  };
  // Count first, so the loaders know their totals.
  let entryCount = 0;
  let lotCount = 0;
  const counting = pass();
  for (let i = 0; i < members.length; i += 1) {
    const { ledger } = counting();
    entryCount += ledger.entries.length;
    lotCount += ledger.lots.length;
  }
  io.log(`Generating ${entryCount.toLocaleString('en-US')} points entries and ${lotCount.toLocaleString('en-US')} lots over ${members.length.toLocaleString('en-US')} members.`);

  const rowsOf = <T>(rows: (ledger: MemberLedger, memberId: number) => T[]) => {
    const next = pass();
    let buffer: T[] = [];
    let at = 0;
    return () => {
      while (at >= buffer.length) {
        const { ledger, memberId } = next();
        buffer = rows(ledger, memberId);
        at = 0;
      }
      return buffer[at++];
    };
  };
  seconds.points_entries = await io.load('points entries', 'points_entries', ['id', 'memberId', 'kind', 'points', 'balanceAfter', 'branchId', 'lotId', 'reason', 'createdAt'], entryCount,
    rowsOf((ledger, memberId) => ledger.entries.map((x): SqlValue[] => [x.id, memberId, x.kind, x.points, x.balanceAfter, x.branchId, x.lotId, x.reason, dt(x.at)])));
  seconds.points_lots = await io.load('points lots', 'points_lots', ['id', 'memberId', 'entryId', 'points', 'remaining', 'open', 'earnedAt', 'expiresAt'], lotCount,
    rowsOf((ledger, memberId) => ledger.lots.map((x): SqlValue[] => [x.id, memberId, x.entryId, x.points, x.remaining, x.remaining > 0 ? 1 : 0, dt(x.earnedAt), dt(x.expiresAt)])));
  const next = pass();
  seconds.member_points = await io.load('points balances', 'member_points', ['memberId', 'balance', 'earnedTotal', 'updatedAt'], members.length, () => {
    const { ledger, memberId } = next();

    return [memberId, ledger.balance, ledger.earned, dt(now)];
  });
  // The ranking's counts, rebuilt from the balances (the generator runs alone on its database).
  const started = performance.now();
  await ds.query(`DELETE FROM ${q('points_balance_counts')}`);
  await ds.query(`INSERT INTO ${q('points_balance_counts')} (${q('balance')}, ${q('members')}) SELECT ${q('balance')}, COUNT(*) FROM ${q('member_points')} WHERE ${q('balance')} > 0 GROUP BY ${q('balance')}`);
  seconds.points_balance_counts = (performance.now() - started) / 1000;
  // Every lot due before now is expired above, as the hourly pass would have left it.
  await ds.query(`UPDATE ${q('loyalty_settings')} SET ${q('pointsExpiredThrough')} = ? WHERE ${q('id')} = 1`, [dt(now)]);
  return seconds;
}
