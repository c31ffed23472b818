/**
 * Gifts (禮品管理) and gift categories (禮品類別): what members can redeem with points, and the
 * stock of each gift per branch, received and counted by managers (loyalty.manage). Every change
 * is audited; a stock move takes an idempotency key, so a retried receipt adds its units once.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Branch, Gift, GiftCategory, GiftStockLevel, GiftStockMovement } from '../../../entities';
import { GiftStockMovementKind } from '../../../entities/gift-stock-movement.entity';
import type { Page } from '../../../graphql/connection';
import { Permission } from '../../admin/permission';
import { changedFields, recordAudit } from '../../audit/audit-log.service';
import { requirePermission, type Viewer } from '../../auth/viewer';
import { invalidField, notFound } from '../../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../../idempotency/idempotency.service';
import { pageBySortKey } from '../../members/config-audit.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../../pagination/cursor';
import { parseInput } from '../../validation/parse-input';
import {
  giftCategorySchema, giftSchema, giftStockMoveSchema, type GiftCategoryInput, type GiftInput, type GiftStockMoveInput, type GiftValues,
} from './gift-input.schema';
import { moveGiftStock } from './gift-stock.service';

const STOCK_SCOPE = 'giftStock';

const categorySnapshot = (c: Pick<GiftCategory, 'code' | 'name' | 'sortOrder' | 'active'>) => ({ code: c.code, name: c.name, sortOrder: c.sortOrder, active: Boolean(c.active) });
const giftSnapshot = (g: Pick<Gift, 'code' | 'name' | 'categoryId' | 'pointsPrice' | 'description' | 'active'>) => ({
  code: g.code, name: g.name, categoryId: g.categoryId, pointsPrice: g.pointsPrice, description: g.description, active: Boolean(g.active),
});

async function audit(manager: EntityManager, viewer: Viewer, entityType: string, entityId: number, before: Record<string, unknown> | null, after: Record<string, unknown>) {
  const diff = before ? changedFields(before, after) : { before: null, after };
  await recordAudit(manager, { entityType, entityId, action: before ? 'update' : 'create', actorId: viewer.staffId, before: diff.before, after: diff.after });
}

async function checkCategory(manager: EntityManager, values: GiftValues): Promise<void> {
  if (values.categoryId !== null && !(await manager.existsBy(GiftCategory, { id: values.categoryId }))) throw invalidField('categoryId', 'notFound', { entity: 'giftCategory' });
}

/** Gift categories and gifts, and their stock per branch. */
export class GiftService {
  constructor(private readonly ds: DataSource) {}

  /** Categories in their list order (position, then code). */
  async categories(page: { first: number; after?: string | null }): Promise<Page<GiftCategory>> {
    return pageBySortKey(() => this.ds.getRepository(GiftCategory).createQueryBuilder('c'), 'c', 'sortOrder', page);
  }

  async createCategory(viewer: Viewer, input: GiftCategoryInput): Promise<GiftCategory> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(giftCategorySchema, input);
    return this.ds.transaction(async (manager) => {
      const category = await manager.save(GiftCategory, manager.create(GiftCategory, values));
      await audit(manager, viewer, 'giftCategory', category.id, null, categorySnapshot(category));
      return category;
    });
  }

  async updateCategory(viewer: Viewer, id: number, input: GiftCategoryInput): Promise<GiftCategory> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(giftCategorySchema, input);
    return this.ds.transaction(async (manager) => {
      const before = await manager.findOneBy(GiftCategory, { id });
      if (!before) throw notFound('giftCategory');
      await manager.update(GiftCategory, { id }, values);
      const after = await manager.findOneByOrFail(GiftCategory, { id });
      await audit(manager, viewer, 'giftCategory', id, categorySnapshot(before), categorySnapshot(after));
      return after;
    });
  }

  /** Gifts by code; `activeOnly` keeps those that may be redeemed; `categoryId` one category's. */
  async gifts(filter: { activeOnly: boolean; categoryId: number | null }, page: { first: number; after?: string | null }): Promise<Page<Gift>> {
    const query = () => {
      const qb = this.ds.getRepository(Gift).createQueryBuilder('g');
      if (filter.activeOnly) qb.andWhere('g.active = :active', { active: true });
      if (filter.categoryId !== null) qb.andWhere('g.categoryId = :categoryId', { categoryId: filter.categoryId });
      return qb;
    };
    return pageBySortKey(query, 'g', 'code', page);
  }

  async createGift(viewer: Viewer, input: GiftInput): Promise<Gift> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(giftSchema, input);
    return this.ds.transaction(async (manager) => {
      await checkCategory(manager, values);
      const gift = await manager.save(Gift, manager.create(Gift, values));
      await audit(manager, viewer, 'gift', gift.id, null, giftSnapshot(gift));
      return gift;
    });
  }

  async updateGift(viewer: Viewer, id: number, input: GiftInput): Promise<Gift> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(giftSchema, input);
    return this.ds.transaction(async (manager) => {
      const before = await manager.findOneBy(Gift, { id });
      if (!before) throw notFound('gift');
      await checkCategory(manager, values);
      await manager.update(Gift, { id }, values);
      const after = await manager.findOneByOrFail(Gift, { id });
      await audit(manager, viewer, 'gift', id, giftSnapshot(before), giftSnapshot(after));
      return after;
    });
  }

  /**
   * Receives units of a gift into a branch (RECEIVE) or corrects its count (ADJUST, with a note);
   * a correction below zero is refused naming `quantity`. Returns the level after the move; a
   * retry with the same idempotency key returns the level without moving the stock again.
   */
  async moveStock(viewer: Viewer, input: GiftStockMoveInput & { idempotencyKey: string }): Promise<GiftStockLevel> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(giftStockMoveSchema, input);
    const giftId = values.giftId as number;
    const branchId = values.branchId as number;
    const requestHash = requestHashOf({ ...input, idempotencyKey: undefined });
    return inIdempotentTransaction(this.ds, async (manager) => {
      await withIdempotency(manager, STOCK_SCOPE, input.idempotencyKey, requestHash, viewer.staffId, async () => {
        const gift = await manager.findOneBy(Gift, { id: giftId });
        if (!gift) throw invalidField('giftId', 'notFound', { entity: 'gift' });
        if (!(await manager.existsBy(Branch, { id: branchId }))) throw invalidField('branchId', 'notFound', { entity: 'branch' });
        const kind = values.kind === 'RECEIVE' ? GiftStockMovementKind.RECEIVE : GiftStockMovementKind.ADJUST;
        const onHand = await moveGiftStock(manager, {
          giftId, branchId, kind, quantity: values.quantity, giftLabel: `${gift.code} ${gift.name}`, field: 'quantity', staffId: viewer.staffId, note: values.note, at: new Date(),
        });
        await recordAudit(manager, {
          entityType: 'giftStock', entityId: giftId, action: kind === GiftStockMovementKind.RECEIVE ? 'receive' : 'adjust', actorId: viewer.staffId,
          before: { branchId, onHand: onHand - values.quantity }, after: { branchId, onHand, quantity: values.quantity, note: values.note },
        });
        return giftId;
      });
      return manager.findOneByOrFail(GiftStockLevel, { giftId, branchId });
    });
  }

  /** A gift's movements, newest first, at one branch or all. */
  async movements(giftId: number, branchId: number | null, page: { first: number; after?: string | null }): Promise<Page<GiftStockMovement>> {
    const query = () => {
      const qb = this.ds.getRepository(GiftStockMovement).createQueryBuilder('m').where('m.giftId = :giftId', { giftId });
      if (branchId !== null) qb.andWhere('m.branchId = :branchId', { branchId });
      return qb;
    };
    const qb = query().orderBy('m.id', 'DESC').take(page.first + 1);
    if (page.after) {
      const [id] = decodeCursor(page.after, 1);
      qb.andWhere('m.id < :afterId', { afterId: Number(id) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (m) => encodeCursor([m.id]), totalCount: () => query().getCount() };
  }

  /** Stock levels of these gifts at every branch that has a row, for the gift list (one query per page). */
  async levelsOf(giftIds: readonly number[]): Promise<GiftStockLevel[]> {
    return giftIds.length ? this.ds.getRepository(GiftStockLevel).find({ where: { giftId: In([...giftIds]) }, order: { giftId: 'ASC', branchId: 'ASC' } }) : [];
  }

  async categoriesById(ids: readonly number[]): Promise<GiftCategory[]> {
    return ids.length ? this.ds.getRepository(GiftCategory).findBy({ id: In([...ids]) }) : [];
  }

  async giftsById(ids: readonly number[]): Promise<Gift[]> {
    return ids.length ? this.ds.getRepository(Gift).findBy({ id: In([...ids]) }) : [];
  }
}
