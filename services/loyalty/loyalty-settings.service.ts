/** The chain's loyalty settings: one row, id 1 (written by the migration; the defaults stand in where it is missing, as in a synchronized test schema). */
import type { EntityManager } from 'typeorm';
import { LoyaltySettings } from '../../entities';

export async function loyaltySettings(manager: EntityManager): Promise<LoyaltySettings> {
  return (
    (await manager.findOneBy(LoyaltySettings, { id: 1 })) ??
    manager.create(LoyaltySettings, { id: 1, pointsExpiryMonths: null, referralShareBasisPoints: 0, referralMonths: null, levelReviewDownwards: false, levelReviewedAt: null, pointsExpiredThrough: null })
  );
}
