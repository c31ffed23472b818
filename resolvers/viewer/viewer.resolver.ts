import { Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { notFound } from '../../services/errors/domain-error';

@Authorized()
@Resolver()
export class ViewerResolver {
  @Query(() => Staff, { description: 'The signed-in staff member, or the owner of the API token used.' })
  async viewer(@Ctx() context: GraphQLContext): Promise<Staff> {
    const staff = await context.loaders.staff.load(viewerOf(context).staffId);
    if (!staff) throw notFound('staff');
    return staff;
  }
}
