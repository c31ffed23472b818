import type { DataSource } from 'typeorm';
import { alreadyUsed, type DomainError } from './domain-error';

/** A unique index, unique constraint or composite primary key as the database knows it. */
export type UniqueKey = { table: string; name: string; columns: string[] };

/**
 * The input field a duplicate in each unique key is the caller's mistake about, by
 * `table(column,…)`. `null` marks keys a caller cannot collide on (random secrets, rows the
 * product writes itself): a duplicate there is a fault and stays an internal error.
 * tests/integration/unique-violation.test.ts fails when an entity gains a key missing here.
 */
export const UNIQUE_KEY_FIELDS: Readonly<Record<string, string | null>> = {
  'api_tokens(tokenHash)': null,
  'branch_closed_days(branchId,date)': 'date',
  'branch_hours(branchId,weekday)': 'weekday',
  'branches(code)': 'code',
  'bulk_jobs(ownerId,clientKey)': 'clientKey',
  'campaign_members(campaignId,memberId)': 'memberIds',
  'campaigns(code)': 'code',
  'contact_methods(key)': 'key',
  'contact_statuses(key)': 'key',
  'coupon_types(code)': 'code',
  'coupons(code)': null,
  'custom_fields(key)': 'key',
  'departments(code)': 'code',
  'document_sequences(branchId,kind)': null,
  'equipment(branchId,code)': 'code',
  'gift_categories(code)': 'code',
  'gift_stock_levels(giftId,branchId)': null,
  'gifts(code)': 'code',
  'idempotency_keys(scope,key)': null,
  'interest_groups(code)': 'code',
  'invoices(number)': null,
  'member_cards(cardNumber)': 'cardNumber',
  'member_custom_values(memberId,fieldId)': 'customFields',
  'member_groups(code)': 'code',
  'member_interests(memberId,interestGroupId)': 'interestGroupIds',
  'member_number_sequences(scope)': 'scope',
  'members(memberNo)': 'memberNo',
  'offer_member_uses(offerId,memberId)': null,
  'offers(altCode)': 'altCode',
  'offers(code)': 'code',
  'package_types(code)': 'code',
  'points_rules(code)': 'code',
  'prepaid_sales(number)': null,
  'product_categories(code)': 'code',
  'products(barcode)': 'barcode',
  'products(code)': 'code',
  'recycle_bin_items(entityType,entityId)': null,
  'roles(key)': 'key',
  'roles(name)': 'name',
  'rooms(branchId,name)': 'name',
  'sales_groups(name)': 'name',
  'sales_returns(number)': null,
  'staff(code)': 'code',
  'staff(login)': 'login',
  'stock_levels(productId,branchId)': null,
  'tender_types(code)': 'code',
  'treatments(code)': 'code',
  'work_schedules(staffId,weekday,startTime)': 'startTime',
};

export const uniqueKeyId = (key: Pick<UniqueKey, 'table' | 'columns'>) => `${key.table}(${key.columns.join(',')})`;

/**
 * Every unique key of the mapped entities. TypeORM reports a unique column as a unique
 * constraint on SQLite and as a unique index on MySQL; both, and composite primary keys, count.
 */
export function uniqueKeysOf(ds: DataSource): UniqueKey[] {
  return ds.entityMetadatas.flatMap((entity) => {
    const named = [...entity.uniques, ...entity.indices.filter((index) => index.isUnique)].map((key) => ({
      table: entity.tableName,
      name: key.name,
      columns: key.columns.map((column) => column.databaseName),
    }));
    const primary = entity.primaryColumns.map((column) => column.databaseName);
    return primary.length > 1 ? [...named, { table: entity.tableName, name: 'PRIMARY', columns: primary }] : named;
  });
}

type DriverError = { code?: unknown; errno?: unknown; message?: unknown; sqlMessage?: unknown };

const SQLITE_DUPLICATE = /^(?:UNIQUE|PRIMARY KEY) constraint failed: (.+)$/;
const MYSQL_DUPLICATE = /for key '(?:([^'.]+)\.)?([^']+)'$/;
const STATEMENT_TABLE = /^\s*(?:INSERT(?:\s+IGNORE)?\s+INTO|UPDATE)\s+[`"]?(\w+)/i;

/**
 * The unique key a failed statement collided with, or null for any other error. SQLite names
 * the table and columns; MySQL/MariaDB name the index (MySQL 8 prefixes its table, and a
 * primary key is just "PRIMARY", so its table comes from the statement).
 */
export function violatedUniqueKey(error: unknown, keys: readonly UniqueKey[]): UniqueKey | null {
  if (typeof error !== 'object' || error === null) return null;
  const driver = ((error as { driverError?: DriverError }).driverError ?? error) as DriverError;
  if (typeof driver.code === 'string' && /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(driver.code)) {
    const failed = SQLITE_DUPLICATE.exec(String(driver.message ?? ''));
    if (!failed) return null;
    const qualified = failed[1].split(',').map((part) => part.trim());
    const table = qualified[0].split('.')[0];
    const columns = qualified.map((part) => part.slice(part.indexOf('.') + 1));
    return keys.find((key) => uniqueKeyId(key) === uniqueKeyId({ table, columns })) ?? null;
  }
  if (driver.errno === 1062) {
    const failed = MYSQL_DUPLICATE.exec(String(driver.sqlMessage ?? driver.message ?? ''));
    if (!failed) return null;
    const [, prefix, name] = failed;
    const table = prefix ?? STATEMENT_TABLE.exec(String((error as { query?: unknown }).query ?? ''))?.[1];
    const named = keys.filter((key) => key.name === name && (table === undefined || key.table === table));
    return named.length === 1 ? named[0] : null;
  }
  return null;
}

/** A duplicate in a unique key as the field's ALREADY_USED error; null when it is not one (or not the caller's). */
export function alreadyUsedFromViolation(error: unknown, keys: readonly UniqueKey[]): DomainError | null {
  const key = violatedUniqueKey(error, keys);
  const field = key ? UNIQUE_KEY_FIELDS[uniqueKeyId(key)] : null;
  return field ? alreadyUsed(field) : null;
}
