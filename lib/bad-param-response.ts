import { translateDomainError } from '../graphql/errors';
import type { Locale } from '../i18n/locales';
import { DomainError, ErrorCode } from '../services/errors/domain-error';
import { errorResponse } from './export-route';

/** A download's refused parameter as a 400 whose message names the field in the caller's language; other errors as errorResponse words them. */
export function badParamResponse(error: DomainError, locale: Locale): Response {
  if (error.code !== ErrorCode.BadUserInput) return errorResponse(error, locale);
  return Response.json({ error: { code: error.code, message: translateDomainError(error, locale).message, field: error.field } }, { status: 400 });
}
