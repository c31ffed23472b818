/**
 * Redemption (積分兌換) at the front desk: a member takes gifts for points. The stock, the points
 * and the redemption move in one transaction, in the brief's lock order (idempotency key → gift
 * stock → member_points): a guarded stock UPDATE that never goes below zero (OUT_OF_STOCK naming
 * `quantity`), then postPoints' guarded deduction (INSUFFICIENT_POINTS naming `giftId`). Either
 * refusal rolls back the other, so concurrent redemptions of the last units or the last points get
 * exactly what the stock and the balance allow. A cancellation gives both back.
 */
import type { DataSource } from 'typeorm';
import { Branch, Gift, GiftRedemption } from '../../../entities';
import { GiftRedemptionStatus } from '../../../entities/gift-redemption.entity';
import { GiftStockMovementKind } from '../../../entities/gift-stock-movement.entity';
import { PointsEntryKind } from '../../../entities/points-entry.entity';
import { lockForUpdate } from '../../../db/dialect';
import type { Page } from '../../../graphql/connection';
import { Permission } from '../../admin/permission';
import { recordAudit } from '../../audit/audit-log.service';
import { requirePermission, type Viewer } from '../../auth/viewer';
import { DomainError, ErrorCode, invalidField, notFound } from '../../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../../idempotency/idempotency.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../../pagination/cursor';
import { visibleMember } from '../../sales/bill-pricing.service';
import { parseInput } from '../../validation/parse-input';
import { postPoints } from '../points-ledger.service';
import { giftCancellationSchema, giftRedemptionSchema } from './gift-input.schema';
import { moveGiftStock } from './gift-stock.service';

const REDEEM_SCOPE = 'giftRedeem';
const CANCEL_SCOPE = 'giftRedeemCancel';

export type RedeemGiftInput = { memberId: string | number; giftId: string | number; branchId: string | number; quantity: number; idempotencyKey: string };

export class GiftRedemptionService {
  constructor(private readonly ds: DataSource) {}

  /** Redeems `quantity` units of a gift for the member at the branch; a retry with the same key returns the first redemption. */
  async redeem(viewer: Viewer, input: RedeemGiftInput): Promise<GiftRedemption> {
    requirePermission(viewer, Permission.LoyaltyRedeemGifts);
    const values = parseInput(giftRedemptionSchema, input);
    const requestHash = requestHashOf({ ...values });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, REDEEM_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        await visibleMember(manager, viewer, values.memberId);
        const gift = await manager.findOneBy(Gift, { id: values.giftId });
        if (!gift) throw invalidField('giftId', 'notFound', { entity: 'gift' });
        if (!gift.active) throw invalidField('giftId', 'inactiveChoice');
        if (!(await manager.existsBy(Branch, { id: values.branchId }))) throw invalidField('branchId', 'notFound', { entity: 'branch' });
        const points = gift.pointsPrice * values.quantity;
        const at = new Date();
        const redemption = await manager.save(
          GiftRedemption,
          manager.create(GiftRedemption, {
            memberId: values.memberId, giftId: gift.id, branchId: values.branchId, quantity: values.quantity, points, status: GiftRedemptionStatus.REDEEMED, staffId: viewer.staffId, createdAt: at,
          }),
        );
        await moveGiftStock(manager, {
          giftId: gift.id, branchId: values.branchId, kind: GiftStockMovementKind.REDEEM, quantity: -values.quantity, giftLabel: `${gift.code} ${gift.name}`,
          field: 'quantity', redemptionId: redemption.id, staffId: viewer.staffId, at,
        });
        const entry = await postPoints(manager, {
          memberId: values.memberId, kind: PointsEntryKind.REDEEM, points: -points, at, branchId: values.branchId, giftRedemptionId: redemption.id, staffId: viewer.staffId, field: 'giftId',
        });
        await recordAudit(manager, {
          entityType: 'giftRedemption', entityId: redemption.id, action: 'redeem', actorId: viewer.staffId,
          after: { memberId: values.memberId, giftId: gift.id, branchId: values.branchId, quantity: values.quantity, points, pointsEntryId: entry?.id ?? null },
        });
        return redemption.id;
      });
      return manager.findOneByOrFail(GiftRedemption, { id: resultId });
    });
  }

  /**
   * Cancels a redemption: its units go back to the branch's stock and its points back to the
   * member (a REDEEM entry adding them, as a new lot). A second cancellation is refused; a retry
   * with the same key returns the cancelled redemption.
   */
  async cancel(viewer: Viewer, id: number, reason: string, idempotencyKey: string): Promise<GiftRedemption> {
    requirePermission(viewer, Permission.LoyaltyRedeemGifts);
    const values = parseInput(giftCancellationSchema, { reason });
    const requestHash = requestHashOf({ id, reason: values.reason });
    return inIdempotentTransaction(this.ds, async (manager) => {
      const { resultId } = await withIdempotency(manager, CANCEL_SCOPE, idempotencyKey, requestHash, viewer.staffId, async () => {
        const redemption = await lockForUpdate(manager.createQueryBuilder(GiftRedemption, 'r').where('r.id = :id', { id })).getOne();
        if (!redemption) throw notFound('giftRedemption');
        await visibleMember(manager, viewer, redemption.memberId);
        const at = new Date();
        // The guard makes the status change the claim: of two cancellations only one moves anything.
        const claimed = await manager
          .createQueryBuilder()
          .update(GiftRedemption)
          .set({ status: GiftRedemptionStatus.CANCELLED, cancelledAt: at, cancelledById: viewer.staffId })
          .where('id = :id AND status = :redeemed', { id, redeemed: GiftRedemptionStatus.REDEEMED })
          .execute();
        if (!claimed.affected) throw new DomainError(ErrorCode.Conflict, 'redemptionAlreadyCancelled', {}, 'id');
        const gift = await manager.findOneByOrFail(Gift, { id: redemption.giftId });
        await moveGiftStock(manager, {
          giftId: gift.id, branchId: redemption.branchId, kind: GiftStockMovementKind.CANCEL, quantity: redemption.quantity, giftLabel: `${gift.code} ${gift.name}`,
          field: 'id', redemptionId: redemption.id, staffId: viewer.staffId, note: values.reason, at,
        });
        await postPoints(manager, {
          memberId: redemption.memberId, kind: PointsEntryKind.REDEEM, points: redemption.points, at, branchId: redemption.branchId, giftRedemptionId: redemption.id,
          staffId: viewer.staffId, reason: values.reason,
        });
        await recordAudit(manager, {
          entityType: 'giftRedemption', entityId: redemption.id, action: 'cancel', actorId: viewer.staffId,
          before: { status: GiftRedemptionStatus.REDEEMED }, after: { status: GiftRedemptionStatus.CANCELLED, reason: values.reason },
        });
        return redemption.id;
      });
      return manager.findOneByOrFail(GiftRedemption, { id: resultId });
    });
  }

  /** The member's redemptions, newest first; a member outside the viewer's scope is NOT_FOUND. */
  async ofMember(viewer: Viewer, memberId: number, page: { first: number; after?: string | null }): Promise<Page<GiftRedemption>> {
    await visibleMember(this.ds.manager, viewer, memberId);
    const query = () => this.ds.getRepository(GiftRedemption).createQueryBuilder('r').where('r.memberId = :memberId', { memberId });
    const qb = query().orderBy('r.id', 'DESC').take(page.first + 1);
    if (page.after) qb.andWhere('r.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (r) => encodeCursor([r.id]), totalCount: () => query().getCount() };
  }
}

