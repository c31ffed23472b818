import 'reflect-metadata';
import type { NextRequest } from 'next/server';
import { handleGraphQLRequest } from '../../../graphql/http-handler';

export const dynamic = 'force-dynamic';

export function GET(req: NextRequest): Promise<Response> {
  return handleGraphQLRequest(req);
}

export function POST(req: NextRequest): Promise<Response> {
  return handleGraphQLRequest(req);
}
