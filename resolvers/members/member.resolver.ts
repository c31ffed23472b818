import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Member, MemberGroup, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { formatMemberName } from '../../services/members/member-name';
import { MemberService } from '../../services/members/member.service';
import { parseId } from '../../graphql/ids';

@ObjectType('MemberConnection', { description: 'A page of members.' })
export class MemberConnection extends Connection(Member, 'Member') {}

@Authorized()
@Resolver(() => Member)
export class MemberResolver {
  @Query(() => MemberConnection, { description: 'Members the viewer may see, oldest first.' })
  async members(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<MemberConnection> {
    return MemberConnection.from(await new MemberService(context.ds).list(viewerOf(context), page));
  }

  @Query(() => Member, { description: 'One member; NOT_FOUND when it does not exist or the viewer may not see it.' })
  async member(@Arg('id', () => ID, { description: 'The member\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<Member> {
    return new MemberService(context.ds).get(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => String, { description: 'Full name as shown in lists, e.g. "陳小麗" or "Chan Susan".' })
  displayName(@Root() member: Member): string {
    return formatMemberName(member);
  }

  @FieldResolver(() => Branch, { description: 'The branch the member joined.' })
  async branch(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(member.branchId);
  }

  @FieldResolver(() => MemberGroup, { description: 'The member\'s group or level.' })
  async group(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<MemberGroup | null> {
    return loaders.memberGroup.load(member.groupId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The member\'s consultant, if any.' })
  async consultant(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return member.consultantId ? loaders.staff.load(member.consultantId) : null;
  }
}
