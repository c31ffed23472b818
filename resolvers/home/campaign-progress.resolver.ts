import { Args, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Campaign } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { activeCampaignProgress, campaignProgressCursor } from '../../services/home/campaign-progress.service';
import { Permission } from '../../services/admin/permission';
import { homeContext } from './home-context';

@ObjectType('CampaignProgress', {
  description: 'How far an active campaign has got with the contact members the viewer may see; each count is part of the one before.',
})
export class CampaignProgress {
  @Field(() => Campaign, { description: 'The campaign (聯絡活動).' })
  campaign: Campaign;

  @Field(() => Int, { description: 'Its contact members the viewer may see (活動會員).' })
  members: number;

  @Field(() => Int, { description: 'Of those, contacted at least once.' })
  contacted: number;

  @Field(() => Int, { description: 'Of those, with a booking made from the contact and not cancelled (已預約).' })
  booked: number;

  @Field(() => Int, { description: 'Of those, whose booking arrived (到達) or was completed.' })
  arrived: number;
}

@ObjectType('CampaignProgressConnection', { description: 'A page of active campaigns with their progress.' })
export class CampaignProgressConnection extends Connection(CampaignProgress, 'CampaignProgress') {}

/** The manager's home card 活動進度. */
@Authorized(Permission.ContactsSupervise)
@Resolver()
export class CampaignProgressResolver {
  @Query(() => CampaignProgressConnection, {
    description:
      'The active campaigns — not archived, today (the viewer\'s branch time zone) within their period — newest first, each with its progress over the contact members the viewer may see. Managers and admins.',
  })
  async activeCampaignProgress(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<CampaignProgressConnection> {
    const result = await activeCampaignProgress(context.ds, page, await homeContext(context));
    return CampaignProgressConnection.from({
      ...result,
      nodes: result.nodes.map((row) => Object.assign(new CampaignProgress(), { campaign: row.campaign, ...row.counts })),
      cursorOf: (row) => campaignProgressCursor(row.campaign),
    });
  }
}
