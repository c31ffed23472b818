// Scripts run TypeScript through SWC so decorator metadata (TypeORM, TypeGraphQL) is emitted
// exactly as in Next.js and jest; tsx/esbuild cannot emit it.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('path').join(__dirname, 'tsconfig.scripts.json');
require('reflect-metadata');
require('@swc-node/register');
