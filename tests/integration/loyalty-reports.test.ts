/**
 * 會員積分 報告 through the real GraphQL route and Excel download, on SQLite and (with
 * TEST_DATABASE_URL) MariaDB, from a ledger written by postPoints: the ranking's ranks among all
 * members (ties shared, hidden members counted, pages carrying on), the movements per month or
 * salon day and branch (Hong Kong midnight edges, expiry at the member's branch, cancelled
 * redemptions netted), the liability by branch and by expiry month — each equal to the ledger —
 * the viewer's member scope, and who may ask.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as loyaltyExport } from '../../app/api/reports/loyalty/export/route';
import { useDataSource } from '../../db/data-source';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Member, MemberPoints, PointsEntry, PointsLot, type Staff } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { postPoints, type PointsPosting } from '../../services/loyalty/points-ledger.service';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aMember, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { aShop, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
let everyone: Staff;
/** A manager who sees her own branch's members only. */
let tkoManager: Staff;
const m = new Map<string, Member>();

/** A Hong Kong wall-clock time as an instant. */
const hk = (day: string, hour: number, minute = 0) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour - 8, minute));

const post = (who: string, posting: Omit<PointsPosting, 'memberId'>) => inReadCommittedTransaction(ds, (manager) => postPoints(manager, { memberId: m.get(who)!.id, ...posting }));
const { EARN, REDEEM, ADJUST, EXPIRE, REVERSE, REFERRAL } = PointsEntryKind;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  everyone = await aStaff(ds, shop.branch, [StaffRole.MANAGER], { memberReach: MemberReach.ALL });
  tkoManager = await aStaff(ds, shop.branch, [StaffRole.MANAGER], { memberReach: MemberReach.OWN_BRANCH });
  for (const [name, branch] of [['A', shop.branch], ['B', shop.branch], ['C', shop.branch], ['D', shop.otherBranch], ['E', shop.branch]] as const) {
    m.set(name, await aMember(ds, branch, shop.vip, { memberNo: `P-${name}` }));
  }
  const tko = shop.branch.id;
  const tst = shop.otherBranch.id;
  // A (TKO): 600 earned, 100 redeemed, 50 added at TST late on 30 June, 50 taken back just after midnight → 500.
  await post('A', { kind: EARN, points: 600, at: hk('2026-06-03', 10), branchId: tko, expiresAt: hk('2027-06-03', 10) });
  await post('A', { kind: REDEEM, points: -100, at: hk('2026-06-10', 12), branchId: tko });
  await post('A', { kind: ADJUST, points: 50, at: hk('2026-06-30', 23), branchId: tst, expiresAt: hk('2027-06-30', 23) });
  await post('A', { kind: REVERSE, points: -50, at: hk('2026-07-01', 0, 30), branchId: tko });
  // B (TKO): 300 earned, 200 referral share that never expires → 500, tied with A.
  await post('B', { kind: EARN, points: 300, at: hk('2026-06-05', 10), branchId: tko, expiresAt: hk('2027-06-05', 10) });
  await post('B', { kind: REFERRAL, points: 200, at: hk('2026-07-02', 10), branchId: tko, expiresAt: null });
  // C (TKO): a lot of 250 expires (made nowhere: counts at her branch), 200 earned, 100 redeemed and given back → 200.
  const lot = await post('C', { kind: EARN, points: 250, at: hk('2026-06-01', 9), branchId: tko, expiresAt: hk('2026-07-15', 0) });
  await post('C', { kind: EARN, points: 200, at: hk('2026-07-05', 10), branchId: tko, expiresAt: hk('2027-07-01', 0, 30) });
  const { id: lotId } = await ds.getRepository(PointsLot).findOneByOrFail({ entryId: lot!.id });
  await post('C', { kind: EXPIRE, points: -250, at: hk('2026-07-15', 1), lotId });
  await post('C', { kind: REDEEM, points: -100, at: hk('2026-07-20', 15), branchId: tko });
  await post('C', { kind: REDEEM, points: 100, at: hk('2026-07-21', 15), branchId: tko, expiresAt: hk('2027-07-01', 0, 30) });
  // D (TST): 800 earned, 30 deducted → 770.
  await post('D', { kind: EARN, points: 800, at: hk('2026-06-20', 10), branchId: tst, expiresAt: hk('2027-06-20', 10) });
  await post('D', { kind: ADJUST, points: -30, at: hk('2026-07-08', 10), branchId: tst });
  // E (TKO): 1,000 points, then moved to the recycle bin: out of every report, still ahead in the ranks.
  await post('E', { kind: EARN, points: 1000, at: hk('2026-06-15', 10), branchId: tko, expiresAt: hk('2027-06-15', 10) });
  await ds.getRepository(Member).update({ id: m.get('E')!.id }, { deletedAt: new Date() });
});

afterAll(async () => {
  await db.drop();
});

async function ask<T = Record<string, any>>(staff: Staff, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(query, variables, { cookie: await sessionCookieFor(staff), locale: 'en' });
  return res.body as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

const FIGURES = 'issued earned referral adjustedIn redeemed expired reversed adjustedOut net';
const RANKING = `query($filter: LoyaltyBranchesFilter, $first: Int, $after: String) { pointsRanking(filter: $filter, first: $first, after: $after) {
  memberCount rows { nodes { rank balance earnedTotal member { memberNo } } pageInfo { hasNextPage endCursor } totalCount }
} }`;
const MOVEMENTS = `query($filter: PointsMovementsFilter) { pointsMovements(filter: $filter) {
  from to period totals { ${FIGURES} } rows(first: 100) { nodes { period from to branch { code } ${FIGURES} } totalCount }
} }`;
const LIABILITY = `query($filter: LoyaltyBranchesFilter) { pointsLiability(filter: $filter) {
  points members byBranch(first: 10) { nodes { branch { code } members points } } byExpiry(first: 10) { nodes { month points } }
} }`;

type Figures = Record<'issued' | 'earned' | 'referral' | 'adjustedIn' | 'redeemed' | 'expired' | 'reversed' | 'adjustedOut' | 'net', number>;
const fig = (f: Partial<Figures>): Figures => ({ issued: 0, earned: 0, referral: 0, adjustedIn: 0, redeemed: 0, expired: 0, reversed: 0, adjustedOut: 0, net: 0, ...f });

async function movements(staff: Staff, filter: Record<string, unknown>) {
  const body = await ask(staff, MOVEMENTS, { filter });
  expect(body.errors).toBeUndefined();
  const report = body.data!.pointsMovements;
  return { ...report, rows: report.rows.nodes.map(({ period, branch, from, to, ...figures }: any) => ({ key: `${period} ${branch.code}`, from, to, ...figures })) };
}

/** What the ledger itself holds for the members a viewer may see: the sum of their entries by kind and sign. */
async function ledger(memberNos: string[]) {
  const ids = memberNos.map((n) => m.get(n)!.id);
  const entries = (await ds.getRepository(PointsEntry).find()).filter((e) => ids.includes(e.memberId));
  const sum = (test: (e: PointsEntry) => boolean) => entries.filter(test).reduce((s, e) => s + e.points, 0);
  const taken = (test: (e: PointsEntry) => boolean) => 0 - sum(test);
  const balances = await ds.getRepository(MemberPoints).find();
  return {
    net: sum(() => true),
    issued: sum((e) => [EARN, REFERRAL, ADJUST].includes(e.kind) && e.points > 0),
    redeemed: taken((e) => e.kind === REDEEM),
    expired: taken((e) => e.kind === EXPIRE),
    reversed: taken((e) => e.kind === REVERSE || ((e.kind === EARN || e.kind === REFERRAL) && e.points < 0)),
    adjustedOut: taken((e) => e.kind === ADJUST && e.points < 0),
    balances: Object.fromEntries(memberNos.map((n) => [n, balances.find((b) => b.memberId === m.get(n)!.id)?.balance ?? 0])),
  };
}

describe('points movements', () => {
  it('sums the ledger per month and branch: an expiry at the member\'s branch, a cancelled redemption netted, Hong Kong\'s midnight deciding the month', async () => {
    const report = await movements(everyone, { from: '2026-06-01', to: '2026-07-31', period: 'MONTH' });
    expect(report.rows).toEqual([
      { key: '2026-06 TKO', from: '2026-06-01', to: '2026-06-30', ...fig({ issued: 1150, earned: 1150, redeemed: 100, net: 1050 }) },
      { key: '2026-06 TST', from: '2026-06-01', to: '2026-06-30', ...fig({ issued: 850, earned: 800, adjustedIn: 50, net: 850 }) },
      { key: '2026-07 TKO', from: '2026-07-01', to: '2026-07-31', ...fig({ issued: 400, earned: 200, referral: 200, expired: 250, reversed: 50, net: 100 }) },
      { key: '2026-07 TST', from: '2026-07-01', to: '2026-07-31', ...fig({ adjustedOut: 30, net: -30 }) },
    ]);
    expect(report.totals).toEqual(fig({ issued: 2400, earned: 2150, referral: 200, adjustedIn: 50, redeemed: 100, expired: 250, reversed: 50, adjustedOut: 30, net: 1970 }));
  });

  it('equals the ledger of the members the viewer may see, and the balances', async () => {
    const { totals } = await movements(everyone, { from: '2026-01-01', to: '2026-12-31', period: 'MONTH' });
    const all = await ledger(['A', 'B', 'C', 'D']);
    expect(totals).toMatchObject({ net: all.net, issued: all.issued, redeemed: all.redeemed, expired: all.expired, reversed: all.reversed, adjustedOut: all.adjustedOut });
    expect(totals.net).toBe(Object.values(all.balances).reduce((s, b) => s + b, 0));
    const own = await ledger(['A', 'B', 'C']);
    const scoped = await movements(tkoManager, { from: '2026-01-01', to: '2026-12-31', period: 'MONTH' });
    expect(scoped.totals).toMatchObject({ net: own.net, issued: own.issued, redeemed: own.redeemed, expired: own.expired, reversed: own.reversed, adjustedOut: own.adjustedOut });
    // Her member's points added at the other branch still show, at that branch.
    expect(scoped.rows.map((r: { key: string }) => r.key)).toEqual(['2026-06 TKO', '2026-06 TST', '2026-07 TKO']);
  });

  it('puts entries on their salon day, and limits to a branch', async () => {
    const report = await movements(everyone, { from: '2026-06-30', to: '2026-07-01', period: 'DAY' });
    expect(report.rows.map((r: any) => [r.key, r.net])).toEqual([['2026-06-30 TST', 50], ['2026-07-01 TKO', -50]]);
    const tst = await movements(everyone, { from: '2026-06-01', to: '2026-07-31', branchIds: [String(shop.otherBranch.id)] });
    expect(tst.period).toBe('MONTH');
    expect(tst.rows.map((r: any) => r.key)).toEqual(['2026-06 TST', '2026-07 TST']);
  });

  it('refuses a period over 366 days or reversed, naming the field', async () => {
    const long = await ask(everyone, MOVEMENTS, { filter: { from: '2025-01-01', to: '2026-06-30' } });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const reversed = await ask(everyone, MOVEMENTS, { filter: { from: '2026-06-30', to: '2026-06-01' } });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});

describe('points ranking', () => {
  it('ranks the members the viewer may see among all members, ties shared, across pages', async () => {
    const first = (await ask(everyone, RANKING, { first: 2 })).data!.pointsRanking;
    expect(first.memberCount).toBe(await ds.getRepository(Member).count());
    expect(first.rows.totalCount).toBe(4);
    // E (1,000, in the recycle bin) is not listed but still holds rank 1.
    expect(first.rows.nodes.map((n: any) => [n.rank, n.member.memberNo, n.balance])).toEqual([[2, 'P-D', 770], [3, 'P-A', 500]]);
    const second = (await ask(everyone, RANKING, { first: 2, after: first.rows.pageInfo.endCursor })).data!.pointsRanking;
    expect(second.rows.nodes.map((n: any) => [n.rank, n.member.memberNo, n.balance])).toEqual([[3, 'P-B', 500], [5, 'P-C', 200]]);
    expect(second.rows.pageInfo.hasNextPage).toBe(false);
    const balances = (await ledger(['A', 'B', 'C', 'D'])).balances;
    expect([...first.rows.nodes, ...second.rows.nodes].map((n: any) => n.balance)).toEqual(['D', 'A', 'B', 'C'].map((n) => balances[n]));
  });

  it('shows a branch-scoped manager only her branch\'s members, with their ranks among all', async () => {
    const ranking = (await ask(tkoManager, RANKING, { first: 10 })).data!.pointsRanking;
    expect(ranking.rows.nodes.map((n: any) => [n.rank, n.member.memberNo])).toEqual([[3, 'P-A'], [3, 'P-B'], [5, 'P-C']]);
    const other = (await ask(tkoManager, RANKING, { first: 10, filter: { branchIds: [String(shop.otherBranch.id)] } })).data!.pointsRanking;
    expect(other.rows.totalCount).toBe(0);
  });
});

describe('points liability', () => {
  it('holds what the balances hold, by the member\'s branch and by the Hong Kong month the lots expire', async () => {
    const liability = (await ask(everyone, LIABILITY)).data!.pointsLiability;
    const all = await ledger(['A', 'B', 'C', 'D']);
    expect(liability.points).toBe(all.net);
    expect(liability).toMatchObject({ points: 1970, members: 4 });
    expect(liability.byBranch.nodes).toEqual([{ branch: { code: 'TKO' }, members: 3, points: 1200 }, { branch: { code: 'TST' }, members: 1, points: 770 }]);
    expect(liability.byExpiry.nodes).toEqual([{ month: '2027-06', points: 1570 }, { month: '2027-07', points: 200 }, { month: null, points: 200 }]);
    const own = (await ask(tkoManager, LIABILITY)).data!.pointsLiability;
    expect(own).toMatchObject({ points: 1200, members: 3 });
    expect(own.byExpiry.nodes.reduce((s: number, e: { points: number }) => s + e.points, 0)).toBe(1200);
  });

  it('is refused to a viewer without reports.loyalty', async () => {
    for (const query of [LIABILITY, RANKING, MOVEMENTS]) {
      const body = await ask(shop.salesperson, query);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the Excel downloads', () => {
  async function download(query: Record<string, string | string[]>, staff: Staff = everyone) {
    const url = new URL('http://localhost/api/reports/loyalty/export');
    for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) url.searchParams.append(key, v);
    return loyaltyExport(new NextRequest(url, { headers: { cookie: await sessionCookieFor(staff) } }));
  }
  async function sheetsOf(response: Response) {
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    return workbook.worksheets.map((sheet) => Array.from(sheet.getSheetValues().slice(1), (row) => (Array.isArray(row) ? Array.from(row.slice(1), (v) => v ?? null) : [])));
  }
  const after = (rows: unknown[][], header: unknown) => rows.slice(rows.findIndex((r) => r[0] === header) + 1);

  it('writes the movements with the totals row the query gives', async () => {
    const [rows] = await sheetsOf(await download({ report: 'movements', from: '2026-06-01', to: '2026-07-31', period: 'MONTH', locale: 'en' }));
    expect(rows[0]).toEqual(['Points movements']);
    const data = after(rows, 'Period');
    expect(data.map((r) => [r[0], String(r[1]).split(' ')[0], r.at(-1)])).toEqual([
      ['2026-06', 'TKO', 1050], ['2026-06', 'TST', 850], ['2026-07', 'TKO', 100], ['2026-07', 'TST', -30], ['Total', 'null', 1970],
    ]);
    expect(data[4].slice(2)).toEqual([2400, 2150, 200, 50, 100, 250, 50, 30, 1970]);
  });

  it('writes every ranked member and the liability\'s two sheets, in the viewer\'s scope', async () => {
    const [ranking] = await sheetsOf(await download({ report: 'ranking', locale: 'zh-HK' }, tkoManager));
    expect(after(ranking, '排名')).toEqual([[3, 'P-A', expect.any(String), 500, 550], [3, 'P-B', expect.any(String), 500, 500], [5, 'P-C', expect.any(String), 200, 450]]);
    const [byBranch, byExpiry] = await sheetsOf(await download({ report: 'liability', locale: 'en' }));
    expect(after(byBranch, 'Branch').map((r) => r.slice(1))).toEqual([[3, 1200], [1, 770], [4, 1970]]);
    expect(after(byExpiry, 'Expiry month')).toEqual([['2027-06', 1570], ['2027-07', 200], ['Never expires', 200], ['Total', 1970]]);
  });

  it('refuses an unknown report naming the field, and a caller without reports.loyalty', async () => {
    const bad = await download({ report: 'points', locale: 'en' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ field: 'report' });
    expect((await download({ report: 'ranking' }, shop.salesperson)).status).toBe(403);
  });
});
