import { Args, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { AuditLog, Campaign, CustomField, InterestGroup, Member, MemberComment, MemberGroup, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import type { ChildPage } from '../../services/pagination/child-pages.service';
import { encodeCursor } from '../../services/pagination/cursor';

@ObjectType('CustomFieldValue', { description: 'A member\'s value of one admin-defined field.' })
export class CustomFieldValue {
  fieldId: number;

  @Field(() => String, { description: 'The value in canonical form: numbers plain, dates YYYY-MM-DD, select fields the option.' })
  value: string;
}

@ObjectType('MemberCampaign', { description: 'A campaign the member is in, with the salesperson who contacts them.' })
export class MemberCampaign {
  @Field(() => ID, { description: 'Stable identifier of the member\'s place in the campaign.' })
  id: number;

  campaignId: number;
  salespersonId: number;

  @Field(() => Date, { description: 'When the member was added to the campaign.' })
  createdAt: Date;
}

@ObjectType('MemberCommentConnection', { description: 'A page of comments, newest first.' })
export class MemberCommentConnection extends Connection(MemberComment, 'MemberComment') {}

@ObjectType('AuditLogEntryConnection', { description: 'A page of audit log entries, newest first.' })
export class AuditLogEntryConnection extends Connection(AuditLog, 'AuditLogEntry') {}

@ObjectType('MemberCampaignConnection', { description: 'A page of the member\'s campaigns, most recently added first.' })
export class MemberCampaignConnection extends Connection(MemberCampaign, 'MemberCampaign') {}

const pageOf = (page: PageArgs) => ({ first: page.first, after: page.after ?? null });

function fromChildPage<T extends { id: number }>(page: ChildPage<T>, totalCount: () => Promise<number>) {
  return { ...page, cursorOf: (node: T) => encodeCursor([node.id]), totalCount };
}

/**
 * The member page's parts: referrer, groups, custom fields, comments, history and campaigns. A
 * Member reaches here only from a path scoped to the viewer's member scope, and the scoped
 * loaders check the member row again, so a part is empty for a member the viewer may not open.
 */
@Authorized()
@Resolver(() => Member)
export class MemberProfileResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member who referred this one; null if none, or if the viewer may not see them.' })
  async referrer(@Root() member: Member, @Ctx() context: GraphQLContext): Promise<Member | null> {
    if (!member.referrerId) return null;
    return context.loaders.member.load(member.referrerId);
  }

  @FieldResolver(() => [InterestGroup], { description: 'The interest groups the member belongs to.' })
  async interestGroups(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<InterestGroup[]> {
    const links = await loaders.memberInterests(member);
    const groups = await loaders.interestGroup.loadMany(links.map((l) => l.interestGroupId));
    return groups.filter((g): g is InterestGroup => g instanceof InterestGroup).sort((a, b) => a.id - b.id);
  }

  @FieldResolver(() => [CustomFieldValue], { description: 'The member\'s values of admin-defined fields, in form order.' })
  async customFieldValues(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<CustomFieldValue[]> {
    const values = await loaders.memberCustomValues(member);
    const fields = await loaders.customField.loadMany(values.map((v) => v.fieldId));
    const order = new Map(fields.filter((f): f is CustomField => f instanceof CustomField).map((f) => [f.id, [f.sortOrder, f.id]]));
    return values
      .filter((v) => order.has(v.fieldId))
      .sort((a, b) => order.get(a.fieldId)![0] - order.get(b.fieldId)![0] || a.fieldId - b.fieldId)
      .map((v) => Object.assign(new CustomFieldValue(), { fieldId: v.fieldId, value: v.value }));
  }

  @FieldResolver(() => MemberCommentConnection, { description: 'Comments staff wrote about the member, newest first.' })
  async comments(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: GraphQLContext): Promise<MemberCommentConnection> {
    const result = await loaders.memberComments.page(member, pageOf(page));
    return MemberCommentConnection.from(fromChildPage(result, () => loaders.memberComments.count(member)));
  }

  @FieldResolver(() => AuditLogEntryConnection, {
    description:
      'Every change to the member (who, when, before and after), newest first. Entries about a campaign place whose salesperson is outside the viewer\'s contact scope show that salesperson (and, when neither side is in scope, the campaign) as null, as `campaigns` hides those places.',
  })
  async auditLog(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: GraphQLContext): Promise<AuditLogEntryConnection> {
    const result = await loaders.memberAuditLog.page(member, pageOf(page));
    return AuditLogEntryConnection.from(fromChildPage(result, () => loaders.memberAuditLog.count(member)));
  }

  @FieldResolver(() => MemberCampaignConnection, {
    description: 'The campaigns the member is in that the viewer may see (their contact scope), most recently added first.',
  })
  async campaigns(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: GraphQLContext): Promise<MemberCampaignConnection> {
    const result = await loaders.memberCampaigns.page(member, pageOf(page));
    const nodes = result.nodes.map((cm) =>
      Object.assign(new MemberCampaign(), { id: cm.id, campaignId: cm.campaignId, salespersonId: cm.salespersonId, createdAt: cm.createdAt }),
    );
    return MemberCampaignConnection.from(fromChildPage({ nodes, hasNextPage: result.hasNextPage }, () => loaders.memberCampaigns.count(member)));
  }

  @FieldResolver(() => MemberGroup, { description: 'The member\'s level: their group, with its discount, points and top-up rules.' })
  async level(@Root() member: Member, @Ctx() { loaders }: GraphQLContext): Promise<MemberGroup | null> {
    return loaders.memberGroup.load(member.groupId);
  }
}

@Authorized()
@Resolver(() => CustomFieldValue)
export class CustomFieldValueResolver {
  @FieldResolver(() => CustomField, { description: 'The field this value belongs to.' })
  async field(@Root() value: CustomFieldValue, @Ctx() { loaders }: GraphQLContext): Promise<CustomField | null> {
    return loaders.customField.load(value.fieldId);
  }
}

@Authorized()
@Resolver(() => MemberCampaign)
export class MemberCampaignResolver {
  @FieldResolver(() => Campaign, { description: 'The campaign.' })
  async campaign(@Root() place: MemberCampaign, @Ctx() { loaders }: GraphQLContext): Promise<Campaign | null> {
    return loaders.campaign.load(place.campaignId);
  }

  @FieldResolver(() => Staff, { description: 'The salesperson who contacts the member in this campaign.' })
  async salesperson(@Root() place: MemberCampaign, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return loaders.staff.load(place.salespersonId);
  }
}

@Authorized()
@Resolver(() => AuditLog)
export class AuditLogEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change; null for changes made by the system.' })
  async actor(@Root() entry: AuditLog, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return entry.actorId ? loaders.staff.load(entry.actorId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON object of the changed fields before the change; null for a creation.' })
  before(@Root() entry: AuditLog): string | null {
    return entry.before;
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON object of the changed fields after the change; null for a purge.' })
  after(@Root() entry: AuditLog): string | null {
    return entry.after;
  }
}

@Authorized()
@Resolver(() => MemberComment)
export class MemberCommentResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who wrote the comment; null if that staff record is gone.' })
  async author(@Root() comment: MemberComment, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return comment.authorId ? loaders.staff.load(comment.authorId) : null;
  }
}
