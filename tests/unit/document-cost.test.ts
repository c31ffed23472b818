import fs from 'node:fs';
import path from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { buildSchema, GraphQLError, validate, type DocumentNode } from 'graphql';
import * as generated from '@/graphql/generated/graphql';
import { LIMITS } from '@/graphql/server';

/**
 * Every typed document the pages send fits the API's query cost limit as Apollo Client sends it
 * (with __typename). Over it, the page that sends it fails to open (the 積分規則 page's six choice
 * lists once cost 8850 in one document).
 */
describe('typed documents and the query cost limit', () => {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../graphql/schema.graphql'), 'utf8'));
  const documents = Object.entries(generated).filter(
    (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && typeof entry[1] === 'object' && (entry[1] as DocumentNode)?.kind === 'Document',
  );

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it.each(documents.map(([name, document]) => [name, document] as const))('%s costs at most the limit', (_name, document) => {
    let refusal: string | null = null;
    try {
      const errors = validate(schema, addTypenameToDocument(document), [costLimitRule({ maxCost: LIMITS.maxCost, flattenFragments: true })]);
      refusal = errors.find((e) => /cost/i.test(e.message))?.message ?? null;
    } catch (error) {
      // The armour throws its refusal from the validation rule.
      if (!(error instanceof GraphQLError)) throw error;
      refusal = error.message;
    }
    expect(refusal).toBeNull();
  });
});
