import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

export type ChildPageKey = { parentId: number; first: number; afterId: number | null };
export type ChildPage<T> = { nodes: T[]; hasNextPage: boolean };

type ChildTable<T> = {
  target: EntityTarget<T>;
  /** Column holding the parent's id. */
  parent: keyof T & string;
  /** Extra condition on unqualified columns, with its values as parameters, e.g. entityType = ?. */
  where?: { sql: string; params: unknown[] };
};

/**
 * Newest-first pages of the children of many parents (comments, audit entries, campaign places
 * of the members on a page) in one query per distinct (first, after): ROW_NUMBER() per parent,
 * which SQLite and MariaDB both have. Then the rows by id, so entities come back hydrated.
 */
export function childPages<T extends ObjectLiteral & { id: number }>(ds: DataSource, table: ChildTable<T>) {
  const meta = ds.getMetadata(table.target);
  const q = (name: string) => ds.driver.escape(name);
  const parentColumn = q(table.parent);

  const pages = new DataLoader<ChildPageKey, ChildPage<T>, string>(
    async (keys) => {
      const results = new Map<string, ChildPage<T>>();
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}:${key.afterId ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      for (const group of groups.values()) {
        const { first, afterId } = group[0];
        const parents = [...new Set(group.map((k) => k.parentId))];
        const conditions = [`c.${parentColumn} IN (${parents.map(() => '?').join(', ')})`];
        const params: unknown[] = [...parents];
        if (table.where) {
          conditions.push(table.where.sql);
          params.push(...table.where.params);
        }
        if (afterId !== null) {
          conditions.push('c.id < ?');
          params.push(afterId);
        }
        const rows: Array<{ id: number | string }> = await ds.query(
          `SELECT x.id FROM (SELECT c.id, ROW_NUMBER() OVER (PARTITION BY c.${parentColumn} ORDER BY c.id DESC) AS rn ` +
            `FROM ${q(meta.tableName)} c WHERE ${conditions.join(' AND ')}) x WHERE x.rn <= ?`,
          [...params, first + 1],
        );
        const ids = rows.map((r) => Number(r.id));
        const entities = ids.length ? await ds.getRepository(table.target).findBy({ id: In(ids) } as never) : [];
        const byParent = new Map<number, T[]>();
        for (const entity of entities.sort((a, b) => b.id - a.id)) {
          const parentId = Number(entity[table.parent]);
          byParent.set(parentId, [...(byParent.get(parentId) ?? []), entity]);
        }
        for (const key of group) {
          const all = byParent.get(key.parentId) ?? [];
          results.set(cacheKey(key), { nodes: all.slice(0, first), hasNextPage: all.length > first });
        }
      }
      return keys.map((key) => results.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );

  const counts = new DataLoader<number, number>(async (parentIds) => {
    const params: unknown[] = [...parentIds];
    let where = `${parentColumn} IN (${parentIds.map(() => '?').join(', ')})`;
    if (table.where) {
      where += ` AND ${table.where.sql}`;
      params.push(...table.where.params);
    }
    const rows: Array<{ p: number | string; n: number | string }> = await ds.query(
      `SELECT ${parentColumn} AS p, COUNT(*) AS n FROM ${q(meta.tableName)} WHERE ${where} GROUP BY ${parentColumn}`,
      params,
    );
    const found = new Map(rows.map((r) => [Number(r.p), Number(r.n)]));
    return parentIds.map((id) => found.get(id) ?? 0);
  });

  return { pages, counts };
}

function cacheKey(key: ChildPageKey): string {
  return `${key.parentId}:${key.first}:${key.afterId ?? ''}`;
}

/** All children of many parents, grouped by parent (for short lists such as interest groups). */
export function childrenOf<T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T>, parent: keyof T & string) {
  return new DataLoader<number, T[]>(async (parentIds) => {
    const rows = await ds.getRepository(target).findBy({ [parent]: In([...parentIds]) } as never);
    const byParent = new Map<number, T[]>();
    for (const row of rows) byParent.set(Number(row[parent]), [...(byParent.get(Number(row[parent])) ?? []), row]);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
