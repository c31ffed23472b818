import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { requestError } from '@/lib/apollo/request-error';

/**
 * One report query through the page's Apollo client: the server's answer as it is (no-cache), as a
 * report is a snapshot taken at `ranAt` and running it again must read it afresh; a failure is
 * thrown as the server's localised message.
 */
export async function reportQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  try {
    const { data } = await client.query({ query, variables, fetchPolicy: 'no-cache' });
    if (data === undefined) throw new Error('The query returned no data');
    return data as TData;
  } catch (failure) {
    throw requestError(failure);
  }
}
