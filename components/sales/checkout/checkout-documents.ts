import { graphql } from '@/graphql/generated';

/** The cashier's catalogue, customer and setup documents; `npm run codegen` types them from the schema. */

/** Something sellable as a bill line needs it. */
export const CheckoutSellableItem = graphql(`
  fragment CheckoutSellableItem on SellableItem { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock departmentId }
`);

/** The item search beside the scan field: products first, then treatments. */
export const CheckoutItemSearchQuery = graphql(`
  query CheckoutItemSearch($branchId: ID!, $search: String, $first: Int!) {
    sellableItems(branchId: $branchId, search: $search, first: $first) { nodes { ...CheckoutSellableItem } }
  }
`);

/** The barcode scanner's path: exactly this barcode, product code or treatment code. */
export const CheckoutItemByCodeQuery = graphql(`
  query CheckoutItemByCode($branchId: ID!, $code: String!) {
    sellableItemByCode(branchId: $branchId, code: $code) { ...CheckoutSellableItem }
  }
`);

/** A member as the bill shows them: who, and the level's discount. */
export const CheckoutMember = graphql(`
  fragment CheckoutMember on Member { id memberNo displayName phone isWalkIn level { id name discountPercent } }
`);

/** The customer lookup: the front desk's quick lookup (member number, phone, name). */
export const CheckoutMemberLookupQuery = graphql(`
  query CheckoutMemberLookup($term: String!, $first: Int!) {
    quickLookup(term: $term, first: $first) { nodes { ...CheckoutMember } }
  }
`);

/** What the cashier needs before the first scan: open branches, tenders, staff to credit, how money shows. */
export const CheckoutSetupQuery = graphql(`
  query CheckoutSetup {
    branches(includeClosed: false, first: 100) { nodes { id code label currency } }
    tenderTypes(first: 100) { nodes { id code label kind givesChange } }
    staffMembers(first: 100) { nodes { id code displayName branch { id } } }
    systemSettings { currencyDisplay currencyDecimals }
  }
`);

/** The visit a bill opened from the completion board pays for. */
export const CheckoutAppointmentQuery = graphql(`
  query CheckoutAppointment($id: ID!) {
    appointment(id: $id) {
      id
      status
      branch { id }
      member { ...CheckoutMember }
      beautician { id }
      treatment { id code }
      offerCode
    }
  }
`);

/** The bill's member's prepaid balances: stored value, her card's state and the packages usable today. */
export const CheckoutPrepaidQuery = graphql(`
  query CheckoutPrepaid($memberId: ID!) {
    prepaidAtCheckout(memberId: $memberId) {
      memberId
      storedValueCents
      cardLocked
      cardHasPin
      packages { id name kind sessionsRemaining remainingCents validTo treatmentIds }
    }
  }
`);
