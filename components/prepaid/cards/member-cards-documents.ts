import { graphql } from '@/graphql/generated';

/** The GraphQL documents of a member's cards (會員卡); `npm run codegen` types them. */

export const MemberCardRowFragment = graphql(`
  fragment MemberCardRow on MemberCard {
    id
    cardNumber
    status
    hasPin
    issuedAt
    lockedAt
    reason
    updatedAt
    replacedBy { id cardNumber }
  }
`);

export const MemberCardsQuery = graphql(`
  query MemberCards($memberId: ID!) {
    memberCards(memberId: $memberId) { ...MemberCardRow }
  }
`);

export const IssueMemberCardMutation = graphql(`
  mutation IssueMemberCard($input: IssueMemberCardInput!) {
    issueMemberCard(input: $input) { ...MemberCardRow }
  }
`);

export const SetMemberCardPinMutation = graphql(`
  mutation SetMemberCardPin($input: SetMemberCardPinInput!) {
    setMemberCardPin(input: $input) { ...MemberCardRow }
  }
`);

export const LockMemberCardMutation = graphql(`
  mutation LockMemberCard($input: LockMemberCardInput!) {
    lockMemberCard(input: $input) { ...MemberCardRow }
  }
`);

export const UnlockMemberCardMutation = graphql(`
  mutation UnlockMemberCard($input: UnlockMemberCardInput!) {
    unlockMemberCard(input: $input) { ...MemberCardRow }
  }
`);

export const ReplaceMemberCardMutation = graphql(`
  mutation ReplaceMemberCard($input: ReplaceMemberCardInput!) {
    replaceMemberCard(input: $input) { ...MemberCardRow }
  }
`);
