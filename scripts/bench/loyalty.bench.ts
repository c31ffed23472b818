import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { isSqlite } from '../../db/dialect';
import { expireDuePoints } from '../../services/loyalty/points-expiry-pass.service';
import type { BenchCase } from './case';

/** Targets of issue 17. */
export const MEMBER_POINTS_P50_MS = 30;
export const EXPIRY_MONTH_MAX_S = 60;

/** What the member page's points panel asks (components/loyalty/points/points-documents.ts), with the ledger's first page. */
const MEMBER_POINTS = `query($memberId: ID!) {
  memberPoints(memberId: $memberId) { memberId balance earnedTotal rank expiring { expiresAt points } }
  pointsEntries(memberId: $memberId, first: 20) {
    pageInfo { hasNextPage endCursor }
    nodes { id kind points balanceAfter reason createdAt staff { id displayName } branch { id name } invoice { id number } gift { id name }
      referredMember { id memberNo displayName } expiredLot { id earnedAt points } basis { __typename } }
  }
}`;

/**
 * Loyalty at scale (`npm run db:generate -- --members 1000000 --points-entries 20000000`): the
 * member page's points (balance, rank among all members, expiry schedule, first ledger page)
 * through GraphQL as a manager, for members spread over the whole range of balances, against the
 * same reads as plain SQL; and the expiry pass for the coming month of the whole chain, against
 * reading the lots it must expire. The pass's entries are undone after each run (untimed), so the
 * case can run again. Runs only with at least 1,000,000 points entries.
 */
export async function loyaltyCases(ds: DataSource, manager: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const [{ n }] = (await ds.query(`SELECT COUNT(*) AS n FROM ${q('points_entries')} WHERE ${q('id')} <= 1000000`)) as Array<{ n: number }>;
  if (Number(n) < 1_000_000) return [];
  // 50 members at even steps through the balances (an index walk each), so low balances, whose rank counts the most members, are in.
  const [{ holders }] = (await ds.query(`SELECT COUNT(*) AS holders FROM ${q('member_points')}`)) as Array<{ holders: number }>;
  const members: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const [row] = (await ds.query(`SELECT ${q('memberId')} AS id FROM ${q('member_points')} ORDER BY ${q('balance')} LIMIT 1 OFFSET ${Math.floor((Number(holders) * i) / 50)}`)) as Array<{ id: number }>;
    members.push(Number(row.id));
  }
  let turn = 0;
  const nextMember = () => members[turn++ % members.length];
  const plainPage = async () => {
    const memberId = nextMember();
    const [balance] = (await ds.query(`SELECT ${q('balance')} AS b FROM ${q('member_points')} WHERE ${q('memberId')} = ?`, [memberId])) as Array<{ b: number }>;
    await ds.query(`SELECT COUNT(*) AS n FROM ${q('member_points')} WHERE ${q('balance')} > ?`, [Number(balance?.b ?? 0)]);
    await ds.query(`SELECT ${q('expiresAt')}, SUM(${q('remaining')}) FROM ${q('points_lots')} WHERE ${q('memberId')} = ? AND ${q('open')} = 1 GROUP BY ${q('expiresAt')}`, [memberId]);
    await ds.query(`SELECT * FROM ${q('points_entries')} WHERE ${q('memberId')} = ? ORDER BY ${q('id')} DESC LIMIT 21`, [memberId]);
  };
  const graphqlPage = async () => {
    const result = (await executeAs(ds, manager, MEMBER_POINTS, { memberId: String(nextMember()) })) as { errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };

  // The expiry case: the month after the newest ledger day.
  const [{ last }] = (await ds.query(`SELECT MAX(${q('createdAt')}) AS ${q('last')} FROM ${q('points_entries')}`)) as Array<{ last: string | Date }>;
  const asOf = new Date(new Date(last instanceof Date ? last : `${String(last).replace(' ', 'T')}Z`).getTime() + 31 * 86_400_000);
  const [{ id: watermark }] = (await ds.query(`SELECT MAX(${q('id')}) AS id FROM ${q('points_entries')}`)) as Array<{ id: number }>;
  // Where the hourly passes got to (the generator leaves it at the day it generated to): the pass reads from there, and is put back there.
  const [{ mark }] = (await ds.query(`SELECT ${q('pointsExpiredThrough')} AS ${q('mark')} FROM ${q('loyalty_settings')} WHERE ${q('id')} = 1`)) as Array<{ mark: string | Date | null }>;
  const temp = isSqlite(ds) ? 'TEMP TABLE' : 'TEMPORARY TABLE';
  const undo = async () => {
    // What the pass wrote after the watermark, kept aside with indexes, so undoing it is a few set-wise statements
    // (on one connection: a temporary table is its connection's own).
    const runner = ds.createQueryRunner();
    const db = { query: (sql: string, params?: unknown[]) => runner.query(sql, params) };
    try {
      await db.query(`DROP ${isSqlite(ds) ? 'TABLE' : 'TEMPORARY TABLE'} IF EXISTS ${q('bench_undo_lots')}`);
      await db.query(`DROP ${isSqlite(ds) ? 'TABLE' : 'TEMPORARY TABLE'} IF EXISTS ${q('bench_undo_members')}`);
      await db.query(`CREATE ${temp} ${q('bench_undo_lots')} AS SELECT ${q('lotId')}, -${q('points')} AS ${q('n')} FROM ${q('points_entries')} WHERE ${q('id')} > ? AND ${q('lotId')} IS NOT NULL`, [watermark]);
      await db.query(`CREATE ${temp} ${q('bench_undo_members')} AS SELECT ${q('memberId')}, -SUM(${q('points')}) AS ${q('n')} FROM ${q('points_entries')} WHERE ${q('id')} > ? GROUP BY ${q('memberId')}`, [watermark]);
      await db.query(`CREATE INDEX ${q('bench_undo_lots_lot')} ON ${q('bench_undo_lots')} (${q('lotId')})`);
      await db.query(`CREATE INDEX ${q('bench_undo_members_member')} ON ${q('bench_undo_members')} (${q('memberId')})`);
      if (isSqlite(ds)) {
        await db.query(`UPDATE points_lots SET remaining = (SELECT u.n FROM bench_undo_lots u WHERE u.lotId = points_lots.id), open = 1 WHERE id IN (SELECT lotId FROM bench_undo_lots)`);
        // The ranking's counts: each member moves back from the balance the pass left to the one she had.
        await db.query(`INSERT INTO points_balance_counts (balance, members) SELECT mp.balance, -1 FROM member_points mp JOIN bench_undo_members u ON u.memberId = mp.memberId WHERE mp.balance > 0`);
        await db.query(`INSERT INTO points_balance_counts (balance, members) SELECT mp.balance + u.n, 1 FROM member_points mp JOIN bench_undo_members u ON u.memberId = mp.memberId WHERE mp.balance + u.n > 0`);
        await db.query(`UPDATE member_points SET balance = balance + (SELECT u.n FROM bench_undo_members u WHERE u.memberId = member_points.memberId) WHERE memberId IN (SELECT memberId FROM bench_undo_members)`);
      } else {
        await db.query('UPDATE `points_lots` l JOIN `bench_undo_lots` u ON u.`lotId` = l.`id` SET l.`remaining` = u.`n`, l.`open` = 1');
        await db.query('INSERT INTO `points_balance_counts` (`balance`, `members`) SELECT mp.`balance`, -1 FROM `member_points` mp JOIN `bench_undo_members` u ON u.`memberId` = mp.`memberId` WHERE mp.`balance` > 0');
        await db.query('INSERT INTO `points_balance_counts` (`balance`, `members`) SELECT mp.`balance` + u.`n`, 1 FROM `member_points` mp JOIN `bench_undo_members` u ON u.`memberId` = mp.`memberId` WHERE mp.`balance` + u.`n` > 0');
        await db.query('UPDATE `member_points` mp JOIN `bench_undo_members` u ON u.`memberId` = mp.`memberId` SET mp.`balance` = mp.`balance` + u.`n`');
      }
      await db.query(`DELETE FROM ${q('points_entries')} WHERE ${q('id')} > ?`, [watermark]);
      await db.query(`UPDATE ${q('loyalty_settings')} SET ${q('pointsExpiredThrough')} = ? WHERE ${q('id')} = 1`, [mark]);
    } finally {
      await runner.release();
    }
  };
  const dueLots = `FROM ${q('points_lots')} WHERE ${q('open')} = 1 AND ${q('expiresAt')} <= ?${mark === null ? '' : ` AND ${q('expiresAt')} > ?`}`;
  const dueParams = [asOf.toISOString().replace('T', ' ').slice(0, 23), ...(mark === null ? [] : [mark])];
  const [{ due }] = (await ds.query(`SELECT COUNT(*) AS due ${dueLots}`, dueParams)) as Array<{ due: number }>;
  return [
    { name: `member page points: balance, rank of ${Number(holders).toLocaleString('en')}, expiry schedule, first 20 entries (target p50 ≤ ${MEMBER_POINTS_P50_MS} ms)`, graphql: graphqlPage, sql: plainPage },
    {
      name: `points expiry pass: the month to ${asOf.toISOString().slice(0, 10)}, ${Number(due).toLocaleString('en')} lots of the whole chain (target ≤ ${EXPIRY_MONTH_MAX_S} s)`,
      graphql: async () => {
        const result = await expireDuePoints(ds, asOf);
        console.log(`  expiry pass: ${result.entries.toLocaleString('en')} entries in ${result.batches} batches`);
      },
      sql: () => ds.query(`SELECT ${q('id')}, ${q('memberId')}, ${q('remaining')} ${dueLots} ORDER BY ${q('expiresAt')}, ${q('id')}`, dueParams),
      runs: 1,
      warmup: 0,
      before: undo,
      cleanup: undo,
    },
  ];
}
