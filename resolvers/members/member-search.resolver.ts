import { Arg, Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Max, MaxLength, Min } from 'class-validator';
import { Member } from '../../entities';
import { PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { MAX_PAGE_SIZE } from '../../services/pagination/cursor';
import { DEFAULT_MEMBER_SORT, MemberSearchService } from '../../services/members/member-search.service';
import { quickLookup } from '../../services/members/quick-lookup.service';
import { LOOKUP_TERM_MAX } from '../../services/members/quick-lookup-term';
import { MemberConnection } from './member.resolver';
import { MemberFilterInput, MemberSortInput, toMemberFilter } from './member-filter.input';

@ArgsType()
class QuickLookupArgs {
  @Field(() => String, { description: `What was typed (at most ${LOOKUP_TERM_MAX} characters): 3 or more digits search phones, anything else member numbers and names.` })
  @MaxLength(LOOKUP_TERM_MAX, { context: { key: 'tooLong', params: { max: LOOKUP_TERM_MAX } } })
  term: string;

  @Field(() => Int, { defaultValue: 10, description: `How many members to return (1–${MAX_PAGE_SIZE}).` })
  @Min(1, { context: { key: 'pageSizeTooSmall', params: { min: 1 } } })
  @Max(MAX_PAGE_SIZE, { context: { key: 'pageSizeTooLarge', params: { max: MAX_PAGE_SIZE } } })
  first: number = 10;
}

@Authorized()
@Resolver(() => Member)
export class MemberSearchResolver {
  @Query(() => MemberConnection, { description: 'Members the viewer may see matching every given filter, sorted (member number ascending by default).' })
  async memberSearch(
    // Validated by toMemberFilter, so errors name "filter.<field>" here as in inputs that nest a filter.
    @Arg('filter', () => MemberFilterInput, { nullable: true, validate: false, description: 'The filters; absent means all members.' })
    filter: MemberFilterInput | null,
    @Arg('sort', () => MemberSortInput, { nullable: true, description: 'The order; member number ascending when absent.' })
    sort: MemberSortInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberConnection> {
    const memberFilter = await toMemberFilter(filter, context.ds);
    const order = sort ? { field: sort.field, direction: sort.direction } : DEFAULT_MEMBER_SORT;
    return MemberConnection.from(await new MemberSearchService(context.ds).search(viewerOf(context), memberFilter, order, page));
  }

  @Query(() => MemberConnection, { description: 'The front desk\'s one-box lookup by phone prefix, member number or name; the first matches by member number.' })
  async quickLookup(@Args(() => QuickLookupArgs) args: QuickLookupArgs, @Ctx() context: GraphQLContext): Promise<MemberConnection> {
    return MemberConnection.from(await quickLookup(context.ds, viewerOf(context), args.term, args.first));
  }
}
