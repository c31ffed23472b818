import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Staff, type ContactStatus } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { labelFor } from '../contact-settings/contact-option-rules';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedSheets, type FormattedCell, type SheetColumn, type StreamedSheet } from '../export/streamed-workbook';
import type { AppointmentOutcomes } from './campaign-analysis';
import { campaignAnalysis, type AnalysisRowOut, type AnalysisTotalsOut } from './campaign-analysis.service';
import { appliedFilter, type AppliedFilter } from './applied-filter.service';
import type { ExportProgressTracker } from './export-progress';
import type { CampaignAnalysisView, ReportFilter } from './report-filter';
import type { ReportContext } from './report-query.service';

export const COUNT_FORMAT = '#,##0';
export const RATIO_FORMAT = '0.00%';
/** Amounts are written in dollars, as the invoice export writes them. */
export const MONEY_FORMAT = '#,##0.00';
/** As the contact export writes its date-times. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const OUTCOMES: Array<keyof AppointmentOutcomes> = ['booked', 'arrived', 'verified', 'noShow', 'cancelled'];
const AMOUNTS = ['invoiceCents', 'productCents', 'treatmentCents'] as const;
/** The text lines under the title; when it was exported (filters.ranAt) follows as a date-time cell. */
const FILTERS = ['branches', 'campaigns', 'salesGroups', 'salespeople', 'memberGroups', 'contacted', 'ranBy'] as const;
type FilterLabel = (typeof FILTERS)[number];

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, params?: Record<string, string>) => string;

/** The `reports.export` messages of one locale. */
export function exportTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'reports.export' as never }) as unknown as Translate;
}

/**
 * Columns are sized to their headings: CJK and full-width characters take about two character
 * widths in Excel's default font, the rest one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

const widthFor = (header: string, min: number) => Math.max(min, displayWidth(header) + 2);

/**
 * Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not blank, and unique
 * regardless of case; a clash gets " (2)", " (3)"… within the limit.
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = [...raw.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim()].slice(0, 31).join('') || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, 31 - suffix.length).join('').trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * A view's columns: code and name, a count and a ratio per status (labels in the request's
 * locale), the total's count and ratio, the appointment outcomes, then the booked contacts'
 * successful purchases (count and ratio, only while the success rule is on) and same-day amounts.
 */
export function analysisColumns(view: CampaignAnalysisView, statusLabels: readonly string[], t: Translate, withSuccess: boolean): SheetColumn[] {
  const code = t(`columns.code.${view}`);
  const name = t(`columns.name.${view}`);
  const counted = (key: string, header: string) => ({ key, header, width: widthFor(header, 10), numFmt: COUNT_FORMAT });
  const ratio = (key: string, header: string) => ({ key, header, width: widthFor(header, 10), numFmt: RATIO_FORMAT });
  return [
    { key: 'code', header: code, width: widthFor(code, 14) },
    { key: 'name', header: name, width: widthFor(name, 28) },
    ...statusLabels.flatMap((status, i) => [
      counted(`count${i}`, t('columns.statusCount', { status })),
      ratio(`ratio${i}`, t('columns.statusRatio', { status })),
    ]),
    counted('total', t('columns.totalCount')),
    ratio('totalRatio', t('columns.totalRatio')),
    ...OUTCOMES.map((o) => counted(o, t(`columns.${o}`))),
    ...(withSuccess ? [counted('successful', t('columns.successful')), ratio('successRatio', t('columns.successRatio'))] : []),
    ...AMOUNTS.map((a) => ({ key: a, header: t(`columns.${a}`), width: widthFor(t(`columns.${a}`), 12), numFmt: MONEY_FORMAT })),
  ];
}

type Line = Pick<AnalysisTotalsOut, 'cells' | 'total' | 'outcomes' | 'sales'>;

function lineValues(line: Line): number[] {
  const { sales } = line;
  return [
    ...line.cells.flatMap((c) => [c.count, c.ratio]),
    line.total,
    line.total > 0 ? 1 : 0,
    ...OUTCOMES.map((o) => line.outcomes[o]),
    // The rule's columns are left out whole while it is off, so a null never reaches a cell.
    ...(sales.successful === null ? [] : [sales.successful, sales.successRatio ?? 0]),
    ...AMOUNTS.map((a) => sales[a] / 100),
  ];
}

/** A row's cells in analysisColumns' order: numbers stay numbers, ratios fractions (0.3333). */
export function analysisRowValues(row: Pick<AnalysisRowOut, 'code' | 'name'> & Line): Array<string | number> {
  return [row.code, row.name, ...lineValues(row)];
}

/** The totals row (總數) in analysisColumns' order. */
export function analysisTotalsValues(totals: Line, t: Translate): Array<string | number | null> {
  return [t('totals'), null, ...lineValues(totals)];
}

export type ReportRun = { ranBy: Pick<Staff, 'login'>; ranAt: Date; timeZone: string };

/**
 * The report's title and filters above each sheet's header, as the screen's header shows them
 * (分店：全部 …); when it was exported is a real Excel date-time on the salon's clock beside its
 * label, not text.
 */
export function preambleLines(view: CampaignAnalysisView, applied: AppliedFilter, run: ReportRun, t: Translate): Array<Array<string | FormattedCell>> {
  const list = (names: string[]) => (names.length ? names.join(', ') : t('all'));
  let contacted = t('all');
  if (applied.contactedFrom && applied.contactedTo) contacted = t('range.between', { from: applied.contactedFrom, to: applied.contactedTo });
  else if (applied.contactedFrom) contacted = t('range.from', { from: applied.contactedFrom });
  else if (applied.contactedTo) contacted = t('range.to', { to: applied.contactedTo });
  const values: Record<FilterLabel, string> = {
    branches: list(applied.branches.map((b) => b.name)),
    campaigns: list(applied.campaigns.map((c) => c.code)),
    salesGroups: list(applied.salesGroups.map((g) => g.name)),
    salespeople: list(applied.salespeople.map((s) => `${s.displayName} (${s.code})`)),
    memberGroups: list(applied.memberGroups.map((g) => g.name)),
    contacted,
    ranBy: run.ranBy.login,
  };
  const line = (label: string, value: string) => t('line', { label: t(`filters.${label}`), value });
  return [
    [t('heading', { title: t('title'), view: t(`views.${view}`) })],
    ...FILTERS.map((f) => [line(f, values[f])]),
    [line('ranAt', '').trimEnd(), { value: excelLocalDateTime(run.ranAt, run.timeZone), numFmt: DATE_TIME_FORMAT }],
  ];
}

export type CampaignAnalysisExportRequest = {
  /** The chosen views, one sheet each, in this order. */
  views: readonly CampaignAnalysisView[];
  filter: ReportFilter;
  locale: Locale;
  context: ReportContext;
  progress?: ExportProgressTracker;
  /** Rows read and written at a time. */
  batchSize?: number;
};

/**
 * Writes 聯絡活動分析 as an .xlsx to `stream`, one sheet per chosen view: the title and filters,
 * the frozen header, the rows from the same service as the GraphQL query (so the viewer's
 * visibility applies and every figure equals the screen's), then the totals row. Rows are
 * counted first so the progress has its total before the first row is written.
 */
export async function writeCampaignAnalysisWorkbook(stream: Writable, ds: DataSource, viewer: Viewer, request: CampaignAnalysisExportRequest): Promise<void> {
  const { views, filter, locale, context, progress } = request;
  try {
    const t = exportTranslator(locale);
    const [reports, applied, ranBy] = await Promise.all([
      Promise.all(views.map((view) => campaignAnalysis(ds, view, filter, context))),
      appliedFilter(ds, filter),
      ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId }),
    ]);
    const counts = await Promise.all(reports.map((r) => r.rowCount()));
    progress?.setTotal(counts.reduce((a, b) => a + b, 0));

    const run = { ranBy, ranAt: context.now, timeZone: context.timeZone };
    const names = sheetNames(views.map((v) => t(`views.${v}`)));
    const sheets: StreamedSheet[] = reports.map((report, i) => ({
      name: names[i],
      columns: analysisColumns(report.view, report.columns.map((s: ContactStatus) => labelFor(s, locale)), t, report.successRule.successRuleEnabled),
      preamble: preambleLines(report.view, applied, run, t),
      batches: rowBatches(report.batches(request.batchSize ?? 1000)),
      footer: () => [analysisTotalsValues(report.totals, t)],
      onBatch: (rows) => progress?.wrote(rows),
    }));
    await writeStreamedSheets(stream, sheets);
    progress?.finish();
  } catch (error) {
    progress?.fail();
    throw error;
  }
}

async function* rowBatches(batches: AsyncIterable<AnalysisRowOut[]>): AsyncGenerator<Array<Array<string | number>>> {
  for await (const rows of batches) yield rows.map(analysisRowValues);
}
