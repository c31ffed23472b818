import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, isInputObjectType, isListType, isNonNullType, Kind, typeFromAST, visit,
  type ASTNode, type DocumentNode, type GraphQLFormattedError, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { DomainError, ErrorCode } from '../services/errors/domain-error';
import type { Locale } from '../i18n/locales';
import type { GraphQLContext } from './context';
import { translateDomainError } from './errors';
import { InvalidLocalDateError, LocalDate } from './scalars';

/**
 * The field a refused date is reported on, as the services name fields: the argument and input
 * fields leading to it ("date", "filter.contactedFrom"), except that the fields of a mutation's
 * `input` are named alone ("startsOn"), as class-validator names them; list positions are left out.
 */
function fieldName(segments: string[]): string {
  const named = segments[0] === 'input' && segments.length > 1 ? segments.slice(1) : segments;
  return named.filter((segment) => !/^\d+$/.test(segment)).join('.');
}

/** The argument and input-field names from the operation down to the first node `matches` accepts. */
function namesTo(document: DocumentNode, matches: (node: ASTNode, ancestors: readonly unknown[]) => boolean): string[] | undefined {
  let found: string[] | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      // graphql-js's ancestors stop short of the parent.
      const above = parent ? [...ancestors, parent] : [...ancestors];
      if (found || !matches(node, above)) return undefined;
      found = [...above, node].flatMap((a) => {
        const n = a as ASTNode;
        return n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD ? [n.name.value] : [];
      });
      return false;
    },
  });
  return found;
}

/** The paths, in graphql-js's order of coercion, of the dates in a variable's value that are not calendar days. */
function refusedDates(type: GraphQLInputType, value: unknown, path: string[] = []): string[][] {
  if (isNonNullType(type)) return refusedDates(type.ofType, value, path);
  if (value === null || value === undefined) return [];
  if (isListType(type)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => refusedDates(type.ofType, item, [...path, String(i)]));
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return [];
    return Object.values(type.getFields()).flatMap((field) =>
      refusedDates(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]),
    );
  }
  if (type.name !== LocalDate.name) return [];
  try {
    LocalDate.parseValue(value);
    return [];
  } catch {
    return [path];
  }
}

/** Names the field of every refused date among a response's errors; undefined for other errors. */
function refusedFields(errors: readonly GraphQLError[], document: DocumentNode, schema: GraphQLSchema, variables: Record<string, unknown>) {
  const seenPerVariable = new Map<string, number>();
  return errors.map((error) => {
    if (!(error.originalError instanceof InvalidLocalDateError)) return undefined;
    const node = error.nodes?.[0];
    if (node?.kind === Kind.VARIABLE_DEFINITION) {
      const name = node.variable.name.value;
      const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
      const nth = seenPerVariable.get(name) ?? 0;
      seenPerVariable.set(name, nth + 1);
      const inside = type ? refusedDates(type, variables[name])[nth] ?? [] : [];
      const usage = namesTo(document, (n, ancestors) =>
        n.kind === Kind.VARIABLE && n.name.value === name && !ancestors.some((a) => (a as ASTNode).kind === Kind.VARIABLE_DEFINITION),
      );
      return fieldName([...(usage ?? [name]), ...inside]);
    }
    // A literal in the document: graphql-scalars names the value node it refused.
    const literal = error.originalError.nodes?.[0];
    const names = literal ? namesTo(document, (n) => n === literal) : undefined;
    return names?.length ? fieldName(names) : undefined;
  });
}

function refusal(field: string | undefined, locale: Locale, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const error = translateDomainError(new DomainError(ErrorCode.BadUserInput, 'invalidDate', {}, field), locale);
  return { message: error.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: error.extensions };
}

/**
 * A date that is not a calendar day is refused by the LocalDate scalar before any resolver runs,
 * where graphql-js and Apollo answer in English without the field (GRAPHQL_VALIDATION_FAILED for
 * a literal, BAD_USER_INPUT for a variable). This answers both as the services answered a bad date
 * before the scalar: BAD_USER_INPUT, the field named, the message in the caller's language.
 */
export const localDateErrorsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors, document, schema, request, contextValue }) {
        if (response.body.kind !== 'single' || !errors?.length || !document) return;
        const formatted = response.body.singleResult.errors;
        if (!formatted || formatted.length !== errors.length) return;
        if (!errors.some((error) => error.originalError instanceof InvalidLocalDateError)) return;
        const fields = refusedFields(errors, document, schema, request.variables ?? {});
        response.body.singleResult.errors = formatted.map((error, i) =>
          errors[i].originalError instanceof InvalidLocalDateError ? refusal(fields[i], contextValue.locale, error) : error,
        );
      },
    };
  },
};
