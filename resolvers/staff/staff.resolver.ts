import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, SalesGroup, Staff } from '../../entities';
import type { GraphQLContext } from '../../graphql/context';

@Authorized()
@Resolver(() => Staff)
export class StaffResolver {
  @FieldResolver(() => Branch, { description: 'The branch the staff member works at.' })
  async branch(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(staff.branchId);
  }

  @FieldResolver(() => SalesGroup, { nullable: true, description: 'The sales group, for salespeople.' })
  async salesGroup(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<SalesGroup | null> {
    return staff.salesGroupId ? loaders.salesGroup.load(staff.salesGroupId) : null;
  }
}
