import type { Writable } from 'node:stream';
import { createTranslator } from 'use-intl/core';
import { In, type DataSource } from 'typeorm';
import { ApiToken, Staff, type AuditLog } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedWorkbook } from '../export/streamed-workbook';
import { fieldChanges, operationLogBatches, type OperationLogContext, type OperationLogFilter } from './operation-log.service';

/** The sheet's columns, in the screen's order. */
export const OPERATION_LOG_EXPORT_COLUMNS = ['at', 'actor', 'entityType', 'entityId', 'action', 'changes', 'address', 'token'] as const;
export type OperationLogExportColumn = (typeof OPERATION_LOG_EXPORT_COLUMNS)[number];

const WIDTHS: Record<OperationLogExportColumn, number> = { at: 18, actor: 22, entityType: 16, entityId: 10, action: 16, changes: 60, address: 18, token: 20 };
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export type OperationLogExportCell = string | number | Date | null;

export type OperationLogExportLabels = {
  columns: Record<OperationLogExportColumn, string>;
  /** A kind of record's or an action's name in the locale; the stored key when the catalogue has none. */
  entityType: (key: string) => string;
  action: (key: string) => string;
  system: string;
  sheetName: string;
  fileName: string;
};

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

function namesIn(messages: Record<string, unknown>, group: string): Record<string, string> {
  const admin = messages.admin as Record<string, unknown> | undefined;
  const log = admin?.operationLog as Record<string, unknown> | undefined;
  return (log?.[group] as Record<string, string> | undefined) ?? {};
}

/** The sheet's words in one locale (`admin.operationLog`): headings, kinds of record and actions. */
export function operationLogExportLabels(locale: Locale): OperationLogExportLabels {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'admin.operationLog' as never }) as unknown as (key: string) => string;
  const types = namesIn(MESSAGES[locale], 'entityTypes');
  const actions = namesIn(MESSAGES[locale], 'actions');
  return {
    columns: Object.fromEntries(OPERATION_LOG_EXPORT_COLUMNS.map((c) => [c, t(`columns.${c}`)])) as Record<OperationLogExportColumn, string>,
    entityType: (key) => (Object.hasOwn(types, key) ? types[key] : key),
    action: (key) => (Object.hasOwn(actions, key) ? actions[key] : key),
    system: t('system'),
    sheetName: t('export.sheetName'),
    fileName: t('export.fileName'),
  };
}

/** An entry's changes as text, one "field: before → after" line per field (JSON values as stored). */
export function changesText(entry: Pick<AuditLog, 'before' | 'after'>): string {
  return fieldChanges(entry)
    .map((c) => `${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`)
    .join('\n');
}

/** One entry as a sheet row, in OPERATION_LOG_EXPORT_COLUMNS order; the time as the salon's wall clock. */
export function operationLogExportRow(
  entry: AuditLog,
  refs: { actor?: Staff | null; token?: ApiToken | null },
  labels: OperationLogExportLabels,
  timeZone: string,
): OperationLogExportCell[] {
  const cells: Record<OperationLogExportColumn, OperationLogExportCell> = {
    at: excelLocalDateTime(entry.at, timeZone),
    actor: refs.actor ? `${refs.actor.displayName} (${refs.actor.code})` : entry.actorId === null ? labels.system : `#${entry.actorId}`,
    entityType: labels.entityType(entry.entityType),
    entityId: entry.entityId,
    action: labels.action(entry.action),
    changes: changesText(entry) || null,
    address: entry.address,
    token: refs.token ? refs.token.name : entry.tokenId === null ? null : `#${entry.tokenId}`,
  };
  return OPERATION_LOG_EXPORT_COLUMNS.map((c) => cells[c]);
}

const idsOf = (values: Array<number | null>) => [...new Set(values.filter((v): v is number => v !== null))];

/**
 * The filtered log's rows a batch at a time, through the same scoped query and order as the
 * screen; each batch's staff and tokens are read in one query each.
 */
export async function* operationLogExportRows(
  ds: DataSource,
  viewer: Viewer,
  filter: OperationLogFilter,
  context: OperationLogContext,
  labels: OperationLogExportLabels,
  batchSize = 500,
): AsyncGenerator<OperationLogExportCell[][]> {
  for await (const entries of operationLogBatches(ds, viewer, filter, context, batchSize)) {
    const actorIds = idsOf(entries.map((e) => e.actorId));
    const tokenIds = idsOf(entries.map((e) => e.tokenId));
    const [staff, tokens] = await Promise.all([
      actorIds.length ? ds.getRepository(Staff).findBy({ id: In(actorIds) }) : [],
      tokenIds.length ? ds.getRepository(ApiToken).findBy({ id: In(tokenIds) }) : [],
    ]);
    const staffById = new Map(staff.map((s) => [s.id, s]));
    const tokenById = new Map(tokens.map((t) => [t.id, t]));
    yield entries.map((e) =>
      operationLogExportRow(e, { actor: e.actorId ? staffById.get(e.actorId) : null, token: e.tokenId ? tokenById.get(e.tokenId) : null }, labels, context.timeZone),
    );
  }
}

/** Writes the operation log's .xlsx to `stream`, a batch at a time (see writeStreamedWorkbook). */
export async function writeOperationLogWorkbook(stream: Writable, batches: AsyncIterable<OperationLogExportCell[][]>, labels: OperationLogExportLabels): Promise<void> {
  const columns = OPERATION_LOG_EXPORT_COLUMNS.map((c) => ({
    key: c,
    header: labels.columns[c],
    width: WIDTHS[c],
    numFmt: c === 'at' ? DATE_TIME_FORMAT : undefined,
  }));
  await writeStreamedWorkbook(stream, labels.sheetName, columns, batches);
}
