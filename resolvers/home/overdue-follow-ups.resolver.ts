import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { overdueFollowUpsBySalesperson } from '../../services/home/overdue-follow-ups.service';
import { Permission } from '../../services/admin/permission';
import { homeContext } from './home-context';

@ObjectType('SalespersonOverdueFollowUps', { description: 'How many overdue follow-ups one salesperson has (a summary row of the manager\'s home page).' })
export class SalespersonOverdueFollowUps {
  @Field(() => Staff, { description: 'The salesperson (聯絡銷售員).' })
  salesperson: Staff;

  @Field(() => Int, { description: 'Her contact members with an open follow-up due before today, that the viewer may see: the contact list\'s FOLLOW_UP_OVERDUE count for her.' })
  count: number;
}

/** The manager's home card 團隊逾期跟進. */
@Authorized(Permission.ContactsSupervise)
@Resolver()
export class OverdueFollowUpsResolver {
  @Query(() => [SalespersonOverdueFollowUps], {
    description:
      'The team\'s overdue follow-ups per salesperson within the viewer\'s contact scope, most first, salespeople with none left out. A plain list, not a connection: one summary row per salesperson, so at most the staff count. Managers and admins.',
  })
  async overdueFollowUpsBySalesperson(@Ctx() context: GraphQLContext): Promise<SalespersonOverdueFollowUps[]> {
    const rows = await overdueFollowUpsBySalesperson(context.ds, viewerOf(context), await homeContext(context));
    return rows.map((row) => Object.assign(new SalespersonOverdueFollowUps(), row));
  }
}
