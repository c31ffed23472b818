import { Arg, Args, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Member, MemberComment } from '../../entities';
import { Gender } from '../../services/members/gender';
import { Permission } from '../../services/admin/permission';
import { PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { MemberRegistrationService, type MemberUpdateInput, type RegistrationInput } from '../../services/members/registration.service';
import { WalkInService } from '../../services/members/walk-in.service';
import { RecycleBinService } from '../../services/admin/recycle-bin.service';
import { MemberConnection } from './member.resolver';

@InputType('CustomFieldValueInput', { description: 'A value for one admin-defined member field.' })
export class CustomFieldValueInput {
  @Field(() => ID, { description: 'The custom field.' })
  fieldId: string;

  @Field(() => String, { description: 'The value; blank removes it (unless the field is required).' })
  value: string;
}

/**
 * The member's own fields, nullable as an update takes them (absent: unchanged; null: cleared);
 * a registration declares its required ones again as non-null. Both inputs validate with the
 * same schema (services/members/member-input.schema.ts) as the form. No field or argument has this
 * type, so the schema shows only the two inputs extending it.
 */
@InputType('MemberFieldsInputBase', { description: 'The member\'s own fields shared by RegisterMemberInput and UpdateMemberInput (not used on its own).' })
abstract class MemberFieldsInputBase {
  @Field(() => String, { nullable: true, description: 'Surname (at most 50 characters; required for members).' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name (at most 50 characters).' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'English name (at most 100 characters).' })
  englishName?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Identity card: HKID with check digit, e.g. "A123456(3)"; mainland or Thai ID numbers are accepted too.' })
  idCard?: string | null;

  @Field(() => String, { nullable: true, description: 'Main phone number (required, cannot be cleared). HK 8 digits, mainland 11-digit mobiles, Thai 0 + 9 digits; +852/+86/+66 allowed.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Second phone number.' })
  phone2?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address (at most 150 characters).' })
  email?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Birthday, YYYY-MM-DD, not in the future nor before 1900.' })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (at most 255 characters).' })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'The consultant (an active staff member); null for none (removes it on update).' })
  consultantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who referred this one (one the viewer can see); null for none (removes it on update).' })
  referrerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks (at most 2,000 characters).' })
  remarks?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Interest groups: the member\'s whole set.' })
  interestGroupIds?: string[] | null;

  @Field(() => [CustomFieldValueInput], { nullable: true, description: 'Values of admin-defined fields; on registration fields left out start with their default, on update they keep their value.' })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType('RegisterMemberInput', { description: 'A new member (or a walk-in becoming one). Phone numbers: HK 8 digits, mainland 11-digit mobiles, Thai 0 + 9 digits; +852/+86/+66 allowed.' })
export class RegisterMemberInput extends MemberFieldsInputBase {
  @Field(() => ID, { description: 'The branch the member joins; its number sequence gives the member number.' })
  branchId: string;

  @Field(() => ID, { description: 'The member group (level).' })
  groupId: string;

  @Field(() => String, { description: 'Surname (required, at most 50 characters).' })
  declare lastName: string;

  @Field(() => Gender, { description: 'Gender.' })
  declare gender: Gender;

  @Field(() => String, { description: 'Main phone number (required).' })
  declare phone: string;
}

@InputType('UpdateMemberInput', { description: 'Changes to a member: only the fields given change; null clears an optional field.' })
export class UpdateMemberInput extends MemberFieldsInputBase {
  @Field(() => ID, { nullable: true, description: 'Move the member to this branch (one the viewer may see); the member number stays.' })
  branchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member group (level).' })
  groupId?: string | null;
}

@InputType('CreateWalkInInput', { description: 'A walk-in customer served at the counter: a phone and a branch are enough.' })
export class CreateWalkInInput {
  @Field(() => String, { description: 'Phone number.' })
  phone: string;

  @Field(() => ID, { description: 'The branch serving the customer.' })
  branchId: string;

  @Field(() => String, { nullable: true, description: 'Surname, if given.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Given name, if given.' })
  firstName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Member group; by default the "non member" group (code NONMEMBER) or else the first group.' })
  groupId?: string | null;
}

const optionalId = (value: string | null | undefined, field: string) =>
  value === undefined ? undefined : value === null ? null : parseId(value, field);

const idList = (values: string[] | null | undefined, field: string) =>
  values === undefined ? undefined : values === null ? null : values.map((v) => parseId(v, field));

const customValues = (values: CustomFieldValueInput[] | null | undefined) =>
  values?.map((v) => ({ fieldId: parseId(v.fieldId, 'customFields'), value: v.value }));

export function toRegistration(input: RegisterMemberInput): RegistrationInput {
  return {
    ...input,
    branchId: parseId(input.branchId, 'branchId'),
    groupId: parseId(input.groupId, 'groupId'),
    consultantId: optionalId(input.consultantId, 'consultantId'),
    referrerId: optionalId(input.referrerId, 'referrerId'),
    interestGroupIds: idList(input.interestGroupIds, 'interestGroupIds'),
    customFields: customValues(input.customFields),
  };
}

function toUpdate(input: UpdateMemberInput): MemberUpdateInput {
  return {
    ...input,
    branchId: optionalId(input.branchId, 'branchId') ?? undefined,
    groupId: optionalId(input.groupId, 'groupId') ?? undefined,
    consultantId: optionalId(input.consultantId, 'consultantId'),
    referrerId: optionalId(input.referrerId, 'referrerId'),
    interestGroupIds: idList(input.interestGroupIds, 'interestGroupIds'),
    customFields: customValues(input.customFields),
  };
}

const memberIdArg = { description: 'The member\'s id.' };

/** Registering, changing, commenting on, deleting and restoring members. */
@Authorized()
@Resolver(() => Member)
export class MemberWriteResolver {
  @Query(() => MemberConnection, { description: 'Members the viewer may see whose phone or second phone is this number (the duplicate warning of the registration form), oldest first.' })
  async duplicatePhoneMembers(
    @Arg('phone', () => String, { description: 'The phone number being registered.' }) phone: string,
    @Arg('excludeMemberId', () => ID, { nullable: true, description: 'Leave out this member (the one being edited).' }) excludeMemberId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberConnection> {
    const exclude = excludeMemberId ? parseId(excludeMemberId, 'excludeMemberId') : null;
    return MemberConnection.from(await new MemberRegistrationService(context.ds).duplicatePhoneMembers(viewerOf(context), phone, exclude, page));
  }

  @Authorized(Permission.MembersCreate)
  @Mutation(() => Member, { description: 'Registers a member with the next number of the branch\'s sequence. A duplicate phone does not stop it (ask duplicatePhoneMembers first).' })
  async registerMember(
    @Arg('input', () => RegisterMemberInput, { description: 'The new member.' }) input: RegisterMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Member> {
    return new MemberRegistrationService(context.ds).register(viewerOf(context), toRegistration(input));
  }

  @Authorized(Permission.MembersEdit)
  @Mutation(() => Member, { description: 'Changes the given fields of a member; the change is written to the audit log.' })
  async updateMember(
    @Arg('id', () => ID, memberIdArg) id: string,
    @Arg('input', () => UpdateMemberInput, { description: 'The fields to change.' }) input: UpdateMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Member> {
    return new MemberRegistrationService(context.ds).update(viewerOf(context), parseId(id, 'id'), toUpdate(input));
  }

  @Authorized(Permission.MembersCreate)
  @Mutation(() => Member, { description: 'Creates a walk-in customer with a provisional K number.' })
  async createWalkIn(
    @Arg('input', () => CreateWalkInInput, { description: 'The walk-in.' }) input: CreateWalkInInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Member> {
    return new WalkInService(context.ds).create(viewerOf(context), {
      phone: input.phone,
      branchId: parseId(input.branchId, 'branchId'),
      lastName: input.lastName,
      firstName: input.firstName,
      groupId: optionalId(input.groupId, 'groupId'),
    });
  }

  @Authorized(Permission.MembersCreate)
  @Mutation(() => Member, { description: 'Registers a walk-in as a member: same id and history, a formal number from the branch\'s sequence.' })
  async convertWalkIn(
    @Arg('id', () => ID, { description: 'The walk-in\'s id.' }) id: string,
    @Arg('input', () => RegisterMemberInput, { description: 'The full registration.' }) input: RegisterMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Member> {
    return new WalkInService(context.ds).convert(viewerOf(context), parseId(id, 'id'), toRegistration(input));
  }

  @Authorized(Permission.MembersEdit)
  @Mutation(() => MemberComment, { description: 'Adds a dated comment to a member.' })
  async addMemberComment(
    @Arg('memberId', () => ID, memberIdArg) memberId: string,
    @Arg('body', () => String, { description: 'The comment, 1–2,000 characters.' }) body: string,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberComment> {
    return new MemberRegistrationService(context.ds).addComment(viewerOf(context), parseId(memberId, 'memberId'), body);
  }

  @Authorized(Permission.MembersDelete)
  @Mutation(() => Member, { description: 'Moves a member to the recycle bin: hidden from every list, query and report until restored.' })
  async deleteMember(@Arg('id', () => ID, memberIdArg) id: string, @Ctx() context: GraphQLContext): Promise<Member> {
    return new RecycleBinService(context.ds).deleteMember(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.RecycleBinRestore)
  @Mutation(() => Member, { description: 'Brings a member back from the recycle bin.' })
  async restoreMember(@Arg('id', () => ID, memberIdArg) id: string, @Ctx() context: GraphQLContext): Promise<Member> {
    return new RecycleBinService(context.ds).restoreMember(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.RecycleBinPurge)
  @Mutation(() => Boolean, { description: 'Deletes a member in the recycle bin for good (admins only).' })
  async purgeMember(@Arg('id', () => ID, memberIdArg) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return new RecycleBinService(context.ds).purgeMember(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.RecycleBinRestore)
  @Query(() => MemberConnection, { description: 'Members in the recycle bin the viewer may see, most recently deleted first.' })
  async recycleBin(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<MemberConnection> {
    return MemberConnection.from(await new RecycleBinService(context.ds).listMembers(viewerOf(context), page));
  }
}
