import type { DataSource } from 'typeorm';
import { Appointment, Campaign, CampaignMember } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import type { Page } from '../../graphql/connection';
import { applyVisibleContactMembers } from '../contacts/contact-scope.service';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { salonDay } from '../reports/report-range';
import { NO_PROGRESS, progressByCampaign, type CampaignProgressCounts, type RawCampaignProgress } from './campaign-progress';
import type { HomeContext } from './my-appointments-today.service';

export type CampaignProgress = { campaign: Campaign; counts: CampaignProgressCounts };

const ARRIVED = [AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED].map((s) => `'${s}'`).join(', ');

/** The active campaigns on a salon day: not archived, the day within their period (an open end is no limit). */
function activeCampaignsQuery(ds: DataSource, day: string) {
  return ds.getRepository(Campaign).createQueryBuilder('c')
    .where('c.archived = :homeArchived', { homeArchived: false })
    .andWhere('(c.startsOn IS NULL OR c.startsOn <= :homeDay)', { homeDay: day })
    .andWhere('(c.endsOn IS NULL OR c.endsOn >= :homeDay)', { homeDay: day });
}

/** The counts of some campaigns over the contact members the scope sees, in one grouped query. */
async function progressOf(ds: DataSource, campaignIds: number[], context: HomeContext): Promise<Map<number, CampaignProgressCounts>> {
  if (campaignIds.length === 0) return new Map();
  const qb = ds.getRepository(CampaignMember).createQueryBuilder('cm').leftJoin(Appointment, 'pa', 'pa.id = cm.appointmentId');
  applyVisibleContactMembers(qb, 'cm', context.scope);
  const raw = await qb
    .select('cm.campaignId', 'campaignId')
    .addSelect('COUNT(*)', 'members')
    .addSelect('SUM(CASE WHEN cm.lastContactAt IS NOT NULL THEN 1 ELSE 0 END)', 'contacted')
    .addSelect('SUM(CASE WHEN cm.appointmentId IS NOT NULL THEN 1 ELSE 0 END)', 'booked')
    .addSelect(`SUM(CASE WHEN pa.status IN (${ARRIVED}) THEN 1 ELSE 0 END)`, 'arrived')
    .andWhere('cm.campaignId IN (:...homeCampaignIds)', { homeCampaignIds: campaignIds })
    .groupBy('cm.campaignId')
    .getRawMany<RawCampaignProgress>();
  return progressByCampaign(raw);
}

/** Cursor of a campaign in the active campaigns' order (newest first: by id). */
export function campaignProgressCursor(campaign: Pick<Campaign, 'id'>): string {
  return encodeCursor([campaign.id]);
}

/**
 * A page of the active campaigns (newest first) with each one's progress over the contact members
 * the viewer may see: the page's campaigns are read first, then counted together in SQL.
 */
export async function activeCampaignProgress(ds: DataSource, page: { first: number; after?: string | null }, context: HomeContext): Promise<Page<CampaignProgress>> {
  const day = salonDay(context.now, context.timeZone);
  const qb = activeCampaignsQuery(ds, day);
  if (page.after) {
    const [id] = decodeCursor(page.after, 1);
    if (typeof id !== 'number') throw invalidField('after', 'invalidCursor');
    qb.andWhere('c.id < :homeAfterId', { homeAfterId: id });
  }
  const rows = await qb.orderBy('c.id', 'DESC').limit(page.first + 1).getMany();
  const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
  const counts = await progressOf(ds, nodes.map((c) => c.id), context);
  return {
    nodes: nodes.map((campaign) => ({ campaign, counts: counts.get(campaign.id) ?? { ...NO_PROGRESS } })),
    hasNextPage,
    cursorOf: (row) => campaignProgressCursor(row.campaign),
    totalCount: () => activeCampaignsQuery(ds, day).getCount(),
  };
}
