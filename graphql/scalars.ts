import { GraphQLError, GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * A date the client sent that is not a calendar day: graphql-scalars' own error, recognisable
 * once graphql-js and Apollo have wrapped it, so the answer can name the field in the caller's
 * language (graphql/local-date-errors.ts).
 */
export class InvalidLocalDateError extends GraphQLError {}

function refusing<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Without an originalError of its own: Apollo keeps the innermost error, and it must be this one.
    throw new InvalidLocalDateError(error instanceof Error ? error.message : String(error), { nodes: error instanceof GraphQLError ? error.nodes : undefined });
  }
}

const config = GraphQLLocalDate.toConfig();

/**
 * A calendar day "YYYY-MM-DD" with no time zone (graphql-scalars' LocalDate): a date that does
 * not exist, such as 2025-02-30, is refused before any resolver runs. Stored in DATE columns,
 * which both drivers hand back as the same text (mysql2 with dateStrings).
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  ...config,
  description: 'A calendar day, "YYYY-MM-DD" (e.g. "2025-06-10"), with no time zone: the day as the salon or branch counts it. A day that does not exist, such as "2025-02-30", is refused with BAD_USER_INPUT naming the field.',
  serialize: (value) => config.serialize(value) as string,
  parseValue: (value) => refusing(() => config.parseValue!(value) as string),
  parseLiteral: (ast, variables) => refusing(() => config.parseLiteral!(ast, variables) as string),
});
