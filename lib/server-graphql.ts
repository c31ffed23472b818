import 'reflect-metadata';
import { notFound } from 'next/navigation';
import { getDataSource } from '@/db/data-source';
import { executeAs } from '@/graphql/execute';
import { isLocale, defaultLocale } from '@/i18n/locales';
import type { Viewer } from '@/services/auth/viewer';
import { GraphQLRequestError } from './apollo/request-error';

/** GraphQL results are null-prototype objects, which React will not pass to Client Components. */
function plain(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data ?? null));
}

/**
 * Server Components read through the same GraphQL operations the browser and tools use, so the
 * viewer's visibility, validation and error mapping are exactly the API's. NOT_FOUND becomes the
 * localised not-found page; any other error is thrown with its code for the page to handle.
 */
export async function serverGraphql<T>(
  viewer: Viewer,
  locale: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await executeAs(await getDataSource(), viewer, query, variables, isLocale(locale) ? locale : defaultLocale);
  const first = result.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    if (code === 'NOT_FOUND') notFound();
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
    throw new GraphQLRequestError(first.message, code, field);
  }
  return plain(result.data) as T;
}

/**
 * Like serverGraphql, but a query the server does not offer yet (or refuses) yields null, so a
 * page can show what it has while other parts of the API are still landing or forbidden.
 */
export async function serverGraphqlOrNull<T>(
  viewer: Viewer,
  locale: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T | null> {
  const result = await executeAs(await getDataSource(), viewer, query, variables, isLocale(locale) ? locale : defaultLocale);
  return result.errors?.length ? null : (plain(result.data) as T);
}
