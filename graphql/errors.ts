import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError, ErrorCode } from '../services/errors/domain-error';
import { alreadyUsedFromViolation, uniqueKeysOf } from '../services/errors/unique-violation.service';
import { errorTranslator, hasErrorMessage, permissionName } from '../services/i18n/translator';
import type { Locale } from '../i18n/locales';
import type { GraphQLContext } from './context';
import { requestLogger } from './request-log';

/** An unexpected error already logged and replaced by a translated, harmless message. */
class MaskedError extends GraphQLError {}

/** Codes a client may see as they are; anything else is logged and masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function translateDomainError(error: DomainError, locale: Locale): GraphQLError {
  const t = errorTranslator(locale);
  const params = { ...error.params };
  if (typeof params.entity === 'string') params.entity = t(`entity.${params.entity}`);
  if (typeof params.permission === 'string') params.permission = permissionName(params.permission, locale);
  const reason = t(error.messageKey, params);
  const label = error.field ? fieldLabel(error.field, locale, params.fieldLabel) : '';
  const message = error.field ? t('invalidField', { field: label, reason }) : reason;
  return new GraphQLError(message, {
    extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) },
  });
}

/**
 * The field's translated label; fields without one (e.g. admin-defined fields) may bring their own.
 * A path into a list ("lines.2.quantity") reads as the item's label with its position and the
 * leaf's label ("Items 3 › Quantity"), so a cashier sees which line is wrong.
 */
function fieldLabel(field: string, locale: Locale, own?: string | number): string {
  const t = errorTranslator(locale);
  if (hasErrorMessage(locale, `fields.${field}`)) return t(`fields.${field}`);
  const nested = /^([A-Za-z]+)\.(\d+)\.([A-Za-z]+)$/.exec(field);
  if (nested && typeof own !== 'string') {
    const [, list, index, leaf] = nested;
    const label = (key: string) => (hasErrorMessage(locale, `fields.${key}`) ? t(`fields.${key}`) : key);
    return `${label(list)} ${Number(index) + 1} › ${label(leaf)}`;
  }
  return typeof own === 'string' ? own : field;
}

/** The first failing constraint of class-validator's errors, as a domain error naming the field. */
function fromValidation(errors: ValidationError[], path: string[] = []): DomainError {
  const first = errors[0];
  const field = [...path, first.property].join('.');
  if (!first.constraints && first.children?.length) return fromValidation(first.children, [...path, first.property]);
  const constraint = Object.keys(first.constraints ?? {})[0];
  const context = (first.contexts?.[constraint] ?? {}) as { key?: string; params?: Record<string, string | number> };
  return new DomainError(ErrorCode.BadUserInput, context.key ?? 'required', context.params ?? {}, field);
}

/**
 * What the client should see of an error a resolver threw, in the caller's language: domain and
 * validation errors name their code (and field), as does a duplicate the database's unique keys
 * refused (whichever service wrote it); the rest are logged and masked.
 */
function resolverError(error: unknown, context: GraphQLContext): GraphQLError {
  if (error instanceof DomainError) return translateDomainError(error, context.locale);
  if (error instanceof ArgumentValidationError) {
    return translateDomainError(fromValidation(error.extensions.validationErrors as ValidationError[]), context.locale);
  }
  const duplicate = alreadyUsedFromViolation(error, uniqueKeysOf(context.ds));
  if (duplicate) return translateDomainError(duplicate, context.locale);
  if (error instanceof GraphQLError && PUBLIC_CODES.has(String(error.extensions?.code))) return error;
  requestLogger().error({ err: error }, 'unexpected resolver error');
  return new MaskedError(errorTranslator(context.locale)('internal'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * A resolver whose errors reach the client as `resolverError` makes them. It stays synchronous
 * when the resolver is: a page's scalar fields cost no promise (a TypeGraphQL middleware would
 * make every one of them async).
 */
export function translatingErrors<TSource, TArgs>(
  resolve: GraphQLFieldResolver<TSource, GraphQLContext, TArgs>,
): GraphQLFieldResolver<TSource, GraphQLContext, TArgs> {
  return (source, args, context, info) => {
    try {
      const result = resolve(source, args, context, info);
      return isPromiseLike(result)
        ? Promise.resolve(result).catch((error: unknown) => { throw resolverError(error, context); })
        : result;
    } catch (error) {
      throw resolverError(error, context);
    }
  };
}

/** Last line of defence for errors raised outside resolvers: never leak internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (PUBLIC_CODES.has(code) || unwrapResolverError(error) instanceof MaskedError) {
    if (process.env.NODE_ENV === 'development') return formatted;
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { ...formatted, extensions };
  }
  requestLogger().error({ err: error }, 'unexpected GraphQL error');
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
