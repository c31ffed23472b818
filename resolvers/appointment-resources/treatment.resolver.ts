import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Treatment, RecycleBinItem } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { TreatmentService } from '../../services/appointment-resources/treatment.service';

@ObjectType('TreatmentConnection', { description: 'A page of treatments, by code.' })
export class TreatmentConnection extends Connection(Treatment, 'Treatment') {}

@InputType('TreatmentInput', { description: 'A treatment (護理): what it is, how long it takes and what it needs.' })
export class TreatmentInput {
  @Field(() => String, { description: 'Unique code, 1–20 characters, e.g. "T05".' })
  code: string;

  @Field(() => String, { description: 'Name, 1–100 characters, e.g. "Facial C".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Series (系列), at most 50 characters, e.g. "Facial"; empty for none.' })
  series?: string | null;

  @Field(() => Int, { description: 'Duration in minutes, 5–600.' })
  durationMinutes: number;

  @Field(() => Int, { nullable: true, description: 'Minutes the resources stay blocked afterwards, 0–120 (default 0).' })
  bufferMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Price in cents, 0 or more (default 0).' })
  priceCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Code of the equipment it needs (some branch must have it); empty for none.' })
  equipmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Room type it needs, at most 30 characters, e.g. "facial"; empty for none.' })
  roomType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The department (購買項目部門) its sales count under; null clears it, absent keeps it.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it can be booked (default true).' })
  active?: boolean | null;
}

/** Treatments: read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Treatment)
export class TreatmentResolver {
  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => RecycleBinItem, { description: 'Moves a treatment into the recycle bin (managers and admins); refused while appointments use it (deactivate it instead). Audited.' })
  async deleteTreatment(@Arg('id', () => ID, { description: 'The treatment\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new TreatmentService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => TreatmentConnection, { description: 'Treatments by code, active ones unless asked otherwise.' })
  async treatments(
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search: string | null,
    @Arg('series', () => String, { nullable: true, description: 'Only this series.' }) series: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list inactive treatments.' }) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<TreatmentConnection> {
    return TreatmentConnection.from(await new TreatmentService(ds).list({ search, series, includeInactive }, page));
  }

  @Query(() => [String], { description: 'The series of active treatments, alphabetically (a short list: the picker\'s series filter).' })
  async treatmentSeries(@Ctx() { ds }: GraphQLContext): Promise<string[]> {
    return new TreatmentService(ds).series();
  }

  @Query(() => Treatment, { description: 'One treatment.' })
  async treatment(@Arg('id', () => ID, { description: 'The treatment\'s id.' }) id: string, @Ctx() { ds }: GraphQLContext): Promise<Treatment> {
    return new TreatmentService(ds).get(parseId(id, 'id'));
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Treatment, { description: 'Creates a treatment (managers and admins); audited.' })
  async createTreatment(
    @Arg('input', () => TreatmentInput, { description: 'The treatment.' }) input: TreatmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Treatment> {
    return new TreatmentService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.AppointmentsManageResources)
  @Mutation(() => Treatment, { description: 'Replaces every field of a treatment (managers and admins); audited.' })
  async updateTreatment(
    @Arg('id', () => ID, { description: 'The treatment\'s id.' }) id: string,
    @Arg('input', () => TreatmentInput, { description: 'The whole new treatment.' }) input: TreatmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Treatment> {
    return new TreatmentService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }
}
