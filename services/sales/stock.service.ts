import { In, type DataSource, type EntityManager } from 'typeorm';
import { inReadCommittedTransaction } from '../../db/transaction';
import { Branch, Product, StockLevel, StockMovement } from '../../entities';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import type { Page } from '../../graphql/connection';
import { Permission } from '../admin/permission';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { parseInput } from '../validation/parse-input';
import {
  adjustStockSchema, receiveStockSchema, transferStockSchema,
  type AdjustStockFormInput, type ReceiveStockFormInput, type TransferStockFormInput,
} from './stock-input.schema';
import { moveStock } from './stock-ledger.service';

const AUDIT_ENTITY = 'stock';

type PageRequest = { first: number; after?: string | null };

/**
 * Stock per branch (庫存): goods received, adjusted by hand with a reason and transferred between
 * branches by staff holding products.stock, each through `moveStock` (the ledger's one door) in
 * one transaction with its audit entry. Levels and movements are read by every signed-in staff
 * member, as the cashier shows what is on hand.
 */
export class StockService {
  constructor(private readonly ds: DataSource) {}

  /** Takes delivered goods into a branch's stock. Returns the product. */
  async receive(viewer: Viewer, productId: number, branchId: number, input: ReceiveStockFormInput): Promise<Product> {
    requirePermission(viewer, Permission.ProductsStock);
    const values = parseInput(receiveStockSchema, input);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const product = await findProduct(manager, productId);
      await requireBranch(manager, branchId, 'branchId');
      const onHand = await moveStock(manager, { ...moveOf(viewer, product, branchId), kind: StockMovementKind.RECEIVE, quantity: values.quantity, reason: values.reason });
      await audit(manager, viewer, product.id, 'receive', { branchId, quantity: values.quantity, reason: values.reason, onHand });
      return product;
    });
  }

  /**
   * Corrects a branch's stock by a counted difference (signed) with a reason. Taking it below zero
   * is refused (OUT_OF_STOCK) unless the product allows negative stock.
   */
  async adjust(viewer: Viewer, productId: number, branchId: number, input: AdjustStockFormInput): Promise<Product> {
    requirePermission(viewer, Permission.ProductsStock);
    const values = parseInput(adjustStockSchema, input);
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const product = await findProduct(manager, productId);
      await requireBranch(manager, branchId, 'branchId');
      const onHand = await moveStock(manager, { ...moveOf(viewer, product, branchId), kind: StockMovementKind.ADJUST, quantity: values.delta, reason: values.reason });
      await audit(manager, viewer, product.id, 'adjust', { branchId, delta: values.delta, reason: values.reason, onHand });
      return product;
    });
  }

  /**
   * Sends units from one branch to another: both ledger rows (TRANSFER_OUT, TRANSFER_IN) in one
   * transaction, so either both branches change or neither. The sender cannot go below zero unless
   * the product allows negative stock.
   */
  async transfer(viewer: Viewer, productId: number, fromBranchId: number, toBranchId: number, input: TransferStockFormInput): Promise<Product> {
    requirePermission(viewer, Permission.ProductsStock);
    const values = parseInput(transferStockSchema, input);
    if (fromBranchId === toBranchId) throw invalidField('toBranchId', 'sameBranch');
    return inReadCommittedTransaction(this.ds, async (manager) => {
      const product = await findProduct(manager, productId);
      await requireBranch(manager, fromBranchId, 'fromBranchId');
      await requireBranch(manager, toBranchId, 'toBranchId');
      const base = { reason: values.reason };
      const fromOnHand = await moveStock(manager, {
        ...moveOf(viewer, product, fromBranchId), ...base, kind: StockMovementKind.TRANSFER_OUT, quantity: -values.quantity, counterpartBranchId: toBranchId,
      });
      const toOnHand = await moveStock(manager, {
        ...moveOf(viewer, product, toBranchId), ...base, kind: StockMovementKind.TRANSFER_IN, quantity: values.quantity, counterpartBranchId: fromBranchId,
      });
      await audit(manager, viewer, product.id, 'transfer', { fromBranchId, toBranchId, quantity: values.quantity, reason: values.reason, fromOnHand, toOnHand });
      return product;
    });
  }

  /**
   * Active products at or below their low-stock threshold at a branch, by code. A product the
   * branch never stocked counts as 0 on hand.
   */
  async lowStock(branchId: number, page: PageRequest): Promise<Page<Product>> {
    await requireBranch(this.ds.manager, branchId, 'branchId');
    const query = () =>
      this.ds
        .getRepository(Product)
        .createQueryBuilder('p')
        .leftJoin(StockLevel, 'sl', 'sl.productId = p.id AND sl.branchId = :branchId', { branchId })
        .where('p.active = :active', { active: true })
        .andWhere('COALESCE(sl.onHand, 0) <= p.lowStockThreshold');
    return pageBySortKey(query, 'p', 'code', page);
  }

  /** A product's stock movements, newest first, at one branch or all. */
  async movements(productId: number, branchId: number | null, page: PageRequest): Promise<Page<StockMovement>> {
    const query = () => {
      const qb = this.ds.getRepository(StockMovement).createQueryBuilder('m').where('m.productId = :productId', { productId });
      if (branchId !== null) qb.andWhere('m.branchId = :branchId', { branchId });
      return qb;
    };
    const qb = query().orderBy('m.id', 'DESC').take(page.first + 1);
    if (page.after) qb.andWhere('m.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (m) => encodeCursor([m.id]), totalCount: () => query().getCount() };
  }

  /** On hand per product and branch asked (0 where none was ever stocked), in one statement. */
  async onHand(keys: ReadonlyArray<{ productId: number; branchId: number }>): Promise<number[]> {
    if (keys.length === 0) return [];
    const rows = await this.ds.getRepository(StockLevel).findBy({
      productId: In([...new Set(keys.map((k) => k.productId))]),
      branchId: In([...new Set(keys.map((k) => k.branchId))]),
    });
    const found = new Map(rows.map((r) => [`${r.productId}:${r.branchId}`, r.onHand]));
    return keys.map((k) => found.get(`${k.productId}:${k.branchId}`) ?? 0);
  }

  /** Each product's stock rows, by branch id, in one statement. */
  async levels(productIds: readonly number[]): Promise<StockLevel[][]> {
    if (productIds.length === 0) return [];
    const rows = await this.ds.getRepository(StockLevel).find({ where: { productId: In([...productIds]) }, order: { branchId: 'ASC' } });
    return productIds.map((id) => rows.filter((r) => r.productId === id));
  }
}

async function findProduct(manager: EntityManager, id: number): Promise<Product> {
  const product = await manager.findOneBy(Product, { id });
  if (!product) throw notFound('product');
  return product;
}

async function requireBranch(manager: EntityManager, id: number, field: string): Promise<void> {
  if (!(await manager.existsBy(Branch, { id }))) throw invalidField(field, 'notAnOption');
}

function moveOf(viewer: Viewer, product: Product, branchId: number) {
  return { productId: product.id, branchId, allowNegative: product.allowNegativeStock, itemLabel: `${product.code} ${product.name}`, staffId: viewer.staffId };
}

function audit(manager: EntityManager, viewer: Viewer, productId: number, action: string, after: Record<string, unknown>) {
  return recordAudit(manager, { entityType: AUDIT_ENTITY, entityId: productId, action, actorId: viewer.staffId, after });
}
