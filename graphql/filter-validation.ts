import { ValidateBy, type ValidationError } from 'class-validator';
import { DomainError, ErrorCode } from '../services/errors/domain-error';
import { fieldPath, isCalendarDate, isOrderedRange } from '../services/members/member-search-rules';

/** The validation contexts the error middleware translates: `errors.<key>` with its params. */
export const tooLong = (max: number) => ({ context: { key: 'tooLong', params: { max } } });
export const tooMany = (max: number) => ({ context: { key: 'tooMany', params: { max } } });

// A custom rule needs a default message: class-validator attaches the context only to failures that have one.
export function IsCalendarDate() {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => 'invalidDate' } },
    { context: { key: 'invalidDate' } },
  );
}

/** The end of a date range (YYYY-MM-DD) may not come before its start, the object's `fromProperty`. */
export function IsNotBefore(fromProperty: string) {
  return ValidateBy(
    {
      name: 'isNotBefore',
      validator: {
        validate: (value, args) => isOrderedRange((args?.object as Record<string, string | null | undefined>)[fromProperty], value as string),
        defaultMessage: () => 'dateRangeReversed',
      },
    },
    { context: { key: 'dateRangeReversed' } },
  );
}

/**
 * The first failure of a filter validated by hand (filters arrive from GraphQL and from query
 * strings alike), as a domain error naming its field path, e.g. "filter.joinedTo".
 */
export function firstValidationError(errors: ValidationError[], path: string[]): DomainError {
  const first = errors[0];
  const here = [...path, first.property];
  if (!first.constraints && first.children?.length) return firstValidationError(first.children, here);
  const constraint = Object.keys(first.constraints ?? {})[0];
  const context = (first.contexts?.[constraint] ?? {}) as { key?: string; params?: Record<string, string | number> };
  return new DomainError(ErrorCode.BadUserInput, context.key ?? 'required', context.params ?? {}, fieldPath(here));
}
