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
import { COUNT_FORMAT, DATE_TIME_FORMAT, displayWidth, sheetNames } from '../reports/campaign-analysis-export.service';
import type { PointsMovementFigures } from './loyalty-reports';
import { rankedMemberCount } from './points-account.service';
import { pointsLiability, pointsMovements, pointsRanking, type PointsMovementsFilter } from './loyalty-reports.service';

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The `loyaltyReports` messages of one locale (the page's words, so screen and file agree). */
export function loyaltyReportsTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'loyaltyReports' as never }) as unknown as Translate;
}

export type LoyaltyReportKind = 'ranking' | 'movements' | 'liability';
export const LOYALTY_REPORT_KINDS: readonly LoyaltyReportKind[] = ['ranking', 'movements', 'liability'];

/** Movement figures in the report's column order (the screen's too). */
export const MOVEMENT_FIGURES = ['issued', 'earned', 'referral', 'adjustedIn', 'redeemed', 'expired', 'reversed', 'adjustedOut', 'net'] as const;

const column = (key: string, header: string, numFmt?: string, min = 12): SheetColumn => ({ key, header, width: Math.max(min, displayWidth(header) + 2), numFmt });
const figureValues = (f: PointsMovementFigures) => MOVEMENT_FIGURES.map((k) => f[k]);
const branchName = (b: Branch | undefined, id: number) => (b ? `${b.code} ${b.name}` : `#${id}`);

type Request = { locale: Locale; now: Date; timeZone: string; branchIds?: number[]; movements?: PointsMovementsFilter };

async function branchesById(ds: DataSource, ids: number[]): Promise<Map<number, Branch>> {
  const found = ids.length ? await ds.getRepository(Branch).findBy({ id: In([...new Set(ids)]) }) : [];
  return new Map(found.map((b) => [b.id, b]));
}

/**
 * One loyalty report as .xlsx, from the same services and scope as its GraphQL query: the
 * ranking a page of members at a time (streamed), the movements with their totals row, the
 * liability by branch and by expiry month; each under its title, filters, who ran it and when.
 */
export async function writeLoyaltyReportWorkbook(stream: Writable, ds: DataSource, viewer: Viewer, kind: LoyaltyReportKind, request: Request): Promise<void> {
  const t = loyaltyReportsTranslator(request.locale);
  const ranBy = await ds.getRepository(Staff).findOneByOrFail({ id: viewer.staffId });
  const filterBranches = await branchesById(ds, request.branchIds ?? request.movements?.branchIds ?? []);
  const preamble = (title: string, ...lines: string[][]) => [
    [title],
    ...lines,
    [t('excel.line', { label: t('filters.branches'), value: filterBranches.size ? [...filterBranches.values()].map((b) => b.code).join(', ') : t('filters.allBranches') })],
    [t('excel.line', { label: t('excel.ranBy'), value: ranBy.login })],
    [t('excel.line', { label: t('excel.ranAt'), value: '' }).trimEnd(), { value: excelLocalDateTime(request.now, request.timeZone), numFmt: DATE_TIME_FORMAT }],
  ];
  const count = (key: string, header: string) => column(key, header, COUNT_FORMAT);

  if (kind === 'ranking') {
    const total = await rankedMemberCount(ds);
    const rows = async function* () {
      let after: string | null = null;
      do {
        const page = await pointsRanking(ds, viewer, { branchIds: request.branchIds }, { first: 100, after });
        const members = page.nodes.length ? await ds.getRepository(Member).findBy({ id: In(page.nodes.map((n) => n.memberId)) }) : [];
        const byId = new Map(members.map((m) => [m.id, m]));
        yield page.nodes.map((n) => {
          const member = byId.get(n.memberId);
          return [n.rank, member?.memberNo ?? '', member ? formatMemberName(member) : '', n.balance, n.earnedTotal];
        });
        after = page.hasNextPage && page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]) : null;
      } while (after);
    };
    const [name] = sheetNames([t('tabs.ranking')]);
    await writeStreamedSheets(stream, [{
      name,
      preamble: preamble(t('ranking.title'), [t('ranking.memberCount', { count: total })]),
      columns: [count('rank', t('columns.rank')), column('memberNo', t('columns.memberNo')), column('member', t('columns.memberName'), undefined, 24), count('balance', t('columns.balance')), count('earnedTotal', t('columns.earnedTotal'))],
      batches: rows(),
    }]);
    return;
  }

  if (kind === 'movements') {
    const filter = request.movements!;
    const report = await pointsMovements(ds, viewer, filter, request.timeZone);
    const branches = await branchesById(ds, report.rows.map((r) => r.branchId));
    const [name] = sheetNames([t('tabs.movements')]);
    await writeStreamedSheets(stream, [{
      name,
      preamble: preamble(t('movements.title'), [t('excel.line', { label: t('filters.period'), value: `${filter.from} – ${filter.to}` })], [t('excel.line', { label: t('filters.bucket'), value: t(`filters.buckets.${filter.period}`) })]),
      columns: [column('period', t('columns.period')), column('branch', t('columns.branch'), undefined, 20), ...MOVEMENT_FIGURES.map((k) => count(k, t(`columns.${k}`)))],
      batches: (async function* () {
        if (report.rows.length) yield report.rows.map((r) => [r.period, branchName(branches.get(r.branchId), r.branchId), ...figureValues(r)]);
      })(),
      footer: () => [[t('totals'), null, ...figureValues(report.totals)]],
    }]);
    return;
  }

  const report = await pointsLiability(ds, viewer, { branchIds: request.branchIds }, request.timeZone);
  const branches = await branchesById(ds, report.byBranch.map((b) => b.branchId));
  const [byBranch, byExpiry] = sheetNames([t('liability.byBranch'), t('liability.byExpiry')]);
  const head = preamble(t('liability.title'));
  await writeStreamedSheets(stream, [
    {
      name: byBranch,
      preamble: head,
      columns: [column('branch', t('columns.branch'), undefined, 20), count('members', t('columns.members')), count('points', t('columns.points'))],
      batches: (async function* () {
        if (report.byBranch.length) yield report.byBranch.map((b) => [branchName(branches.get(b.branchId), b.branchId), b.members, b.points]);
      })(),
      footer: () => [[t('totals'), report.members, report.points]],
    },
    {
      name: byExpiry,
      preamble: head,
      columns: [column('month', t('columns.expiryMonth'), undefined, 16), count('points', t('columns.points'))],
      batches: (async function* () {
        if (report.byExpiry.length) yield report.byExpiry.map((e) => [e.month ?? t('liability.never'), e.points]);
      })(),
      footer: () => [[t('totals'), report.points]],
    },
  ]);
}
