import { graphql } from '@/graphql/generated';

/** The tender types screen's GraphQL documents; `npm run codegen` types them. */

export const TenderRow = graphql(`
  fragment TenderRow on TenderType {
    id
    code
    name
    label
    translations { zhHK en zhCN th }
    kind
    givesChange
    sortOrder
    active
  }
`);

/** Every tender type, inactive ones too. */
export const TenderSettingsQuery = graphql(`
  query TenderSettings($after: String) {
    tenderTypes(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...TenderRow }
    }
  }
`);

export const CreateTenderTypeMutation = graphql(`
  mutation CreateTenderType($input: TenderTypeInput!) {
    createTenderType(input: $input) { ...TenderRow }
  }
`);

export const UpdateTenderTypeMutation = graphql(`
  mutation UpdateTenderType($id: ID!, $input: TenderTypeInput!) {
    updateTenderType(id: $id, input: $input) { ...TenderRow }
  }
`);
