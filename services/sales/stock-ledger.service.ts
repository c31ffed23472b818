import type { EntityManager } from 'typeorm';
import { StockLevel, StockMovement } from '../../entities';
import type { StockMovementKind } from '../../entities/stock-movement.entity';
import { isSqlite, lockForUpdate } from '../../db/dialect';
import { outOfStock } from '../errors/domain-error';

export type StockMove = {
  productId: number;
  branchId: number;
  kind: StockMovementKind;
  /** Units in (positive) or out (negative). */
  quantity: number;
  /** Whether this product may go below zero (made to order); otherwise a move that would is refused. */
  allowNegative: boolean;
  /** Shown in the refusal, e.g. the product's code and name. */
  itemLabel: string;
  reason?: string | null;
  invoiceId?: number | null;
  salesReturnId?: number | null;
  counterpartBranchId?: number | null;
  staffId?: number | null;
};

/**
 * Moves stock inside the caller's transaction: appends the ledger row and updates the cached level
 * with a guarded UPDATE, so two sales of the last unit cannot both pass. Returns the new on-hand.
 *
 * The level row is locked first (SELECT … FOR UPDATE on MySQL/MariaDB; SQLite has one writer),
 * and a missing one is created by an upsert that adds the units. The plain INSERT IGNORE before
 * every UPDATE deadlocked concurrent moves on MariaDB (each holding the shared lock of the
 * duplicate key while waiting for the exclusive one), and an UPDATE meeting a row another
 * transaction held judged its guard on the last committed value and refused units that were there.
 */
export async function moveStock(manager: EntityManager, move: StockMove): Promise<number> {
  const key = { productId: move.productId, branchId: move.branchId };
  const quantity = Math.trunc(move.quantity);
  const guarded = quantity < 0 && !move.allowNegative;
  const current = await lockForUpdate(manager.createQueryBuilder(StockLevel, 'level').where('level.productId = :productId AND level.branchId = :branchId', key)).getOne();
  if (!current) {
    // Nothing on hand yet: taking units out of nothing is refused, anything else starts the row.
    if (guarded) throw outOfStock(move.itemLabel);
    await addToNewLevel(manager, key, quantity);
  } else {
    const update = manager.createQueryBuilder().update(StockLevel).set({ onHand: () => `onHand + ${quantity}` }).where('productId = :productId AND branchId = :branchId', key);
    if (guarded) update.andWhere('onHand + :quantity >= 0', { quantity });
    if (!(await update.execute()).affected) throw outOfStock(move.itemLabel);
  }
  await manager.insert(StockMovement, {
    ...key,
    kind: move.kind,
    quantity: move.quantity,
    reason: move.reason ?? null,
    invoiceId: move.invoiceId ?? null,
    salesReturnId: move.salesReturnId ?? null,
    counterpartBranchId: move.counterpartBranchId ?? null,
    staffId: move.staffId ?? null,
  });
  // The locked row's value plus this move is the new level; only a row just created by a
  // concurrent upsert has to be read back.
  return current ? current.onHand + quantity : (await manager.findOneByOrFail(StockLevel, key)).onHand;
}

/** Creates the level row holding `quantity`, or adds to it when a concurrent move created it first. */
async function addToNewLevel(manager: EntityManager, key: { productId: number; branchId: number }, quantity: number): Promise<void> {
  const params = [key.productId, key.branchId, quantity];
  if (isSqlite(manager)) {
    await manager.query('INSERT INTO "stock_levels" ("productId", "branchId", "onHand") VALUES (?, ?, ?) ON CONFLICT ("productId", "branchId") DO UPDATE SET "onHand" = "onHand" + excluded."onHand"', params);
  } else {
    await manager.query('INSERT INTO `stock_levels` (`productId`, `branchId`, `onHand`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE `onHand` = `onHand` + VALUES(`onHand`)', params);
  }
}
