import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { generatedDocuments, inlineDocuments, parseGeneratedDocuments } from '@/lib/apollo/inline-documents';
import { graphql } from '@/graphql/generated';

const GQL = `import * as types from './graphql';
const documents: Documents = {
    "\\n  query Ping($id: ID!) {\\n    ping(id: $id)\\n  }\\n": types.PingDocument,
};`;
const GRAPHQL = 'export const PingDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<PingQuery, PingQueryVariables>;';
const SOURCE = `import { graphql } from '@/graphql/generated';

export const PingQuery = graphql(\`
  query Ping($id: ID!) {
    ping(id: $id)
  }
\`);
`;

describe('inlining typed documents at build time', () => {
  const documents = parseGeneratedDocuments(GQL, GRAPHQL);

  it('replaces a graphql() call with the document codegen made for its text and drops the map import', () => {
    expect(inlineDocuments(SOURCE, documents)).toBe(`
export const PingQuery = ({"kind":"Document","definitions":[]});
`);
  });

  it('keeps a call codegen has not seen, and the import it needs, so the result is only larger, never different', () => {
    const changed = SOURCE.replace('ping(id: $id)', 'ping(id: $id) at');
    expect(inlineDocuments(changed, documents)).toBe(changed);
    const both = `${SOURCE}export const Other = graphql(\`query Other { other }\`);\n`;
    const out = inlineDocuments(both, documents);
    expect(out).toContain("import { graphql } from '@/graphql/generated';");
    expect(out).toContain('({"kind":"Document","definitions":[]})');
    expect(out).toContain('graphql(`query Other { other }`)');
  });

  it('leaves modules without documents alone', () => {
    const plain = "import { graphql } from 'somewhere';\nconst x = 1;\n";
    expect(inlineDocuments(plain, documents)).toBe(plain);
  });

  it('inlines exactly what graphql() returns for every document in the product', () => {
    const { documents: generated } = generatedDocuments(path.resolve('graphql/generated'));
    const files = execFileSync('grep', ['-rl', '--include=*.ts', '--include=*.tsx', 'graphql(`', 'app', 'components']).toString().trim().split('\n');
    let calls = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const [, text] of source.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
        calls += 1;
        const inlined = inlineDocuments(`x = graphql(\`${text}\`);`, generated);
        expect(JSON.parse(inlined.slice('x = ('.length, -');'.length))).toEqual(JSON.parse(JSON.stringify(graphql(text))));
      }
    }
    expect(calls).toBeGreaterThan(100);
  });
});
