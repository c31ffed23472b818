import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { AppointmentSettings } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { AppointmentSettingsService } from '../../services/appointment-resources/appointment-settings.service';

@InputType('AppointmentSettingsInput', { description: 'Booking settings.' })
export class AppointmentSettingsInput {
  @Field(() => Int, { description: 'Minutes between suggested start times, 5–120.' })
  slotStepMinutes: number;
}

/** The booking settings: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => AppointmentSettings)
export class AppointmentSettingsResolver {
  @Query(() => AppointmentSettings, { description: 'The booking settings (the slot step).' })
  async appointmentSettings(@Ctx() { ds }: GraphQLContext): Promise<AppointmentSettings> {
    return new AppointmentSettingsService(ds).get();
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => AppointmentSettings, { description: 'Saves the booking settings (managers and admins); audited.' })
  async updateAppointmentSettings(
    @Arg('input', () => AppointmentSettingsInput, { description: 'The settings.' }) input: AppointmentSettingsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<AppointmentSettings> {
    return new AppointmentSettingsService(context.ds).update(viewerOf(context), input);
  }
}
