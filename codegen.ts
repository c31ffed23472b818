import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the pages: every `graphql(`…`)` call in app/ and components/ becomes a
 * TypedDocumentNode checked against the committed schema, so no running server is needed. The
 * output sits beside the schema it comes from and is committed; CI regenerates with --check.
 */
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
  // Only graphql() calls are documents: hand-written strings marked /* GraphQL */ are not yet
  // converted and must not be picked up (they are built with interpolation).
  pluckConfig: { gqlMagicComment: 'typed-graphql-document', globalGqlIdentifierName: 'graphql' },
  ignoreNoDocuments: true,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      // Apollo Client reads fragment fields straight from the result; components take the
      // fragment's type as their props.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
    'graphql/generated/connections.ts': { plugins: ['./scripts/codegen-connections.js'] },
  },
};

export default config;
