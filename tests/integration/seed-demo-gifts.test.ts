/** The demo's gifts: two categories, five gifts with stock at every demo branch, each unit received by a movement. */
import type { DataSource } from 'typeorm';
import { Branch, Gift, GiftCategory, GiftStockLevel, GiftStockMovement } from '../../entities';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  await seedDemoData(ds);
}, 180_000);

afterAll(() => db.drop());

it('seeds two gift categories and five gifts stocked at every branch, the levels equal to their movements', async () => {
  expect((await ds.getRepository(GiftCategory).find({ order: { sortOrder: 'ASC' } })).map((c) => c.code)).toEqual(['BEAUTY', 'LIFE']);
  const gifts = await ds.getRepository(Gift).find({ order: { code: 'ASC' } });
  expect(gifts).toHaveLength(5);
  expect(gifts.every((g) => g.active && g.pointsPrice > 0 && g.categoryId !== null)).toBe(true);
  const branches = await ds.getRepository(Branch).count();
  const levels = await ds.getRepository(GiftStockLevel).find();
  expect(levels).toHaveLength(5 * branches);
  for (const level of levels) {
    const moved = await ds.getRepository(GiftStockMovement).sum('quantity', { giftId: level.giftId, branchId: level.branchId });
    expect(level.onHand).toBeGreaterThan(0);
    expect(moved).toBe(level.onHand);
  }
});
