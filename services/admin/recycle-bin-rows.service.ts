/**
 * The rows a hard-deleted record leaves in the recycle bin, and putting them back: each row is
 * kept as its entity's column values (dates as ISO text) under its table's name, and restored
 * with its original id after checking that every row it points to still exists (and is not in
 * the bin itself) and that none of its unique values was taken meanwhile.
 */
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { UNIQUE_KEY_FIELDS } from '../errors/unique-violation.service';

/** One row as the bin keeps it: its table and its column values by property name. */
export type BinRow = { table: string; row: Record<string, unknown> };

/**
 * The `errors.entity.*` name (and recycle-bin kind) of the rows of each table a restore may
 * point at or bring back; a table missing here is named by its table name.
 */
export const TABLE_ENTITY: Readonly<Record<string, string>> = {
  members: 'member',
  campaign_members: 'contactMember',
  contact_logs: 'contactLog',
  contact_statuses: 'contactStatus',
  contact_methods: 'contactMethod',
  preset_notes: 'presetNote',
  campaigns: 'campaign',
  offers: 'offer',
  treatments: 'treatment',
  equipment: 'equipment',
  rooms: 'room',
  branches: 'branch',
  staff: 'staff',
  roles: 'role',
};

/** Columns whose input field (and label in `errors.fields`) has another name. */
const FIELD_NAMES: Readonly<Record<string, string>> = { campaignMemberId: 'contactMemberId' };

const isDateColumn = (type: unknown) => type === 'datetime' || type === 'timestamp' || type === Date;

function metadataOf(manager: EntityManager, table: string): EntityMetadata {
  const metadata = manager.connection.entityMetadatas.find((m) => m.tableName === table);
  if (!metadata) throw new Error(`No entity maps table ${table}`);
  return metadata;
}

/** The given entities as bin rows (every column, by property name; dates as ISO text). */
export function binRowsOf<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: T[]): BinRow[] {
  const metadata = manager.connection.getMetadata(target);
  return rows.map((entity) => {
    const row: Record<string, unknown> = {};
    for (const column of metadata.columns) {
      const value: unknown = column.getEntityValue(entity);
      if (value === undefined) continue;
      row[column.propertyPath] = value instanceof Date ? value.toISOString() : value;
    }
    return { table: metadata.tableName, row };
  });
}

/** A bin row's values as the entity takes them (ISO text back to dates). */
function entityValues(metadata: EntityMetadata, row: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (!(column.propertyPath in row)) continue;
    const value = row[column.propertyPath];
    values[column.propertyPath] = value !== null && typeof value === 'string' && isDateColumn(column.type) ? new Date(value) : value;
  }
  return values;
}

/** Why a restore cannot go ahead: what the record needs is gone, in the bin, or its value is taken. */
export const restoreMissing = (entity: string, field: string) => new DomainError(ErrorCode.Conflict, 'restoreMissing', { entity }, field);
export const restoreInBin = (entity: string, field: string) => new DomainError(ErrorCode.Conflict, 'restoreInBin', { entity }, field);
export const restoreTaken = (field: string, value: string) => new DomainError(ErrorCode.AlreadyUsed, 'restoreTaken', { value }, field);

/** The field a column is named by in errors: its own property, as the input forms call it. */
function fieldOf(metadata: EntityMetadata, columns: string[]): string {
  const key = `${metadata.tableName}(${columns.join(',')})`;
  const mapped = UNIQUE_KEY_FIELDS[key];
  if (mapped) return mapped;
  return metadata.columns.find((c) => c.databaseName === columns[columns.length - 1])?.propertyName ?? columns[columns.length - 1];
}

/**
 * Every row a foreign key of the rows points to exists, else the restore is refused naming the
 * missing record (and saying so when it waits in the bin); every unique value is still free.
 */
async function checkRow(manager: EntityManager, metadata: EntityMetadata, values: Record<string, unknown>): Promise<void> {
  const primary = metadata.primaryColumns.map((c) => c.propertyPath);
  const id = Object.fromEntries(primary.map((p) => [p, values[p]]));
  if (await manager.getRepository(metadata.target).existsBy(id)) throw restoreTaken('id', primary.map((p) => String(values[p])).join(','));
  for (const key of metadata.foreignKeys) {
    const where: Record<string, unknown> = {};
    let complete = true;
    key.columns.forEach((column, i) => {
      const value = values[column.propertyPath];
      if (value === null || value === undefined) complete = false;
      where[key.referencedColumns[i].propertyPath] = value;
    });
    if (!complete) continue;
    const target = key.referencedEntityMetadata;
    if (await manager.getRepository(target.target).existsBy(where)) continue;
    const entity = TABLE_ENTITY[target.tableName] ?? target.tableName;
    const field = FIELD_NAMES[key.columns[0].propertyName] ?? key.columns[0].propertyName;
    const waiting = key.referencedColumns.length === 1
      && (await manager.existsBy(RecycleBinItem, { entityType: entity, entityId: Number(where[key.referencedColumns[0].propertyPath]) }));
    throw waiting ? restoreInBin(entity, field) : restoreMissing(entity, field);
  }
  const uniques = [...metadata.uniques, ...metadata.indices.filter((index) => index.isUnique)];
  for (const unique of uniques) {
    const where: Record<string, unknown> = {};
    let complete = true;
    for (const column of unique.columns) {
      const value = values[column.propertyPath];
      if (value === null || value === undefined) complete = false;
      where[column.propertyPath] = value;
    }
    if (!complete) continue;
    if (await manager.getRepository(metadata.target).existsBy(where)) {
      const last = unique.columns[unique.columns.length - 1];
      throw restoreTaken(fieldOf(metadata, unique.columns.map((c) => c.databaseName)), String(values[last.propertyPath]));
    }
  }
}

/** Re-inserts bin rows in their order (parents first), each checked first; ids as they were. */
export async function reinsertRows(manager: EntityManager, rows: BinRow[]): Promise<void> {
  for (const { table, row } of rows) {
    const metadata = metadataOf(manager, table);
    const values = entityValues(metadata, row);
    await checkRow(manager, metadata, values);
    await manager.createQueryBuilder().insert().into(metadata.target).values(values).updateEntity(false).execute();
  }
}
