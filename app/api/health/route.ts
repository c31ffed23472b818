import 'reflect-metadata';
import { NextResponse } from 'next/server';
import { getDataSource } from '../../../db/data-source';
import { databaseHealth } from '../../../services/health/database-health';

export const dynamic = 'force-dynamic';

/** For load balancers and operators: is the database reachable, and which migrations are applied. */
export async function GET(): Promise<Response> {
  try {
    const health = await databaseHealth(await getDataSource());
    return NextResponse.json(health, { status: health.ok ? 200 : 503 });
  } catch (error) {
    console.error('[health] database unavailable', error);
    return NextResponse.json({ ok: false, database: { connected: false } }, { status: 503 });
  }
}
