import type { Viewer } from '@/services/auth/viewer';
import { serverGraphql } from '@/lib/server-graphql';

type PageOf<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * Every row of a small settings list (offers, staff, statuses…), read a page of 100 at a time.
 * `query` takes $first and $after and its root field is `root`.
 */
export async function allPages<T>(viewer: Viewer, locale: string, query: string, root: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, PageOf<T>> = await serverGraphql<Record<string, PageOf<T>>>(viewer, locale, query, { ...variables, first: 100, after });
    const page = data[root];
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}
