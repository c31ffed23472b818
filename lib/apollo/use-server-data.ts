import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';

/**
 * Puts a Server Component's answer into the client cache once, before the component first reads
 * it, so `useQuery(query, { variables, fetchPolicy: 'cache-only' })` renders it on the server and
 * in the browser without another request, and later fetches (more pages, reloads after a change)
 * update what it shows. Null (nothing to show) writes nothing.
 */
export function useServerData<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables, data: TData | null): void {
  const client = useApolloClient();
  useState(() => {
    if (data !== null) client.writeQuery({ query, variables, data });
  });
}
