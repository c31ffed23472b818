import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { myAppointmentsToday } from '../../services/home/my-appointments-today.service';
import { AppointmentConnection } from '../appointments/appointment.resolver';
import { homeContext } from './home-context';

/** The salesperson's home card 今天的預約. */
@Authorized()
@Resolver()
export class MyAppointmentsTodayResolver {
  @Query(() => AppointmentConnection, {
    description:
      'Today\'s appointments (in the viewer\'s branch time zone) booked from the viewer\'s own contact members — her current, not cancelled, bookings — by start time then id: the rows the contact list\'s BOOKED_TODAY quick option selects for her.',
  })
  async myAppointmentsToday(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<AppointmentConnection> {
    const result = await myAppointmentsToday(context.ds, viewerOf(context), page, await homeContext(context));
    return AppointmentConnection.from(result);
  }
}
