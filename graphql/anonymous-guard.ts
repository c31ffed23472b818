import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { errorTranslator } from '../services/i18n/translator';
import type { GraphQLContext } from './context';

const SUGGESTION = /\s*Did you mean .*\?$/;

/** Whether a document asks for introspection, kept per document: Apollo hands out the same parsed document for the same text. */
const introspects = new WeakMap<DocumentNode, boolean>();

function asksForIntrospection(schema: GraphQLSchema, document: DocumentNode): boolean {
  let answer = introspects.get(document);
  if (answer === undefined) {
    answer = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
    introspects.set(document, answer);
  }
  return answer;
}

/**
 * Anonymous callers learn nothing about the schema: no introspection, and no "Did you mean…"
 * hints in validation errors. Signed-in staff and tokens keep both, for building tools.
 */
export const anonymousGuardPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    if (contextValue.viewer) return;
    return {
      async didResolveOperation({ document, schema }) {
        if (asksForIntrospection(schema, document)) {
          throw new GraphQLError(errorTranslator(contextValue.locale)('introspectionDisabled'), {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
          SUGGESTION.test(error.message) ? { ...error, message: error.message.replace(SUGGESTION, '') } : error,
        );
      },
    };
  },
};
