import { graphql } from '@/graphql/generated';

/** The contact list's GraphQL documents; `npm run codegen` types them from the schema. */

export const PAGE_SIZE = 50;

/** One row of the contact list's table. */
export const ContactListRow = graphql(`
  fragment ContactListRow on ContactMember {
    id
    lastContactAt
    nextFollowUpAt
    followUpState
    campaign { id code name }
    member { id memberNo lastName firstName phone phone2 }
    salesperson { id code displayName }
    status { id label }
    lastLog { id note content method { id label } }
    appointment {
      id startsAt status note attendanceNote verificationNote purchaseNote verifiedAt
      branch { id code }
      verifiedBy { id code displayName }
    }
    successfulPurchase
    sameDayPurchase {
      date invoiceCents productCents treatmentCents
      invoices { id number }
      items { kind code description quantity }
    }
  }
`);

/** A page of the list; a page with `after` is appended to the rows shown (relay-style pagination). */
export const ContactListQuery = graphql(`
  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {
    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges { cursor node { ...ContactListRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/**
 * The total in a request of its own: counting a large list takes longer than its first page, so
 * the rows are shown without waiting for it. Asking for the total alone reads no rows.
 */
export const ContactListTotalQuery = graphql(`
  query ContactListTotal($filter: ContactFilterInput) {
    contactMembers(filter: $filter) { totalCount }
  }
`);

export const CampaignChoice = graphql(`
  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }
`);

export const StaffChoice = graphql(`
  fragment StaffChoice on Staff { id code displayName }
`);

/** The filters' choices and the same-day invoice thresholds. */
export const ContactListOptionsQuery = graphql(`
  query ContactListOptions {
    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }
    contactSalespeople(first: 100) { nodes { ...StaffChoice } }
    contactStatuses(first: 100) { nodes { id label } }
    contactSettings {
      invoiceThresholdCents productThresholdCents treatmentThresholdCents
      showInvoicePurchases showProductPurchases showTreatmentPurchases successRuleEnabled
    }
  }
`);

/** Salespeople a manager may reassign contact members to. */
export const ReassignTargetsQuery = graphql(`
  query ReassignTargets {
    staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...StaffChoice } }
  }
`);

export const ReassignContactMembersMutation = graphql(`
  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {
    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)
  }
`);
