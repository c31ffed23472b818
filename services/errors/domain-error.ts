/**
 * Errors the product means to show: each carries a GraphQL-style code, a message key under the
 * `errors` namespace of messages/*.json, its parameters, and the input field it concerns.
 */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  /** A value that must be unique (a code, a name, a login) is taken by another row. */
  AlreadyUsed = 'ALREADY_USED',
}

export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly field?: string,
  ) {
    super(`${code}: ${messageKey}${field ? ` (${field})` : ''}`);
    this.name = 'DomainError';
  }
}

export const unauthenticated = () => new DomainError(ErrorCode.Unauthenticated, 'unauthenticated');
export const forbidden = () => new DomainError(ErrorCode.Forbidden, 'forbidden');
export const notFound = (entity: string) => new DomainError(ErrorCode.NotFound, 'notFound', { entity });

/** A bad value for one input field; `reasonKey` names why, e.g. "tooLong" with { max: 100 }. */
export const invalidField = (field: string, reasonKey: string, params: MessageParams = {}) =>
  new DomainError(ErrorCode.BadUserInput, reasonKey, params, field);

/** The value of `field` is taken: the same error whether a check or the database's unique key found it. */
export const alreadyUsed = (field: string) => new DomainError(ErrorCode.AlreadyUsed, 'alreadyUsed', {}, field);
