import 'reflect-metadata';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { NextRequest } from 'next/server';
import { getDataSource } from '../../../db/data-source';
import { contextFromRequest } from '../../../graphql/http-context';
import { getApolloServer } from '../../../graphql/server';

export const dynamic = 'force-dynamic';

let handler: Promise<(req: NextRequest) => Promise<Response>> | undefined;

function getHandler() {
  handler ??= getApolloServer().then((server) =>
    startServerAndCreateNextHandler<NextRequest, Awaited<ReturnType<typeof contextFromRequest>>>(server, {
      context: async (req) => contextFromRequest(await getDataSource(), req),
    }),
  );
  return handler;
}

/**
 * @as-integrations/next parses the body as JSON only for the exact type "application/json";
 * GraphQL over HTTP requires accepting "application/json; charset=utf-8" too.
 */
function withPlainJsonType(req: NextRequest): NextRequest {
  const type = req.headers.get('content-type');
  if (!type || !/^application\/json\s*;\s*charset=utf-8\s*$/i.test(type)) return req;
  const headers = new Headers(req.headers);
  headers.set('content-type', 'application/json');
  return new NextRequest(req.url, { method: req.method, headers, body: req.body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
}

export async function GET(req: NextRequest): Promise<Response> {
  return (await getHandler())(req);
}

export async function POST(req: NextRequest): Promise<Response> {
  return (await getHandler())(withPlainJsonType(req));
}
