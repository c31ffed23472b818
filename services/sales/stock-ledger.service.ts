import type { EntityManager } from 'typeorm';
import { StockLevel, StockMovement } from '../../entities';
import type { StockMovementKind } from '../../entities/stock-movement.entity';
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
 * with one guarded UPDATE, so two sales of the last unit cannot both pass (on MySQL the UPDATE
 * locks the level row until the transaction ends; SQLite has one writer). Returns the new on-hand.
 */
export async function moveStock(manager: EntityManager, move: StockMove): Promise<number> {
  const key = { productId: move.productId, branchId: move.branchId };
  await manager.createQueryBuilder().insert().into(StockLevel).values({ ...key, onHand: 0 }).orIgnore().execute();
  const update = manager
    .createQueryBuilder()
    .update(StockLevel)
    .set({ onHand: () => `onHand + ${Math.trunc(move.quantity)}` })
    .where('productId = :productId AND branchId = :branchId', key);
  if (move.quantity < 0 && !move.allowNegative) update.andWhere('onHand + :quantity >= 0', { quantity: move.quantity });
  const result = await update.execute();
  if (!result.affected) throw outOfStock(move.itemLabel);
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
  const level = await manager.findOneByOrFail(StockLevel, key);
  return level.onHand;
}
