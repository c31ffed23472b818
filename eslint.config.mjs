import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'data/**', 'coverage/**', 'next-env.d.ts', 'graphql/schema.graphql', 'graphql/generated/**'],
  },
  {
    // GraphQL responses in tests are untyped JSON; asserting on them is the point.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Visibility by construction: resolvers and the GraphQL layer reach members, contact members,
    // logs, appointments and a member's parts only through the request's scoped loaders
    // (services/visibility/scoped-loaders.service.ts) or a scoped service, never a raw loader or a
    // direct read of those tables.
    files: ['resolvers/**/*.ts', 'graphql/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/pagination/child-pages.service'],
              allowTypeImports: true,
              message: 'Raw child-page loaders are for services: use the scoped loaders in context.loaders.',
            },
            {
              group: ['**/contacts/contact-log.service'],
              importNames: ['contactLogPages', 'contactLogCounts'],
              message: 'Raw log loaders are for services: use context.loaders.contactLogs.',
            },
            {
              group: ['**/appointments/appointment-scope.service'],
              importNames: ['memberAppointmentPages', 'memberAppointmentCounts'],
              message: 'Raw appointment loaders are for services: use context.loaders.memberAppointments.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name!='Connection'] > Identifier.arguments[name=/^(Member|CampaignMember|ContactLog|Appointment|MemberComment|AuditLog|MemberInterest|MemberCustomValue)$/]",
          message: 'Read members, contact members, logs, appointments and their parts through context.loaders (scoped) or a scoped service, not directly.',
        },
      ],
    },
  },
  {
    // Pure modules are the rules a test can run without a database: only a module named
    // *.service.ts may reach the entities or typeorm (ARCHITECTURE.md).
    files: ['services/**/*.ts', 'services/**/*.tsx'],
    ignores: ['services/**/*.service.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entities', '**/entities/**', '@/entities', '@/entities/**', 'typeorm', 'typeorm/**'],
              message: 'A module without the .service.ts suffix is pure: move the type or enum to a pure module, or rename the file to *.service.ts if it does I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/register.js', 'scripts/codegen-connections.js', 'next.config.js', 'jest.config.js', 'lib/apollo/inline-documents*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
