import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { BranchService } from '../../services/branches/branch.service';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { LocalisedNamesType } from '../contact-settings/contact-option.resolver';

@ObjectType('BranchConnection', { description: 'A page of branches.' })
export class BranchConnection extends Connection(Branch, 'Branch') {}

@Authorized()
@Resolver(() => Branch)
export class BranchResolver {
  @Query(() => BranchConnection, { description: 'The chain\'s branches, by code; closed ones too unless `includeClosed` is false.' })
  async branches(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeClosed', () => Boolean, {
      defaultValue: true,
      description: 'False leaves out closed branches (pickers for new work such as booking); history and filters keep them.',
    })
    includeClosed: boolean,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<BranchConnection> {
    return BranchConnection.from(await new BranchService(ds).list(page, { includeClosed }));
  }

  @Query(() => Branch, { description: 'One branch, open or closed.' })
  async branch(@Arg('id', () => ID, { description: 'The branch\'s id.' }) id: string, @Ctx() { ds }: GraphQLContext): Promise<Branch> {
    return new BranchService(ds).get(parseId(id, 'id'));
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() branch: Branch, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(branch, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() branch: Branch): LocalisedNamesType {
    const names = branch.translations;
    return Object.assign(new LocalisedNamesType(), { zhHK: names?.['zh-HK'] ?? null, en: names?.en ?? null, zhCN: names?.['zh-CN'] ?? null, th: names?.th ?? null });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the branch is open (not closed): only open branches take bookings.' })
  open(@Root() branch: Branch): boolean {
    return !branch.closedAt;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who closed the branch; null while it is open.' })
  async closedBy(@Root() branch: Branch, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return branch.closedById ? loaders.staff.load(branch.closedById) : null;
  }
}
