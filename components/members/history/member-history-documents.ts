import { graphql } from '@/graphql/generated';

/** The member history (ประวัติลูกค้า) section's documents; `npm run codegen` types them from the schema. */

export const MEMBER_HISTORY_PAGE_SIZE = 20;

/** One row of the timeline with what it shows and where it leads. */
export const MemberHistoryRow = graphql(`
  fragment MemberHistoryRow on MemberHistoryEntry {
    id
    kind
    at
    appointment {
      id status
      branch { id label timeZone }
      beautician { id displayName code }
      treatment { id name }
    }
    campaign { id code name }
    invoice { id number status totalCents branch { id label currency timeZone } }
    salesReturn { id number totalCents reason branch { id label currency timeZone } }
    returnedInvoiceId
    contactLog { id note content method { id label } status { id label } createdBy { id displayName code } }
    contactMemberId
    levelChange { ...LevelChangeRow }
  }
`);

export const MemberHistoryQuery = graphql(`
  query MemberHistory($memberId: ID!, $first: Int!, $after: String, $kinds: [MemberHistoryKind!]) {
    memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...MemberHistoryRow }
    }
  }
`);
