import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { Appointment } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { BookingService } from '../../services/appointments/booking.service';

@InputType('BookAppointmentInput', { description: 'A new appointment (新增預約). Give a treatment, or equipment (with minutes, else 60), or minutes.' })
export class BookAppointmentInput {
  @Field(() => ID, { description: 'The member booked (one the viewer may see).' })
  memberId: string;

  @Field(() => ID, { description: 'The branch (分店) where the appointment is.' })
  branchId: string;

  @Field(() => ID, { description: 'The beautician (美容師); they must be working and free then.' })
  beauticianId: string;

  @Field(() => Date, { description: 'Start of the treatment; usually a suggested slot\'s start.' })
  startsAt: Date;

  @Field(() => ID, { nullable: true, description: 'The treatment (護理, active): its duration, buffer, room type and equipment.' })
  treatmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or equipment (儀器) of the branch: one unit is held for `minutes` (60 when left out).' })
  equipmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Or a number of minutes (護理時間); with equipmentId, how long the unit is held.' })
  minutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'The room (房間); when left out a free room of the needed type is picked.' })
  roomId?: string | null;

  @Field(() => String, { nullable: true, description: 'Booking note (預約備註), at most 500 characters.' })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Booking from this contact member (聯絡會員): allowed when the contact settings allow booking; the appointment carries the campaign\'s offer and analysis codes and the contact becomes booked.',
  })
  contactMemberId?: string | null;
}

@InputType('UpdateAppointmentInput', { description: 'Changes to a booked appointment (edit or reschedule); fields left out stay.' })
export class UpdateAppointmentInput {
  @Field(() => Date, { nullable: true, description: 'New start (reschedule); the length and buffer stay.' })
  startsAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'New beautician.' })
  beauticianId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New room; null releases the room when the treatment needs none. Left out: the room stays, or another free room of the type is picked when it is busy at the new time.' })
  roomId?: string | null;

  @Field(() => String, { nullable: true, description: 'Booking note, at most 500 characters.' })
  note?: string | null;

  @Field(() => Int, { description: 'The version the caller edited; a different current version is a CONFLICT (someone changed it meanwhile).' })
  version: number;
}

function optionalId(value: string | null | undefined, field: string): number | null | undefined {
  return value == null ? value : parseId(value, field);
}

/** Booking, editing and cancelling appointments; never double-booked (see BookingService). */
@Authorized()
@Resolver(() => Appointment)
export class BookingResolver {
  @Authorized(Permission.AppointmentsBook)
  @Mutation(() => Appointment, {
    description: 'Books an appointment. A beautician, room or equipment already taken then is a CONFLICT on `startsAt` saying what is busy; fetch fresh suggestions.',
  })
  async bookAppointment(
    @Arg('input', () => BookAppointmentInput, { description: 'The appointment.' }) input: BookAppointmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Appointment> {
    return new BookingService(context.ds).book(viewerOf(context), {
      memberId: parseId(input.memberId, 'memberId'),
      branchId: parseId(input.branchId, 'branchId'),
      beauticianId: parseId(input.beauticianId, 'beauticianId'),
      startsAt: input.startsAt,
      treatmentId: optionalId(input.treatmentId, 'treatmentId'),
      equipmentId: optionalId(input.equipmentId, 'equipmentId'),
      minutes: input.minutes,
      roomId: optionalId(input.roomId, 'roomId'),
      note: input.note,
      contactMemberId: optionalId(input.contactMemberId, 'contactMemberId'),
    });
  }

  @Authorized(Permission.AppointmentsBook)
  @Mutation(() => Appointment, { description: 'Edits or reschedules a booked appointment; a taken slot or a stale version is a CONFLICT.' })
  async updateAppointment(
    @Arg('id', () => ID, { description: 'The appointment.' }) id: string,
    @Arg('input', () => UpdateAppointmentInput, { description: 'The changes.' }) input: UpdateAppointmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Appointment> {
    return new BookingService(context.ds).update(viewerOf(context), parseId(id, 'id'), {
      startsAt: input.startsAt,
      beauticianId: optionalId(input.beauticianId, 'beauticianId'),
      roomId: optionalId(input.roomId, 'roomId'),
      note: input.note,
      version: input.version,
    });
  }

  @Authorized(Permission.AppointmentsBook)
  @Mutation(() => Appointment, { description: 'Cancels a booked appointment (取消), freeing its beautician, room and equipment; a contact it was booked from is no longer linked to it.' })
  async cancelAppointment(@Arg('id', () => ID, { description: 'The appointment.' }) id: string, @Ctx() context: GraphQLContext): Promise<Appointment> {
    return new BookingService(context.ds).cancel(viewerOf(context), parseId(id, 'id'));
  }
}
