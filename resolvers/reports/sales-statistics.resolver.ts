import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { salonDay } from '../../services/reports/report-range';
import { salesStatistics } from '../../services/reports/sales-statistics.service';
import { SalesStatistics, SalesStatisticsFilterInput, SalesStatisticsGrouping, salesStatisticsOf, toSalesStatisticsFilter } from './sales-statistics.types';

/** 會員 > 報告 > 統計分析: sales of the invoices the viewer may read (sales.view and her scope), grouped one way. */
@Authorized(Permission.ReportsSales)
@Resolver()
export class SalesStatisticsResolver {
  @Query(() => SalesStatistics, { description: '統計分析: net sales (voided invoices left out, returns taken off on the invoice\'s date) of the invoices the viewer may read, by period, branch, staff, item, kind, category, department or tender, with totals. Needs reports.sales and sales.view.' })
  async salesStatistics(
    @Arg('grouping', () => SalesStatisticsGrouping, { description: 'What to group by.' }) grouping: SalesStatisticsGrouping,
    @Arg('filter', () => SalesStatisticsFilterInput, { nullable: true, validate: false, description: 'Period and branches; absent: the month so far, every branch.' }) input: SalesStatisticsFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<SalesStatistics> {
    const viewer = viewerOf(context);
    const today = salonDay(new Date(), await viewerTimeZone(context.ds, viewer));
    const filter = await toSalesStatisticsFilter(input, today);
    return salesStatisticsOf(await salesStatistics(context.ds, viewer, filter, grouping, context.locale), filter.branchIds);
  }
}
