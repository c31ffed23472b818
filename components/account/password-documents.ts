import { graphql } from '@/graphql/generated';

/** The password page's GraphQL documents; `npm run codegen` types them from the schema. */

export const ChangeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      endedSessions
      staff { id mustChangePassword }
    }
  }
`);
