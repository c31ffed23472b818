import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { fieldChanges, operationLogCatalogue, operationLogPage } from '../../services/admin/operation-log.service';
import { viewerTimeZone } from '../../services/contacts/contact-list.service';
import { OperationLogFilterInput, toOperationLogFilter } from './operation-log.input';

@ObjectType('OperationLogFieldChange', { description: 'One field an operation changed, with its value before and after.' })
export class OperationLogFieldChange {
  @Field(() => String, { description: 'The field\'s name as stored, e.g. "phone".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null when the field had none (a creation).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when the field has none any more (a deletion).' })
  after: string | null;
}

@ObjectType('OperationLogToken', { description: 'The API token an operation came through: only what the log shows of it.' })
export class OperationLogToken {
  @Field(() => ID, { description: 'Stable identifier of the token.' })
  id: number;

  @Field(() => String, { description: 'What the token is for, e.g. "POS at TKO".' })
  name: string;
}

@ObjectType('OperationLogEntry', { description: 'One operation (操作日誌): who changed what, when, from where, with the values before and after.' })
export class OperationLogEntry {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: number;

  @Field(() => Date, { description: 'When it happened.' })
  at: Date;

  @Field(() => String, { description: 'What kind of record changed, e.g. "member", "appointment".' })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record that changed.' })
  entityId: number;

  @Field(() => String, { description: 'What happened, e.g. "create", "update", "delete", "restore".' })
  action: string;

  actorId: number | null;
  tokenId: number | null;

  @Field(() => String, { nullable: true, description: 'JSON object of the changed fields before the change; null for a creation.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON object of the changed fields after the change; null for a deletion or purge.' })
  after: string | null;

  @Field(() => String, { nullable: true, description: 'The client\'s IP address, when known (behind the trusted proxies); null otherwise.' })
  address: string | null;
}

@ObjectType('OperationLogEntryConnection', { description: 'A page of the operation log, newest first.' })
export class OperationLogEntryConnection extends Connection(OperationLogEntry, 'OperationLogEntry') {}

@ObjectType('OperationLogCatalogue', { description: 'What the operation log\'s filters offer: the kinds of record and the actions it holds.' })
export class OperationLogCatalogue {
  @Field(() => [String], { description: 'Kinds of record with at least one entry, alphabetically.' })
  entityTypes: string[];

  @Field(() => [String], { description: 'Actions with at least one entry, alphabetically.' })
  actions: string[];
}

/** 操作日誌: the whole audit log for those who hold auditLog.view, within their member scope. */
@Authorized(Permission.AuditLogView)
@Resolver(() => OperationLogEntry)
export class OperationLogResolver {
  @Query(() => OperationLogEntryConnection, {
    description: 'The operation log, newest first: every change the viewer may see (entries about members outside their member scope are left out). Needs auditLog.view.',
  })
  async operationLog(
    @Arg('filter', () => OperationLogFilterInput, { nullable: true, validate: false, description: 'Which operations; absent for all.' }) input: OperationLogFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<OperationLogEntryConnection> {
    const viewer = viewerOf(context);
    const filter = await toOperationLogFilter(input);
    const [timeZone, contactScope] = await Promise.all([viewerTimeZone(context.ds, viewer), context.loaders.contactScope.load(viewer)]);
    const found = await operationLogPage(context.ds, viewer, filter, { timeZone, contactScope }, { first: page.first, after: page.after ?? null });
    return OperationLogEntryConnection.from(found);
  }

  @Query(() => OperationLogCatalogue, { description: 'The kinds of record and the actions the operation log holds, for its filters. Needs auditLog.view.' })
  async operationLogCatalogue(@Ctx() context: GraphQLContext): Promise<OperationLogCatalogue> {
    return operationLogCatalogue(context.ds, viewerOf(context));
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change; null for changes made by the system or by a staff record since removed.' })
  async actor(@Root() entry: OperationLogEntry, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return entry.actorId ? loaders.staff.load(entry.actorId) : null;
  }

  @FieldResolver(() => OperationLogToken, { nullable: true, description: 'The API token the change came through; null for a signed-in session, the system, or a token since removed.' })
  async token(@Root() entry: OperationLogEntry, @Ctx() { loaders }: GraphQLContext): Promise<OperationLogToken | null> {
    if (!entry.tokenId) return null;
    const token = await loaders.apiToken.load(entry.tokenId);
    return token ? Object.assign(new OperationLogToken(), { id: token.id, name: token.name }) : null;
  }

  @FieldResolver(() => [OperationLogFieldChange], { description: 'The changed fields one by one, each with its value before and after, in the order stored.' })
  changes(@Root() entry: OperationLogEntry): OperationLogFieldChange[] {
    return fieldChanges(entry).map((change) => Object.assign(new OperationLogFieldChange(), change));
  }
}
