import { graphql } from '@/graphql/generated';

/** GraphQL documents both reports share (聯絡活動分析 and 同事跟進的統計); `npm run codegen` types them from the schema. */

/** The filter a report ran with, by name, for its header. */
export const ReportAppliedFilterFields = graphql(`
  fragment ReportAppliedFilterFields on ReportAppliedFilter {
    branches { id code name }
    campaigns { id code name }
    salesGroups { id name }
    salespeople { id code displayName }
    memberGroups { id code name }
  }
`);

/** Who ran a report, for its header. */
export const ReportRanBy = graphql(`
  fragment ReportRanBy on Staff { id code displayName login }
`);

/*
 * The filter form's choices, one list per document, each read 100 at a time to its end: a filter
 * offering only the first page would hide choices.
 */
export const ReportBranchOptionsQuery = graphql(`
  query ReportBranchOptions($after: String) {
    branches(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }
  }
`);

export const ReportCampaignOptionsQuery = graphql(`
  query ReportCampaignOptions($after: String) {
    campaigns(first: 100, after: $after, includeArchived: true) { nodes { id code name } pageInfo { hasNextPage endCursor } }
  }
`);

export const ReportSalesGroupOptionsQuery = graphql(`
  query ReportSalesGroupOptions($after: String) {
    salesGroups(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }
  }
`);

/** Only the salespeople whose contact members the viewer may see. */
export const ReportSalespersonOptionsQuery = graphql(`
  query ReportSalespersonOptions($after: String) {
    contactSalespeople(first: 100, after: $after) { nodes { id code displayName } pageInfo { hasNextPage endCursor } }
  }
`);

export const ReportMemberGroupOptionsQuery = graphql(`
  query ReportMemberGroupOptions($after: String) {
    memberGroups(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }
  }
`);
