import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Campaign, CampaignMember, ContactLog, ContactStatus, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { contactMembersPage, FALLBACK_TIME_ZONE, type ContactListContext } from '../../services/contacts/contact-list.service';
import { contactSalespeoplePage } from '../../services/contacts/contact-list-salespeople.service';
import { daySpan, followUpStateOn, type Span } from '../../services/contacts/follow-up-state';
import { notFound } from '../../services/errors/domain-error';
import { StaffConnection } from '../lookups/lookup.resolver';
import { ContactMemberProfile, toContactMemberProfile } from './contact-member-profile.resolver';
import { asksOnlyForTotal, ContactFilterInput, ContactSortInput, toContactFilter, toContactSort } from './contact-filter.input';
import { FollowUpStateEnum } from './follow-up-state.enum';

@ObjectType('ContactMemberConnection', { description: 'A page of contact members (聯絡會員).' })
export class ContactMemberConnection extends Connection(CampaignMember, 'ContactMember') {}

/** `today` is the salon day of `now` in the time zone, worked out once for every row's follow-up state. */
type ListContextNow = ContactListContext & { now: Date; today: Span };
/** The request's list context: its read, and its value once read. */
type RequestContext = { promise: Promise<ListContextNow>; value?: ListContextNow };

// Per request: one clock reading, so the filter's "today" and every row's follow-up state agree,
// and one read of the branch and scope, kept resolved so the rows' fields need no await.
const requestContexts = new WeakMap<GraphQLContext, RequestContext>();

/** The salon day of the request: the viewer's branch time zone (one branch read per request), the clock and the scope. */
function listContext(context: GraphQLContext): RequestContext {
  let entry = requestContexts.get(context);
  if (!entry) {
    const now = new Date();
    const viewer = viewerOf(context);
    const created: RequestContext = {
      promise: Promise.all([context.loaders.branch.load(viewer.branchId), context.loaders.contactScope.load(viewer)]).then(([branch, scope]) => {
        const timeZone = branch?.timeZone || FALLBACK_TIME_ZONE;
        created.value = { timeZone, now, scope, today: daySpan(now, timeZone) };
        return created.value;
      }),
    };
    entry = created;
    requestContexts.set(context, entry);
  }
  return entry;
}

/**
 * The contact list (聯絡會員 > 列表), one contact member, and the salesperson filter's options.
 * Every read goes through the viewer's contact scope (contactMemberQuery).
 */
@Authorized()
@Resolver(() => CampaignMember)
export class ContactMemberResolver {
  @Query(() => ContactMemberConnection, { description: 'Contact members the viewer may see matching every given filter; newest contact first by default, never contacted last.' })
  async contactMembers(
    // Validated by toContactFilter, so errors name "filter.<field>" here as in the export.
    @Arg('filter', () => ContactFilterInput, { nullable: true, validate: false, description: 'The filters; absent means all the viewer may see.' })
    filter: ContactFilterInput | null,
    @Arg('sort', () => ContactSortInput, {
      nullable: true,
      description: 'The order. When absent: next follow-up, soonest first, for the FOLLOW_UP_DUE_TODAY and FOLLOW_UP_OVERDUE quick options (overdue: oldest first); otherwise last contact, newest first.',
    })
    sort: ContactSortInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactMemberConnection> {
    const listFilter = await toContactFilter(filter);
    // The screen asks for the total in a request of its own: that one reads no rows.
    const result = await contactMembersPage(context.ds, viewerOf(context), listFilter, toContactSort(sort, 'sort', listFilter), page, await listContext(context).promise, {
      countOnly: asksOnlyForTotal(info),
    });
    return ContactMemberConnection.from(result);
  }

  @Query(() => CampaignMember, { description: 'One contact member; NOT_FOUND unless the viewer may see it.' })
  async contactMember(@Arg('id', () => ID, { description: 'The contact member.' }) id: string, @Ctx() context: GraphQLContext): Promise<CampaignMember> {
    const found = await context.loaders.contactMember.load(parseId(id, 'id'));
    if (!found) throw notFound('contactMember');
    return found;
  }

  @Query(() => StaffConnection, { description: 'The salespeople whose contact members the viewer may see (the 活動銷售員 filter\'s options), by name.' })
  async contactSalespeople(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<StaffConnection> {
    const scope = await context.loaders.contactScope.load(viewerOf(context));
    return StaffConnection.from(await contactSalespeoplePage(context.ds, scope, page));
  }

  @FieldResolver(() => Campaign, { description: 'The campaign (聯絡活動).' })
  campaign(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<Campaign | null> {
    return loaders.campaign.load(row.campaignId);
  }

  @FieldResolver(() => ContactMemberProfile, {
    description:
      'The member contacted, as the contact shows her (ContactMemberProfile): the viewer works every contact she may see, also of members of other branches, but the member record stays behind `member(id)` and the member scope.',
  })
  async member(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<ContactMemberProfile | null> {
    const profile = await loaders.contactMemberProfile(row);
    return profile ? toContactMemberProfile(profile) : null;
  }

  @FieldResolver(() => Staff, { description: 'The salesperson who contacts the member (聯絡銷售員).' })
  salesperson(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return loaders.staff.load(row.salespersonId);
  }

  @FieldResolver(() => ContactStatus, { description: 'The current contact status (聯絡狀態): the latest log\'s, or the default before any.' })
  status(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): Promise<ContactStatus | null> {
    return loaders.contactStatus.load(row.statusId);
  }

  @FieldResolver(() => ContactLog, { nullable: true, description: 'The latest contact log (method, note, content); null before the first contact.' })
  lastLog(@Root() row: CampaignMember, @Ctx() { loaders }: GraphQLContext): ContactLog | null | Promise<ContactLog | null> {
    return row.lastLogId ? loaders.contactLog.load(row.lastLogId) : null;
  }

  @FieldResolver(() => FollowUpStateEnum, { description: 'Where the follow-up is: not followed, following, due today, overdue or closed (today in the viewer\'s branch time zone).' })
  followUpState(@Root() row: CampaignMember, @Ctx() context: GraphQLContext): FollowUpStateEnum | Promise<FollowUpStateEnum> {
    const state = ({ today }: ListContextNow) => followUpStateOn(row, today) as FollowUpStateEnum;
    const request = listContext(context);
    return request.value ? state(request.value) : request.promise.then(state);
  }
}
