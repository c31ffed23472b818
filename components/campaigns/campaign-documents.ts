import { graphql } from '@/graphql/generated';

/** The campaign and offer pages' GraphQL documents; `npm run codegen` types them from the schema. */

/** An offer as a campaign's offer picker shows it. */
export const CampaignOfferChoice = graphql(`
  fragment CampaignOfferChoice on Offer {
    id
    code
    name
    analysisCode
  }
`);

export const CampaignListRow = graphql(`
  fragment CampaignListRow on Campaign {
    id
    code
    name
    offerCode
    analysisCode
    memberCount
    archived
  }
`);

export const CampaignListQuery = graphql(`
  query CampaignList($archived: Boolean!, $search: String, $after: String) {
    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...CampaignListRow }
    }
  }
`);

export const CampaignFormQuery = graphql(`
  query CampaignForm($id: ID!) {
    campaign(id: $id) {
      id
      code
      name
      details
      startsOn
      endsOn
      archived
      memberCount
      offer { ...CampaignOfferChoice }
    }
  }
`);

/** The offers a campaign may carry, a page of 100 at a time (server only, so `nodes` as the settings lists). */
export const CampaignOffersQuery = graphql(`
  query CampaignOffers($after: String) {
    offers(marketingOnly: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...CampaignOfferChoice }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id }
  }
`);

/** 優惠 settings: every offer, marketing or not. */
export const OfferSetting = graphql(`
  fragment OfferSetting on Offer {
    id
    code
    name
    altCode
    analysisCode
    isMarketing
    active
    branchIds
    memberGroupIds
    interestGroupIds
    departmentIds
    birthdayMonthsBefore
    birthdayMonthsAfter
    validFrom
    validTo
    perMemberLimit
    discountType
    discountBasisPoints
    fixedPriceCents
    prepaidExpiryMonths
  }
`);

/** What an offer's conditions choose from: branches, member groups, interest groups, departments. */
export const OfferChoicesQuery = graphql(`
  query OfferFormChoices {
    branches(first: 100) { nodes { id code label } }
    memberGroups(first: 100) { nodes { id name } }
    interestGroups(first: 100) { nodes { id name } }
    departments(first: 100, includeInactive: true) { nodes { id label } }
  }
`);

export const OfferSettingsQuery = graphql(`
  query OfferSettings($after: String) {
    offers(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...OfferSetting }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) { ...OfferSetting }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($id: ID!, $input: OfferInput!) {
    updateOffer(id: $id, input: $input) { ...OfferSetting }
  }
`);
