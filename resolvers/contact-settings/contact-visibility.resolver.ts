import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { ContactVisibilitySettingsService, type EffectiveContactVisibility } from '../../services/contact-settings/contact-visibility-settings.service';

@ObjectType('ContactVisibility', { description: 'Whose contact members a staff member may see (聯絡活動查看會員權限); their own always.' })
export class ContactVisibilityView {
  @Field(() => ID, { description: 'The staff member this rule is for.' })
  staffId: number;

  @Field(() => Boolean, { description: 'Members of staff in their own branch (自己分店以下員工的會員).' })
  ownBranch: boolean;

  @Field(() => Boolean, { description: 'Members of staff in every other branch (其他分店以下員工的會員).' })
  otherBranches: boolean;

  @Field(() => Boolean, { description: 'Every contact member (查看全部會員).' })
  all: boolean;

  @Field(() => Boolean, { description: 'True when nothing was set for this staff member and their role\'s default applies.' })
  isDefault: boolean;

  @Field(() => Date, { nullable: true, description: 'When the rule was last set; null for a role default.' })
  updatedAt: Date | null;

  /** Ids of the explicit staff list; the `staff` field resolves them. */
  staffIds: number[];
}

@InputType('ContactVisibilityInput', { description: 'A staff member\'s contact visibility; their own members are always visible.' })
export class ContactVisibilityInput {
  @Field(() => Boolean, { description: 'Members of staff in their own branch.' })
  ownBranch: boolean;

  @Field(() => Boolean, { description: 'Members of staff in every other branch.' })
  otherBranches: boolean;

  @Field(() => Boolean, { description: 'Every contact member.' })
  all: boolean;

  @Field(() => [ID], { description: 'Further staff whose members they may see, one by one (each must exist).' })
  staffIds: string[];
}

const view = (rule: EffectiveContactVisibility) => Object.assign(new ContactVisibilityView(), rule);

/** Per-staff contact visibility: read by signed-in staff, set by managers and admins. */
@Authorized()
@Resolver(() => ContactVisibilityView)
export class ContactVisibilityResolver {
  @Query(() => ContactVisibilityView, { description: 'A staff member\'s effective contact visibility: what was set, or their role\'s default.' })
  async contactVisibility(@Arg('staffId', () => ID, { description: 'The staff member\'s id.' }) staffId: string, @Ctx() { ds }: GraphQLContext): Promise<ContactVisibilityView> {
    return view(await new ContactVisibilitySettingsService(ds).get(parseId(staffId, 'staffId')));
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactVisibilityView, { description: 'Sets whose contact members a staff member may see (managers and admins); audited on the staff member.' })
  async setContactVisibility(
    @Arg('staffId', () => ID, { description: 'The staff member\'s id.' }) staffId: string,
    @Arg('input', () => ContactVisibilityInput, { description: 'The whole rule.' }) input: ContactVisibilityInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactVisibilityView> {
    const staffIds = input.staffIds.map((id) => parseId(id, 'staffIds'));
    const rule = await new ContactVisibilitySettingsService(context.ds).set(viewerOf(context), parseId(staffId, 'staffId'), { ...input, staffIds });
    return view(rule);
  }

  @FieldResolver(() => [Staff], { description: 'The staff, by code, whose members are visible one by one besides the flags\'.' })
  async staff(@Root() rule: ContactVisibilityView, @Ctx() { loaders }: GraphQLContext): Promise<Staff[]> {
    const rows = await loaders.staff.loadMany(rule.staffIds);
    return rows.filter((s): s is Staff => s !== null && !(s instanceof Error)).sort((a, b) => a.code.localeCompare(b.code));
  }
}
