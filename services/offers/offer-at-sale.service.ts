/**
 * An offer (優惠) at the cashier: the facts of a sale its conditions are checked against, the
 * refusal naming the first failed condition, and the member's uses (offer_member_uses) taken
 * inside the checkout's transaction and given back by a void.
 *
 * The use is taken by an upsert that makes sure the row exists (on MySQL/MariaDB an exclusive
 * lock, never the shared lock an INSERT IGNORE of an existing row takes, which deadlocks when the
 * waiters upgrade it) and then a guarded UPDATE … WHERE uses < limit: of concurrent checkouts of
 * one member with one use left exactly one passes, the others see the committed count and are
 * refused; SQLite has one writer.
 */
import { In, type EntityManager } from 'typeorm';
import { MemberInterest, Offer, OfferMemberUse, Product, Treatment, type Member } from '../../entities';
import { isSqlite } from '../../db/dialect';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { failedConditions, type OfferBuyer, type OfferCondition, type OfferRules, type OfferSale } from './offer-eligibility';
import { offerByCode } from './offer.service';

/** The message key (under `errors`) of each refusal; each names the condition in the cashier's words. */
export const OFFER_REFUSAL_KEYS: Record<OfferCondition, string> = {
  INACTIVE: 'offerInactive',
  PERIOD: 'offerPeriod',
  BRANCH: 'offerBranch',
  MEMBER_REQUIRED: 'offerMemberRequired',
  MEMBER_GROUP: 'offerMemberGroup',
  INTEREST_GROUP: 'offerInterestGroup',
  BIRTHDAY: 'offerBirthday',
  DEPARTMENT: 'offerDepartment',
  USE_LIMIT: 'offerUseLimit',
};

export const offerRefusal = (offer: Offer, condition: OfferCondition) =>
  new DomainError(ErrorCode.OfferNotApplicable, OFFER_REFUSAL_KEYS[condition], { offer: offer.code, condition }, 'offerCode');

export const rulesOf = (offer: Offer): OfferRules => ({ ...offer, active: Boolean(offer.active) });

/** The member as the conditions see her, without her uses (those are per offer). */
export type BuyerFacts = Omit<OfferBuyer, 'uses'> & { id: number };

export async function buyerFacts(manager: EntityManager, member: Member | null): Promise<BuyerFacts | null> {
  if (!member) return null;
  const interests = await manager.findBy(MemberInterest, { memberId: member.id });
  return { id: member.id, groupId: member.groupId, birthday: member.birthday, interestGroupIds: interests.map((i) => i.interestGroupId) };
}

/** How many times the member has used each of these offers. */
export async function usesOf(manager: EntityManager, offerIds: readonly number[], memberId: number | null): Promise<Map<number, number>> {
  if (memberId === null || offerIds.length === 0) return new Map();
  const rows = await manager.findBy(OfferMemberUse, { memberId, offerId: In([...offerIds]) });
  return new Map(rows.map((r) => [r.offerId, r.uses]));
}

/** The departments of a bill's items (null for one without), for the department condition. */
export async function lineDepartments(manager: EntityManager, lines: readonly { kind: string; itemId: number }[]): Promise<(number | null)[]> {
  const ids = (kind: string) => [...new Set(lines.filter((l) => l.kind === kind).map((l) => l.itemId))];
  const [products, treatments] = await Promise.all([
    ids('PRODUCT').length ? manager.findBy(Product, { id: In(ids('PRODUCT')) }) : [],
    ids('TREATMENT').length ? manager.findBy(Treatment, { id: In(ids('TREATMENT')) }) : [],
  ]);
  const departments = new Map<string, number | null>([...products.map((p) => [`PRODUCT:${p.id}`, p.departmentId] as const), ...treatments.map((t) => [`TREATMENT:${t.id}`, t.departmentId] as const)]);
  return lines.map((l) => departments.get(`${l.kind}:${l.itemId}`) ?? null);
}

export type SaleFacts = Omit<OfferSale, 'member'> & { member: BuyerFacts | null };

export function saleFor(facts: SaleFacts, uses: number): OfferSale {
  return { ...facts, member: facts.member ? { ...facts.member, uses } : null };
}

/** The offer typed at the cashier (code or alternative code), refused naming the first condition the sale fails. */
export async function applicableOffer(manager: EntityManager, typed: string, facts: SaleFacts): Promise<Offer> {
  const offer = await offerByCode(manager, typed);
  if (!offer) throw new DomainError(ErrorCode.NotFound, 'notFound', { entity: 'offer' }, 'offerCode');
  const uses = (await usesOf(manager, [offer.id], facts.member?.id ?? null)).get(offer.id) ?? 0;
  const [failed] = failedConditions(rulesOf(offer), saleFor(facts, uses));
  if (failed) throw offerRefusal(offer, failed);
  return offer;
}

/** Counts one use of the offer by the member; over the offer's limit the whole sale is refused (USE_LIMIT). */
export async function takeOfferUse(manager: EntityManager, offer: Offer, memberId: number): Promise<void> {
  if (isSqlite(manager)) {
    await manager.query('INSERT INTO "offer_member_uses" ("offerId", "memberId", "uses") VALUES (?, ?, 0) ON CONFLICT ("offerId", "memberId") DO NOTHING', [offer.id, memberId]);
  } else {
    await manager.query('INSERT INTO `offer_member_uses` (`offerId`, `memberId`, `uses`) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE `uses` = `uses`', [offer.id, memberId]);
  }
  const update = manager
    .createQueryBuilder()
    .update(OfferMemberUse)
    .set({ uses: () => 'uses + 1' })
    .where('offerId = :offerId AND memberId = :memberId', { offerId: offer.id, memberId });
  if (offer.perMemberLimit !== null) update.andWhere('uses < :limit', { limit: offer.perMemberLimit });
  if (!(await update.execute()).affected) throw offerRefusal(offer, 'USE_LIMIT');
}

/** A voided invoice gives its offer use back, so the member may use the offer again. */
export async function giveOfferUseBack(manager: EntityManager, invoice: { offerId: number | null; memberId: number | null }): Promise<void> {
  if (invoice.offerId === null || invoice.memberId === null) return;
  await manager
    .createQueryBuilder()
    .update(OfferMemberUse)
    .set({ uses: () => 'uses - 1' })
    .where('offerId = :offerId AND memberId = :memberId AND uses > 0', { offerId: invoice.offerId, memberId: invoice.memberId })
    .execute();
}
