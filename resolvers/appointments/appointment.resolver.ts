import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Appointment, Branch, CampaignMember, Equipment, Member, Room, Staff, Treatment } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { memberAppointmentCursor } from '../../services/appointments/appointment-scope.service';
import { notFound } from '../../services/errors/domain-error';
import { MemberCampaign } from '../members/member-profile.resolver';

@ObjectType('AppointmentConnection', { description: 'A page of appointments (預約).' })
export class AppointmentConnection extends Connection(Appointment, 'Appointment') {}

/** A staff id's row through the request's loader, or null when there is no id. */
async function staffOrNull(context: GraphQLContext, id: number | null): Promise<Staff | null> {
  return id ? context.loaders.staff.load(id) : null;
}

/** One appointment, and the parts of an appointment (through the request's loaders). */
@Authorized()
@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => Appointment, {
    description: 'One appointment; NOT_FOUND unless the viewer may see its member, or the contact it was booked from.',
  })
  async appointment(@Arg('id', () => ID, { description: 'The appointment.' }) id: string, @Ctx() context: GraphQLContext): Promise<Appointment> {
    const found = await context.loaders.appointment.load(parseId(id, 'id'));
    if (!found) throw notFound('appointment');
    return found;
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description:
      'The member booked; null when the viewer may not open the member — an appointment seen through the contact it was booked from, whose member is of another branch (the contact\'s `member` profile says who she is).',
  })
  async member(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    return loaders.member.load(appointment.memberId);
  }

  @FieldResolver(() => Branch, { description: 'The branch (分店) where the appointment is.' })
  async branch(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    const branch = await loaders.branch.load(appointment.branchId);
    if (!branch) throw notFound('branch');
    return branch;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The beautician (美容師); null when none was assigned.' })
  beautician(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.beauticianId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room (房間) held; null when the treatment needs none.' })
  async room(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<Room | null> {
    return appointment.roomId ? loaders.room.load(appointment.roomId) : null;
  }

  @FieldResolver(() => Equipment, { nullable: true, description: 'The equipment (儀器) one unit of which is held; null for none.' })
  async equipment(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<Equipment | null> {
    return appointment.equipmentId ? loaders.equipment.load(appointment.equipmentId) : null;
  }

  @FieldResolver(() => Treatment, { nullable: true, description: 'The treatment (護理); null when booked by equipment or minutes.' })
  async treatment(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<Treatment | null> {
    return appointment.treatmentId ? loaders.treatment.load(appointment.treatmentId) : null;
  }

  @FieldResolver(() => CampaignMember, {
    nullable: true,
    description: 'The contact (聯絡會員) the appointment was booked from; null when none, or when the viewer may not see it.',
  })
  async contactMember(@Root() appointment: Appointment, @Ctx() { loaders }: GraphQLContext): Promise<CampaignMember | null> {
    return appointment.campaignMemberId ? loaders.contactMember.load(appointment.campaignMemberId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who booked the appointment.' })
  createdBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.createdById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who changed the appointment last.' })
  updatedBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.updatedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the arrival (到達); null before it.' })
  arrivedBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.arrivedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who verified the attendance (出席驗證); null before it.' })
  verifiedBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.verifiedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who marked the treatment completed; null before it.' })
  completedBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.completedById);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who cancelled the appointment or marked it no-show; null otherwise.' })
  closedBy(@Root() appointment: Appointment, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return staffOrNull(context, appointment.closedById);
  }
}

/** 預約表 > 會員: a member's appointments. */
@Authorized()
@Resolver(() => Member)
export class MemberAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: 'The member\'s appointments, newest first (start time, then id); empty when the viewer may not see the member.',
  })
  async appointments(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<AppointmentConnection> {
    const result = await context.loaders.memberAppointments.page(member, { first: page.first, after: page.after ?? null });
    return AppointmentConnection.from({ ...result, cursorOf: memberAppointmentCursor, totalCount: () => context.loaders.memberAppointments.count(member) });
  }
}

/** The member page's campaigns (活動) with their contact's state, for 預約表 > 會員. */
@Authorized()
@Resolver(() => MemberCampaign)
export class MemberCampaignContactResolver {
  @FieldResolver(() => CampaignMember, {
    nullable: true,
    description: 'The contact member (聯絡會員) behind this place: status, latest note and log time; already in the viewer\'s contact scope.',
  })
  async contactMember(@Root() place: MemberCampaign, @Ctx() { loaders }: GraphQLContext): Promise<CampaignMember | null> {
    return loaders.contactMember.load(place.id);
  }
}

/** The appointment booked from a contact, for the contact page and the contact list's booking columns. */
@Authorized()
@Resolver(() => CampaignMember)
export class ContactMemberAppointmentResolver {
  @FieldResolver(() => Appointment, {
    nullable: true,
    description:
      'The appointment booked from this contact (預約); null when none (or cancelled). Whoever may see the contact sees its booking, also when the member is of another branch.',
  })
  async appointment(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<Appointment | null> {
    return row.appointmentId ? loaders.appointment.load(row.appointmentId) : null;
  }
}
