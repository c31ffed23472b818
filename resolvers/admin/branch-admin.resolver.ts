import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { BranchAdminService } from '../../services/admin/branch-admin.service';
import { Permission } from '../../services/admin/permission';
import { LocalisedNamesInput } from '../contact-settings/contact-option.resolver';

@InputType('BranchInput', { description: 'A branch as an administrator types it; checked with the same rules as the branch form.' })
export class BranchInput {
  @Field(() => String, { description: 'Short unique code, 1–10 letters, digits or "-", e.g. "TKO"; unique whatever its case.' })
  code: string;

  @Field(() => String, { description: 'Name as entered (1–100 characters), e.g. "將軍澳店".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => String, { nullable: true, description: 'Street address (at most 255 characters); blank for none.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'The shop\'s phone in Hong Kong, mainland China or Thailand (e.g. "2345 6789", "+66 2 123 4567"); stored as dialled in its country; blank for none.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. "Asia/Hong_Kong" (the default when blank); opening hours and bookings are read in it.' })
  timeZone?: string | null;
}

const idArg = { description: 'The branch\'s id.' };

/** 店面管理: branches are created, changed, closed and reopened by staff holding branches.manage. */
@Authorized()
@Resolver(() => Branch)
export class BranchAdminResolver {
  @Authorized(Permission.BranchesManage)
  @Mutation(() => Branch, { description: 'Adds a branch (needs branches.manage); it is open at once. Its member numbers use its code until a numbering rule is saved.' })
  async createBranch(@Arg('input', () => BranchInput, { description: 'The branch.' }) input: BranchInput, @Ctx() context: GraphQLContext): Promise<Branch> {
    return new BranchAdminService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.BranchesManage)
  @Mutation(() => Branch, { description: 'Changes a branch\'s code, names, address, phone or time zone (needs branches.manage).' })
  async updateBranch(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => BranchInput, { description: 'The branch\'s new details.' }) input: BranchInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Branch> {
    return new BranchAdminService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.BranchesManage)
  @Mutation(() => Branch, {
    description: 'Closes a branch (needs branches.manage): it keeps its members, staff and history, takes no new bookings and is not offered for new work. Its staff stay active. The last open branch cannot be closed.',
  })
  async closeBranch(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<Branch> {
    return new BranchAdminService(context.ds).close(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.BranchesManage)
  @Mutation(() => Branch, { description: 'Reopens a closed branch (needs branches.manage): it takes bookings again.' })
  async reopenBranch(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<Branch> {
    return new BranchAdminService(context.ds).reopen(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.BranchesManage)
  @FieldResolver(() => Int, { description: 'Members of the branch outside the recycle bin (needs branches.manage).' })
  memberCount(@Root() branch: Branch, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.branchMemberCount.load(branch.id);
  }

  @Authorized(Permission.BranchesManage)
  @FieldResolver(() => Int, { description: 'Active staff whose home branch it is (needs branches.manage); closing the branch does not deactivate them.' })
  activeStaffCount(@Root() branch: Branch, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.branchActiveStaffCount.load(branch.id);
  }
}
