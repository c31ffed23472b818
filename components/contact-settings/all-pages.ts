import type { Viewer } from '@/services/auth/viewer';
import { serverGraphql } from '@/lib/server-graphql';

type Connection<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/**
 * Every row of a small settings list (offers, staff, statuses…): `page` reads the page after a
 * cursor (a typed query run with serverQuery), until the list says there is no next page.
 */
export async function allNodes<T>(page: (after: string | null) => Promise<Connection<T>>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const connection: Connection<T> = await page(after);
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return rows;
    after = connection.pageInfo.endCursor;
  }
}

/**
 * The same for the appointment settings pages that still send hand-written strings (issue 12):
 * `query` takes $first and $after and its root field is `root`.
 */
export async function allPages<T>(viewer: Viewer, locale: string, query: string, root: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  type PageOf = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, PageOf> = await serverGraphql<Record<string, PageOf>>(viewer, locale, query, { ...variables, first: 100, after });
    const page = data[root];
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}
