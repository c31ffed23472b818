/**
 * A member's points as her page shows them (balance, rank, what expires when, the ledger), the
 * manual adjustment (快速積分) and the chain's loyalty settings. Members are reached only through
 * the viewer's member scope (visibleMember); points change only through the ledger (postPoints).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { LoyaltySettings, Member, MemberPoints, PointsEntry, PointsLot } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Permission } from '../admin/permission';
import { recordAudit, changedFields } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { visibleMember } from '../sales/bill-pricing.service';
import { parseInput } from '../validation/parse-input';
import { loyaltySettings } from './loyalty-settings.service';
import { pointsExpiryFor } from './points-expiry';
import { adjustPointsSchema, loyaltySettingsSchema } from './points-input.schema';
import { postPoints } from './points-ledger.service';

type Db = DataSource | EntityManager;

export type PointsExpiryGroup = { expiresAt: Date | null; points: number };

export type PointsSummary = {
  memberId: number;
  balance: number;
  earnedTotal: number;
  rank: number;
  expiring: PointsExpiryGroup[];
};

/**
 * A balance's rank among all members: 1 + how many members hold more (members without points
 * hold 0, so they tie at the bottom). Summed from the ranking's counts per balance (a few thousand
 * index entries, however many members), not counted over the members: at a million members a low
 * balance's count walks most of idx_member_points_balance.
 */
export async function pointsRank(db: Db, balance: number): Promise<number> {
  const row = await db.createQueryBuilder().select('COALESCE(SUM(c.members), 0)', 'n').from('points_balance_counts', 'c').where('c.balance > :balance', { balance }).getRawOne<{ n: number | string }>();
  return 1 + Number(row?.n ?? 0);
}

/** Every member is ranked (those without points at 0). */
export async function rankedMemberCount(db: Db): Promise<number> {
  return db.getRepository(Member).count();
}

/** What a member holds, grouped by when it expires (soonest first; points that never expire last). */
export async function expirySchedule(db: Db, memberId: number): Promise<PointsExpiryGroup[]> {
  const rows = await db
    .getRepository(PointsLot)
    .createQueryBuilder('lot')
    .select('lot.expiresAt', 'expiresAt')
    .addSelect('SUM(lot.remaining)', 'points')
    .where('lot.memberId = :memberId AND lot.open = :open', { memberId, open: true })
    .groupBy('lot.expiresAt')
    .getRawMany<{ expiresAt: Date | string | null; points: number | string }>();
  const asDate = (value: Date | string | null) => (value === null ? null : value instanceof Date ? value : new Date(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`));
  return rows
    .map((row) => ({ expiresAt: asDate(row.expiresAt), points: Number(row.points) }))
    .filter((group) => group.points > 0)
    .sort((a, b) => (a.expiresAt === null ? 1 : b.expiresAt === null ? -1 : a.expiresAt.getTime() - b.expiresAt.getTime()));
}

export type EntryPage = { nodes: PointsEntry[]; hasNextPage: boolean; cursorOf: (entry: PointsEntry) => string; totalCount: () => Promise<number> };

const ADJUST_SCOPE = 'adjustPoints';

export class PointsAccountService {
  constructor(private readonly ds: DataSource) {}

  async summary(viewer: Viewer, memberId: number): Promise<PointsSummary> {
    await visibleMember(this.ds.manager, viewer, memberId);
    const row = await this.ds.getRepository(MemberPoints).findOneBy({ memberId });
    const balance = row?.balance ?? 0;
    const [rank, expiring] = await Promise.all([pointsRank(this.ds, balance), expirySchedule(this.ds, memberId)]);
    return { memberId, balance, earnedTotal: row?.earnedTotal ?? 0, rank, expiring };
  }

  /** The member's ledger, newest first (by id: the order the balance moved in). */
  async entries(viewer: Viewer, memberId: number, page: { first: number; after?: string | null }): Promise<EntryPage> {
    await visibleMember(this.ds.manager, viewer, memberId);
    const qb = this.ds.getRepository(PointsEntry).createQueryBuilder('e').where('e.memberId = :memberId', { memberId });
    if (page.after) qb.andWhere('e.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const rows = await qb.orderBy('e.id', 'DESC').limit(page.first + 1).getMany();
    return {
      ...sliceWithLookahead(rows, page.first),
      cursorOf: (entry) => encodeCursor([entry.id]),
      totalCount: () => this.ds.getRepository(PointsEntry).countBy({ memberId }),
    };
  }

  /**
   * 快速積分: adds (positive) or deducts (negative) points by hand with a reason. A deduction the
   * balance does not cover is INSUFFICIENT_POINTS naming `points`. Additions expire like earned
   * points. Idempotent by key; audited.
   */
  async adjust(viewer: Viewer, input: { memberId: number; points: unknown; reason: unknown; idempotencyKey: string }): Promise<PointsEntry> {
    requirePermission(viewer, Permission.LoyaltyAdjustPoints);
    const values = parseInput(adjustPointsSchema, { points: input.points, reason: input.reason });
    const requestHash = requestHashOf({ memberId: input.memberId, ...values });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, ADJUST_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        await visibleMember(manager, viewer, input.memberId);
        const at = new Date();
        const settings = await loyaltySettings(manager);
        const entry = await postPoints(manager, {
          memberId: input.memberId,
          kind: PointsEntryKind.ADJUST,
          points: values.points,
          at,
          branchId: viewer.branchId,
          reason: values.reason,
          staffId: viewer.staffId,
          expiresAt: values.points > 0 ? pointsExpiryFor(at, settings.pointsExpiryMonths) : null,
          field: 'points',
        });
        await recordAudit(manager, {
          entityType: 'member',
          entityId: input.memberId,
          action: 'points.adjust',
          actorId: viewer.staffId,
          after: { points: values.points, reason: values.reason, balanceAfter: entry!.balanceAfter, entryId: entry!.id },
        });
        return entry!.id;
      });
      return manager.findOneByOrFail(PointsEntry, { id: resultId });
    });
  }

  async settings(): Promise<LoyaltySettings> {
    return loyaltySettings(this.ds.manager);
  }

  /** Changes the chain's loyalty settings (loyalty.manage); audited with what changed. Lots already written keep their expiry. */
  async updateSettings(viewer: Viewer, input: unknown): Promise<LoyaltySettings> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(loyaltySettingsSchema, input);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const before = await loyaltySettings(manager);
      const snapshot = (s: Pick<LoyaltySettings, keyof typeof values>) => ({
        pointsExpiryMonths: s.pointsExpiryMonths,
        referralShareBasisPoints: s.referralShareBasisPoints,
        referralMonths: s.referralMonths,
        levelReviewDownwards: Boolean(s.levelReviewDownwards),
      });
      await manager.save(LoyaltySettings, { ...before, ...values, id: 1 });
      const diff = changedFields(snapshot(before), snapshot(values));
      if (Object.keys(diff.after).length) await recordAudit(manager, { entityType: 'loyaltySettings', entityId: 1, action: 'update', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(LoyaltySettings, { id: 1 });
    });
  }
}
