import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { CustomField, InterestGroup, MemberGroup, MemberNumberSequence } from '../../entities';
import { CustomFieldType } from '../../entities/custom-field.entity';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { CustomFieldService } from '../../services/custom-fields/custom-field.service';
import { MemberGroupService } from '../../services/member-levels/member-group.service';
import { InterestGroupService } from '../../services/members/interest-group.service';
import { NumberSequenceService } from '../../services/numbering/number-sequence.service';

@ObjectType('CustomFieldConnection', { description: 'A page of custom member fields, in form order.' })
export class CustomFieldConnection extends Connection(CustomField, 'CustomField') {}

@ObjectType('MemberNumberSequenceConnection', { description: 'A page of member number sequences, by scope.' })
export class MemberNumberSequenceConnection extends Connection(MemberNumberSequence, 'MemberNumberSequence') {}

@InputType('CustomFieldInput', { description: 'The whole definition of a custom member field.' })
export class CustomFieldInput {
  @Field(() => String, { description: 'Unique key: letters, digits and "_", starting with a letter (at most 50).' })
  key: string;

  @Field(() => String, { description: 'Label on forms and the member page (1–100 characters).' })
  label: string;

  @Field(() => CustomFieldType, { description: 'Kind of value.' })
  type: CustomFieldType;

  @Field(() => Int, { nullable: true, description: 'Text fields: maximum length, 1–500 (default 500). Ignored for other types.' })
  maxLength?: number | null;

  @Field(() => [String], { nullable: true, description: 'Select fields: the options (at least one). Ignored for other types.' })
  options?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Value new members start with; must be valid for the type.' })
  defaultValue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether registration requires a value (default false).' })
  required?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Position on forms (default 0).' })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Inactive fields are hidden from forms but keep their values (default true).' })
  active?: boolean | null;
}

@InputType('MemberGroupInput', { description: 'A member group and its level rules.' })
export class MemberGroupInput {
  @Field(() => String, { description: 'Unique code (at most 20 characters).' })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Position in lists (default 0).' })
  sortOrder?: number | null;

  @Field(() => Int, { nullable: true, description: 'Discount in percent, 0–100 (default 0).' })
  discountPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Points per 100 of the currency spent, 0 or more (default 0).' })
  pointsPer100?: number | null;

  @Field(() => Int, { nullable: true, description: 'Top-up bonus in percent, 0–100 (default 0).' })
  topUpBonusPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Spend in cents that upgrades a member to this level, 0 or more; null: not reached by spending.' })
  upgradeSpendCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months over which spend counts, 1–120 (default 12).' })
  upgradeWithinMonths?: number | null;
}

@InputType('InterestGroupInput', { description: 'An interest group.' })
export class InterestGroupInput {
  @Field(() => String, { description: 'Unique code (at most 20 characters).' })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  name: string;
}

@InputType('MemberNumberSequenceInput', { description: 'How new member numbers of a branch, or of walk-ins, are made.' })
export class MemberNumberSequenceInput {
  @Field(() => String, { description: '"walk-in", or "branch:<id>".' })
  scope: string;

  @Field(() => String, { description: 'Text before the digits: letters, digits and "-", at most 10 (e.g. "A", "WeM-").' })
  prefix: string;

  @Field(() => Int, { description: 'How many digits, zero-padded (1–10).' })
  digits: number;

  @Field(() => Int, { description: 'The next number to hand out (1 or more); numbers already taken are skipped.' })
  nextValue: number;
}

const idArg = (what: string) => ({ description: `The ${what}'s id.` });

/** Member settings: custom fields, groups and levels, interest groups, numbering. Admins change them. */
@Authorized()
@Resolver()
export class MemberAdminResolver {
  @Query(() => CustomFieldConnection, { description: 'Custom member fields in form order.' })
  async customFields(
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Include fields hidden from forms.' }) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomFieldConnection> {
    return CustomFieldConnection.from(await new CustomFieldService(context.ds).list(includeInactive, page));
  }

  @Query(() => MemberNumberSequenceConnection, { description: 'The member number sequences of branches and walk-ins.' })
  async memberNumberSequences(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<MemberNumberSequenceConnection> {
    return MemberNumberSequenceConnection.from(await new NumberSequenceService(context.ds).list(page));
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => CustomField, { description: 'Defines a custom member field (admins only).' })
  async createCustomField(
    @Arg('input', () => CustomFieldInput, { description: 'The definition.' }) input: CustomFieldInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomField> {
    return new CustomFieldService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => CustomField, { description: 'Replaces a custom field\'s definition (admins only); its type is fixed once members have values.' })
  async updateCustomField(
    @Arg('id', () => ID, idArg('custom field')) id: string,
    @Arg('input', () => CustomFieldInput, { description: 'The whole new definition.' }) input: CustomFieldInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomField> {
    return new CustomFieldService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => MemberGroup, { description: 'Creates a member group with its level rules (admins only).' })
  async createMemberGroup(
    @Arg('input', () => MemberGroupInput, { description: 'The group.' }) input: MemberGroupInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberGroup> {
    return new MemberGroupService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => MemberGroup, { description: 'Replaces a member group\'s name and level rules (admins only).' })
  async updateMemberGroup(
    @Arg('id', () => ID, idArg('member group')) id: string,
    @Arg('input', () => MemberGroupInput, { description: 'The whole new group.' }) input: MemberGroupInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberGroup> {
    return new MemberGroupService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => InterestGroup, { description: 'Creates an interest group (admins only).' })
  async createInterestGroup(
    @Arg('input', () => InterestGroupInput, { description: 'The group.' }) input: InterestGroupInput,
    @Ctx() context: GraphQLContext,
  ): Promise<InterestGroup> {
    return new InterestGroupService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => InterestGroup, { description: 'Renames an interest group (admins only).' })
  async updateInterestGroup(
    @Arg('id', () => ID, idArg('interest group')) id: string,
    @Arg('input', () => InterestGroupInput, { description: 'The new code and name.' }) input: InterestGroupInput,
    @Ctx() context: GraphQLContext,
  ): Promise<InterestGroup> {
    return new InterestGroupService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsMembers)
  @Mutation(() => MemberNumberSequence, { description: 'Creates or replaces the number sequence of a branch or of walk-ins (admins only).' })
  async saveMemberNumberSequence(
    @Arg('input', () => MemberNumberSequenceInput, { description: 'The sequence.' }) input: MemberNumberSequenceInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberNumberSequence> {
    return new NumberSequenceService(context.ds).save(viewerOf(context), input);
  }
}
