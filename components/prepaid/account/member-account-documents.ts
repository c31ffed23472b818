import { graphql } from '@/graphql/generated';

/** The GraphQL documents of the member's account (我的戶口) and her instalments (分期付款); `npm run codegen` types them. */

export const STORED_VALUE_PAGE_SIZE = 20;
export const ACCOUNT_PACKAGES_PAGE_SIZE = 20;
export const ACCOUNT_COUPONS_SHOWN = 5;
export const PACKAGE_LEDGER_PAGE_SIZE = 50;

export const StoredValueEntryRowFragment = graphql(`
  fragment StoredValueEntryRow on StoredValueEntry {
    id
    kind
    amountCents
    paidCents
    bonusCents
    balanceAfterCents
    reason
    createdAt
    staff { id displayName }
    branch { id name }
    invoice { id number }
    prepaidSale { id number }
  }
`);

export const AccountPackageRowFragment = graphql(`
  fragment AccountPackageRow on MemberPackage {
    id
    name
    kind
    sessionsTotal
    sessionsRemaining
    valueCents
    remainingCents
    status
    validTo
    expired
    usable
    soldAt
  }
`);

export const AccountInstalmentRowFragment = graphql(`
  fragment AccountInstalmentRow on Instalment {
    id
    sequence
    dueDate
    amountCents
    paidCents
    outstandingCents
    overdue
    paidAt
    prepaidSale { id number }
  }
`);

export const MemberAccountQuery = graphql(`
  query MemberAccount($memberId: ID!, $first: Int!, $packages: Int!, $coupons: Int!) {
    member(id: $memberId) { id branch { id currency } }
    systemSettings { currencyDisplay currencyDecimals }
    memberAccount(memberId: $memberId) {
      memberId
      today
      storedValue { balanceCents paidInCents bonusInCents }
      storedValueEntries(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...StoredValueEntryRow }
      }
      packages(first: $packages) {
        totalCount
        nodes { ...AccountPackageRow }
      }
      instalmentsOutstandingCents
      instalments { ...AccountInstalmentRow }
      points { memberId balance expiring { expiresAt points } }
      coupons(first: $coupons, statuses: [ISSUED]) {
        totalCount
        nodes { id code validTo type { id name } }
      }
    }
  }
`);

/** Further pages of the stored-value ledger, kept out of the cache so the first page stays the one the tab refreshes. */
export const MoreStoredValueEntriesQuery = graphql(`
  query MoreStoredValueEntries($memberId: ID!, $first: Int!, $after: String) {
    memberAccount(memberId: $memberId) {
      memberId
      storedValueEntries(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...StoredValueEntryRow }
      }
    }
  }
`);

/** One package's ledger, read when it is opened. */
export const AccountPackageLedgerQuery = graphql(`
  query AccountPackageLedger($id: ID!, $first: Int!) {
    memberPackage(id: $id) {
      id
      entries(first: $first) {
        totalCount
        nodes {
          id
          kind
          sessions
          valueCents
          sessionsAfter
          remainingAfterCents
          reason
          createdAt
          staff { id displayName }
          treatment { id name }
          invoice { id number }
        }
      }
    }
  }
`);

export const MemberInstalmentsQuery = graphql(`
  query MemberInstalments($memberId: ID!) {
    member(id: $memberId) { id branch { id currency } }
    systemSettings { currencyDisplay currencyDecimals }
    memberAccount(memberId: $memberId) {
      memberId
      today
      instalmentsOutstandingCents
      instalments(all: true) { ...AccountInstalmentRow }
    }
  }
`);
