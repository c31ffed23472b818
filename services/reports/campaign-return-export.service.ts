import type { Writable } from 'node:stream';
import { In, type DataSource } from 'typeorm';
import { createTranslator } from 'use-intl/core';
import { Member, Staff } from '../../entities';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { excelLocalDateTime } from '../export/contact-export.service';
import { writeStreamedSheets, type SheetColumn, type StreamedSheet } from '../export/streamed-workbook';
import { formatMemberName } from '../members/member-name';
import { appliedFilter } from './applied-filter.service';
import { COUNT_FORMAT, DATE_TIME_FORMAT, displayWidth, MONEY_FORMAT, sheetNames } from './campaign-analysis-export.service';
import type { SalesFigures } from './campaign-return';
import { campaignReturn, campaignReturnInvoices, memberRanking, type RankingFilter } from './campaign-return.service';
import type { ReportFilter } from './report-filter';
import type { ReportContext } from './report-query.service';

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The `salesViews.excel` messages of one locale. */
export function salesViewsTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'salesViews.excel' as never }) as unknown as Translate;
}

const FIGURES = ['invoices', 'buyers', 'grossCents', 'returnedCents', 'netCents'] as const;
const column = (key: string, header: string, numFmt?: string, min = 12): SheetColumn => ({ key, header, width: Math.max(min, displayWidth(header) + 2), numFmt });
const figureColumns = (t: Translate, keys: readonly (typeof FIGURES)[number][] = FIGURES) =>
  keys.map((k) => column(k, t(`columns.${k}`), k.endsWith('Cents') ? MONEY_FORMAT : COUNT_FORMAT));
/** Figures in figureColumns' order; amounts in dollars, as the invoice export writes them. */
export function figureValues(f: SalesFigures, keys: readonly (typeof FIGURES)[number][] = FIGURES): number[] {
  return keys.map((k) => (k.endsWith('Cents') ? f[k] / 100 : f[k]));
}

async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  if (rows.length) yield rows;
}

/**
 * 活動回報 as .xlsx: the campaigns with their figures and the totals row, then one sheet of the
 * invoices behind them (the drill-through), each under the report's title, window and filters.
 * Same services as the GraphQL queries, so the viewer's scopes apply and the figures agree.
 */
export async function writeCampaignReturnWorkbook(
  stream: Writable, ds: DataSource, viewer: Viewer, request: { filter: ReportFilter; days: number; locale: Locale; context: ReportContext },
): Promise<void> {
  const { filter, days, locale, context } = request;
  const t = salesViewsTranslator(locale);
  const [report, applied, ranBy] = await Promise.all([
    campaignReturn(ds, viewer, filter, context, days),
    appliedFilter(ds, filter),
    ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId }),
  ]);
  const list = (names: string[]) => (names.length ? names.join(', ') : t('all'));
  const preamble = [
    [t('campaignReturnTitle')],
    [t('line', { label: t('days'), value: String(days) })],
    [t('line', { label: t('campaigns'), value: list(applied.campaigns.map((c) => c.code)) })],
    [t('line', { label: t('contacted'), value: [applied.contactedFrom ?? '', applied.contactedTo ?? ''].join(' – ').replace(/^ – $/, t('all')) })],
    [t('line', { label: t('ranBy'), value: ranBy.login })],
    [t('line', { label: t('ranAt'), value: '' }).trimEnd(), { value: excelLocalDateTime(context.now, context.timeZone), numFmt: DATE_TIME_FORMAT }],
  ];
  const [campaignsName, invoicesName] = sheetNames([t('campaignsSheet'), t('invoicesSheet')]);
  const invoiceRows = async function* () {
    for (const row of report.rows) {
      let after: string | null = null;
      do {
        const page = await campaignReturnInvoices(ds, viewer, row.campaign.id, filter, context, days, { first: 100, after });
        const memberIds = [...new Set(page.nodes.map((i) => i.memberId).filter((id): id is number => id !== null))];
        const members = memberIds.length ? await ds.getRepository(Member).findBy({ id: In(memberIds) }) : [];
        const byId = new Map(members.map((m) => [m.id, m]));
        yield page.nodes.map((i) => {
          const member = i.memberId === null ? undefined : byId.get(i.memberId);
          return [row.campaign.code, i.number, i.businessDate, member?.memberNo ?? '', member ? formatMemberName(member) : i.customerName ?? '', i.totalCents / 100, i.refundedCents / 100, (i.totalCents - i.refundedCents) / 100];
        });
        after = page.hasNextPage && page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]) : null;
      } while (after);
    }
  };
  const sheets: StreamedSheet[] = [
    {
      name: campaignsName,
      preamble,
      columns: [column('code', t('columns.campaignCode'), undefined, 14), column('name', t('columns.campaignName'), undefined, 28), ...figureColumns(t)],
      batches: once(report.rows.map((r) => [r.campaign.code, r.campaign.name, ...figureValues(r)])),
      footer: () => [[t('totals'), null, ...figureValues(report.totals)]],
    },
    {
      name: invoicesName,
      preamble,
      columns: [
        column('campaign', t('columns.campaignCode'), undefined, 14), column('number', t('columns.invoiceNumber'), undefined, 16), column('date', t('columns.invoiceDate')),
        column('memberNo', t('columns.memberNo')), column('member', t('columns.memberName'), undefined, 24),
        column('gross', t('columns.grossCents'), MONEY_FORMAT), column('returned', t('columns.returnedCents'), MONEY_FORMAT), column('net', t('columns.netCents'), MONEY_FORMAT),
      ],
      batches: invoiceRows(),
    },
  ];
  await writeStreamedSheets(stream, sheets);
}

/** 會員消費排名 as .xlsx: every ranked member of the period, best first, a page at a time. */
export async function writeMemberRankingWorkbook(
  stream: Writable, ds: DataSource, viewer: Viewer, request: { filter: RankingFilter; locale: Locale; context: Pick<ReportContext, 'now' | 'timeZone'> },
): Promise<void> {
  const { filter, locale, context } = request;
  const t = salesViewsTranslator(locale);
  const ranBy = await ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId });
  const keys = ['invoices', 'grossCents', 'returnedCents', 'netCents'] as const;
  const rows = async function* () {
    let after: string | null = null;
    do {
      const page = await memberRanking(ds, viewer, filter, { first: 100, after });
      const members = page.nodes.length ? await ds.getRepository(Member).findBy({ id: In(page.nodes.map((n) => n.memberId)) }) : [];
      const byId = new Map(members.map((m) => [m.id, m]));
      yield page.nodes.map((n) => {
        const member = byId.get(n.memberId);
        return [n.rank, member?.memberNo ?? '', member ? formatMemberName(member) : '', ...figureValues(n, keys)];
      });
      after = page.hasNextPage && page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]) : null;
    } while (after);
  };
  const [name] = sheetNames([t('rankingSheet')]);
  await writeStreamedSheets(stream, [{
    name,
    preamble: [
      [t('rankingTitle')],
      [t('line', { label: t('period'), value: `${filter.from} – ${filter.to}` })],
      [t('line', { label: t('ranBy'), value: ranBy.login })],
      [t('line', { label: t('ranAt'), value: '' }).trimEnd(), { value: excelLocalDateTime(context.now, context.timeZone), numFmt: DATE_TIME_FORMAT }],
    ],
    columns: [column('rank', t('columns.rank'), COUNT_FORMAT, 6), column('memberNo', t('columns.memberNo')), column('member', t('columns.memberName'), undefined, 24), ...figureColumns(t, keys)],
    batches: rows(),
  }]);
}
