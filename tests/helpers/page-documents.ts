import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, validate, type DocumentNode } from 'graphql';
import { getSchema } from '../../graphql/schema';

/**
 * A page's typed operations by name, printed as Apollo Client sends them: with the fragments they
 * spread and __typename on every selection (which the cost limit counts).
 */
export function pageOperations(documents: Record<string, unknown>): Map<string, string> {
  const operations = new Map<string, string>();
  for (const value of Object.values(documents)) {
    if (typeof value !== 'object' || value === null || !('definitions' in value)) continue;
    const document = value as DocumentNode;
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.name) operations.set(operation.name.value, print(addTypenameToDocument(document)));
  }
  return operations;
}

/** Each document's validation errors against the built schema, by operation name (empty lists when valid). */
export async function validationErrors(documents: Record<string, unknown>): Promise<Record<string, string[]>> {
  const schema = await getSchema();
  const errors: Record<string, string[]> = {};
  for (const value of Object.values(documents)) {
    if (typeof value !== 'object' || value === null || !('definitions' in value)) continue;
    const document = value as DocumentNode;
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.name) errors[operation.name.value] = validate(schema, document).map((e) => e.message);
  }
  return errors;
}
