import 'reflect-metadata';
import { NextResponse, type NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { getDataSource } from '../../../db/data-source';
import { logger } from '../../../lib/logger';
import { viewerFromRequest } from '../../../graphql/http-context';
import { can } from '../../../services/auth/viewer';
import { Permission } from '../../../services/admin/permission';
import { databaseHealth } from '../../../services/health/database-health.service';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and operators: up (200) or down (503). Only signed-in managers and admins
 * (session or token) also see the database dialect and which migrations are applied or pending;
 * anyone else learns nothing about the installation.
 */
export async function GET(req: NextRequest): Promise<Response> {
  try {
    const ds = await getDataSource();
    const health = await databaseHealth(ds);
    const body = (await mayReadDetail(ds, req)) ? health : { ok: health.ok };
    return NextResponse.json(body, { status: health.ok ? 200 : 503 });
  } catch (error) {
    logger().error({ err: error }, '[health] database unavailable');
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}

async function mayReadDetail(ds: DataSource, req: NextRequest): Promise<boolean> {
  try {
    const viewer = await viewerFromRequest(ds, req);
    return !!viewer && can(viewer, Permission.SystemHealth);
  } catch {
    // A wrong bearer token gets the anonymous answer: a health check is never refused.
    return false;
  }
}
