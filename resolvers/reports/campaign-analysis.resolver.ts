import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { FALLBACK_TIME_ZONE } from '../../services/contacts/contact-list.service';
import { notFound } from '../../services/errors/domain-error';
import { appliedFilter } from '../../services/reports/applied-filter.service';
import { campaignAnalysis } from '../../services/reports/campaign-analysis.service';
import { contactTrend, trendRangeFor } from '../../services/reports/contact-trend.service';
import type { ReportContext } from '../../services/reports/report-query.service';
import { CampaignAnalysis, CampaignAnalysisSuccessRule, CampaignAnalysisTotals, ReportAppliedFilter } from './campaign-analysis.types';
import { ContactTrend } from './contact-trend.types';
import { CampaignAnalysisView, ReportFilterInput, toReportFilter } from './report-filter.input';

/** The viewer's report context: their contact scope (read once per request) and their branch's time zone. */
export async function reportContext(context: GraphQLContext): Promise<ReportContext> {
  const viewer = viewerOf(context);
  const [branch, scope] = await Promise.all([context.loaders.branch.load(viewer.branchId), context.loaders.contactScope.load(viewer)]);
  return { scope, timeZone: branch?.timeZone || FALLBACK_TIME_ZONE, now: new Date() };
}

/**
 * 會員 > 報告: the contact campaign analysis and the contacts-per-day trend. Both count only
 * the contact members the viewer may see (the report filter starts from the contact scope).
 */
@Authorized(Permission.ReportsContacts)
@Resolver()
export class CampaignAnalysisResolver {
  @Query(() => CampaignAnalysis, { description: '聯絡活動分析 in one view: per row, each contact status\'s count and ratio, the total, and booked appointments by outcome; with a totals row.' })
  async campaignAnalysis(
    @Arg('view', () => CampaignAnalysisView, { description: 'What each row is.' }) view: CampaignAnalysisView,
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: 'The filters; absent means all the viewer may see.' })
    input: ReportFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CampaignAnalysis> {
    const filter = await toReportFilter(input);
    const reportCtx = await reportContext(context);
    const [report, applied, ranBy] = await Promise.all([
      campaignAnalysis(context.ds, view, filter, reportCtx),
      appliedFilter(context.ds, filter).then((applied) => Object.assign(new ReportAppliedFilter(), applied)),
      context.loaders.staff.load(viewerOf(context).staffId),
    ]);
    if (!ranBy) throw notFound('staff');
    return Object.assign(new CampaignAnalysis(), {
      view,
      columns: report.columns,
      totals: Object.assign(new CampaignAnalysisTotals(), report.totals),
      filter: applied,
      successRule: Object.assign(new CampaignAnalysisSuccessRule(), {
        enabled: report.successRule.successRuleEnabled, metric: report.successRule.successMetric, thresholdCents: report.successRule.successThresholdCents,
      }),
      ranBy,
      ranAt: reportCtx.now,
      report,
    });
  }

  @Query(() => ContactTrend, { description: 'Contact logs per salon day on the visible contact members matching the filter (the trend chart); the range is the filter\'s contact range, else what the report covers (from the earliest campaign start or first contact to the latest campaign end or last contact, up to today, at most 366 days), else the last 30 days.' })
  async contactTrend(
    @Arg('filter', () => ReportFilterInput, { nullable: true, validate: false, description: 'The filters; the contact range, when given, is the trend\'s range.' })
    input: ReportFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactTrend> {
    const filter = await toReportFilter(input);
    const reportCtx = await reportContext(context);
    const range = await trendRangeFor(context.ds, filter, reportCtx, 'filter');
    const days = await contactTrend(context.ds, filter, reportCtx, range.from, range.to);
    return Object.assign(new ContactTrend(), { ...range, days, total: days.reduce((sum, d) => sum + d.count, 0) });
  }
}
