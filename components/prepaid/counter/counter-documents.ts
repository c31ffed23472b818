import { graphql } from '@/graphql/generated';

/** The GraphQL documents of the 預付 counter: top-up, refund, instalments; `npm run codegen` types them. */

export const INSTALMENTS_PAGE_SIZE = 50;

/** What the counter's forms need before the first tap: where the money is taken, the tenders, how money shows. */
export const PrepaidCounterSetupQuery = graphql(`
  query PrepaidCounterSetup {
    viewer { id branch { id currency } }
    branches(includeClosed: false, first: 100) { nodes { id label currency } }
    tenderTypes(first: 100) { nodes { id code label kind givesChange } }
    systemSettings { currencyDisplay currencyDecimals }
  }
`);

export const InstalmentRowFragment = graphql(`
  fragment InstalmentRow on Instalment {
    id
    sequence
    dueDate
    amountCents
    paidCents
    outstandingCents
    overdue
    member { id memberNo displayName }
    prepaidSale { id number memberPackage { id name } }
  }
`);

/** The member at the counter: her stored value and what she still owes on instalments. */
export const PrepaidCounterMemberQuery = graphql(`
  query PrepaidCounterMember($memberId: ID!, $first: Int!) {
    memberAccount(memberId: $memberId) { memberId storedValue { balanceCents } }
    instalments(memberId: $memberId, first: $first) { nodes { ...InstalmentRow } }
  }
`);

/** The outstanding (or only overdue) instalments, the latest due first. */
export const PrepaidInstalmentsQuery = graphql(`
  query PrepaidInstalments($status: InstalmentStatusFilter!, $branchId: ID, $first: Int!, $after: String) {
    instalments(status: $status, branchId: $branchId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...InstalmentRow }
    }
  }
`);

/** "Pay 1,000, get 1,100": her level's bonus on what she would pay. */
export const TopUpQuoteQuery = graphql(`
  query TopUpQuote($memberId: ID!, $amountCents: Int!) {
    topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents }
  }
`);

export const TopUpMutation = graphql(`
  mutation TopUp($input: TopUpInput!) {
    topUp(input: $input) { changeCents prepaidSale { id number } entry { id amountCents paidCents bonusCents balanceAfterCents } }
  }
`);

export const RefundStoredValueMutation = graphql(`
  mutation RefundStoredValue($input: RefundStoredValueInput!) {
    refundStoredValue(input: $input) { prepaidSale { id number } entry { id amountCents balanceAfterCents } }
  }
`);

export const PayInstalmentMutation = graphql(`
  mutation PayInstalment($input: PayInstalmentInput!) {
    payInstalment(input: $input) { ...InstalmentRow paidAt }
  }
`);

/** The queries a counter mutation changes: the counter's member, the account tab, the instalment lists. */
export const PREPAID_COUNTER_REFETCH = ['PrepaidCounterMember', 'MemberAccount', 'PrepaidInstalments'];
