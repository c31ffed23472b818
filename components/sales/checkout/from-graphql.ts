import type { CheckoutMemberFragment, CheckoutSellableItemFragment } from '@/graphql/generated/graphql';
import type { BillItem, DraftMember } from './bill-draft';

/** A SellableItem as a bill line's item (only what the bill keeps; plain, so it survives being held). */
export function toBillItem(item: CheckoutSellableItemFragment): BillItem {
  const { kind, itemId, code, label, priceCents, taxRateBasisPoints, onHand, allowNegativeStock, departmentId } = item;
  return { kind, itemId, code, label, priceCents, taxRateBasisPoints, onHand: onHand ?? null, allowNegativeStock, departmentId: departmentId ?? null };
}

/** A looked-up member as the bill shows them, with the level's discount. */
export function toDraftMember(member: CheckoutMemberFragment): DraftMember {
  return {
    id: member.id,
    memberNo: member.memberNo,
    displayName: member.displayName,
    phone: member.phone ?? null,
    levelName: member.level.name,
    discountPercent: member.level.discountPercent,
  };
}
