import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { InterestGroup, MemberGroup, SalesGroup, Staff } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { LookupListsService } from '../../services/lookups/lookup-lists.service';

@ObjectType('MemberGroupConnection', { description: 'A page of member groups.' })
export class MemberGroupConnection extends Connection(MemberGroup, 'MemberGroup') {}

@ObjectType('InterestGroupConnection', { description: 'A page of interest groups.' })
export class InterestGroupConnection extends Connection(InterestGroup, 'InterestGroup') {}

@ObjectType('SalesGroupConnection', { description: 'A page of sales groups.' })
export class SalesGroupConnection extends Connection(SalesGroup, 'SalesGroup') {}

@ObjectType('StaffConnection', { description: 'A page of staff members.' })
export class StaffConnection extends Connection(Staff, 'Staff') {}

@Authorized()
@Resolver()
export class LookupResolver {
  @Query(() => MemberGroupConnection, { description: 'Member groups (levels) in their configured order, the Deleted group included.' })
  async memberGroups(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<MemberGroupConnection> {
    return MemberGroupConnection.from(await new LookupListsService(ds).memberGroups(page));
  }

  @Query(() => InterestGroupConnection, { description: 'Interest groups by name.' })
  async interestGroups(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<InterestGroupConnection> {
    return InterestGroupConnection.from(await new LookupListsService(ds).interestGroups(page));
  }

  @Query(() => SalesGroupConnection, { description: 'Sales groups by name (the 銷售組別 filter of the reports).' })
  async salesGroups(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<SalesGroupConnection> {
    return SalesGroupConnection.from(await new LookupListsService(ds).salesGroups(page));
  }

  @Query(() => StaffConnection, { description: 'Active staff by code, for consultant and salesperson pickers and the staff access page.' })
  async staffMembers(
    @Arg('branchId', () => ID, { nullable: true, description: 'Only staff of this branch.' }) branchId: string | null,
    @Arg('permission', () => Permission, {
      nullable: true,
      description: 'Only staff holding a role that grants this permission, e.g. CampaignsReceiveContacts for salespeople, AppointmentsPerformTreatments for beauticians.',
    }) permission: Permission | null,
    @Arg('search', () => String, { nullable: true, description: 'Only staff whose name, code or sign-in name contains this.' }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<StaffConnection> {
    const filter = { branchId: branchId ? parseId(branchId, 'branchId') : undefined, permission: permission ?? undefined, search: search ?? undefined };
    return StaffConnection.from(await new LookupListsService(ds).staffMembers(filter, page));
  }
}
