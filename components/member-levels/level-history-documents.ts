import { graphql } from '@/graphql/generated';

export const LEVEL_HISTORY_PAGE_SIZE = 10;

/** 會員級別: one change of the member's level, as the level history explains it. */
export const LevelChangeRow = graphql(`
  fragment LevelChangeRow on MemberLevelChange {
    id reason spendCents createdAt
    fromGroup { id name upgradeWithinMonths }
    toGroup { id name upgradeWithinMonths }
    invoice { id number }
    staff { id displayName }
  }
`);

export const MemberLevelChangesQuery = graphql(`
  query MemberLevelChanges($memberId: ID!, $first: Int!, $after: String) {
    memberLevelChanges(memberId: $memberId, first: $first, after: $after) {
      totalCount
      nodes { ...LevelChangeRow }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
