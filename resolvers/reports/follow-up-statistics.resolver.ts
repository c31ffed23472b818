import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { notFound } from '../../services/errors/domain-error';
import { appliedFilter } from '../../services/reports/applied-filter.service';
import { followUpStatisticMembers, followUpStatistics } from '../../services/reports/follow-up-statistics.service';
import { ContactMemberConnection } from '../contacts/contact-member.resolver';
import { reportContext } from './campaign-analysis.resolver';
import { ReportAppliedFilter } from './campaign-analysis.types';
import { FollowUpMetric, FollowUpStatistics, FollowUpStatisticTotals } from './follow-up-statistics.types';
import { ReportFilterInput, toReportFilter } from './report-filter.input';

const FILTER_DESCRIPTION = 'The filters; the contact range (contactedFrom/contactedTo) is the period, by default the current month (at most 366 days). Absent means all the viewer may see this month.';

/**
 * 會員 > 報告 > 同事跟進的統計: follow-up work per salesperson over a period, and the contact
 * members behind each number. Both count only the contact members the viewer may see.
 */
@Authorized(Permission.ReportsContacts)
@Resolver()
export class FollowUpStatisticsResolver {
  @Query(() => FollowUpStatistics, { description: '同事跟進的統計: per salesperson, contact members assigned, contacted in the period, logs (by method), appointments booked and attended, and overdue follow-ups; with totals.' })
  async followUpStatistics(
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: FILTER_DESCRIPTION }) input: ReportFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<FollowUpStatistics> {
    const filter = await toReportFilter(input);
    const reportCtx = await reportContext(context);
    const [report, applied, ranBy] = await Promise.all([
      followUpStatistics(context.ds, filter, reportCtx),
      appliedFilter(context.ds, filter).then((found) => Object.assign(new ReportAppliedFilter(), found)),
      context.loaders.staff.load(viewerOf(context).staffId),
    ]);
    if (!ranBy) throw notFound('staff');
    return Object.assign(new FollowUpStatistics(), {
      from: report.period.from,
      to: report.period.to,
      methods: report.methods,
      totals: Object.assign(new FollowUpStatisticTotals(), report.totals),
      filter: applied,
      ranBy,
      ranAt: reportCtx.now,
      report,
    });
  }

  @Query(() => ContactMemberConnection, { description: 'The contact members behind one number of 同事跟進的統計 (same filter, period and visibility), in assignment order. totalCount equals the number for ASSIGNED, CONTACTED and OVERDUE; LOGGED, BOOKED and ATTENDED count logs and appointments, and list the contact members they belong to.' })
  async followUpStatisticMembers(
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: FILTER_DESCRIPTION }) input: ReportFilterInput | null,
    @Arg('metric', () => FollowUpMetric, { description: 'Which number.' }) metric: FollowUpMetric,
    @Arg('salespersonId', () => ID, { nullable: true, description: 'Whose row; absent for the totals row.' }) salespersonId: string | null,
    @Arg('methodId', () => ID, { nullable: true, description: 'With LOGGED only: members with a log of this contact method in the period.' }) methodId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactMemberConnection> {
    const filter = await toReportFilter(input);
    const drill = {
      metric,
      salespersonId: salespersonId ? parseId(salespersonId, 'salespersonId') : undefined,
      methodId: methodId ? parseId(methodId, 'methodId') : undefined,
    };
    const result = await followUpStatisticMembers(context.ds, filter, await reportContext(context), drill, page.first, page.after);
    return ContactMemberConnection.from(result);
  }
}
