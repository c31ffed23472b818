import { graphql } from '@/graphql/generated';

/** The e-coupon documents of the cashier, the member page and the coupon pages; `npm run codegen` types them. */

export const CouponRow = graphql(`
  fragment CouponRow on Coupon {
    id
    code
    status
    validFrom
    validTo
    issuedAt
    redeemedAt
    discountCents
    voidReason
    invoiceId
    type { id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }
    member { id memberNo displayName }
  }
`);

/** A member's coupons, newest first (the cashier asks for the unused ones only). */
export const MemberCouponsQuery = graphql(`
  query MemberCoupons($memberId: ID!, $statuses: [CouponStatus!], $first: Int!, $after: String) {
    memberCoupons(memberId: $memberId, statuses: $statuses, first: $first, after: $after) {
      totalCount
      nodes { ...CouponRow }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CouponTypeFields = graphql(`
  fragment CouponTypeFields on CouponType {
    id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents
    productIds treatmentIds categoryIds departmentIds validDays validFrom validTo active
  }
`);

export const CouponTypesQuery = graphql(`
  query CouponTypes($activeOnly: Boolean!, $first: Int!) {
    couponTypes(activeOnly: $activeOnly, first: $first) { nodes { ...CouponTypeFields } }
  }
`);

export const CreateCouponTypeMutation = graphql(`
  mutation CreateCouponType($input: CouponTypeInput!) {
    createCouponType(input: $input) { ...CouponTypeFields }
  }
`);

export const UpdateCouponTypeMutation = graphql(`
  mutation UpdateCouponType($id: ID!, $input: CouponTypeInput!) {
    updateCouponType(id: $id, input: $input) { ...CouponTypeFields }
  }
`);

export const IssueCouponMutation = graphql(`
  mutation IssueCoupon($memberId: ID!, $typeId: ID!, $idempotencyKey: String!) {
    issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $idempotencyKey) { ...CouponRow }
  }
`);

export const VoidCouponMutation = graphql(`
  mutation VoidCoupon($id: ID!, $reason: String!, $idempotencyKey: String!) {
    voidCoupon(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...CouponRow }
  }
`);

export const CouponsQuery = graphql(`
  query Coupons($filter: CouponFilterInput, $first: Int!, $after: String) {
    coupons(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { ...CouponRow }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CouponReportQuery = graphql(`
  query CouponReport($from: DateTimeISO!, $before: DateTimeISO!) {
    couponReport(from: $from, before: $before) { type { id code name } issued redeemed expired voided discountCents }
  }
`);

/** What a coupon type may be limited to: departments and product categories by name. */
export const CouponTypeChoicesQuery = graphql(`
  query CouponTypeChoices {
    departments(first: 100, includeInactive: true) { nodes { id label } }
    productCategories(first: 100, includeInactive: true) { nodes { id code label } }
  }
`);

export const IssueCouponsToSelectionMutation = graphql(`
  mutation IssueCouponsToSelection($selectionId: ID!, $typeId: ID!) {
    issueCouponsToSelection(selectionId: $selectionId, typeId: $typeId) { id status total processed skipped error }
  }
`);

export const CouponIssueJobQuery = graphql(`
  query CouponIssueJob($id: ID!) {
    bulkJob(id: $id) { id status total processed skipped error }
  }
`);
