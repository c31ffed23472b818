const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several servers of one checkout (e.g. parallel developers, CI) build without clashing.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Decorator-based libraries must be loaded once, by Node, not bundled: TypeORM cannot find its
  // drivers when bundled, and a bundled graphql copy breaks TypeGraphQL's realm checks.
  serverExternalPackages: [
    'typeorm',
    'better-sqlite3',
    'mysql2',
    'reflect-metadata',
    'type-graphql',
    'graphql',
    'graphql-scalars',
    'class-validator',
    '@apollo/server',
    '@as-integrations/next',
    '@escape.tech/graphql-armor',
    'bcryptjs',
    'exceljs',
  ],
  // Minified class names would become GraphQL type and table names.
  experimental: { serverMinification: false },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
