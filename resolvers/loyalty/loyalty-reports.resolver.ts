import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { Permission } from '../../services/admin/permission';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { pointsLiability, pointsMovements, pointsRanking } from '../../services/loyalty/loyalty-reports.service';
import { rankedMemberCount } from '../../services/loyalty/points-account.service';
import { salonDay } from '../../services/reports/report-range';
import {
  LoyaltyBranchesFilterInput, PointsLiability, PointsLiabilityBranch, PointsLiabilityExpiry, PointsMovementFiguresType, PointsMovementPeriod, PointsMovementRow,
  PointsMovements, PointsMovementsFilterInput, PointsRank, PointsRankConnection, PointsRanking, toBranchesFilter, toPointsMovementsFilter,
} from './loyalty-reports.types';

/**
 * 會員積分 報告: the points ranking, points movements and the outstanding liability, from the
 * ledger of the members the viewer may see (her member scope; members load through the scoped
 * loaders, branches through theirs).
 */
@Authorized(Permission.ReportsLoyalty)
@Resolver()
export class LoyaltyReportsResolver {
  @Query(() => PointsRanking, { description: '積分排名: the members the viewer may see who hold points, most first, each with her rank among all members. Needs reports.loyalty.' })
  async pointsRanking(
    @Arg('filter', () => LoyaltyBranchesFilterInput, { nullable: true, validate: false, description: 'Members of these branches; absent: all she may see.' }) input: LoyaltyBranchesFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<PointsRanking> {
    const filter = await toBranchesFilter(input);
    const [result, count] = await Promise.all([pointsRanking(context.ds, viewerOf(context), filter, page), rankedMemberCount(context.ds)]);
    const members = await Promise.all(result.nodes.map((n) => context.loaders.member.load(n.memberId)));
    const rows = PointsRankConnection.from({
      ...result,
      nodes: result.nodes.map((n, i) => Object.assign(new PointsRank(), n, { member: members[i] ?? null })),
      cursorOf: result.cursorOf as (n: PointsRank) => string,
    });
    return Object.assign(new PointsRanking(), { memberCount: count, ranAt: new Date(), rows });
  }

  @Query(() => PointsMovements, { description: 'Points issued, redeemed, expired, reversed and adjusted per salon day or month and branch, from the ledger of the members the viewer may see. Needs reports.loyalty.' })
  async pointsMovements(
    @Arg('filter', () => PointsMovementsFilterInput, { nullable: true, validate: false, description: 'Period, bucketing and branches; absent: this year by month, every branch.' }) input: PointsMovementsFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PointsMovements> {
    const viewer = viewerOf(context);
    const timeZone = await viewerTimeZone(context.ds, viewer);
    const filter = await toPointsMovementsFilter(input, salonDay(new Date(), timeZone));
    const report = await pointsMovements(context.ds, viewer, filter, timeZone);
    const branches = await Promise.all(report.rows.map((r) => context.loaders.branch.load(r.branchId)));
    return Object.assign(new PointsMovements(), {
      from: filter.from,
      to: filter.to,
      period: filter.period as PointsMovementPeriod,
      branchIds: (filter.branchIds ?? []).map(String),
      totals: Object.assign(new PointsMovementFiguresType(), report.totals),
      all: report.rows.map((r, i) => Object.assign(new PointsMovementRow(), r, { branch: branches[i] ?? null })),
    });
  }

  @Query(() => PointsLiability, { description: '積分負債: the points the members the viewer may see hold now, by the member\'s branch and by expiry month. Needs reports.loyalty.' })
  async pointsLiability(
    @Arg('filter', () => LoyaltyBranchesFilterInput, { nullable: true, validate: false, description: 'Members of these branches; absent: all she may see.' }) input: LoyaltyBranchesFilterInput | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PointsLiability> {
    const viewer = viewerOf(context);
    const filter = await toBranchesFilter(input);
    const report = await pointsLiability(context.ds, viewer, filter, await viewerTimeZone(context.ds, viewer));
    const branches = await Promise.all(report.byBranch.map((b) => context.loaders.branch.load(b.branchId)));
    return Object.assign(new PointsLiability(), {
      points: report.points,
      members: report.members,
      asOf: new Date(),
      branches: report.byBranch.map((b, i) => Object.assign(new PointsLiabilityBranch(), b, { branch: branches[i] ?? null })),
      expiries: report.byExpiry.map((e) => Object.assign(new PointsLiabilityExpiry(), e)),
    });
  }
}
