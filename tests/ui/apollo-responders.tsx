import { InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { ReactNode } from 'react';
import { typePolicies } from '@/lib/apollo/type-policies';

/** What a responder answers: the data, or undefined to refuse with the server's message. */
type Responder = (variables: Record<string, any>) => unknown;

/** An operation a test's component sent, by name. */
export type Call = { operation: string; variables: Record<string, any> };

const nameOf = (document: TypedDocumentNode<any, any>) =>
  (document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name!.value;

/**
 * MockedProvider mocks that answer each of a page's documents from a function of its variables,
 * as often as it is asked (polling, reloads), and record every call; a responder returning
 * undefined refuses with a GraphQL error, as the server does.
 */
export function responders(answers: Array<[TypedDocumentNode<any, any>, Responder]>, calls: Call[], refusal = 'unknown'): MockedProviderProps['mocks'] {
  return answers.map(([query, respond]) => ({
    // Any variables: the responder reads them, and the test checks the calls recorded.
    request: { query, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, any>) => {
      calls.push({ operation: nameOf(query), variables });
      const data = respond(variables);
      return data === undefined ? { errors: [new GraphQLError(refusal)] } : { data };
    },
  }));
}

/** The app's cache rules, as the browser's client has them. */
export function MockedApollo({ mocks, children }: { mocks: MockedProviderProps['mocks']; children: ReactNode }) {
  return (
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {children}
    </MockedProvider>
  );
}
