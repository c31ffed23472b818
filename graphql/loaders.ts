import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Branch, MemberGroup, SalesGroup, Staff } from '../entities';

function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, target: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(target).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batch loaders: field resolvers never query one row at a time. */
export function createLoaders(ds: DataSource) {
  return {
    branch: byId(ds, Branch),
    staff: byId(ds, Staff),
    salesGroup: byId(ds, SalesGroup),
    memberGroup: byId(ds, MemberGroup),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
