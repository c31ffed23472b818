import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { logger } from '../lib/logger';
import { anonymousGuardPlugin } from './anonymous-guard';
import type { GraphQLContext } from './context';
import { formatError } from './errors';
import { localDateErrorsPlugin } from './local-date-errors';
import { requestLogPlugin } from './request-log';
import { getSchema } from './schema';

/**
 * Query-shape limits from the OWASP GraphQL cheat sheet, sized for our deepest real screens. The
 * cost fits the contact page's documents as Apollo Client sends them (relay-style edges for the
 * cache, __typename on every selection): up to about 5900, where the same data written by hand
 * cost under 5000.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 8000, maxDirectives: 20, maxTokens: 2000 };

let server: Promise<ApolloServer<GraphQLContext>> | undefined;

/** The armour's plugins and validation rules with our limits. */
export function armorProtection() {
  return new ApolloArmor({
    // Depth is the data's depth: a fragment spread is not a level of its own (see costLimit).
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    // A fragment costs what its fields would cost written inline: the pages' typed documents are
    // built from fragments, and unflattened each spread multiplies its fields' cost by another 1.5.
    costLimit: { maxCost: LIMITS.maxCost, flattenFragments: true },
    maxDirectives: { n: LIMITS.maxDirectives },
    // The armour's token plugin parses a second time and turns every syntax error into a 500;
    // graphql's own parser enforces the limit instead (parseOptions below): a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    // Suggestions are removed for anonymous callers only, by anonymousGuardPlugin.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

async function build(): Promise<ApolloServer<GraphQLContext>> {
  const protection = armorProtection();
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    // Dates refused by the LocalDate scalar are named and translated before the log notes their code.
    plugins: [ApolloServerPluginCacheControlDisabled(), localDateErrorsPlugin, requestLogPlugin, ...protection.plugins, anonymousGuardPlugin],
    validationRules: protection.validationRules,
    parseOptions: { maxLexicalTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // A page cannot make a browser send an Authorization header cross-site without a preflight,
    // so a bearer-token request needs no other proof; cookie requests still do.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    logger: logger(),
    // Next.js answers SIGTERM/SIGINT (lib/graceful-shutdown.ts); Apollo's own handlers would kill the process first.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    formatError,
  });
  // Started here, once, for the HTTP handler and in-process callers (executeOperation) alike.
  await apollo.start();
  return apollo;
}

/** The Apollo server, built and started once per module instance. */
export function getApolloServer(): Promise<ApolloServer<GraphQLContext>> {
  server ??= build();
  return server;
}
