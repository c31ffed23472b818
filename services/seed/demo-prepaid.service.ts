/**
 * The demo's prepaid set-up: the two packages a salon sells most — a discount package of Facial A
 * and Facial C worth HK$4,000 sold for HK$3,500, valid 6 months (the `003_*` example), and ten
 * sessions of Facial A valid a year — and a member card for the first demo member, so the front
 * desk can try reading a card (讀卡) at once.
 */
import type { EntityManager } from 'typeorm';
import { Member, MemberCard, PackageType, Treatment } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { PackageKind } from '../../entities/package-type.entity';

export const DEMO_CARD_NUMBER = '8800000001';

export async function seedDemoPrepaid(m: EntityManager, now: Date = new Date()): Promise<void> {
  const facialA = await m.findOneByOrFail(Treatment, { code: 'T01' });
  const facialC = await m.findOneByOrFail(Treatment, { code: 'T05' });
  await m.save(PackageType, m.create(PackageType, {
    code: 'FACIAL4000', name: '面部護理套票 HK$4,000', kind: PackageKind.VALUE, treatmentIds: [facialA.id, facialC.id],
    sessions: null, valueCents: 400_000, priceCents: 350_000, validityMonths: 6, active: true,
  }));
  await m.save(PackageType, m.create(PackageType, {
    code: 'FACIALA10', name: 'Facial A 10 次', kind: PackageKind.SESSIONS, treatmentIds: [facialA.id],
    sessions: 10, valueCents: null, priceCents: 480_000, validityMonths: 12, active: true,
  }));
  const [first] = await m.find(Member, { order: { id: 'ASC' }, take: 1 });
  if (first) await m.insert(MemberCard, { memberId: first.id, cardNumber: DEMO_CARD_NUMBER, status: MemberCardStatus.ACTIVE, pinHash: null, issuedAt: now, issuedById: null });
}
