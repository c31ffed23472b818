import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, BranchClosedDay, BranchHours } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { BranchCalendarService } from '../../services/appointment-resources/branch-calendar.service';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('BranchClosedDayConnection', { description: 'A page of a branch\'s closed days, by date.' })
export class BranchClosedDayConnection extends Connection(BranchClosedDay, 'BranchClosedDay') {}

@InputType('BranchHoursInput', { description: 'Opening hours of a branch on one weekday (branch local time).' })
export class BranchHoursInput {
  @Field(() => Int, { description: 'Weekday, 0 = Sunday … 6 = Saturday; at most once per list.' })
  weekday: number;

  @Field(() => String, { description: 'Opening time, HH:MM.' })
  opensAt: string;

  @Field(() => String, { description: 'Closing time, HH:MM, after the opening time.' })
  closesAt: string;
}

@InputType('BranchClosedDayInput', { description: 'A day a branch is closed.' })
export class BranchClosedDayInput {
  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD (branch local); once per branch.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Why, at most 100 characters, e.g. "Christmas".' })
  reason?: string | null;
}

/** Opening hours and closed days: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => BranchClosedDay)
export class BranchCalendarResolver {
  @Query(() => [BranchHours], { description: 'A branch\'s opening hours by weekday (at most 7 rows); weekdays without a row are closed.' })
  async branchHours(@Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string, @Ctx() { ds }: GraphQLContext): Promise<BranchHours[]> {
    return new BranchCalendarService(ds).hours(parseId(branchId, 'branchId'));
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => [BranchHours], { description: 'Replaces a branch\'s whole week of opening hours; weekdays left out are closed (managers and admins); audited.' })
  async setBranchHours(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('days', () => [BranchHoursInput], { description: 'The open weekdays with their hours.' }) days: BranchHoursInput[],
    @Ctx() context: GraphQLContext,
  ): Promise<BranchHours[]> {
    return new BranchCalendarService(context.ds).setHours(viewerOf(context), parseId(branchId, 'branchId'), days);
  }

  @Query(() => BranchClosedDayConnection, { description: 'A branch\'s closed days by date, optionally within a range.' })
  async branchClosedDays(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('from', () => LocalDate, { nullable: true, description: 'First day, YYYY-MM-DD (inclusive).' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day, YYYY-MM-DD (inclusive).' }) to: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<BranchClosedDayConnection> {
    return BranchClosedDayConnection.from(await new BranchCalendarService(ds).closedDays(parseId(branchId, 'branchId'), { from, to }, page));
  }

  @FieldResolver(() => Branch, { description: 'The branch that is closed.' })
  async branch(@Root() day: BranchClosedDay, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(day.branchId);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => BranchClosedDay, { description: 'Closes a branch on a day (managers and admins); audited.' })
  async addBranchClosedDay(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('input', () => BranchClosedDayInput, { description: 'The day and why.' }) input: BranchClosedDayInput,
    @Ctx() context: GraphQLContext,
  ): Promise<BranchClosedDay> {
    return new BranchCalendarService(context.ds).addClosedDay(viewerOf(context), parseId(branchId, 'branchId'), input);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Boolean, { description: 'Opens a closed day again (managers and admins); audited.' })
  async removeBranchClosedDay(@Arg('id', () => ID, { description: 'The closed day\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return new BranchCalendarService(context.ds).removeClosedDay(viewerOf(context), parseId(id, 'id'));
  }
}
