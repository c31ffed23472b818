import { Arg, Args, Ctx, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Invoice, MemberGroup, MemberLevelChange, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { levelChangeCursor, memberLevelChangesPage } from '../../services/member-levels/level-history.service';
import { salesReturnLoadersFor } from '../../services/sales/sales-return-loaders.service';

@ObjectType('MemberLevelChangeConnection', { description: 'A page of a member\'s level history, newest first.' })
export class MemberLevelChangeConnection extends Connection(MemberLevelChange, 'MemberLevelChange') {}

/** 會員級別: the history of a member's level, each change with its reason. */
@Authorized()
@Resolver(() => MemberLevelChange)
export class MemberLevelChangeResolver {
  @Query(() => MemberLevelChangeConnection, {
    description: 'The member\'s level changes, newest first: upgrades at checkout, the monthly downward review, staff changes on the form, bulk actions and walk-in registration. NOT_FOUND unless the viewer may open the member.',
  })
  async memberLevelChanges(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberLevelChangeConnection> {
    const result = await memberLevelChangesPage(context.ds, viewerOf(context), parseId(memberId, 'memberId'), { first: page.first, after: page.after ?? null });
    return MemberLevelChangeConnection.from({ ...result, cursorOf: levelChangeCursor });
  }

  @FieldResolver(() => MemberGroup, { nullable: true, description: 'The level before the change; null when the member had none recorded.' })
  fromGroup(@Root() change: MemberLevelChange, @Ctx() { loaders }: GraphQLContext): Promise<MemberGroup | null> | null {
    return change.fromGroupId === null ? null : loaders.memberGroup.load(change.fromGroupId);
  }

  @FieldResolver(() => MemberGroup, { description: 'The level after the change.' })
  async toGroup(@Root() change: MemberLevelChange, @Ctx() { loaders }: GraphQLContext): Promise<MemberGroup> {
    return (await loaders.memberGroup.load(change.toGroupId))!;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'For UPGRADE and DOWNGRADE: the spend, in cents, net of returns, over the level\'s months that decided it; null otherwise.' })
  spendCents(@Root() change: MemberLevelChange): number | null {
    return change.spendCents;
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'For UPGRADE: the invoice whose checkout reached the threshold; null otherwise or when the viewer may not read it.' })
  invoice(@Root() change: MemberLevelChange, @Ctx() context: GraphQLContext): Promise<Invoice | null> | null {
    return change.invoiceId === null ? null : salesReturnLoadersFor(context).invoice.load(change.invoiceId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change (the cashier for an upgrade); null for the scheduled review.' })
  staff(@Root() change: MemberLevelChange, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return change.staffId === null ? null : loaders.staff.load(change.staffId);
  }
}
