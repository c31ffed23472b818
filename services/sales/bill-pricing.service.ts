/**
 * Prices a bill the way the cashier will charge it: finds the branch (open), the member (in the
 * viewer's scope) and her level's discount, the items (active; catalogue price unless one was
 * typed) and the staff credited (active), then totals it with the pure bill-totals module. The
 * quote, the checkout and a held bill all go through here, so they can never disagree.
 */
import { In, type EntityManager } from 'typeorm';
import { Branch, Member, MemberGroup, Product, Staff, Treatment, type Offer } from '../../entities';
import { localDateIn } from '../appointments/arrival-day';
import { applicableOffer, buyerFacts } from '../offers/offer-at-sale.service';
import { labelFor } from '../contact-settings/contact-option-rules';
import type { Locale } from '../../i18n/locales';
import type { Viewer } from '../auth/viewer';
import { branchClosed, DomainError, ErrorCode, invalidField } from '../errors/domain-error';
import { memberInScope, memberScopeFor, scopeAllowsBranch } from '../visibility/member-visibility';
import { billTotals, roundingStepCents, type BillLineKind, type BillOffer, type BillTotals } from './bill-totals';
import { applicableCoupon, couponRefusalError, type CouponAtSale } from '../loyalty/coupon-at-sale.service';
import { BILL_LIMITS, type BillDraftValues, type BillLineValues } from './bill-input.schema';
import { sessionLinePackages } from './prepaid-at-sale.service';

export type PricingSettings = { currencyDecimals: number; defaultLocale: Locale };

export type PricedLine = BillLineValues & {
  unitPriceCents: number;
  taxRateBasisPoints: number;
  code: string;
  /** The item's name in the salon's default language (the invoice's snapshot). */
  description: string;
  departmentId: number | null;
  /** The product's category (null for treatments); an e-coupon type may cover it. */
  categoryId: number | null;
  /** Set for products: whether stock may go below zero. */
  allowNegativeStock: boolean;
};

export type PricedBill = {
  branch: Branch;
  member: Member | null;
  memberDiscountPercent: number;
  /** The offer pricing the bill, every condition met; null when none was typed. */
  offer: Offer | null;
  /** The member's e-coupon pricing the bill (hers, issued, within its days, its conditions met); null when none was typed. */
  coupon: CouponAtSale | null;
  lines: PricedLine[];
  totals: BillTotals;
};

/** The offer's discount as the pure totals take it. */
export const billOfferOf = (offer: Offer): BillOffer => ({
  discountType: offer.discountType,
  discountBasisPoints: offer.discountBasisPoints,
  fixedPriceCents: offer.fixedPriceCents,
  departmentIds: offer.departmentIds,
});

/** The member the viewer may sell to: not in the recycle bin and in the viewer's member scope; else NOT_FOUND naming memberId. */
export async function visibleMember(manager: EntityManager, viewer: Viewer, memberId: number): Promise<Member> {
  const member = await manager.findOneBy(Member, { id: memberId });
  if (!member || !memberInScope(memberScopeFor(viewer), member)) throw new DomainError(ErrorCode.NotFound, 'notFound', { entity: 'member' }, 'memberId');
  return member;
}

type CatalogueItem = {
  code: string;
  name: string;
  translations: Product['translations'];
  priceCents: number;
  taxRateBasisPoints: number;
  departmentId: number | null;
  categoryId: number | null;
  allowNegativeStock: boolean;
  active: boolean;
};

async function catalogue(manager: EntityManager, lines: readonly BillLineValues[]): Promise<Map<string, CatalogueItem>> {
  const ids = (kind: BillLineKind) => [...new Set(lines.filter((l) => l.kind === kind).map((l) => l.itemId))];
  const [products, treatments] = await Promise.all([
    ids('PRODUCT').length ? manager.findBy(Product, { id: In(ids('PRODUCT')) }) : [],
    ids('TREATMENT').length ? manager.findBy(Treatment, { id: In(ids('TREATMENT')) }) : [],
  ]);
  const items = new Map<string, CatalogueItem>();
  for (const p of products) items.set(`PRODUCT:${p.id}`, { ...p, translations: p.translations, allowNegativeStock: Boolean(p.allowNegativeStock), active: Boolean(p.active) });
  for (const t of treatments) {
    items.set(`TREATMENT:${t.id}`, {
      code: t.code, name: t.name, translations: null, priceCents: t.priceCents, taxRateBasisPoints: 0, departmentId: t.departmentId, categoryId: null, allowNegativeStock: true, active: Boolean(t.active),
    });
  }
  return items;
}

/** `now` is when the bill is priced: the offer's period and birthday window are judged on that business day at the branch. */
export async function priceBill(manager: EntityManager, viewer: Viewer, draft: BillDraftValues, settings: PricingSettings, now: Date = new Date()): Promise<PricedBill> {
  const branch = await manager.findOneBy(Branch, { id: draft.branchId });
  if (!branch) throw invalidField('branchId', 'notFound', { entity: 'branch' });
  // A closed branch (店面管理) keeps its history but sells nothing more.
  if (branch.closedAt) throw branchClosed();
  // Selling outside her branch reach would issue an invoice she could not open afterwards.
  if (!scopeAllowsBranch(memberScopeFor(viewer), branch.id)) throw invalidField('branchId', 'branchOutOfReach');

  const member = draft.memberId ? await visibleMember(manager, viewer, draft.memberId) : null;
  const group = member ? await manager.findOneBy(MemberGroup, { id: member.groupId }) : null;
  const memberDiscountPercent = group?.discountPercent ?? 0;

  const items = await catalogue(manager, draft.lines);
  const staffIds = [...new Set(draft.lines.map((l) => l.staffId).filter((id): id is number => id !== null))];
  const activeStaff = new Set(
    staffIds.length ? (await manager.findBy(Staff, { id: In(staffIds) })).filter((s) => s.active).map((s) => s.id) : [],
  );

  // A session of her package (計次消費) was paid for when the package was sold: the line comes to 0.
  const sessionPackages = await sessionLinePackages(manager, draft.lines, member, localDateIn(now, branch.timeZone));

  const lines = draft.lines.map((line, i): PricedLine => {
    const item = items.get(`${line.kind}:${line.itemId}`);
    if (!item?.active) throw invalidField(`lines.${i}.itemId`, 'itemNotSellable');
    if (line.staffId !== null && !activeStaff.has(line.staffId)) throw invalidField(`lines.${i}.staffId`, 'inactiveChoice');
    const unitPriceCents = sessionPackages.has(i) ? 0 : (line.unitPriceCents ?? item.priceCents);
    const amount = unitPriceCents * line.quantity;
    if (line.lineDiscountCents > amount) throw invalidField(`lines.${i}.lineDiscountCents`, 'discountOverAmount');
    // Every amount travels as a GraphQL Int: a line (and the bill) may come to at most that many cents.
    if (amount > BILL_LIMITS.cents) throw invalidField(`lines.${i}.quantity`, 'outOfRange', { min: 1, max: Math.floor(BILL_LIMITS.cents / unitPriceCents) });
    return {
      ...line,
      unitPriceCents,
      taxRateBasisPoints: item.taxRateBasisPoints,
      code: item.code,
      description: labelFor(item, settings.defaultLocale),
      departmentId: item.departmentId,
      categoryId: item.categoryId,
      allowNegativeStock: item.allowNegativeStock,
    };
  });

  const offer = draft.offerCode
    ? await applicableOffer(manager, draft.offerCode, {
        date: localDateIn(now, branch.timeZone),
        branchId: branch.id,
        member: await buyerFacts(manager, member),
        lineDepartmentIds: lines.map((line) => line.departmentId),
      })
    : null;
  const coupon = draft.couponCode ? await applicableCoupon(manager, draft.couponCode, member?.id ?? null, localDateIn(now, branch.timeZone), lines) : null;
  const totals = billTotals(lines, {
    memberDiscountPercent,
    roundingStepCents: roundingStepCents(settings.currencyDecimals),
    offer: offer && billOfferOf(offer),
    coupon: coupon?.bill ?? null,
  });
  if (coupon && totals.couponRefusal) throw couponRefusalError(coupon.coupon.code, totals.couponRefusal, { minSpendCents: coupon.bill.minSpendCents, currencyDecimals: settings.currencyDecimals });
  if (totals.subtotalCents > BILL_LIMITS.cents) throw invalidField('lines', 'billTooLarge');
  return { branch, member, memberDiscountPercent, offer, coupon, lines, totals };
}
