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
  memberPoints(memberId: $memberId) { memberId balance earnedTotal rank rankedMembers expiring { expiresAt points } }
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
    await ds.query(`SELECT COUNT(*) AS n FROM ${q('members')}`);
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
  const sqlite = isSqlite(ds);
  const undo = async () => {
    // What the pass wrote after the watermark: its lots back open with what they held, the balances back, its entries gone.
    await ds.query(
      sqlite
        ? `UPDATE ${q('points_lots')} SET ${q('remaining')} = (SELECT -e.${q('points')} FROM ${q('points_entries')} e WHERE e.${q('lotId')} = ${q('points_lots')}.${q('id')} AND e.${q('id')} > ?), ${q('open')} = 1
           WHERE ${q('id')} IN (SELECT ${q('lotId')} FROM ${q('points_entries')} WHERE ${q('id')} > ?)`
        : `UPDATE ${q('points_lots')} l JOIN ${q('points_entries')} e ON e.${q('lotId')} = l.${q('id')} AND e.${q('id')} > ? SET l.${q('remaining')} = -e.${q('points')}, l.${q('open')} = 1 WHERE ? = ?`,
      sqlite ? [watermark, watermark] : [watermark, 1, 1],
    );
    await ds.query(
      sqlite
        ? `UPDATE ${q('member_points')} SET ${q('balance')} = ${q('balance')} - (SELECT SUM(e.${q('points')}) FROM ${q('points_entries')} e WHERE e.${q('memberId')} = ${q('member_points')}.${q('memberId')} AND e.${q('id')} > ?)
           WHERE ${q('memberId')} IN (SELECT ${q('memberId')} FROM ${q('points_entries')} WHERE ${q('id')} > ?)`
        : `UPDATE ${q('member_points')} mp JOIN (SELECT ${q('memberId')}, SUM(${q('points')}) AS s FROM ${q('points_entries')} WHERE ${q('id')} > ? GROUP BY ${q('memberId')}) x ON x.${q('memberId')} = mp.${q('memberId')}
           SET mp.${q('balance')} = mp.${q('balance')} - x.s WHERE ? = ?`,
      sqlite ? [watermark, watermark] : [watermark, 1, 1],
    );
    await ds.query(`DELETE FROM ${q('points_entries')} WHERE ${q('id')} > ?`, [watermark]);
  };
  const [{ due }] = (await ds.query(`SELECT COUNT(*) AS due FROM ${q('points_lots')} WHERE ${q('open')} = 1 AND ${q('expiresAt')} <= ?`, [asOf.toISOString().replace('T', ' ').slice(0, 23)])) as Array<{ due: number }>;
  return [
    { name: `member page points: balance, rank of ${Number(holders).toLocaleString('en')}, expiry schedule, first 20 entries (target p50 ≤ ${MEMBER_POINTS_P50_MS} ms)`, graphql: graphqlPage, sql: plainPage },
    {
      name: `points expiry pass: the month to ${asOf.toISOString().slice(0, 10)}, ${Number(due).toLocaleString('en')} lots of the whole chain (target ≤ ${EXPIRY_MONTH_MAX_S} s)`,
      graphql: async () => {
        const result = await expireDuePoints(ds, asOf);
        console.log(`  expiry pass: ${result.entries.toLocaleString('en')} entries in ${result.batches} batches`);
      },
      sql: () => ds.query(`SELECT ${q('id')}, ${q('memberId')}, ${q('remaining')} FROM ${q('points_lots')} WHERE ${q('open')} = 1 AND ${q('expiresAt')} <= ? ORDER BY ${q('expiresAt')}, ${q('id')}`, [asOf.toISOString().replace('T', ' ').slice(0, 23)]),
      runs: 1,
      warmup: 0,
      before: undo,
      cleanup: undo,
    },
  ];
}
