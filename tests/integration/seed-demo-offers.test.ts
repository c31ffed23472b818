/** The demo's offer AP as the Junebirth campaign carries it, with real conditions the cashier checks. */
import type { DataSource } from 'typeorm';
import { Campaign, Department, Member, Offer } from '../../entities';
import { buyerFacts, rulesOf, saleFor } from '../../services/offers/offer-at-sale.service';
import { failedConditions } from '../../services/offers/offer-eligibility';
import { seedDemoData } from '../../services/seed/seed-demo.service';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  await seedDemoData(ds);
});

afterAll(() => db.drop());

it('AP is the Junebirth offer: K11, birth month only, once per member, 20% off skin care', async () => {
  const ap = await ds.getRepository(Offer).findOneByOrFail({ code: 'AP' });
  const skin = await ds.getRepository(Department).findOneByOrFail({ code: 'SKIN' });
  expect(ap).toMatchObject({
    name: '6月生日會員優惠', altCode: 'JB', analysisCode: 'K11', isMarketing: true, active: true, birthdayMonthsBefore: 0, birthdayMonthsAfter: 0,
    perMemberLimit: 1, departmentIds: [skin.id], discountType: 'ITEM_PERCENT', discountBasisPoints: 2000,
  });
  expect((await ds.getRepository(Campaign).findOneByOrFail({ code: 'Junebirth' })).offerId).toBe(ap.id);

  // A Junebirth contact, born in June, buying a facial: in June it applies, in July it does not.
  const member = await ds.getRepository(Member).findOneByOrFail({ memberNo: 'A003' });
  expect(member.birthday?.slice(5, 7)).toBe('06');
  const facts = { branchId: member.branchId, member: await buyerFacts(ds.manager, member), lineDepartmentIds: [skin.id] };
  expect(failedConditions(rulesOf(ap), saleFor({ ...facts, date: '2026-06-15' }, 0))).toEqual([]);
  expect(failedConditions(rulesOf(ap), saleFor({ ...facts, date: '2026-07-01' }, 0))).toEqual(['BIRTHDAY']);
  expect(failedConditions(rulesOf(ap), saleFor({ ...facts, date: '2026-06-15' }, 1))).toEqual(['USE_LIMIT']);
});
