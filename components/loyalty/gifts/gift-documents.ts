import { graphql } from '@/graphql/generated';

/** The GraphQL documents of 禮品管理, 禮品類別 and 積分兌換; `npm run codegen` types them. */

export const GiftCategoryRowFragment = graphql(`
  fragment GiftCategoryRow on GiftCategory {
    id
    code
    name
    sortOrder
    active
  }
`);

export const GiftRowFragment = graphql(`
  fragment GiftRow on Gift {
    id
    code
    name
    categoryId
    category { id name }
    pointsPrice
    description
    active
    stock { onHand branch { id code name } }
  }
`);

export const GiftCategoriesQuery = graphql(`
  query GiftCategories($after: String) {
    giftCategories(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GiftCategoryRow }
    }
  }
`);

export const GiftsQuery = graphql(`
  query Gifts($after: String) {
    gifts(first: 40, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GiftRow }
    }
  }
`);

export const GiftBranchesQuery = graphql(`
  query GiftBranches($after: String) {
    branches(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code name }
    }
  }
`);

export const CreateGiftCategoryMutation = graphql(`
  mutation CreateGiftCategory($input: GiftCategoryInput!) {
    createGiftCategory(input: $input) { ...GiftCategoryRow }
  }
`);

export const UpdateGiftCategoryMutation = graphql(`
  mutation UpdateGiftCategory($id: ID!, $input: GiftCategoryInput!) {
    updateGiftCategory(id: $id, input: $input) { ...GiftCategoryRow }
  }
`);

export const CreateGiftMutation = graphql(`
  mutation CreateGift($input: GiftInput!) {
    createGift(input: $input) { ...GiftRow }
  }
`);

export const UpdateGiftMutation = graphql(`
  mutation UpdateGift($id: ID!, $input: GiftInput!) {
    updateGift(id: $id, input: $input) { ...GiftRow }
  }
`);

export const MoveGiftStockMutation = graphql(`
  mutation MoveGiftStock($input: GiftStockMoveInput!) {
    moveGiftStock(input: $input) { onHand branch { id } }
  }
`);

export const GiftStockMovementsQuery = graphql(`
  query GiftStockMovements($giftId: ID!, $after: String) {
    giftStockMovements(giftId: $giftId, first: 20, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id kind quantity note createdAt branch { id code name } staff { id displayName } }
    }
  }
`);

export const RedeemableGiftsQuery = graphql(`
  query RedeemableGifts($branchId: ID!, $after: String) {
    gifts(activeOnly: true, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code name pointsPrice category { id name } stockAt(branchId: $branchId) }
    }
  }
`);

export const MEMBER_REDEMPTIONS_PAGE_SIZE = 10;

export const MemberGiftRedemptionsQuery = graphql(`
  query MemberGiftRedemptions($memberId: ID!, $first: Int!, $after: String) {
    memberGiftRedemptions(memberId: $memberId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id quantity points status createdAt cancelledAt gift { id code name } branch { id name } staff { id displayName } }
    }
  }
`);

export const RedeemGiftMutation = graphql(`
  mutation RedeemGift($input: RedeemGiftInput!) {
    redeemGift(input: $input) { id quantity points }
  }
`);

export const CancelGiftRedemptionMutation = graphql(`
  mutation CancelGiftRedemption($id: ID!, $reason: String!, $idempotencyKey: String!) {
    cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status cancelledAt }
  }
`);
