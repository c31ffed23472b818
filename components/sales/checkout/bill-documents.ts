import { graphql } from '@/graphql/generated';

/** The cashier's bill documents (price, check out, hold, resume); `npm run codegen` types them from the schema. */

/** The server's price of the bill, confirmed before payment. */
export const QuoteBillQuery = graphql(`
  query QuoteBill($input: BillDraftInput!) {
    quoteBill(input: $input) {
      subtotalCents discountCents offerDiscountCents taxCents roundingCents totalCents memberDiscountPercent couponDiscountCents pointsEarned
      couponCode couponType { name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }
      lines { couponCovered }
    }
  }
`);

/** An issued invoice as the screen confirms it. */
export const CheckoutMutation = graphql(`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) { id number totalCents changeCents analysisCode offerDiscountCents offer { code name } couponDiscountCents pointsEarned }
  }
`);

/** A held bill as the list shows it and a resume fills the bill from. */
export const CheckoutHeldBill = graphql(`
  fragment CheckoutHeldBill on HeldBill {
    id
    label
    customerName
    note
    totalCents
    createdAt
    ageMinutes
    heldBy { id displayName }
    member { ...CheckoutMember }
    lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }
    offerCode
    couponCode
  }
`);

/** An offer as the cashier's picker shows it: whether it applies to the bill, why not, and its discount to price the bill with. */
export const CheckoutBillOffer = graphql(`
  fragment CheckoutBillOffer on BillOffer {
    applies
    failedConditions
    offer { id code altCode name analysisCode discountType discountBasisPoints fixedPriceCents departmentIds }
  }
`);

/** The active offers for the bill as it stands (its offer code left out), a page of 100 by code. */
export const CheckoutBillOffersQuery = graphql(`
  query CheckoutBillOffers($input: BillDraftInput!) {
    billOffers(input: $input, first: 100) { nodes { ...CheckoutBillOffer } }
  }
`);

export const HeldBillsQuery = graphql(`
  query CheckoutHeldBills($branchId: ID!, $first: Int!) {
    heldBills(branchId: $branchId, first: $first) { nodes { ...CheckoutHeldBill } }
  }
`);

export const HoldBillMutation = graphql(`
  mutation HoldBill($input: HoldBillInput!) {
    holdBill(input: $input) { id label }
  }
`);

export const ResumeHeldBillMutation = graphql(`
  mutation ResumeHeldBill($id: ID!) {
    resumeHeldBill(id: $id) { ...CheckoutHeldBill }
  }
`);

export const DiscardHeldBillMutation = graphql(`
  mutation DiscardHeldBill($id: ID!) {
    discardHeldBill(id: $id) { id }
  }
`);
