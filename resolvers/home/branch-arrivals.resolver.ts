import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { branchArrivalsToday } from '../../services/home/branch-arrivals.service';
import { Permission } from '../../services/admin/permission';
import { homeContext } from './home-context';

@ObjectType('BranchArrivalsToday', { description: 'One branch\'s arrivals today (到達), as counts: a summary row of the manager\'s home page.' })
export class BranchArrivalsToday {
  @Field(() => Branch, { description: 'The branch (分店).' })
  branch: Branch;

  @Field(() => LocalDate, { description: 'Today in the branch\'s time zone (YYYY-MM-DD): the day the counts and its arrival board are of.' })
  date: string;

  @Field(() => Int, { description: 'Appointments of the day not cancelled (預約), whatever they became since.' })
  booked: number;

  @Field(() => Int, { description: 'Of those, arrived (到達) or already completed.' })
  arrived: number;

  @Field(() => Int, { description: 'Of those, with the attendance verified (出席驗證).' })
  verified: number;

  @Field(() => Int, { description: 'Of those, marked no-show (失約).' })
  noShow: number;
}

/** The manager's home card 今天各分店到達. */
@Authorized(Permission.ContactsSupervise)
@Resolver()
export class BranchArrivalsResolver {
  @Query(() => [BranchArrivalsToday], {
    description:
      'Today\'s arrivals per branch the viewer\'s member scope covers, by branch code, branches without appointments included: the appointments the arrival board shows the viewer. A plain list, not a connection: one summary row per branch, so at most the branch count. Managers and admins.',
  })
  async branchArrivalsToday(@Ctx() context: GraphQLContext): Promise<BranchArrivalsToday[]> {
    const { now } = await homeContext(context);
    const rows = await branchArrivalsToday(context.ds, viewerOf(context), now);
    return rows.map((row) => Object.assign(new BranchArrivalsToday(), { branch: row.branch, date: row.date, ...row.counts }));
  }
}
