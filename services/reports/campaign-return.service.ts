import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Campaign, CampaignMember, Invoice, type Member } from '../../entities';
import { isSqlite } from '../../db/dialect';
import type { Page } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { salonDayRange } from '../contacts/contact-filter';
import { invalidField } from '../errors/domain-error';
import { decodeInvoiceCursor, invoiceCursor } from '../sales/invoice-list.service';
import { invoiceQuery } from '../sales/invoice-scope.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import {
  competitionRanks, NO_INVOICES, returnDaysProblem, RETURN_DAYS_MAX, RETURN_DAYS_MIN, salesFigures, sumInvoiceSums,
  type InvoiceSums, type SalesFigures,
} from './campaign-return';
import type { ReportFilter } from './report-filter';
import { applyReportFilter, type ReportContext } from './report-query.service';

export type CampaignReturnRow = SalesFigures & { campaign: Campaign };
export type CampaignReturnReport = { days: number; rows: CampaignReturnRow[]; totals: SalesFigures };

/** Refuses a window outside 1–366 days, naming the field. */
export function checkReturnDays(days: unknown, field = 'daysAfterContact'): number {
  const problem = returnDaysProblem(days);
  if (problem === 'notANumber') throw invalidField(field, 'notANumber');
  if (problem) throw invalidField(field, 'outOfRange', { min: RETURN_DAYS_MIN, max: RETURN_DAYS_MAX });
  return days as number;
}

/** `instant` moved back `days` whole days, in SQL (parameter :crDays); SQLite keeps the stored text's milliseconds so comparisons stay textual. */
function daysBefore(ds: DataSource, instant: string): string {
  return isSqlite(ds) ? `strftime('%Y-%m-%d %H:%M:%f', ${instant}, '-' || :crDays || ' days')` : `DATE_SUB(${instant}, INTERVAL :crDays DAY)`;
}

/**
 * The invoices a campaign's contacts brought: the viewer's issued invoices (invoiceQuery, so her
 * sales scope applies) of members she may see in the campaign (the contact scope and the report
 * filter on `cm`), issued within `days` days after one of the campaign's contacts with that member
 * (a contact in the filter's contact range, when one is given). A member has one place per
 * campaign, so no invoice comes twice for one campaign.
 */
function contributingInvoices(ds: DataSource, viewer: Viewer, filter: ReportFilter, context: ReportContext, days: number): SelectQueryBuilder<Invoice> {
  const { contactedFrom, contactedTo, ...rest } = filter;
  const qb = invoiceQuery(ds, viewer)
    .innerJoin(CampaignMember, 'cm', 'cm.memberId = i.memberId')
    .andWhere('i.status = :crIssued', { crIssued: 'ISSUED' });
  applyReportFilter(qb as SelectQueryBuilder<ObjectLiteral>, rest, context);
  const log = ['crl.campaignMemberId = cm.id', 'crl.contactedAt <= i.issuedAt', `crl.contactedAt >= ${daysBefore(ds, 'i.issuedAt')}`];
  const params: Record<string, unknown> = { crDays: days };
  if (contactedFrom || contactedTo) {
    const range = salonDayRange(contactedFrom, contactedTo, context.timeZone);
    if (range.start) { log.push('crl.contactedAt >= :crFrom'); params.crFrom = range.start; }
    if (range.end) { log.push('crl.contactedAt < :crTo'); params.crTo = range.end; }
  }
  return qb.andWhere(`EXISTS (SELECT 1 FROM contact_logs crl WHERE ${log.join(' AND ')})`, params);
}

type Raw = { campaignId: number | string; invoices: number | string; buyers: number | string; gross: number | string | null; returned: number | string | null };

const sumsOf = (r: Raw): InvoiceSums => ({ invoices: Number(r.invoices), buyers: Number(r.buyers), grossCents: Number(r.gross ?? 0), returnedCents: Number(r.returned ?? 0) });

/**
 * 活動回報: per campaign, what its contacted members bought within `days` days after a contact —
 * issued invoices, net of what returns refunded on them — with the buyers and a totals row. One
 * grouped query; campaigns in code order.
 */
export async function campaignReturn(ds: DataSource, viewer: Viewer, filter: ReportFilter, context: ReportContext, days: number): Promise<CampaignReturnReport> {
  checkReturnDays(days);
  const raw = await contributingInvoices(ds, viewer, filter, context, days)
    .select('cm.campaignId', 'campaignId')
    .addSelect('COUNT(*)', 'invoices')
    .addSelect('COUNT(DISTINCT i.memberId)', 'buyers')
    .addSelect('SUM(i.totalCents)', 'gross')
    .addSelect('SUM(i.refundedCents)', 'returned')
    .groupBy('cm.campaignId')
    .getRawMany<Raw>();
  const campaigns = raw.length ? await ds.getRepository(Campaign).findBy({ id: In(raw.map((r) => Number(r.campaignId))) }) : [];
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const byCode = new Intl.Collator('en', { numeric: true }).compare;
  const rows = raw
    .filter((r) => byId.has(Number(r.campaignId)))
    .map((r) => ({ campaign: byId.get(Number(r.campaignId))!, ...salesFigures(sumsOf(r)) }))
    .sort((a, b) => byCode(a.campaign.code, b.campaign.code) || a.campaign.id - b.campaign.id);
  return { days, rows, totals: salesFigures(rows.length ? sumInvoiceSums(rows) : NO_INVOICES) };
}

/** The drill-through: one campaign's contributing invoices, newest first, keyset-paged as the invoice list is. */
export async function campaignReturnInvoices(
  ds: DataSource, viewer: Viewer, campaignId: number, filter: ReportFilter, context: ReportContext, days: number, page: { first: number; after?: string | null },
): Promise<Page<Invoice>> {
  checkReturnDays(days);
  const scoped = () => contributingInvoices(ds, viewer, { ...filter, campaignIds: [campaignId] }, context, days);
  const qb = scoped();
  if (page.after) {
    const after = decodeInvoiceCursor(page.after);
    qb.andWhere('i.issuedAt <= :crAfterAt AND (i.issuedAt < :crAfterAt OR i.id < :crAfterId)', { crAfterAt: after.issuedAt, crAfterId: after.id });
  }
  const ids = await qb.select('i.id', 'id').orderBy('i.issuedAt', 'DESC').addOrderBy('i.id', 'DESC').limit(page.first + 1).getRawMany<{ id: number | string }>();
  const found = ids.length ? await ds.getRepository(Invoice).findBy({ id: In(ids.map((r) => Number(r.id))) }) : [];
  const rows = found.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || b.id - a.id);
  const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
  return {
    nodes, hasNextPage, cursorOf: invoiceCursor,
    totalCount: async () => Number((await scoped().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0),
  };
}

export type RankingFilter = { from: string; to: string; branchIds?: number[] };
export type MemberRank = SalesFigures & { rank: number; memberId: number; member?: Member };

/**
 * 會員消費排名: members by net sales (issued invoices of the period's salon days, less what returns
 * refunded on them), best first, ties by member id; only invoices the viewer may read
 * (invoiceQuery: her branches and the members she may open), walk-ins left out. Keyset-paged on
 * (net, member) through HAVING, so a later page costs what the first does and ranks carry on.
 */
export async function memberRanking(ds: DataSource, viewer: Viewer, filter: RankingFilter, page: { first: number; after?: string | null }): Promise<Page<MemberRank>> {
  const base = () => {
    const qb = invoiceQuery(ds, viewer)
      .andWhere('i.status = :mrIssued', { mrIssued: 'ISSUED' })
      .andWhere('i.memberId IS NOT NULL')
      .andWhere('i.businessDate >= :mrFrom AND i.businessDate <= :mrTo', { mrFrom: filter.from, mrTo: filter.to });
    if (filter.branchIds?.length) qb.andWhere('i.branchId IN (:...mrBranchIds)', { mrBranchIds: filter.branchIds });
    return qb;
  };
  const net = 'SUM(i.totalCents) - SUM(i.refundedCents)';
  const qb = base()
    .select('i.memberId', 'memberId')
    .addSelect('COUNT(*)', 'invoices')
    .addSelect('SUM(i.totalCents)', 'gross')
    .addSelect('SUM(i.refundedCents)', 'returned')
    .addSelect(net, 'net')
    .groupBy('i.memberId');
  let previous: { net: number; rank: number; position: number } | undefined;
  if (page.after) {
    const [afterNet, afterMember, rank, position] = decodeCursor(page.after, 4);
    if ([afterNet, afterMember, rank, position].some((v) => typeof v !== 'number')) throw invalidField('after', 'invalidCursor');
    previous = { net: Number(afterNet), rank: Number(rank), position: Number(position) };
    qb.having(`${net} < :mrNet OR (${net} = :mrNet AND i.memberId > :mrMember)`, { mrNet: afterNet, mrMember: afterMember });
  }
  const raw = await qb.orderBy('net', 'DESC').addOrderBy('i.memberId', 'ASC').limit(page.first + 1)
    .getRawMany<{ memberId: number | string; invoices: number | string; gross: number | string; returned: number | string }>();
  const { nodes: slice, hasNextPage } = sliceWithLookahead(raw, page.first);
  const figures = slice.map((r) => ({ memberId: Number(r.memberId), ...salesFigures({ invoices: Number(r.invoices), buyers: 1, grossCents: Number(r.gross), returnedCents: Number(r.returned) }) }));
  const offset = previous?.position ?? 0;
  const ranks = competitionRanks(figures.map((f) => f.netCents), offset, previous);
  const nodes = figures.map((f, i) => ({ ...f, rank: ranks[i], position: offset + i + 1 }));
  return {
    nodes,
    hasNextPage,
    cursorOf: (n) => encodeCursor([n.netCents, n.memberId, n.rank, (n as typeof nodes[number]).position]),
    totalCount: async () => Number((await base().select('COUNT(DISTINCT i.memberId)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0),
  };
}
