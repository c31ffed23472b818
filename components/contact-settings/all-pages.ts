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

