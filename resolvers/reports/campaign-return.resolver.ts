import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { notFound } from '../../services/errors/domain-error';
import { appliedFilter } from '../../services/reports/applied-filter.service';
import { campaignReturn, campaignReturnInvoices, memberRanking } from '../../services/reports/campaign-return.service';
import { salonDay } from '../../services/reports/report-range';
import { InvoiceConnection } from '../sales/invoice.resolver';
import { reportContext } from './campaign-analysis.resolver';
import { ReportAppliedFilter } from './campaign-analysis.types';
import { CampaignReturn, MemberSalesRank, MemberSalesRankConnection, SalesFiguresType } from './campaign-return.types';
import { ReportFilterInput, toReportFilter } from './report-filter.input';
import { SalesStatisticsFilterInput, toSalesStatisticsFilter } from './sales-statistics.types';

/**
 * 統計分析's campaign views: 活動回報 (what a campaign's contacts bought afterwards) and 會員消費排名.
 * Invoices come through invoiceQuery (sales.view and the viewer's scope), contact members through
 * the contact scope, so a viewer sees the sales of the invoices and contacts she may see.
 */
@Authorized(Permission.ReportsSales)
@Resolver()
export class CampaignReturnResolver {
  @Query(() => CampaignReturn, { description: '活動回報: per campaign, net sales (issued invoices less returns) of its members within `daysAfterContact` days after a contact of that campaign. Needs reports.sales and sales.view.' })
  async campaignReturn(
    @Arg('daysAfterContact', () => Int, { description: 'Days after a contact in which a sale counts (1–366).' }) days: number,
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: 'Which contacts: campaigns, salespeople and their branches or groups, member groups, the contact range; absent: all the viewer may see.' })
    input: ReportFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CampaignReturn> {
    const filter = await toReportFilter(input);
    const reportCtx = await reportContext(context);
    const [report, applied, ranBy] = await Promise.all([
      campaignReturn(context.ds, viewerOf(context), filter, reportCtx, days),
      appliedFilter(context.ds, filter),
      context.loaders.staff.load(viewerOf(context).staffId),
    ]);
    if (!ranBy) throw notFound('staff');
    return Object.assign(new CampaignReturn(), {
      days: report.days,
      totals: Object.assign(new SalesFiguresType(), report.totals),
      filter: Object.assign(new ReportAppliedFilter(), applied),
      ranBy,
      ranAt: reportCtx.now,
      all: report.rows,
    });
  }

  @Query(() => InvoiceConnection, { description: '活動回報\'s drill-through: the invoices behind one campaign\'s row, newest first. Needs reports.sales and sales.view.' })
  async campaignReturnInvoices(
    @Arg('campaignId', () => ID, { description: 'The campaign of the row.' }) campaignId: string,
    @Arg('daysAfterContact', () => Int, { description: 'The report\'s window (1–366 days after a contact).' }) days: number,
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: 'The report\'s filters.' }) input: ReportFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<InvoiceConnection> {
    const filter = await toReportFilter(input);
    const reportCtx = await reportContext(context);
    return InvoiceConnection.from(await campaignReturnInvoices(context.ds, viewerOf(context), parseId(campaignId, 'campaignId'), filter, reportCtx, days, page));
  }

  @Query(() => MemberSalesRankConnection, { description: '會員消費排名: members by net sales (issued invoices of the period less returns refunded on them), best first; walk-ins left out. Needs reports.sales and sales.view.' })
  async memberSalesRanking(
    @Arg('filter', () => SalesStatisticsFilterInput, { nullable: true, validate: false, description: 'Period (by invoice date) and branches; absent: the month so far, every branch.' })
    input: SalesStatisticsFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberSalesRankConnection> {
    const viewer = viewerOf(context);
    const filter = await toSalesStatisticsFilter(input, salonDay(new Date(), await viewerTimeZone(context.ds, viewer)));
    const result = await memberRanking(context.ds, viewer, filter, page);
    const members = await Promise.all(result.nodes.map((n) => context.loaders.member.load(n.memberId)));
    return MemberSalesRankConnection.from({
      ...result,
      nodes: result.nodes.map((n, i) => Object.assign(new MemberSalesRank(), n, { member: members[i] ?? null })),
      cursorOf: result.cursorOf as (n: MemberSalesRank) => string,
    });
  }
}
