const { PHASE_PRODUCTION_SERVER } = require('next/constants');

/**
 * Content-Security-Policy for every answer. Scripts allow 'unsafe-inline': the App Router and the
 * Apollo streaming integration write inline scripts, and per-request nonces would force every page
 * through the proxy and dynamic rendering; everything is still limited to this origin (no third
 * parties, no plugins, no framing, forms post only here). Development adds eval and the
 * hot-reload socket.
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Browser features the product never uses, switched off for it and anything it might embed. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()';

/**
 * Strict-Transport-Security only where the site is served over https: behind a proxy that says so
 * (x-forwarded-proto), or always when the public URL is https. Browsers ignore it over plain http,
 * so a client claiming https there changes nothing.
 */
const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };

function securityHeaderRules({ dev, publicUrl }) {
  const always = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  ];
  if (publicUrl?.startsWith('https://')) return [{ source: '/:path*', headers: [...always, HSTS] }];
  return [
    { source: '/:path*', headers: always },
    { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS] },
  ];
}

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
    '@escape.tech/graphql-armor',
    'bcryptjs',
    'exceljs',
  ],
  turbopack: {
    rules: {
      // Each page carries only the GraphQL documents it uses (see lib/apollo/inline-documents.js).
      '*.{ts,tsx}': {
        condition: { all: [{ not: 'foreign' }, { content: /\bgraphql\(\s*`/ }] },
        loaders: [require.resolve('./lib/apollo/inline-documents-loader.js')],
      },
    },
  },
  // Minified class names would become GraphQL type and table names.
  experimental: { serverMinification: false },
  async headers() {
    return securityHeaderRules({ dev: process.env.NODE_ENV !== 'production', publicUrl: process.env.NEXTAUTH_URL });
  },
};

/**
 * next-intl's plugin points its imports at i18n/request.ts while the pages are compiled. The
 * production server (`next start`) compiles nothing, and loading the plugin there pulled its
 * message extractor's native binaries (@swc/core, @parcel/watcher) into the server: about 10 MB
 * of resident memory that no request uses.
 */
module.exports = (phase) =>
  phase === PHASE_PRODUCTION_SERVER ? nextConfig : require('next-intl/plugin')('./i18n/request.ts')(nextConfig);
