/**
 * Entities read by hand from raw rows: the same values TypeORM's find would give (each column
 * through the driver's own prepareHydratedValue, transformers included), without its per-read
 * query building and result transformer, which cost more than the statement itself on the hot
 * paths (a contact-list page reads 50 contact members, members and logs: about 1.5 ms each saved).
 * Only for plain entities: no embedded columns, no table inheritance, no eager or lazy relations.
 */
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/** Per entity: the columns read, their select list and the by-id statements already written. */
type Shape = { columns: ColumnMetadata[]; list: string; table: string; byIdSql: Map<string, string> };

const shapes = new WeakMap<EntityMetadata, Shape>();

function shapeOf(ds: DataSource, target: EntityTarget<ObjectLiteral>): { metadata: EntityMetadata; shape: Shape } {
  const metadata = ds.getMetadata(target);
  let shape = shapes.get(metadata);
  if (!shape) {
    if (metadata.embeddeds.length || metadata.childEntityMetadatas.length || metadata.eagerRelations.length || metadata.lazyRelations.length) {
      throw new Error(`${metadata.name} is not a plain entity`);
    }
    const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual);
    const e = (name: string) => ds.driver.escape(name);
    shape = { columns, list: columns.map((c) => e(c.databaseName)).join(', '), table: e(metadata.tableName), byIdSql: new Map() };
    shapes.set(metadata, shape);
  }
  return { metadata, shape };
}

/** Entities of `target` from raw rows keyed by column name (as `selectEntityColumns` and `entitiesById` read them). */
export function entitiesFromRaw<T extends ObjectLiteral>(ds: DataSource, target: EntityTarget<T>, rows: ObjectLiteral[]): T[] {
  const { metadata, shape } = shapeOf(ds, target);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of shape.columns) {
      const value = row[column.databaseName];
      if (value !== undefined) (entity as ObjectLiteral)[column.propertyName] = ds.driver.prepareHydratedValue(value, column);
    }
    return entity;
  });
}

/** Selects every column of `alias` (an entity of `target`) under its column name, for entitiesFromRaw. */
export function selectEntityColumns<Q extends SelectQueryBuilder<ObjectLiteral>>(qb: Q, alias: string, target: EntityTarget<ObjectLiteral>): Q {
  const { shape } = shapeOf(qb.connection, target);
  qb.select([]);
  for (const column of shape.columns) qb.addSelect(`${alias}.${column.propertyPath}`, column.databaseName);
  return qb;
}

/**
 * The rows of `target` with these ids (primary key `id`), in no particular order; missing ids are
 * left out. With `properties`, only those columns are read (a partial entity, for a caller that
 * needs no more than them).
 */
export async function entitiesById<T extends ObjectLiteral & { id: number }>(
  ds: DataSource,
  target: EntityTarget<T>,
  ids: readonly number[],
  properties?: ReadonlyArray<keyof T & string>,
): Promise<T[]> {
  if (!ids.length) return [];
  const { shape } = shapeOf(ds, target);
  const key = `${ids.length}|${properties?.join() ?? ''}`;
  let sql = shape.byIdSql.get(key);
  if (!sql) {
    const list = properties
      ? shape.columns.filter((c) => properties.includes(c.propertyName as keyof T & string)).map((c) => ds.driver.escape(c.databaseName)).join(', ')
      : shape.list;
    sql = `SELECT ${list} FROM ${shape.table} WHERE ${ds.driver.escape('id')} IN (${ids.map(() => '?').join(', ')})`;
    // Page sizes repeat (50, 10, …): the texts of a few sizes are kept, not one per id count ever seen.
    if (shape.byIdSql.size < 64) shape.byIdSql.set(key, sql);
  }
  return entitiesFromRaw(ds, target, (await ds.query(sql, [...ids])) as ObjectLiteral[]);
}
