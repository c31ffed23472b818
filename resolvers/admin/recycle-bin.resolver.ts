import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { RecycleBinItem, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { RecycleBinService } from '../../services/admin/recycle-bin.service';
import { RecycleBinType, daysUntilPurge, purgeDueAt } from '../../services/admin/recycle-bin-type';
import { SystemSettingsService } from '../../services/admin/system-settings.service';

registerEnumType(RecycleBinType, {
  name: 'RecycleBinType',
  description: 'The kinds of record the recycle bin holds.',
  valuesConfig: {
    Member: { description: 'A member (soft-deleted: hidden from every list until restored).' },
    ContactLog: { description: 'A contact note (聯絡備註) of a contact member.' },
    PresetNote: { description: 'A preset contact note (聯絡會員備註).' },
    ContactStatus: { description: 'A contact status (聯絡狀態).' },
    ContactMethod: { description: 'A contact method (聯絡方法).' },
    Campaign: { description: 'A contact campaign (聯絡活動).' },
    Offer: { description: 'An offer (優惠).' },
    Treatment: { description: 'A treatment (護理).' },
    Equipment: { description: 'A piece of equipment (儀器) of a branch.' },
    Role: { description: 'A role (角色) nobody held when it was deleted.' },
    Room: { description: 'A room (房間) of a branch.' },
  },
});

@ObjectType('RecycleBinItemConnection', { description: 'A page of the recycle bin, most recently deleted first.' })
export class RecycleBinItemConnection extends Connection(RecycleBinItem, 'RecycleBinItem') {}

const retentionDays = async (context: GraphQLContext) => (await new SystemSettingsService(context.ds).get()).recycleBinRetentionDays;

/** 數據回收站: one list of every deletion, restored by those with recycleBin.restore and purged by those with recycleBin.purge. */
@Authorized()
@Resolver(() => RecycleBinItem)
export class RecycleBinResolver {
  @Authorized(Permission.RecycleBinRestore)
  @Query(() => RecycleBinItemConnection, {
    description: 'Deleted records the viewer may see (members within their member scope, contact notes within their contact scope, settings rows they may manage), most recently deleted first. Needs recycleBin.restore.',
  })
  async recycleBinItems(
    @Arg('type', () => RecycleBinType, { nullable: true, description: 'Only this kind of record; all kinds when left out.' }) type: RecycleBinType | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<RecycleBinItemConnection> {
    return RecycleBinItemConnection.from(await new RecycleBinService(context.ds).list(viewerOf(context), { type }, page));
  }

  @Authorized(Permission.RecycleBinRestore)
  @Mutation(() => RecycleBinItem, {
    description: 'Restores a deleted record with its id, as it was; refused, saying why, when something it needs is gone or one of its unique values was taken meanwhile. Returns the entry as it was.',
  })
  async restoreRecycleBinItem(
    @Arg('id', () => ID, { description: 'The bin entry\'s id.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<RecycleBinItem> {
    return new RecycleBinService(context.ds).restore(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.RecycleBinPurge)
  @Mutation(() => RecycleBinItem, { description: 'Deletes a record in the recycle bin for good; its audit entries stay. Returns the entry as it was.' })
  async purgeRecycleBinItem(
    @Arg('id', () => ID, { description: 'The bin entry\'s id.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<RecycleBinItem> {
    return new RecycleBinService(context.ds).purge(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => RecycleBinType, { description: 'What kind of record was deleted.' })
  type(@Root() item: RecycleBinItem): RecycleBinType {
    return item.entityType as RecycleBinType;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who deleted it; null when unknown.' })
  async deletedBy(@Root() item: RecycleBinItem, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return item.deletedById ? loaders.staff.load(item.deletedById) : null;
  }

  @FieldResolver(() => Date, { description: 'When the scheduled purge removes it for good (deletion + the retention of the system parameters).' })
  async purgeAt(@Root() item: RecycleBinItem, @Ctx() context: GraphQLContext): Promise<Date> {
    return purgeDueAt(item.deletedAt, await retentionDays(context));
  }

  @FieldResolver(() => Int, { description: 'Whole days left until the scheduled purge (0 when due).' })
  async daysUntilPurge(@Root() item: RecycleBinItem, @Ctx() context: GraphQLContext): Promise<number> {
    return daysUntilPurge(item.deletedAt, await retentionDays(context), new Date());
  }
}
