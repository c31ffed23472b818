import { createDataSource } from '@/db/data-source';
import { Branch, Member, Staff } from '@/entities';
import { verifyPassword } from '@/services/auth/password';
import { DEMO_MANAGER_LOGIN, DEMO_PASSWORD, DEMO_SALESPERSON_LOGIN } from '@/services/seed/demo-data';
import { ensureDatabase } from '@/services/seed/ensure-database.service';
import { seedDemoData } from '@/services/seed/seed-demo.service';

describe('ensureDatabase (SQLite in memory)', () => {
  it('migrates, seeds an empty database once, and reset reloads the same rows', async () => {
    const ds = await createDataSource('sqlite::memory:');
    try {
      const first = await ensureDatabase(ds);
      expect(first.migrations.length).toBeGreaterThan(0);
      expect(first.seeded).toBe(true);
      expect(first.demoData).toBe(true);

      const second = await ensureDatabase(ds);
      expect(second).toEqual({ migrations: [], seeded: false, demoData: true });
      expect(await ds.getRepository(Branch).count()).toBe(6);
      expect(await ds.getRepository(Member).count()).toBe(304);

      const manager = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_MANAGER_LOGIN });
      expect(await verifyPassword(DEMO_PASSWORD, manager.passwordHash!)).toBe(true);
      const sales = await ds.getRepository(Staff).findOneByOrFail({ login: DEMO_SALESPERSON_LOGIN });
      expect(sales.roles).toEqual(['salesperson']);
      const susan = await ds.getRepository(Member).findOneOrFail({ where: { memberNo: 'WeM-00004' }, relations: { branch: true } });
      expect(susan.branch!.code).toBe('Wanchai');

      const before = await ds.getRepository(Member).find({ order: { id: 'ASC' } });
      expect((await seedDemoData(ds)).seeded).toBe(false);
      expect((await seedDemoData(ds, { reset: true })).seeded).toBe(true);
      const after = await ds.getRepository(Member).find({ order: { id: 'ASC' } });
      expect(after).toEqual(before);
    } finally {
      if (ds.isInitialized) await ds.destroy();
    }
  });
});
