import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Campaign, Offer, RecycleBinItem } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { CampaignService } from '../../services/campaigns/campaign.service';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('CampaignConnection', { description: 'A page of campaigns.' })
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}

@InputType('CampaignInput', { description: 'The whole definition of a contact campaign.' })
export class CampaignInput {
  @Field(() => String, { description: 'Unique code, 1–50 characters, e.g. "Junebirth".' })
  code: string;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Details (詳情), at most 5000 characters.' })
  details?: string | null;

  @Field(() => ID, { nullable: true, description: 'The marketing offer appointments booked from this campaign carry; null for none.' })
  offerId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the active period (YYYY-MM-DD), or null.' })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the active period (YYYY-MM-DD, not before startsOn), or null.' })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived campaigns are not offered for new assignments (default false).' })
  archived?: boolean | null;
}

const toServiceInput = (input: CampaignInput) => ({ ...input, offerId: input.offerId ? parseId(input.offerId, 'offerId') : null });

/** Contact campaigns (聯絡活動): listed for every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(Permission.CampaignsManage)
  @Mutation(() => RecycleBinItem, { description: 'Moves a campaign into the recycle bin (managers and admins); refused while it has contact members (archive it instead). Audited.' })
  async deleteCampaign(@Arg('id', () => ID, { description: 'The campaign\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return new CampaignService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => CampaignConnection, { description: 'Campaigns, newest first.' })
  async campaigns(
    @Arg('includeArchived', () => Boolean, { defaultValue: false, description: 'Include archived campaigns.' }) includeArchived: boolean,
    @Arg('search', () => String, { nullable: true, description: 'Only campaigns whose code or name starts with this.' }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<CampaignConnection> {
    return CampaignConnection.from(await new CampaignService(ds).list({ includeArchived, search }, page));
  }

  @Query(() => Campaign, { description: 'One campaign, archived or not.' })
  async campaign(@Arg('id', () => ID, { description: 'The campaign\'s id.' }) id: string, @Ctx() { ds }: GraphQLContext): Promise<Campaign> {
    return new CampaignService(ds).get(parseId(id, 'id'));
  }

  @Authorized(Permission.CampaignsManage)
  @Mutation(() => Campaign, { description: 'Creates a campaign (managers and admins); audited.' })
  async createCampaign(
    @Arg('input', () => CampaignInput, { description: 'The campaign.' }) input: CampaignInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Campaign> {
    return new CampaignService(context.ds).create(viewerOf(context), toServiceInput(input));
  }

  @Authorized(Permission.CampaignsManage)
  @Mutation(() => Campaign, { description: 'Replaces a campaign\'s definition (managers and admins); audited.' })
  async updateCampaign(
    @Arg('id', () => ID, { description: 'The campaign\'s id.' }) id: string,
    @Arg('input', () => CampaignInput, { description: 'The whole new definition.' }) input: CampaignInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Campaign> {
    return new CampaignService(context.ds).update(viewerOf(context), parseId(id, 'id'), toServiceInput(input));
  }

  @FieldResolver(() => Int, {
    description:
      'How many members are in the campaign (活動會員人數) as the viewer may see them: the whole chain\'s count (kept with every assignment) for a viewer who sees every contact, otherwise the campaign\'s contact members in her contact scope, recycle bin left out.',
  })
  memberCount(@Root() campaign: Campaign, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.campaignMemberCount(campaign);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The marketing offer of the campaign, if any.' })
  async offer(@Root() campaign: Campaign, @Ctx() { loaders }: GraphQLContext): Promise<Offer | null> {
    return campaign.offerId ? loaders.offer.load(campaign.offerId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The offer\'s code (優惠編號), if the campaign has an offer.' })
  async offerCode(@Root() campaign: Campaign, @Ctx() { loaders }: GraphQLContext): Promise<string | null> {
    return campaign.offerId ? ((await loaders.offer.load(campaign.offerId))?.code ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The offer\'s analysis code (分析編號), if any.' })
  async analysisCode(@Root() campaign: Campaign, @Ctx() { loaders }: GraphQLContext): Promise<string | null> {
    return campaign.offerId ? ((await loaders.offer.load(campaign.offerId))?.analysisCode ?? null) : null;
  }
}
