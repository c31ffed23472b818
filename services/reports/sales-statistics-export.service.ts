import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Branch } from '../../entities';
import { isLineGrouping, salesRowLabel } from '../../components/reports/sales/sales-labels';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { labelFor } from '../contact-settings/contact-option-rules';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedSheets } from '../export/streamed-workbook';
import type { SalesGrouping } from './sales-statistics';
import { salesStatistics, type SalesStatisticsFilter } from './sales-statistics.service';

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, values?: Record<string, string>) => string;

/** The sheet's words in one locale (`salesStats`). */
export function salesStatisticsTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'salesStats' as never }) as unknown as Translate;
}

const money = (cents: number) => cents / 100;

/**
 * 統計分析 as an .xlsx: the same service, filter and scope as the page, so the sheet holds the
 * page's numbers — what was run (period, branches, basis, when, by whom) above the header, a row
 * per group, the totals below.
 */
export async function writeSalesStatisticsWorkbook(
  stream: Writable,
  ds: DataSource,
  viewer: Viewer,
  filter: SalesStatisticsFilter,
  grouping: SalesGrouping,
  locale: Locale,
  ranAt: Date,
  timeZone: string,
): Promise<void> {
  const t = salesStatisticsTranslator(locale);
  const report = await salesStatistics(ds, viewer, filter, grouping, locale);
  const branches = filter.branchIds?.length ? (await ds.getRepository(Branch).findBy(filter.branchIds.map((id) => ({ id })))).map((b) => labelFor(b, locale)).join(', ') : t('summary.allBranches');
  const labels: Translate = (key, values) => t(`labels.${key}`, values);
  const lines = isLineGrouping(grouping);
  const columns = [
    { key: 'group', header: t(`grouping.${grouping}`), width: 36 },
    { key: 'net', header: t('columns.net'), width: 16, numFmt: '#,##0.00' },
    { key: 'gross', header: t('columns.gross'), width: 16, numFmt: '#,##0.00' },
    { key: 'returned', header: t('columns.returned'), width: 16, numFmt: '#,##0.00' },
    { key: 'invoices', header: t('columns.invoices'), width: 12, numFmt: '#,##0' },
    ...(lines ? [{ key: 'quantity', header: t('columns.quantity'), width: 12, numFmt: '#,##0' }] : []),
  ];
  const cells = (name: string, r: { netCents: number; grossCents: number; returnedCents: number; invoices: number; quantity: number }) =>
    [name, money(r.netCents), money(r.grossCents), money(r.returnedCents), r.invoices, ...(lines ? [r.quantity] : [])];
  async function* batches() {
    yield report.rows.map((row) => cells(salesRowLabel(grouping, row, labels), row));
  }
  await writeStreamedSheets(stream, [{
    name: t('sheet.name'),
    columns,
    preamble: [
      [t('summary.title', { grouping: t(`grouping.${grouping}`) })],
      [t('sheet.period'), `${report.from} – ${report.to}`],
      [t('sheet.branches'), branches],
      [`${t('basis.net')} ${t(`basis.${lines ? 'line' : grouping === 'TENDER' ? 'tender' : 'invoice'}`)}`],
      [t('sheet.ranAt'), { value: excelLocalDateTime(ranAt, timeZone), numFmt: 'yyyy-mm-dd hh:mm' }],
      [t('sheet.ranBy'), viewer.displayName],
    ],
    batches: batches(),
    footer: () => [cells(t('totals'), report.totals)],
  }]);
}
