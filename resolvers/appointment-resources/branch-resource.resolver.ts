import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Equipment, RecycleBinItem, Room } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { BranchResourceService } from '../../services/appointment-resources/branch-resources.service';

@ObjectType('EquipmentConnection', { description: 'A page of equipment, by code.' })
export class EquipmentConnection extends Connection(Equipment, 'Equipment') {}

@ObjectType('RoomConnection', { description: 'A page of rooms, by name.' })
export class RoomConnection extends Connection(Room, 'Room') {}

@InputType('EquipmentInput', { description: 'Equipment (儀器) of a branch.' })
export class EquipmentInput {
  @Field(() => String, { description: 'Code, 1–20 characters, unique at the branch and the same at every branch that has it, e.g. "E01".' })
  code: string;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'How many units the branch has, 1–999 (default 1).' })
  count?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is offered for bookings (default true).' })
  active?: boolean | null;
}

@InputType('RoomInput', { description: 'A treatment room (房間) of a branch.' })
export class RoomInput {
  @Field(() => String, { description: 'Name, 1–50 characters, unique at the branch, e.g. "Room 20".' })
  name: string;

  @Field(() => String, { description: 'Room type, 1–30 characters, matched against treatments\' room type, e.g. "facial".' })
  type: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is offered for bookings (default true).' })
  active?: boolean | null;
}

const branchIdOf = (value: string | null) => (value ? parseId(value, 'branchId') : null);

/** Equipment: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Equipment)
export class EquipmentResolver {
  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => RecycleBinItem, { description: 'Moves equipment into the recycle bin (managers and admins); refused while appointments use it or treatments need its code (deactivate it instead). Audited.' })
  async deleteEquipment(@Arg('id', () => ID, { description: 'The equipment\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new BranchResourceService(context.ds).deleteEquipment(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => EquipmentConnection, { description: 'Equipment by code, of one branch or of all; active only unless asked otherwise.' })
  async equipment(
    @Arg('branchId', () => ID, { nullable: true, description: 'Only this branch\'s equipment.' }) branchId: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list inactive equipment.' }) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<EquipmentConnection> {
    return EquipmentConnection.from(await new BranchResourceService(ds).equipment({ branchId: branchIdOf(branchId), includeInactive }, page));
  }

  @FieldResolver(() => Branch, { description: 'The branch that has it.' })
  async branch(@Root() equipment: Equipment, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(equipment.branchId);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Equipment, { description: 'Adds equipment to a branch (managers and admins); audited.' })
  async createEquipment(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('input', () => EquipmentInput, { description: 'The equipment.' }) input: EquipmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Equipment> {
    return new BranchResourceService(context.ds).createEquipment(viewerOf(context), parseId(branchId, 'branchId'), input);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Equipment, { description: 'Changes equipment (it stays at its branch; managers and admins); audited.' })
  async updateEquipment(
    @Arg('id', () => ID, { description: 'The equipment\'s id.' }) id: string,
    @Arg('input', () => EquipmentInput, { description: 'The whole new equipment.' }) input: EquipmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Equipment> {
    return new BranchResourceService(context.ds).updateEquipment(viewerOf(context), parseId(id, 'id'), input);
  }
}

/** Rooms: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Room)
export class RoomResolver {
  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => RecycleBinItem, { description: 'Moves a room into the recycle bin (managers and admins); refused while appointments use it (deactivate it instead). Audited.' })
  async deleteRoom(@Arg('id', () => ID, { description: 'The room\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new BranchResourceService(context.ds).deleteRoom(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => RoomConnection, { description: 'Rooms by name, of one branch or of all; active only unless asked otherwise.' })
  async rooms(
    @Arg('branchId', () => ID, { nullable: true, description: 'Only this branch\'s rooms.' }) branchId: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list inactive rooms.' }) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<RoomConnection> {
    return RoomConnection.from(await new BranchResourceService(ds).rooms({ branchId: branchIdOf(branchId), includeInactive }, page));
  }

  @FieldResolver(() => Branch, { description: 'The branch the room is in.' })
  async branch(@Root() room: Room, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(room.branchId);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Room, { description: 'Adds a room to a branch (managers and admins); audited.' })
  async createRoom(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Arg('input', () => RoomInput, { description: 'The room.' }) input: RoomInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Room> {
    return new BranchResourceService(context.ds).createRoom(viewerOf(context), parseId(branchId, 'branchId'), input);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Room, { description: 'Changes a room (it stays at its branch; managers and admins); audited.' })
  async updateRoom(
    @Arg('id', () => ID, { description: 'The room\'s id.' }) id: string,
    @Arg('input', () => RoomInput, { description: 'The whole new room.' }) input: RoomInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Room> {
    return new BranchResourceService(context.ds).updateRoom(viewerOf(context), parseId(id, 'id'), input);
  }
}
