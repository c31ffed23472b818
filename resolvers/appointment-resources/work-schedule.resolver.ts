import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, ScheduleException, Staff, WorkSchedule } from '../../entities';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { WorkScheduleService } from '../../services/appointment-resources/work-schedule.service';
import { StaffConnection } from '../lookups/lookup.resolver';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('ScheduleExceptionConnection', { description: 'A page of a beautician\'s schedule exceptions, by date.' })
export class ScheduleExceptionConnection extends Connection(ScheduleException, 'ScheduleException') {}

@InputType('WorkScheduleDayInput', { description: 'Working hours on one weekday (branch local time); two rows on one weekday make a split shift.' })
export class WorkScheduleDayInput {
  @Field(() => Int, { description: 'Weekday, 0 = Sunday … 6 = Saturday.' })
  weekday: number;

  @Field(() => String, { description: 'Start, HH:MM.' })
  startTime: string;

  @Field(() => String, { description: 'End, HH:MM, after the start.' })
  endTime: string;
}

@InputType('ScheduleExceptionInput', { description: 'Override hours or leave of a beautician on one date.' })
export class ScheduleExceptionInput {
  @Field(() => ID, { description: 'The beautician.' })
  staffId: string;

  @Field(() => ID, { description: 'The branch (where the override hours are worked; for leave, the beautician\'s usual branch).' })
  branchId: string;

  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD (branch local).' })
  date: string;

  @Field(() => ScheduleExceptionKind, { description: 'Override hours or leave.' })
  kind: ScheduleExceptionKind;

  @Field(() => String, { nullable: true, description: 'Start, HH:MM; required for an override, empty with end for a whole day of leave.' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'End, HH:MM, after the start; empty with start for a whole day of leave.' })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Note, at most 100 characters, e.g. "Annual leave".' })
  note?: string | null;
}

/** Beauticians' weekly hours and exceptions: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => WorkSchedule)
export class WorkScheduleResolver {
  @Query(() => StaffConnection, { description: 'Active beauticians who belong to the branch or have weekly hours there, by code.' })
  async beauticians(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<StaffConnection> {
    return StaffConnection.from(await new WorkScheduleService(ds).beauticians(parseId(branchId, 'branchId'), page));
  }

  @Query(() => [WorkSchedule], { description: 'A staff member\'s weekly working hours at every branch, by weekday and start (a short list: at most a few rows per weekday).' })
  async workSchedules(@Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string, @Ctx() { ds }: GraphQLContext): Promise<WorkSchedule[]> {
    return new WorkScheduleService(ds).schedules(parseId(staffId, 'staffId'));
  }

  @FieldResolver(() => Branch, { description: 'The branch these hours are worked at.' })
  async branch(@Root() row: WorkSchedule, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(row.branchId);
  }

  @FieldResolver(() => Staff, { description: 'The beautician.' })
  async staff(@Root() row: WorkSchedule, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return loaders.staff.load(row.staffId);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => [WorkSchedule], {
    description: 'Replaces a beautician\'s weekly hours at one branch (weekdays left out: not working there); returns the whole weekly pattern (managers and admins); audited.',
  })
  async setWorkSchedule(
    @Arg('staffId', () => ID, { description: 'The beautician (must hold the BEAUTICIAN role).' }) staffId: string,
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('days', () => [WorkScheduleDayInput], { description: 'The working hours per weekday at that branch.' }) days: WorkScheduleDayInput[],
    @Ctx() context: GraphQLContext,
  ): Promise<WorkSchedule[]> {
    return new WorkScheduleService(context.ds).setSchedule(viewerOf(context), parseId(staffId, 'staffId'), parseId(branchId, 'branchId'), days);
  }
}

@Authorized()
@Resolver(() => ScheduleException)
export class ScheduleExceptionResolver {
  @Query(() => ScheduleExceptionConnection, { description: 'A staff member\'s schedule exceptions by date, optionally within a range.' })
  async scheduleExceptions(
    @Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string,
    @Arg('from', () => LocalDate, { nullable: true, description: 'First day, YYYY-MM-DD (inclusive).' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day, YYYY-MM-DD (inclusive).' }) to: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ScheduleExceptionConnection> {
    return ScheduleExceptionConnection.from(await new WorkScheduleService(ds).exceptions(parseId(staffId, 'staffId'), { from, to }, page));
  }

  @FieldResolver(() => Branch, { description: 'The branch of the override hours (for leave, the beautician\'s usual branch).' })
  async branch(@Root() row: ScheduleException, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(row.branchId);
  }

  @FieldResolver(() => Staff, { description: 'The beautician.' })
  async staff(@Root() row: ScheduleException, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return loaders.staff.load(row.staffId);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => ScheduleException, { description: 'Adds override hours or leave for a beautician on one date (managers and admins); audited.' })
  async addScheduleException(
    @Arg('input', () => ScheduleExceptionInput, { description: 'The exception.' }) input: ScheduleExceptionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ScheduleException> {
    return new WorkScheduleService(context.ds).addException(viewerOf(context), {
      ...input, staffId: parseId(input.staffId, 'staffId'), branchId: parseId(input.branchId, 'branchId'),
    });
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Boolean, { description: 'Removes a schedule exception (managers and admins); audited.' })
  async removeScheduleException(@Arg('id', () => ID, { description: 'The exception\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return new WorkScheduleService(context.ds).removeException(viewerOf(context), parseId(id, 'id'));
  }
}
