/**
 * The demo offers' conditions, set once the catalogue's departments exist: AP (6月生日會員優惠,
 * analysis code K11, alternative code JB), the offer of the Junebirth campaign, is for members in
 * their birth month only (0 months either side), once per member, 20% off skin-care items — the
 * "free trial facial for June birthdays" the campaign's details promise, priced as an item
 * discount so the visit's sale still counts towards the campaign's success.
 */
import type { EntityManager } from 'typeorm';
import { Department, Offer } from '../../entities';
import { OfferDiscountType } from '../../entities/offer.entity';

export async function seedDemoOfferConditions(m: EntityManager): Promise<void> {
  const skin = await m.findOneByOrFail(Department, { code: 'SKIN' });
  await m.update(Offer, { code: 'AP' }, {
    name: '6月生日會員優惠',
    altCode: 'JB',
    birthdayMonthsBefore: 0,
    birthdayMonthsAfter: 0,
    perMemberLimit: 1,
    departmentIds: [skin.id],
    discountType: OfferDiscountType.ITEM_PERCENT,
    discountBasisPoints: 2000,
  });
}
