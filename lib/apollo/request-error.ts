import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** A failed operation as a form shows it: the localised message, extensions.code and extensions.field. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

function fromErrors(errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined): GraphQLRequestError | null {
  const first = errors?.[0];
  if (!first) return null;
  const { code, field } = first.extensions ?? {};
  return new GraphQLRequestError(first.message, typeof code === 'string' ? code : null, typeof field === 'string' ? field : null);
}

/**
 * What a failed operation means for a form: the first error's localised message with its
 * extensions.code and extensions.field, so the message can sit next to the field it names, as the
 * screens showed it before Apollo. An HTTP failure without a GraphQL answer becomes its status text.
 */
export function requestError(failure: unknown): GraphQLRequestError {
  if (failure instanceof GraphQLRequestError) return failure;
  if (CombinedGraphQLErrors.is(failure)) return fromErrors(failure.errors) ?? new GraphQLRequestError(failure.message, null, null);
  if (ServerError.is(failure)) {
    try {
      const body = JSON.parse(failure.bodyText) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const found = fromErrors(body.errors);
      if (found) return found;
    } catch {
      // Not a GraphQL answer (a proxy's error page, say): the status text below says what happened.
    }
    return new GraphQLRequestError(failure.response.statusText || `HTTP ${failure.statusCode}`, null, null);
  }
  return new GraphQLRequestError(failure instanceof Error ? failure.message : String(failure), null, null);
}
