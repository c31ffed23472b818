import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { CampaignMember, ContactLog, ContactMethod, ContactStatus, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import {
  canEditContactLog, contactLogCursor, ContactLogService, type ContactLogChanges,
} from '../../services/contacts/contact-log.service';
import { notFound } from '../../services/errors/domain-error';
import { encodeCursor } from '../../services/pagination/cursor';
import { MemberCommentConnection } from '../members/member-profile.resolver';

@ObjectType('ContactLogConnection', { description: 'A page of a contact member\'s logs, newest first (contact time, then id).' })
export class ContactLogConnection extends Connection(ContactLog, 'ContactLog') {}

@InputType('ContactLogInput', { description: 'A new contact log (新增聯絡備註).' })
export class ContactLogInput {
  @Field(() => ID, { description: 'The contact member contacted (one the viewer may see).' })
  contactMemberId: string;

  @Field(() => Date, { nullable: true, description: 'When the contact happened; now when left out. At most one day ahead.' })
  contactedAt?: Date | null;

  @Field(() => ID, { description: 'The contact method (an active one).' })
  methodId: string;

  @Field(() => ID, { description: 'The status after this contact (an active one); it becomes the contact member\'s status when this is the latest log.' })
  statusId: string;

  @Field(() => String, { nullable: true, description: 'Contact note (聯絡備註), at most 500 characters; typed or a preset note.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact content (聯絡內容), at most 500 characters.' })
  content?: string | null;

  @Field(() => Date, { nullable: true, description: 'When to contact the member next; not before the contact. Setting one reopens an ended follow-up.' })
  nextFollowUpAt?: Date | null;
}

@InputType('ContactLogUpdateInput', { description: 'Changes to a contact log: fields left out stay; null clears the note, the content or the next follow-up.' })
export class ContactLogUpdateInput {
  @Field(() => Date, { nullable: true, description: 'When the contact happened; at most one day ahead.' })
  contactedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The contact method (active, or the one the log already has).' })
  methodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The status (active, or the one the log already has).' })
  statusId?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact note, at most 500 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact content, at most 500 characters.' })
  content?: string | null;

  @Field(() => Date, { nullable: true, description: 'When to contact the member next; not before the contact.' })
  nextFollowUpAt?: Date | null;
}

function optionalId(value: string | null | undefined, field: string): number | null | undefined {
  return value == null ? value : parseId(value, field);
}

function toChanges(input: ContactLogUpdateInput): ContactLogChanges {
  return {
    contactedAt: input.contactedAt,
    methodId: optionalId(input.methodId, 'methodId'),
    statusId: optionalId(input.statusId, 'statusId'),
    note: input.note,
    content: input.content,
    nextFollowUpAt: input.nextFollowUpAt,
  };
}

/** A log's method, status and authors (through the request's loaders), and logging mutations. */
@Authorized()
@Resolver(() => ContactLog)
export class ContactLogResolver {
  @FieldResolver(() => ContactMethod, { description: 'How the member was contacted (聯絡方法).' })
  async method(@Root() log: ContactLog, @Ctx() { loaders }: GraphQLContext): Promise<ContactMethod> {
    const method = await loaders.contactMethod.load(log.methodId);
    if (!method) throw notFound('contactMethod');
    return method;
  }

  @FieldResolver(() => ContactStatus, { description: 'The status this contact left (狀態).' })
  async status(@Root() log: ContactLog, @Ctx() { loaders }: GraphQLContext): Promise<ContactStatus> {
    const status = await loaders.contactStatus.load(log.statusId);
    if (!status) throw notFound('contactStatus');
    return status;
  }

  @FieldResolver(() => Staff, { description: 'Who wrote the log.' })
  async createdBy(@Root() log: ContactLog, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    const staff = await loaders.staff.load(log.createdById);
    if (!staff) throw notFound('staff');
    return staff;
  }

  @FieldResolver(() => Staff, { description: 'Who changed the log last (最後更新), with `updatedAt`.' })
  async updatedBy(@Root() log: ContactLog, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    const staff = await loaders.staff.load(log.updatedById);
    if (!staff) throw notFound('staff');
    return staff;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete this log: its author, a manager or an admin.' })
  canEdit(@Root() log: ContactLog, @Ctx() context: GraphQLContext): boolean {
    return canEditContactLog(viewerOf(context), log);
  }

  @Authorized(Permission.ContactsLog)
  @Mutation(() => ContactLog, { description: 'Logs a contact with a contact member the viewer may see; the contact list then shows it if it is the latest.' })
  async addContactLog(
    @Arg('input', () => ContactLogInput, { description: 'The contact.' }) input: ContactLogInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactLog> {
    return new ContactLogService(context.ds).add(viewerOf(context), {
      contactMemberId: parseId(input.contactMemberId, 'contactMemberId'),
      contactedAt: input.contactedAt,
      methodId: parseId(input.methodId, 'methodId'),
      statusId: parseId(input.statusId, 'statusId'),
      note: input.note,
      content: input.content,
      nextFollowUpAt: input.nextFollowUpAt,
    });
  }

  @Authorized(Permission.ContactsLog)
  @Mutation(() => ContactLog, { description: 'Changes a contact log (its author, a manager or an admin); the contact member\'s latest state is recomputed.' })
  async updateContactLog(
    @Arg('id', () => ID, { description: 'The log.' }) id: string,
    @Arg('input', () => ContactLogUpdateInput, { description: 'The fields to change.' }) input: ContactLogUpdateInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactLog> {
    return new ContactLogService(context.ds).update(viewerOf(context), parseId(id, 'id'), toChanges(input));
  }

  @Authorized(Permission.ContactsLog)
  @Mutation(() => Boolean, { description: 'Deletes a contact log (its author, a manager or an admin); the previous log becomes the latest.' })
  async deleteContactLog(@Arg('id', () => ID, { description: 'The log.' }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return new ContactLogService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.ContactsLog)
  @Mutation(() => CampaignMember, { description: 'Ends the follow-up of a contact member (結束跟進) with a closing note; a later log with a next follow-up date reopens it.' })
  async endFollowUp(
    @Arg('contactMemberId', () => ID, { description: 'The contact member (one the viewer may see).' }) contactMemberId: string,
    @Arg('closingNote', () => String, { description: 'Why the follow-up ends, 1–500 characters.' }) closingNote: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CampaignMember> {
    return new ContactLogService(context.ds).endFollowUp(viewerOf(context), parseId(contactMemberId, 'contactMemberId'), closingNote);
  }
}

/**
 * The contact page's parts of a contact member: its logs, and the member's remarks and comments
 * as the display settings allow — the only way to a member's notes through a contact. A contact
 * member reaches here only through the viewer's contact scope (and the scoped loaders check it
 * again); these fields show the notes even where the viewer cannot open the member's own page (a
 * salesperson working another branch's member), but only when the settings say so.
 */
@Authorized()
@Resolver(() => CampaignMember)
export class ContactMemberLogsResolver {
  @FieldResolver(() => ContactLogConnection, { description: 'The contact logs, newest first (contact time, then id).' })
  async logs(@Root() contactMember: CampaignMember, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: GraphQLContext): Promise<ContactLogConnection> {
    const result = await loaders.contactLogs.page(contactMember, { first: page.first, after: page.after ?? null });
    return ContactLogConnection.from({ ...result, cursorOf: contactLogCursor, totalCount: () => loaders.contactLogs.count(contactMember) });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The member\'s remarks (會員備註) when the contact settings show them; null otherwise or when empty.' })
  async memberRemarks(@Root() contactMember: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<string | null> {
    const settings = await loaders.contactSettings.load(1);
    if (!settings?.showMemberRemarks) return null;
    return loaders.contactMemberRemarks(contactMember);
  }

  @FieldResolver(() => MemberCommentConnection, { nullable: true, description: 'The member\'s comments (會員評註), newest first, when the contact settings show them; null otherwise.' })
  async memberComments(
    @Root() contactMember: CampaignMember,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<MemberCommentConnection | null> {
    const settings = await loaders.contactSettings.load(1);
    if (!settings?.showComments) return null;
    const result = await loaders.contactMemberComments.page(contactMember, { first: page.first, after: page.after ?? null });
    return MemberCommentConnection.from({
      ...result,
      cursorOf: (comment) => encodeCursor([comment.id]),
      totalCount: () => loaders.contactMemberComments.count(contactMember),
    });
  }
}
