import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';

/**
 * A Server Component's answer to a query the client component also reads: put into the client
 * cache whenever the server sends a new one (the first visit, or a navigation that changed the
 * variables, e.g. a list's filter in the URL), before the component reads it. Then
 * `useQuery(query, { variables, fetchPolicy: 'cache-first' })` shows it at once, in the server's
 * HTML and in the browser, without a request of its own. Unlike useServerData it follows every new
 * answer; the write notifies no other reader (it happens while rendering the one that reads it).
 * Null (no answer, e.g. in component tests) writes nothing and the component asks for itself.
 */
export function useServerAnswer<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables, data: TData | null): void {
  const client = useApolloClient();
  const [written, setWritten] = useState<TData | null>(null);
  if (data !== null && data !== written) {
    client.cache.writeQuery({ query, variables, data, broadcast: false });
    setWritten(data);
  }
}
