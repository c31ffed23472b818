import { Args, Authorized, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Branch } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { BranchService } from '../../services/branches/branch.service';

@ObjectType('BranchConnection', { description: 'A page of branches.' })
export class BranchConnection extends Connection(Branch, 'Branch') {}

@Authorized()
@Resolver(() => Branch)
export class BranchResolver {
  @Query(() => BranchConnection, { description: 'The chain\'s branches, by code.' })
  async branches(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<BranchConnection> {
    return BranchConnection.from(await new BranchService(ds).list(page));
  }
}
