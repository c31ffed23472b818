'use client';

import { useApolloClient } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useEffect, useState } from 'react';
import { reportQuery } from '../report-query';

/**
 * One loyalty report query for the screen's parameters: read afresh whenever `key` (the
 * parameters written out) changes; the answer or the server's message, null while it loads.
 */
export function useLoyaltyReport<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables, key: string) {
  const client = useApolloClient();
  const [loaded, setLoaded] = useState<{ key: string; data: TData | null; error: string | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    reportQuery(client, query, variables).then(
      (data) => !cancelled && setLoaded({ key, data, error: null }),
      (error: unknown) => !cancelled && setLoaded({ key, data: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for the variables: a new object with the same parameters must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, query, key]);
  return loaded?.key === key ? loaded : null;
}
