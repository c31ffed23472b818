/**
 * Levels that act, through the real GraphQL route on a real database: the level's discount at
 * checkout, the automatic upgrade at the threshold (not below; each level over its own months;
 * a return lowering the spend; a return never moving a level), the monthly downward review as a
 * job that resumes after its instance died, and the level history of every other writer of
 * members.groupId (member form, bulk action, walk-in registration), read through the member scope.
 */
import type { DataSource } from 'typeorm';
import { createDataSource, useDataSource } from '../../db/data-source';
import { AuditLog, BulkJob, Invoice, LoyaltySettings, Member, MemberGroup, MemberLevelChange } from '../../entities';
import { BulkJobStatus } from '../../entities/bulk-job.entity';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { bulkJobSettled, bulkJobsSettled } from '../../services/bulk/bulk-job-queue';
import { runBulkJob, startBulkMemberAction } from '../../services/bulk/bulk-member-action.service';
import { sweepJobs } from '../../services/jobs/job-sweeper.service';
import { jobWorker, type JobWorker } from '../../services/jobs/job-worker';
import { memberSpend, monthsBefore } from '../../services/member-levels/level-change.service';
import { claimMonthlyReview, LEVEL_REVIEW_JOB, queueLevelReview, runLevelReview } from '../../services/member-levels/level-review.service';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { aMember, aMemberGroup } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { errorOf, call, ok } from './appointment-booking.fixtures';
import { aShop, CHECKOUT, checkoutInput, pay, productLine, QUOTE, receive, VOID, type Shop } from './sales-checkout.fixtures';

let db: TestDatabase;
let ds: DataSource;
let shop: Shop;
/** The base level (not reached by spending), Silver (HK$500 within 12 months, 5 % off), Gold (HK$1,000 within 3 months). */
let base: MemberGroup;
let silver: MemberGroup;
let gold: MemberGroup;

const RETURN = `mutation ($input: ReturnSaleInput!) { returnSale(input: $input) { id } }`;
const LEVEL_CHANGES = `query ($memberId: ID!, $first: Int, $after: String) { memberLevelChanges(memberId: $memberId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { reason spendCents createdAt fromGroup { code } toGroup { code } invoice { number } staff { id } } } }`;

beforeAll(async () => {
  db = await createTestDatabase({ sqliteFile: true });
  ds = db.ds;
  useDataSource(ds);
  shop = await aShop(ds);
  await receive(ds, shop.mask, shop.branch, 1_000);
  base = await aMemberGroup(ds, { code: 'NEW', sortOrder: 1 });
  // The shop's own level (10 % off, not reached by spending) stands after the base level.
  await ds.getRepository(MemberGroup).update({ id: shop.vip.id }, { sortOrder: 5 });
  silver = await aMemberGroup(ds, { code: 'SILVER', sortOrder: 10, discountPercent: 5, pointsPer100: 1, upgradeSpendCents: 50_000, upgradeWithinMonths: 12 });
  gold = await aMemberGroup(ds, { code: 'GOLD', sortOrder: 11, discountPercent: 10, pointsPer100: 2, upgradeSpendCents: 100_000, upgradeWithinMonths: 3 });
});

afterAll(async () => {
  await bulkJobsSettled();
  await db.drop();
});

const aNewMember = (group: MemberGroup = base) => aMember(ds, shop.branch, group);
const groupOf = async (member: Member) => (await ds.getRepository(Member).findOneByOrFail({ id: member.id })).groupId;
const changesOf = (member: Member) => ds.getRepository(MemberLevelChange).find({ where: { memberId: member.id }, order: { id: 'ASC' } });

/** Masks (HK$20.00 each, no tax) bought by the member, paid in cash; the invoice. */
async function buyMasks(member: Member, quantity: number): Promise<{ id: string; number: string; totalCents: number }> {
  const { quoteBill } = await ok(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [productLine(shop.mask, quantity)] } });
  const { checkout } = await ok(shop.cashier, CHECKOUT, {
    input: checkoutInput(shop, [productLine(shop.mask, quantity)], [pay(shop.cash, quoteBill.totalCents)], { memberId: String(member.id) }),
  });
  return checkout;
}

/** An invoice of the member issued `monthsAgo` months (and a day) ago, written as checkout would have. */
async function pastInvoice(member: Member, totalCents: number, monthsAgo: number): Promise<void> {
  const issuedAt = new Date(monthsBefore(new Date(), monthsAgo).getTime() - 86_400_000);
  await ds.getRepository(Invoice).insert({
    number: `OLD-${member.id}-${monthsAgo}-${totalCents}`,
    branchId: shop.branch.id,
    memberId: member.id,
    status: InvoiceStatus.ISSUED,
    businessDate: issuedAt.toISOString().slice(0, 10),
    issuedAt,
    cashierId: shop.cashier.id,
    subtotalCents: totalCents,
    totalCents,
  });
}

describe('at checkout', () => {
  it('upgrades at the threshold and not below it, recording why, and the new level\'s discount applies to her next bill', async () => {
    const member = await aNewMember();
    await buyMasks(member, 24); // HK$480: one mask short of Silver
    expect(await groupOf(member)).toBe(base.id);
    expect(await changesOf(member)).toEqual([]);

    const reaching = await buyMasks(member, 1); // HK$500
    expect(await groupOf(member)).toBe(silver.id);
    expect(await changesOf(member)).toEqual([
      expect.objectContaining({ reason: 'UPGRADE', fromGroupId: base.id, toGroupId: silver.id, spendCents: 50_000, invoiceId: Number(reaching.id), staffId: shop.cashier.id }),
    ]);
    const audit = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'member', entityId: member.id, action: 'levelUpgrade' });
    expect(JSON.parse(audit.after as unknown as string)).toMatchObject({ groupId: silver.id, spendCents: 50_000 });

    const { quoteBill } = await ok(shop.cashier, QUOTE, { input: { branchId: String(shop.branch.id), memberId: String(member.id), lines: [productLine(shop.mask, 10)] } });
    expect(quoteBill).toMatchObject({ memberDiscountPercent: 5, subtotalCents: 20_000, discountCents: 1_000, totalCents: 19_000 });

    const { memberLevelChanges } = await ok(shop.cashier, LEVEL_CHANGES, { memberId: String(member.id) });
    expect(memberLevelChanges).toMatchObject({
      totalCount: 1,
      nodes: [{ reason: 'UPGRADE', spendCents: 50_000, fromGroup: { code: 'NEW' }, toGroup: { code: 'SILVER' }, invoice: { number: reaching.number }, staff: { id: String(shop.cashier.id) } }],
    });
  });

  it('counts each level over its own months', async () => {
    const member = await aNewMember();
    await pastInvoice(member, 60_000, 5); // within Silver's 12 months, outside Gold's 3
    await buyMasks(member, 25); // HK$500 today: HK$1,100 over 12 months but only HK$500 over 3
    expect(await groupOf(member)).toBe(silver.id);
    expect(await changesOf(member)).toEqual([expect.objectContaining({ reason: 'UPGRADE', toGroupId: silver.id, spendCents: 110_000 })]);

    const reachingGold = await buyMasks(member, 27); // HK$540 less Silver's 5 %: HK$1,013 over Gold's 3 months
    expect(await groupOf(member)).toBe(gold.id);
    // Points are earned at the level she had when she paid (Silver: 1 per HK$100 of HK$513), then at Gold's 2 per HK$100 (HK$900).
    const atGold = await buyMasks(member, 50);
    const earned = async (invoice: { id: string }) => (await ds.getRepository(Invoice).findOneByOrFail({ id: Number(invoice.id) })).pointsEarned;
    expect([await earned(reachingGold), atGold.totalCents, await earned(atGold)]).toEqual([5, 90_000, 18]);
    expect((await changesOf(member)).map((c) => [c.reason, c.fromGroupId, c.toGroupId, c.spendCents])).toEqual([
      ['UPGRADE', base.id, silver.id, 110_000],
      ['UPGRADE', silver.id, gold.id, 101_300],
    ]);
  });

  it('counts spend net of returns, and a return never moves the level', async () => {
    const member = await aNewMember();
    const first = await buyMasks(member, 24); // HK$480
    const line = await ds.query(`SELECT id FROM invoice_lines WHERE ${ds.driver.escape('invoiceId')} = ?`, [Number(first.id)]);
    expect((await call(shop.manager, RETURN, {
      input: { idempotencyKey: `levels-return-${member.id}`, invoiceId: first.id, lines: [{ invoiceLineId: String(line[0].id), quantity: 10 }], refundTenderTypeId: String(shop.cash.id) },
    })).errors).toBeUndefined();
    await buyMasks(member, 1); // HK$280 net: would have been HK$500 without the return
    expect(await groupOf(member)).toBe(base.id);
    expect(await changesOf(member)).toEqual([]);
  });

  it('counts a voided invoice for nothing, and a void moves no level', async () => {
    const member = await aNewMember();
    const upgrading = await buyMasks(member, 25);
    expect(await groupOf(member)).toBe(silver.id);
    await ok(shop.manager, VOID, { id: upgrading.id, reason: 'wrong member' });
    expect(await groupOf(member)).toBe(silver.id);
    await buyMasks(member, 1);
    expect((await changesOf(member)).map((c) => c.reason)).toEqual(['UPGRADE']);
    // Spent HK$19 since the void: the review would find Silver no longer reached.
    expect((await memberSpend(ds.manager, [member.id], [12], new Date())).get(member.id)?.get(12)).toBe(1_900);
  });

  it('never upgrades a member of the Deleted group', async () => {
    const deleted = await aMemberGroup(ds, { isDeletedGroup: true, sortOrder: 99 });
    const member = await aNewMember(deleted);
    await buyMasks(member, 60);
    expect(await groupOf(member)).toBe(deleted.id);
  });
});

describe('the level history', () => {
  it('records a change on the member form, a bulk change and a walk-in\'s registration', async () => {
    const member = await aNewMember();
    const UPDATE = `mutation ($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id } }`;
    await ok(shop.manager, UPDATE, { id: String(member.id), input: { groupId: String(silver.id) } });
    await ok(shop.manager, UPDATE, { id: String(member.id), input: { groupId: String(silver.id), remarks: 'unchanged level' } });

    const others = [await aNewMember(), await aNewMember()];
    const viewer = (await loadViewer(ds, shop.manager.id, 'session'))!;
    const selection = await saveMemberSelection(ds, viewer, { filter: { groupIds: [base.id] }, includedIds: [member.id, ...others.map((m) => m.id)] });
    const job = await startBulkMemberAction(ds, viewer, { selectionId: selection.id, action: 'changeGroup', targetId: gold.id }, { queue: false });
    await runBulkJob(ds, job.id, jobWorker());

    expect((await changesOf(member)).map((c) => [c.reason, c.fromGroupId, c.toGroupId, c.staffId])).toEqual([['MANUAL', base.id, silver.id, shop.manager.id]]);
    for (const other of others) {
      expect((await changesOf(other)).map((c) => [c.reason, c.fromGroupId, c.toGroupId, c.staffId])).toEqual([['BULK', base.id, gold.id, shop.manager.id]]);
    }

    const walkIn = await aNewMember(shop.vip);
    await ds.getRepository(Member).update({ id: walkIn.id }, { isWalkIn: true });
    const CONVERT = `mutation ($id: ID!, $input: RegisterMemberInput!) { convertWalkIn(id: $id, input: $input) { id } }`;
    const converted = await call(shop.manager, CONVERT, {
      id: String(walkIn.id),
      input: { lastName: '李', firstName: '美', gender: 'FEMALE', phone: `6${String(walkIn.id).padStart(7, '0')}`, branchId: String(shop.branch.id), groupId: String(base.id) },
    });
    expect(converted.errors).toBeUndefined();
    expect((await changesOf(walkIn)).map((c) => [c.reason, c.fromGroupId, c.toGroupId])).toEqual([['MANUAL', shop.vip.id, base.id]]);
  });

  it('pages newest first, and is NOT_FOUND for a member the viewer may not open', async () => {
    const member = await aNewMember();
    await buyMasks(member, 25);
    await buyMasks(member, 27); // HK$540 less Silver's 5 %: HK$1,013 within Gold's 3 months
    const first = await ok(shop.cashier, LEVEL_CHANGES, { memberId: String(member.id), first: 1 });
    expect(first.memberLevelChanges).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ toGroup: { code: 'GOLD' } }] });
    const second = await ok(shop.cashier, LEVEL_CHANGES, { memberId: String(member.id), first: 1, after: first.memberLevelChanges.pageInfo.endCursor });
    expect(second.memberLevelChanges).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ toGroup: { code: 'SILVER' } }] });

    expect(errorOf(await call(shop.cashier, LEVEL_CHANGES, { memberId: String(shop.otherMember.id) }))).toMatchObject({ code: 'NOT_FOUND' });

    // The customer history timeline carries the same changes among its rows.
    const HISTORY = `query ($memberId: ID!) { memberHistory(memberId: $memberId, first: 10) { nodes { kind levelChange { reason toGroup { code } invoice { number } } } } }`;
    const { memberHistory } = await ok(shop.cashier, HISTORY, { memberId: String(member.id) });
    const levelRows = memberHistory.nodes.filter((n: { kind: string }) => n.kind === 'LEVEL');
    expect(levelRows.map((n: { levelChange: { toGroup: { code: string } } }) => n.levelChange.toGroup.code)).toEqual(['GOLD', 'SILVER']);
    expect(levelRows[0].levelChange).toMatchObject({ reason: 'UPGRADE', invoice: { number: expect.any(String) } });
  });
});

describe('the monthly downward review', () => {
  const LEASE_MS = 60_000;
  const T0 = Date.now();
  const at = (ms: number) => () => new Date(T0 + ms);
  const worker = (instanceId: string, parts: Partial<JobWorker> = {}) =>
    jobWorker({ instanceId, now: at(0), leaseMs: LEASE_MS, sleep: async () => undefined, retryDelaysMs: [10], ...parts });

  it('moves members whose spend no longer reaches their level, once a month, and resumes after its instance died', async () => {
    await ds.getRepository(LoyaltySettings).save({ id: 1, pointsExpiryMonths: null, referralShareBasisPoints: 0, referralMonths: null, levelReviewDownwards: true, levelReviewedAt: null });
    // Everyone already in Silver or Gold from the tests above keeps her level or is moved by the same rules; these are checked.
    const keepsGold = await aNewMember(gold);
    await pastInvoice(keepsGold, 100_000, 1);
    const goldToSilver = await aNewMember(gold);
    await pastInvoice(goldToSilver, 60_000, 5);
    const silverToBase = await aNewMember(silver);
    await pastInvoice(silverToBase, 60_000, 13);
    const alsoSilverToBase = await aNewMember(silver);
    const reviewed = [keepsGold, goldToSilver, silverToBase, alsoSilverToBase];

    const job = (await claimMonthlyReview(ds, new Date(T0), { batchSize: 2 }))!;
    expect(job).toMatchObject({ kind: LEVEL_REVIEW_JOB, status: BulkJobStatus.PENDING });
    expect(await claimMonthlyReview(ds, new Date(T0 + 3_600_000))).toBeNull();

    // Instance A loses its database for good after its first batch: the job stays RUNNING under A's lease.
    const a = await (await createDataSource(db.url)).initialize();
    const dying = worker('instance-A', { batchPauseMs: 1, sleep: async () => void (await a.destroy()) });
    const quiet = [jest.spyOn(console, 'error'), jest.spyOn(console, 'warn')].map((s) => s.mockImplementation(() => undefined));
    try {
      await runLevelReview(a, job.id, dying).catch(() => undefined);
    } finally {
      quiet.forEach((s) => s.mockRestore());
    }
    expect(await ds.getRepository(BulkJob).findOneByOrFail({ id: job.id })).toMatchObject({ status: BulkJobStatus.RUNNING, processed: 2 });

    const resumer = worker('instance-B', { now: at(LEASE_MS + 1_000) });
    const swept = await sweepJobs(ds, resumer, { [LEVEL_REVIEW_JOB]: { resume: (source, id) => queueLevelReview(source, id, resumer) } });
    expect(swept.queued).toContain(job.id);
    await bulkJobSettled(job.id);
    const done = await ds.getRepository(BulkJob).findOneByOrFail({ id: job.id });
    expect(done).toMatchObject({ status: BulkJobStatus.DONE, attempt: 2, error: null });
    expect(done.processed).toBe(done.total);

    expect(await Promise.all(reviewed.map(groupOf))).toEqual([gold.id, silver.id, base.id, base.id]);
    const rows = await Promise.all(reviewed.map(changesOf));
    expect(rows.map((r) => r.map((c) => [c.reason, c.fromGroupId, c.toGroupId, c.spendCents, c.staffId]))).toEqual([
      [],
      [['DOWNGRADE', gold.id, silver.id, 0, null]],
      [['DOWNGRADE', silver.id, base.id, 0, null]],
      [['DOWNGRADE', silver.id, base.id, 0, null]],
    ]);
    // Nobody reviewed twice across the two attempts.
    const downgrades = await ds.getRepository(MemberLevelChange).find({ where: { reason: 'DOWNGRADE' as MemberLevelChange['reason'] } });
    expect(new Set(downgrades.map((c) => c.memberId)).size).toBe(downgrades.length);

    // The next month's review is claimed once, by its first asker.
    const now = new Date(T0);
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 0, 5));
    const claims = await Promise.all([claimMonthlyReview(ds, nextMonth), claimMonthlyReview(ds, new Date(nextMonth.getTime() + 60_000))]);
    expect(claims.filter(Boolean).map((job) => job!.clientKey)).toEqual([`${LEVEL_REVIEW_JOB}:${nextMonth.toISOString().slice(0, 7)}`]);
  });

  it('is not claimed while the settings do not ask for it', async () => {
    await ds.getRepository(LoyaltySettings).update({ id: 1 }, { levelReviewDownwards: false, levelReviewedAt: null });
    expect(await claimMonthlyReview(ds, new Date(T0))).toBeNull();
  });
});
