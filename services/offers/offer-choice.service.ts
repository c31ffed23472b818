/**
 * The offers the cashier may pick for the bill on screen, each with the conditions it fails (none:
 * it applies), so the picker says why not before checkout has to refuse. Only active offers are
 * listed; an offer switched off is not a choice.
 */
import type { DataSource } from 'typeorm';
import { Branch, Offer } from '../../entities';
import { localDateIn } from '../appointments/arrival-day';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import type { Page } from '../../graphql/connection';
import { pageBySortKey } from '../members/config-audit.service';
import { memberScopeFor, scopeAllowsBranch } from '../visibility/member-visibility';
import { visibleMember } from '../sales/bill-pricing.service';
import { failedConditions, type OfferCondition } from './offer-eligibility';
import { buyerFacts, lineDepartments, rulesOf, saleFor, usesOf } from './offer-at-sale.service';

export type OfferChoice = { offer: Offer; failed: OfferCondition[] };

export type BillForOffers = { branchId: number; memberId?: number | null; lines: readonly { kind: string; itemId: number }[] };

export async function offerChoices(ds: DataSource, viewer: Viewer, bill: BillForOffers, page: { first: number; after?: string | null }, now: Date): Promise<Page<OfferChoice>> {
  const manager = ds.manager;
  const branch = await manager.findOneBy(Branch, { id: bill.branchId });
  if (!branch || !scopeAllowsBranch(memberScopeFor(viewer), branch.id)) throw invalidField('branchId', 'notFound', { entity: 'branch' });
  const member = bill.memberId ? await visibleMember(manager, viewer, bill.memberId) : null;
  const facts = {
    date: localDateIn(now, branch.timeZone),
    branchId: branch.id,
    member: await buyerFacts(manager, member),
    lineDepartmentIds: await lineDepartments(manager, bill.lines),
  };
  const offers = await pageBySortKey(() => manager.getRepository(Offer).createQueryBuilder('o').where('o.active = :active', { active: true }), 'o', 'code', page);
  const uses = await usesOf(manager, offers.nodes.map((o) => o.id), member?.id ?? null);
  const choices = offers.nodes.map((offer) => ({ offer, failed: failedConditions(rulesOf(offer), saleFor(facts, uses.get(offer.id) ?? 0)) }));
  return { nodes: choices, hasNextPage: offers.hasNextPage, cursorOf: (choice) => offers.cursorOf(choice.offer), totalCount: offers.totalCount };
}
