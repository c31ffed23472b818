import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Role, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { StaffAdminService } from '../../services/admin/staff-admin.service';
import { encodeCursor, decodeCursor } from '../../services/pagination/cursor';
import { MemberReach } from '../../services/visibility/member-visibility';
import { ApiTokenConnection } from '../api-tokens/api-token.resolver';
import { StaffConnection } from '../lookups/lookup.resolver';

@InputType('StaffInput', { description: 'A staff member as an administrator types them; checked with the same rules as the staff form.' })
export class StaffInput {
  @Field(() => String, { description: 'Sign-in name, 1–50 letters, digits or . _ @ -; unique whatever its case.' })
  login: string;

  @Field(() => String, { description: 'Name shown to colleagues (1–100 characters), e.g. "Apple Yu".' })
  displayName: string;

  @Field(() => String, { description: 'Staff code shown beside the name, 1–20 letters, digits or "-", e.g. "IS007"; unique whatever its case.' })
  code: string;

  @Field(() => ID, { description: 'The branch they work at; must be within the caller\'s member scope.' })
  branchId: string;

  @Field(() => ID, { nullable: true, description: 'Their sales group, for salespeople; null for none.' })
  salesGroupId?: string | null;

  @Field(() => [String], { description: 'Keys of the roles they hold (at least one); each must carry no permission the caller lacks (job functions aside).' })
  roleKeys: string[];

  @Field(() => MemberReach, { nullable: true, description: 'Which branches\' members they may see (own branch when null); no wider than the caller\'s own.' })
  memberReach?: MemberReach | null;

  @Field(() => [ID], { nullable: true, description: 'With CHOSEN_BRANCHES: the branches added to their own (at least one); ignored otherwise.' })
  memberBranchIds?: string[] | null;
}

@InputType('CreateStaffInput', { description: 'A new staff member and their initial password.' })
export class CreateStaffInput extends StaffInput {
  @Field(() => String, {
    nullable: true,
    description: 'The initial password, as the password policy allows; null or blank to have one generated (returned once). They must change it at their first sign-in.',
  })
  initialPassword?: string | null;
}

@InputType('ResetStaffPasswordInput', { description: 'A new initial password for a staff member.' })
export class ResetStaffPasswordInput {
  @Field(() => String, { nullable: true, description: 'The new initial password, as the password policy allows; null or blank to have one generated (returned once).' })
  initialPassword?: string | null;
}

@InputType('StaffAdminFilter', { description: 'What the staff list is narrowed to; every part is optional.' })
export class StaffAdminFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, code or sign-in name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only staff of this branch.' })
  branchId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only staff holding the role with this key.' })
  roleKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only staff of this sales group.' })
  salesGroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: active staff only; false: inactive only; null: both.' })
  active?: boolean | null;
}

@ObjectType('StaffWithPasswordPayload', { description: 'A staff member given an initial password, and that password when the system generated it.' })
export class StaffWithPasswordPayload {
  @Field(() => Staff, { description: 'The staff member; they must change the password at their next sign-in.' })
  staff: Staff;

  @Field(() => String, { nullable: true, description: 'The generated initial password, shown this once and never stored in clear; null when the caller typed it.' })
  initialPassword: string | null;

  @Field(() => Int, { description: 'How many of their sessions were live and have been ended.' })
  endedSessions: number;
}

@ObjectType('DeactivateStaffPayload', { description: 'A deactivated staff member and what ended with the deactivation.' })
export class DeactivateStaffPayload {
  @Field(() => Staff, { description: 'The staff member, now inactive.' })
  staff: Staff;

  @Field(() => Int, { description: 'How many sessions were live and have been ended.' })
  endedSessions: number;

  @Field(() => Int, { description: 'How many API tokens were live and have been revoked.' })
  revokedTokens: number;
}

@ObjectType('GrantableRoleConnection', { description: 'A page of the roles the caller may grant.' })
export class GrantableRoleConnection extends Connection(Role, 'GrantableRole') {}

const idArg = { description: 'The staff member\'s id.' };
const optionalId = (value: string | null | undefined, field: string) => (value ? parseId(value, field) : null);

/** 用戶管理: the staff list within the caller's scope and changes to staff, for staff holding staff.manage. */
@Authorized(Permission.StaffManage)
@Resolver(() => Staff)
export class StaffAdminResolver {
  @Query(() => StaffConnection, {
    description: 'Staff whose branch is within the caller\'s member scope, active and inactive, by code (needs staff.manage).',
  })
  async staffAdminList(
    @Arg('filter', () => StaffAdminFilter, { nullable: true, description: 'What to narrow the list to.' }) filter: StaffAdminFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<StaffConnection> {
    const given = filter ?? {};
    return StaffConnection.from(
      await new StaffAdminService(context.ds).list(
        viewerOf(context),
        {
          search: given.search,
          branchId: optionalId(given.branchId, 'filter.branchId'),
          roleKey: given.roleKey,
          salesGroupId: optionalId(given.salesGroupId, 'filter.salesGroupId'),
          active: given.active,
        },
        page,
      ),
    );
  }

  @Query(() => Staff, { description: 'One staff member within the caller\'s member scope; NOT_FOUND outside it (needs staff.manage).' })
  async staffAdminMember(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<Staff> {
    return new StaffAdminService(context.ds).get(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => GrantableRoleConnection, { description: 'The roles the caller may grant (none carries a permission the caller lacks), by key (needs staff.manage).' })
  async grantableRoles(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<GrantableRoleConnection> {
    const roles = await new StaffAdminService(context.ds).grantableRoles(viewerOf(context));
    const afterKey = page.after ? String(decodeCursor(page.after, 1)[0]) : null;
    const rest = afterKey === null ? roles : roles.filter((role) => role.key > afterKey);
    return GrantableRoleConnection.from({
      nodes: rest.slice(0, page.first),
      hasNextPage: rest.length > page.first,
      cursorOf: (role) => encodeCursor([role.key]),
      totalCount: async () => roles.length,
    });
  }

  @Query(() => ApiTokenConnection, {
    description: 'A staff member\'s API tokens, revoked ones included, newest first (needs staff.manage; NOT_FOUND for staff outside the caller\'s scope).',
  })
  async staffApiTokens(
    @Arg('staffId', () => ID, idArg) staffId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<ApiTokenConnection> {
    const service = new StaffAdminService(context.ds);
    const viewer = viewerOf(context);
    return ApiTokenConnection.from(await service.apiTokensOf(viewer, await service.get(viewer, parseId(staffId, 'staffId')), page));
  }

  @Mutation(() => StaffWithPasswordPayload, {
    description: 'Adds a staff member with an initial password they must change at first sign-in (needs staff.manage).',
  })
  async createStaff(@Arg('input', () => CreateStaffInput, { description: 'The staff member.' }) input: CreateStaffInput, @Ctx() context: GraphQLContext): Promise<StaffWithPasswordPayload> {
    return new StaffAdminService(context.ds).create(viewerOf(context), input);
  }

  @Mutation(() => Staff, { description: 'Changes a staff member\'s details, roles and member visibility; not the password (needs staff.manage).' })
  async updateStaff(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => StaffInput, { description: 'The staff member\'s new details.' }) input: StaffInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Staff> {
    return new StaffAdminService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Mutation(() => DeactivateStaffPayload, {
    description: 'Deactivates a staff member (needs staff.manage): they cannot sign in, every session ends and every API token of theirs is revoked at once. Nobody deactivates themselves.',
  })
  async deactivateStaff(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<DeactivateStaffPayload> {
    return new StaffAdminService(context.ds).deactivate(viewerOf(context), parseId(id, 'id'));
  }

  @Mutation(() => Staff, { description: 'Lets an inactive staff member sign in again (needs staff.manage); revoked API tokens stay revoked.' })
  async reactivateStaff(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<Staff> {
    return new StaffAdminService(context.ds).reactivate(viewerOf(context), parseId(id, 'id'));
  }

  @Mutation(() => StaffWithPasswordPayload, {
    description: 'Gives a staff member a new initial password they must change at next sign-in, and ends their sessions (needs staff.manage).',
  })
  async resetStaffPassword(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => ResetStaffPasswordInput, { description: 'The new initial password, or none to generate one.' }) input: ResetStaffPasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<StaffWithPasswordPayload> {
    return new StaffAdminService(context.ds).resetPassword(viewerOf(context), parseId(id, 'id'), input);
  }

  @FieldResolver(() => [Branch], {
    description: 'The branches added to their own when memberReach is CHOSEN_BRANCHES (needs staff.manage; FORBIDDEN to others).',
  })
  async memberBranches(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<Branch[]> {
    const branches = await loaders.branch.loadMany((staff.memberBranchIds ?? []).map(Number));
    return branches.filter((branch): branch is Branch => branch instanceof Branch);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may change this staff member: within their scope and holding no permission the caller lacks (needs staff.manage).',
  })
  async manageable(@Root() staff: Staff, @Ctx() context: GraphQLContext): Promise<boolean> {
    const roles = await context.loaders.roleByKey.loadMany(staff.roles);
    return new StaffAdminService(context.ds).manageable(viewerOf(context), staff, roles.filter((role): role is Role => role instanceof Role));
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When their password was last set, by them or as an initial password (needs staff.manage).' })
  passwordSetAt(@Root() staff: Staff): Date | null {
    return staff.passwordChangedAt ?? null;
  }
}
