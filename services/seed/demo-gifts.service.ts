/**
 * The demo's gifts (禮品): two categories and five gifts priced in points, each received into
 * every demo branch's stock (a RECEIVE movement per branch), so the front desk can redeem from a
 * member's page and the gifts page shows stock per branch.
 */
import type { EntityManager } from 'typeorm';
import { Branch, Gift, GiftCategory } from '../../entities';
import { GiftStockMovementKind } from '../../entities/gift-stock-movement.entity';
import { moveGiftStock } from '../loyalty/gifts/gift-stock.service';

const CATEGORIES = [
  { code: 'BEAUTY', name: '美容護理', sortOrder: 1 },
  { code: 'LIFE', name: '生活精品', sortOrder: 2 },
];

const GIFTS = [
  { code: 'GIFT-MASK', name: '保濕面膜（5 片裝）', category: 'BEAUTY', pointsPrice: 300, units: 30 },
  { code: 'GIFT-CREAM', name: '護手霜 50ml', category: 'BEAUTY', pointsPrice: 500, units: 20 },
  { code: 'GIFT-SERUM', name: '精華液旅行裝', category: 'BEAUTY', pointsPrice: 1_200, units: 10 },
  { code: 'GIFT-BAG', name: '環保購物袋', category: 'LIFE', pointsPrice: 200, units: 50 },
  { code: 'GIFT-TOWEL', name: '純棉毛巾', category: 'LIFE', pointsPrice: 800, units: 3 },
];

export async function seedDemoGifts(m: EntityManager, now: Date = new Date()): Promise<void> {
  const categoryId = new Map<string, number>();
  for (const c of CATEGORIES) categoryId.set(c.code, (await m.save(GiftCategory, m.create(GiftCategory, { ...c, active: true }))).id);
  const branches = await m.find(Branch, { order: { id: 'ASC' } });
  for (const g of GIFTS) {
    const gift = await m.save(Gift, m.create(Gift, { code: g.code, name: g.name, categoryId: categoryId.get(g.category)!, pointsPrice: g.pointsPrice, active: true }));
    for (const branch of branches) {
      await moveGiftStock(m, { giftId: gift.id, branchId: branch.id, kind: GiftStockMovementKind.RECEIVE, quantity: g.units, giftLabel: `${g.code} ${g.name}`, field: 'quantity', note: '開店存貨', at: now });
    }
  }
}
