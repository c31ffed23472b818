import { GraphQLRequestError } from '@/lib/apollo/request-error';

export { GraphQLRequestError };

/**
 * The one way client components talk to /api/graphql: the session cookie authenticates, the
 * x-locale header picks the language of error messages, and the first error is thrown as a
 * GraphQLRequestError so forms can show the server's message next to the field it names.
 */

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[];
};

export async function graphqlFetch<T>(query: string, variables: Record<string, unknown> = {}, locale: string): Promise<T> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-locale': locale },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(response.statusText || `HTTP ${response.status}`, null, null);
  }
  const first = body.errors?.[0];
  if (first) {
    const { code, field } = first.extensions ?? {};
    throw new GraphQLRequestError(first.message, typeof code === 'string' ? code : null, typeof field === 'string' ? field : null);
  }
  if (!body.data) throw new GraphQLRequestError(response.statusText || `HTTP ${response.status}`, null, null);
  return body.data;
}
