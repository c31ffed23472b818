import type { Writable } from 'node:stream';
import { In, type DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Branch, Member, Staff } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedSheets, type SheetColumn } from '../export/streamed-workbook';
import { formatMemberName } from '../members/member-name';
import { COUNT_FORMAT, DATE_TIME_FORMAT, displayWidth, MONEY_FORMAT, sheetNames } from '../reports/campaign-analysis-export.service';
import { isMoneyFigure, LIABILITY_FIGURES, REVENUE_FIGURES, type LiabilityFigures, type RevenueFigures } from './prepaid-reports';
import { prepaidLiability, prepaidRevenue, type PrepaidLiabilityFilter, type PrepaidRevenueFilter } from './prepaid-reports.service';

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The `reports.prepaid` messages of one locale (the page's words, so screen and file agree). */
export function prepaidReportsTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'reports.prepaid' as never }) as unknown as Translate;
}

export type PrepaidReportKind = 'liability' | 'revenue';
export const PREPAID_REPORT_KINDS: readonly PrepaidReportKind[] = ['liability', 'revenue'];

const column = (key: string, header: string, numFmt?: string, min = 12): SheetColumn => ({ key, header, width: Math.max(min, displayWidth(header) + 2), numFmt });
const figure = (key: string, header: string) => column(key, header, isMoneyFigure(key) ? MONEY_FORMAT : COUNT_FORMAT);
const cellOf = (key: string, value: number) => (isMoneyFigure(key) ? value / 100 : value);
const liabilityValues = (f: LiabilityFigures) => LIABILITY_FIGURES.map((k) => cellOf(k, f[k]));
const revenueValues = (f: RevenueFigures) => REVENUE_FIGURES.map((k) => cellOf(k, f[k]));
const branchName = (b: Branch | undefined, id: number) => (b ? `${b.code} ${b.name}` : `#${id}`);

type Request = { locale: Locale; now: Date; timeZone: string; liability?: PrepaidLiabilityFilter; revenue?: PrepaidRevenueFilter };

async function branchesById(ds: DataSource, ids: number[]): Promise<Map<number, Branch>> {
  const found = ids.length ? await ds.getRepository(Branch).findBy({ id: In([...new Set(ids)]) }) : [];
  return new Map(found.map((b) => [b.id, b]));
}

/**
 * One prepaid report as .xlsx, from the same services and scope as its GraphQL query: the
 * liability by branch or the revenue by period and branch, with its totals row, under its title,
 * filters, who ran it and when. Money in dollars with two decimals.
 */
export async function writePrepaidReportWorkbook(stream: Writable, ds: DataSource, viewer: Viewer, kind: PrepaidReportKind, request: Request): Promise<void> {
  const t = prepaidReportsTranslator(request.locale);
  const ranBy = await ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId });
  const filterBranches = await branchesById(ds, request.liability?.branchIds ?? request.revenue?.branchIds ?? []);
  const line = (label: string, value: string) => [t('excel.line', { label, value })];
  const preamble = (title: string, ...lines: (readonly unknown[])[]) => [
    [title],
    ...lines,
    line(t('filters.branches'), filterBranches.size ? [...filterBranches.values()].map((b) => b.code).join(', ') : t('filters.allBranches')),
    line(t('excel.ranBy'), ranBy.login),
    [t('excel.line', { label: t('excel.ranAt'), value: '' }).trimEnd(), { value: excelLocalDateTime(request.now, request.timeZone), numFmt: DATE_TIME_FORMAT }],
  ];

  if (kind === 'liability') {
    const filter = request.liability ?? {};
    const report = await prepaidLiability(ds, viewer, filter, request.timeZone, request.now);
    const branches = await branchesById(ds, report.rows.map((r) => r.branchId));
    const member = filter.memberId === undefined ? null : await ds.getRepository(Member).findOneBy({ id: filter.memberId });
    const [name] = sheetNames([t('tabs.liability')]);
    await writeStreamedSheets(stream, [{
      name,
      preamble: preamble(
        t('liability.title'),
        [t('excel.line', { label: t('filters.asOf'), value: '' }).trimEnd(), { value: excelLocalDateTime(report.asOf, request.timeZone), numFmt: DATE_TIME_FORMAT }],
        ...(member ? [line(t('filters.member'), `${member.memberNo} ${formatMemberName(member)}`)] : []),
      ),
      columns: [column('branch', t('columns.branch'), undefined, 20), ...LIABILITY_FIGURES.map((k) => figure(k, t(`columns.${k}`)))],
      batches: (async function* () {
        if (report.rows.length) yield report.rows.map((r) => [branchName(branches.get(r.branchId), r.branchId), ...liabilityValues(r)]);
      })(),
      footer: () => [[t('totals'), ...liabilityValues(report.totals)]],
    }]);
    return;
  }

  const filter = request.revenue!;
  const report = await prepaidRevenue(ds, viewer, filter, request.timeZone);
  const branches = await branchesById(ds, report.rows.map((r) => r.branchId));
  const [name] = sheetNames([t('tabs.revenue')]);
  await writeStreamedSheets(stream, [{
    name,
    preamble: preamble(t('revenue.title'), line(t('filters.period'), `${filter.from} – ${filter.to}`), line(t('filters.bucket'), t(`filters.buckets.${filter.period}`))),
    columns: [column('period', t('columns.period')), column('branch', t('columns.branch'), undefined, 20), ...REVENUE_FIGURES.map((k) => figure(k, t(`columns.${k}`)))],
    batches: (async function* () {
      if (report.rows.length) yield report.rows.map((r) => [r.period, branchName(branches.get(r.branchId), r.branchId), ...revenueValues(r)]);
    })(),
    footer: () => [[t('totals'), null, ...revenueValues(report.totals)]],
  }]);
}
