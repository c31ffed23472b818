import 'reflect-metadata';
import { ApolloLink, CombinedGraphQLErrors, Observable, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { print, type FormattedExecutionResult } from 'graphql';
import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDataSource } from '@/db/data-source';
import { executeAs } from '@/graphql/execute';
import { defaultLocale, isLocale } from '@/i18n/locales';
import { requestError } from '@/lib/apollo/request-error';
import { typePolicies } from '@/lib/apollo/type-policies';
import { currentViewer } from './require-viewer';

/**
 * Server Components run operations in-process through the same Apollo Server pipeline as the API
 * (limits, the viewer's visibility, validation, error mapping), as the signed-in viewer and in the
 * request's language; never over HTTP to this server itself.
 */
const inProcessLink = new ApolloLink(
  (operation) =>
    new Observable<FormattedExecutionResult>((observer) => {
      (async () => {
        const locale = await getLocale();
        const result = await executeAs(
          await getDataSource(),
          (await currentViewer()) ?? null,
          print(operation.query),
          operation.variables,
          isLocale(locale) ? locale : defaultLocale,
        );
        // Results are null-prototype objects; the cache and React want plain ones.
        observer.next(JSON.parse(JSON.stringify(result)) as FormattedExecutionResult);
        observer.complete();
      })().catch((failure: unknown) => observer.error(failure));
    }),
);

export const { getClient } = registerApolloClient(() => new ApolloClient({ cache: new InMemoryCache({ typePolicies }), link: inProcessLink }));

/**
 * One query for a Server Component: its typed data, the localised not-found page for NOT_FOUND,
 * and any other error thrown with its code and field (never swallowed as null).
 */
export async function serverQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  try {
    // The server's answer as it is: the page hands it to client components, which keep their own cache.
    const { data } = await getClient().query({ query, variables: variables as TVariables, fetchPolicy: 'no-cache' });
    if (data === undefined) throw new Error('The query returned no data');
    return data;
  } catch (failure) {
    if (CombinedGraphQLErrors.is(failure) && failure.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) notFound();
    throw requestError(failure);
  }
}
