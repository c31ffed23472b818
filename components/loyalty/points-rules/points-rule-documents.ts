import { graphql } from '@/graphql/generated';

export const PointsRuleSetting = graphql(`
  fragment PointsRuleSetting on PointsRule {
    id
    code
    name
    active
    effect
    multiplierBasisPoints
    pointsPer100
    priority
    branchIds
    memberGroupIds
    productIds
    treatmentIds
    categoryIds
    departmentIds
    weekdays
    birthdayMonthOnly
    validFrom
    validTo
  }
`);

export const PointsRulesQuery = graphql(`
  query PointsRules($after: String) {
    pointsRules(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...PointsRuleSetting }
    }
  }
`);

/**
 * What the conditions choose from, in two documents: the six lists in one cost 8850, over the
 * API's query cost limit (8000), and the page failed to open; each half costs about 4400.
 */
export const PointsRuleChoicesQuery = graphql(`
  query PointsRuleChoices {
    branches(first: 100) { nodes { id code label } }
    memberGroups(first: 100) { nodes { id name } }
    productCategories(first: 100, includeInactive: true) { nodes { id code label } }
  }
`);

export const PointsRuleItemChoicesQuery = graphql(`
  query PointsRuleItemChoices {
    products(first: 100) { nodes { id code label } }
    treatments(first: 100, includeInactive: true) { nodes { id code name } }
    departments(first: 100, includeInactive: true) { nodes { id label } }
  }
`);

export const CreatePointsRuleMutation = graphql(`
  mutation CreatePointsRule($input: PointsRuleInput!) {
    createPointsRule(input: $input) { ...PointsRuleSetting }
  }
`);

export const UpdatePointsRuleMutation = graphql(`
  mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {
    updatePointsRule(id: $id, input: $input) { ...PointsRuleSetting }
  }
`);

export const DeletePointsRuleMutation = graphql(`
  mutation DeletePointsRule($id: ID!) {
    deletePointsRule(id: $id) { id }
  }
`);
