import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { Appointment } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { AttendanceService, mayVerify, type BoardKind, type BoardPage } from '../../services/appointments/attendance.service';
import { dayCursor } from '../../services/appointments/branch-day.service';
import { LocalDate } from '../../graphql/scalars';

/** What both boards add to a page of appointments: the day's counts and how to show its times. */
function BoardConnection(name: string) {
  @ObjectType(`${name}ConnectionFields`, { description: `Fields shared by ${name}Connection.` })
  abstract class Board extends Connection(Appointment, name) {
    /** The service's page, kept for the counts (asked for only when the client wants them). */
    board: BoardPage;

    @Field(() => String, { description: 'IANA time zone of the branch: show the times in it.' })
    timeZone: string;

    @Field(() => Date, { description: 'The server\'s time when the board was read; minutes since arrival count from it.' })
    now: Date;

    @Field(() => LocalDate, {
      description: 'The branch\'s today (YYYY-MM-DD, in its time zone): only appointments of this day may be marked arrived (到達) or verified (驗證).',
    })
    today: string;

    @Field(() => Boolean, {
      description: 'Whether the viewer may verify attendance (出席驗證) here: a front desk, manager or admin, with verification enabled in the contact settings.',
    })
    canVerify: boolean;

    @Field(() => Int, { description: 'How many different members the whole board holds (會員數目), not just this page.' })
    async memberCount(): Promise<number> {
      return (await this.board.counts()).memberCount;
    }

    @Field(() => Int, { description: 'How many appointments the whole board holds (預約數目), not just this page.' })
    async appointmentCount(): Promise<number> {
      return (await this.board.counts()).appointmentCount;
    }
  }
  return Board;
}

@ObjectType('ArrivalBoardConnection', { description: 'The arrival board (到達版面): a branch\'s booked and arrived appointments of one day, by start time.' })
export class ArrivalBoardConnection extends BoardConnection('ArrivalBoard') {}

@ObjectType('CompletionBoardConnection', { description: 'The completion board (完成版面): a branch\'s arrived appointments of one day, by start time.' })
export class CompletionBoardConnection extends BoardConnection('CompletionBoard') {}

@ArgsType()
class BoardArgs extends PageArgs {
  @Field(() => ID, { description: 'The branch.' })
  branchId: string;

  @Field(() => LocalDate, { description: 'The day, YYYY-MM-DD, in the branch\'s time zone.' })
  date: string;
}

@InputType('AppointmentNotesInput', { description: 'Attendance, verification and purchase notes: a field left out stays; null or empty clears it.' })
export class AppointmentNotesInput {
  @Field(() => String, { nullable: true, description: 'Attendance note (出席備註), at most 500 characters.' })
  attendanceNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Verification note (驗證備註), at most 500 characters.' })
  verificationNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Purchase note (購買備註), at most 500 characters.' })
  purchaseNote?: string | null;
}

/** The arrival and completion boards, and attendance: arrive, verify, no-show, complete, notes. */
@Authorized()
@Resolver(() => Appointment)
export class AppointmentBoardResolver {
  @Query(() => ArrivalBoardConnection, {
    description: 'The arrival board (到達版面) of a branch for a day: booked and arrived appointments the viewer may see, by start time, with member and appointment counts.',
  })
  async arrivalBoard(@Args(() => BoardArgs) args: BoardArgs, @Ctx() context: GraphQLContext): Promise<ArrivalBoardConnection> {
    return this.board(context, 'arrival', args, ArrivalBoardConnection);
  }

  @Query(() => CompletionBoardConnection, {
    description: 'The completion board (完成版面) of a branch for a day: arrived appointments the viewer may see, by start time.',
  })
  async completionBoard(@Args(() => BoardArgs) args: BoardArgs, @Ctx() context: GraphQLContext): Promise<CompletionBoardConnection> {
    return this.board(context, 'completion', args, CompletionBoardConnection);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Whole minutes since the member arrived (已到達時間); null before arrival or after completion.' })
  minutesSinceArrival(@Root() appointment: Appointment): number | null {
    if (!appointment.arrivedAt || appointment.status !== AppointmentStatus.ARRIVED) return null;
    return Math.max(0, Math.floor((Date.now() - appointment.arrivedAt.getTime()) / 60_000));
  }

  @Authorized(Permission.AppointmentsAttend)
  @Mutation(() => Appointment, {
    description: 'Marks a booked appointment arrived (到達); with `verify`, also verifies attendance (到達 + 驗證) in the same step, or changes nothing when the viewer may not verify.',
  })
  arriveAppointment(
    @Arg('id', () => ID, { description: 'The appointment (booked).' }) id: string,
    @Arg('verify', () => Boolean, { defaultValue: false, description: 'Verify attendance too (front desk, manager or admin; verification enabled).' }) verify: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Appointment> {
    return new AttendanceService(context.ds).arrive(viewerOf(context), parseId(id, 'id'), verify);
  }

  @Authorized(Permission.AppointmentsVerify)
  @Mutation(() => Appointment, {
    description: 'Verifies the attendance (出席驗證) of an arrived or completed appointment, and of the contact it was booked from. Front desk, manager or admin, with verification enabled.',
  })
  verifyAttendance(@Arg('id', () => ID, { description: 'The appointment (arrived or completed, not yet verified).' }) id: string, @Ctx() context: GraphQLContext): Promise<Appointment> {
    return new AttendanceService(context.ds).verify(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.AppointmentsAttend)
  @Mutation(() => Appointment, { description: 'Marks a booked appointment no-show (失約); its beautician, room and equipment become free.' })
  markNoShow(@Arg('id', () => ID, { description: 'The appointment (booked).' }) id: string, @Ctx() context: GraphQLContext): Promise<Appointment> {
    return new AttendanceService(context.ds).markNoShow(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.AppointmentsAttend)
  @Mutation(() => Appointment, { description: 'Marks an arrived appointment completed (完成).' })
  completeAppointment(@Arg('id', () => ID, { description: 'The appointment (arrived).' }) id: string, @Ctx() context: GraphQLContext): Promise<Appointment> {
    return new AttendanceService(context.ds).complete(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.AppointmentsAttend)
  @Mutation(() => Appointment, { description: 'Sets the attendance, verification and purchase notes (出席 / 驗證 / 購買備註) of an appointment.' })
  setAppointmentNotes(
    @Arg('id', () => ID, { description: 'The appointment.' }) id: string,
    @Arg('input', () => AppointmentNotesInput, { description: 'The notes to set.' }) input: AppointmentNotesInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Appointment> {
    return new AttendanceService(context.ds).setNotes(viewerOf(context), parseId(id, 'id'), input);
  }

  private async board<C extends ArrivalBoardConnection | CompletionBoardConnection>(
    context: GraphQLContext,
    kind: BoardKind,
    args: BoardArgs,
    type: typeof ArrivalBoardConnection | typeof CompletionBoardConnection,
  ): Promise<C> {
    const viewer = viewerOf(context);
    const board = await new AttendanceService(context.ds).board(viewer, kind, parseId(args.branchId, 'branchId'), args.date, args.first, args.after);
    const settings = mayVerify(viewer) ? await context.loaders.contactSettings.load(1) : null;
    const connection = type.from({ ...board, cursorOf: dayCursor }) as C;
    return Object.assign(connection, { board, timeZone: board.timeZone, today: board.today, now: new Date(), canVerify: !!settings?.attendanceVerification });
  }
}
