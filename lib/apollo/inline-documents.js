/**
 * Puts each page's typed GraphQL documents straight into its code at build time. The client preset's
 * `graphql()` returns documents from one map of every document in the product (graphql/generated/
 * gql.ts), so every page that runs one query shipped and evaluated all of them. This replaces each
 * ``graphql(`…`)`` call with the document codegen made for exactly that text (the object `graphql()`
 * would have returned), and drops the map's import once no call is left. A text codegen has not
 * seen (documents not yet regenerated) keeps its call, so the result is never different, only
 * larger. CommonJS: bundlers load it as a loader in Node.
 */
const fs = require('node:fs');
const path = require('node:path');

// A template without substitutions or escapes (GraphQL's own `$variables` are fine).
const CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
const MAP_ENTRY = /^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),$/;
const DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/;
const GRAPHQL_IMPORT = /^import \{ graphql \} from '@\/graphql\/generated(?:\/gql)?';\r?\n/m;

/**
 * The documents codegen generated, by their source text: the JSON of each document, read from the
 * map in gql.ts (text → export name) and the exports of graphql.ts (name → document).
 */
function parseGeneratedDocuments(gqlSource, graphqlSource) {
  const byName = new Map();
  for (const line of graphqlSource.split('\n')) {
    const match = DOCUMENT.exec(line);
    if (match) byName.set(match[1], match[2]);
  }
  const byText = new Map();
  for (const line of gqlSource.split('\n')) {
    const match = MAP_ENTRY.exec(line);
    if (match && byName.has(match[2])) byText.set(JSON.parse(match[1]), byName.get(match[2]));
  }
  return byText;
}

/** The module's source with its known documents inlined (unchanged if it has none). */
function inlineDocuments(source, documents) {
  let left = 0;
  const inlined = source.replace(CALL, (call, text) => {
    const document = documents.get(text);
    if (document === undefined) {
      left += 1;
      return call;
    }
    return `(${document})`;
  });
  if (inlined === source || left > 0) return inlined;
  return inlined.replace(GRAPHQL_IMPORT, '');
}

let cached = null;

/** parseGeneratedDocuments of the generated folder, read again whenever codegen rewrote it. */
function generatedDocuments(generatedDir) {
  const files = [path.join(generatedDir, 'gql.ts'), path.join(generatedDir, 'graphql.ts')];
  const stamp = files.map((file) => fs.statSync(file).mtimeMs).join(':');
  if (cached?.stamp !== stamp || cached.dir !== generatedDir) {
    const [gql, graphql] = files.map((file) => fs.readFileSync(file, 'utf8'));
    cached = { dir: generatedDir, stamp, documents: parseGeneratedDocuments(gql, graphql) };
  }
  return { documents: cached.documents, files };
}

module.exports = { parseGeneratedDocuments, inlineDocuments, generatedDocuments };
