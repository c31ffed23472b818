/**
 * Moves a gift's stock at one branch inside the caller's transaction: appends the movement and
 * changes the cached level (gift_stock_levels) with a guarded UPDATE, so concurrent redemptions of
 * the last units never take it below zero. As in services/sales/stock-ledger.service.ts, the
 * level row is locked first (SELECT … FOR UPDATE on MySQL/MariaDB; SQLite has one writer) and a
 * missing row is created by an upsert that adds the units.
 */
import type { EntityManager } from 'typeorm';
import { GiftStockLevel, GiftStockMovement } from '../../../entities';
import type { GiftStockMovementKind } from '../../../entities/gift-stock-movement.entity';
import { isSqlite, lockForUpdate } from '../../../db/dialect';
import { DomainError, ErrorCode } from '../../errors/domain-error';

export type GiftStockMove = {
  giftId: number;
  branchId: number;
  kind: GiftStockMovementKind;
  /** Units in (positive) or out (negative). */
  quantity: number;
  /** Shown in the refusal: the gift's code and name. */
  giftLabel: string;
  /** The input field a refusal names. */
  field: string;
  redemptionId?: number | null;
  staffId?: number | null;
  note?: string | null;
  at: Date;
};

/** Moves the stock and returns the units on hand after it; taking more than is on hand is OUT_OF_STOCK naming `move.field`. */
export async function moveGiftStock(manager: EntityManager, move: GiftStockMove): Promise<number> {
  const key = { giftId: move.giftId, branchId: move.branchId };
  const refused = () => new DomainError(ErrorCode.OutOfStock, 'outOfStock', { item: move.giftLabel }, move.field);
  const current = await lockForUpdate(manager.createQueryBuilder(GiftStockLevel, 'level').where('level.giftId = :giftId AND level.branchId = :branchId', key)).getOne();
  if (!current) {
    if (move.quantity < 0) throw refused();
    const params = [move.giftId, move.branchId, move.quantity];
    if (isSqlite(manager)) {
      await manager.query(
        'INSERT INTO "gift_stock_levels" ("giftId", "branchId", "onHand", "updatedAt") VALUES (?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT ("giftId", "branchId") DO UPDATE SET "onHand" = "onHand" + excluded."onHand"',
        params,
      );
    } else {
      await manager.query('INSERT INTO `gift_stock_levels` (`giftId`, `branchId`, `onHand`, `updatedAt`) VALUES (?, ?, ?, CURRENT_TIMESTAMP) ON DUPLICATE KEY UPDATE `onHand` = `onHand` + VALUES(`onHand`)', params);
    }
  } else {
    const update = manager.createQueryBuilder().update(GiftStockLevel).set({ onHand: () => `onHand + ${Math.trunc(move.quantity)}` }).where('giftId = :giftId AND branchId = :branchId', key);
    if (move.quantity < 0) update.andWhere('onHand >= :needed', { needed: -move.quantity });
    if (!(await update.execute()).affected) throw refused();
  }
  await manager.insert(GiftStockMovement, {
    ...key,
    kind: move.kind,
    quantity: move.quantity,
    redemptionId: move.redemptionId ?? null,
    staffId: move.staffId ?? null,
    note: move.note ?? null,
    createdAt: move.at,
  });
  return current ? current.onHand + move.quantity : (await manager.findOneByOrFail(GiftStockLevel, key)).onHand;
}
