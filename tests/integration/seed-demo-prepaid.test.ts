/** The demo's prepaid set-up: the HK$4,000 discount package sold for HK$3,500, ten Facial A sessions, and a card that opens the first member. */
import type { DataSource } from 'typeorm';
import { Member, MemberCard, PackageType, Treatment } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { DEMO_CARD_NUMBER } from '../../services/seed/demo-prepaid.service';
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

it('seeds a value package priced below its value and a session package, each for facial treatments', async () => {
  const types = await ds.getRepository(PackageType).find({ order: { code: 'ASC' } });
  const facials = new Map((await ds.getRepository(Treatment).find()).map((t) => [t.id, t.series]));
  expect(types.map((t) => [t.code, t.kind, t.valueCents, t.priceCents, t.sessions, t.validityMonths])).toEqual([
    ['FACIAL4000', PackageKind.VALUE, 400_000, 350_000, null, 6],
    ['FACIALA10', PackageKind.SESSIONS, null, 480_000, 10, 12],
  ]);
  for (const type of types) expect(type.treatmentIds!.every((id) => facials.get(id) === 'Facial')).toBe(true);
});

it('gives the first member an active card without a PIN', async () => {
  const card = await ds.getRepository(MemberCard).findOneByOrFail({ cardNumber: DEMO_CARD_NUMBER });
  const [first] = await ds.getRepository(Member).find({ order: { id: 'ASC' }, take: 1 });
  expect([card.memberId, card.status, card.pinHash]).toEqual([first.id, MemberCardStatus.ACTIVE, null]);
});
