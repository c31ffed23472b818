import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Max, Min } from 'class-validator';
import { Staff } from '../../entities';
import { BLOCKING_STATUSES } from '../../entities/appointment.entity';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { dayAppointmentPage, dayCursor, loadBranchDay, MAX_DAY_PAGE, type DaySpan } from '../../services/appointments/branch-day.service';
import { AppointmentConnection } from './appointment.resolver';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('BranchDay', { description: 'One branch\'s day for the day calendar (日曆): opening hours, the beauticians working and the appointments.' })
export class BranchDay {
  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD, in the branch\'s time zone.' })
  date: string;

  @Field(() => String, { description: 'IANA time zone of the branch: the times below and the grid are in it.' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'Opening time that weekday, HH:MM; null when the branch has no hours that weekday.' })
  opensAt: string | null;

  @Field(() => String, { nullable: true, description: 'Closing time that weekday, HH:MM; null when the branch has no hours that weekday.' })
  closesAt: string | null;

  @Field(() => Boolean, { description: 'True when the branch is closed: a closed day, or no opening hours that weekday.' })
  closed: boolean;

  @Field(() => [Staff], {
    description: 'The calendar\'s columns, by code: beauticians working at the branch that day (weekly schedule or override, less whole-day leave), and any other beautician holding one of the day\'s appointments there.',
  })
  beauticians: Staff[];

  /** Which appointments the `appointments` field reads. */
  branchId: number;
  span: DaySpan;
}

@ArgsType()
class BranchDayAppointmentArgs {
  @Field(() => Int, { defaultValue: MAX_DAY_PAGE, description: `How many appointments to return (1–${MAX_DAY_PAGE}).` })
  @Min(1, { context: { key: 'pageSizeTooSmall', params: { min: 1 } } })
  @Max(MAX_DAY_PAGE, { context: { key: 'pageSizeTooLarge', params: { max: MAX_DAY_PAGE } } })
  first: number = MAX_DAY_PAGE;

  @Field(() => String, { nullable: true, description: 'Return appointments after this cursor (from `pageInfo.endCursor`).' })
  after?: string | null;
}

/** The day calendar of a branch. */
@Authorized()
@Resolver(() => BranchDay)
export class BranchDayResolver {
  @Query(() => BranchDay, { description: 'A branch\'s day for the day calendar (日曆): hours, working beauticians and appointments.' })
  async branchDay(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('date', () => LocalDate, { description: 'The day, YYYY-MM-DD, in the branch\'s time zone.' }) date: string,
    @Ctx() context: GraphQLContext,
  ): Promise<BranchDay> {
    const info = await loadBranchDay(context.ds, parseId(branchId, 'branchId'), date);
    return Object.assign(new BranchDay(), {
      date: info.date,
      timeZone: info.branch.timeZone,
      opensAt: info.opensAt,
      closesAt: info.closesAt,
      closed: info.closed,
      beauticians: info.beauticians,
      branchId: info.branch.id,
      span: info.span,
    });
  }

  @FieldResolver(() => AppointmentConnection, {
    description: 'The day\'s appointments that hold their resources (booked, arrived, completed) and that the viewer may see, by start time then id.',
  })
  async appointments(@Root() day: BranchDay, @Args(() => BranchDayAppointmentArgs) args: BranchDayAppointmentArgs, @Ctx() context: GraphQLContext): Promise<AppointmentConnection> {
    const page = await dayAppointmentPage(context.ds, viewerOf(context), { branchId: day.branchId, span: day.span, statuses: BLOCKING_STATUSES }, args.first, args.after);
    return AppointmentConnection.from({ ...page, cursorOf: dayCursor });
  }
}
