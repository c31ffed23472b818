import type { DataSource } from 'typeorm';
import { Appointment, CampaignMember } from '../../entities';
import type { Page } from '../../graphql/connection';
import { dayCursor, decodeDayCursor } from '../appointments/branch-day.service';
import type { Viewer } from '../auth/viewer';
import { applyVisibleContactMembers } from '../contacts/contact-scope.service';
import { daySpan } from '../contacts/follow-up-state';
import { sliceWithLookahead } from '../pagination/cursor';
import type { ContactScope } from '../visibility/contact-visibility';

/** The salon day and the scope the home page reads with: the viewer's branch time zone, one clock reading. */
export type HomeContext = { timeZone: string; now: Date; scope: ContactScope };

/**
 * Today's appointments of the viewer's own contacts (聯絡會員 she is the salesperson of, within
 * her contact scope, recycle bin left out): each contact's current booking — cancelled ones no
 * longer link it — starting today in her branch's time zone. The same rows the contact list's
 * BOOKED_TODAY quick option selects for her, so the home card and its link agree.
 */
function myAppointmentsQuery(ds: DataSource, viewer: Viewer, context: HomeContext) {
  const today = daySpan(context.now, context.timeZone);
  const qb = ds.getRepository(Appointment).createQueryBuilder('a').innerJoin(CampaignMember, 'cm', 'cm.appointmentId = a.id');
  applyVisibleContactMembers(qb, 'cm', context.scope);
  return qb
    .andWhere('cm.salespersonId = :homeMe', { homeMe: viewer.staffId })
    .andWhere('a.startsAt >= :homeStart AND a.startsAt < :homeEnd', { homeStart: today.start, homeEnd: today.end });
}

/** A page of those appointments by start time, then id; the total counted in SQL when asked. */
export async function myAppointmentsToday(
  ds: DataSource,
  viewer: Viewer,
  page: { first: number; after?: string | null },
  context: HomeContext,
): Promise<Page<Appointment>> {
  const qb = myAppointmentsQuery(ds, viewer, context);
  if (page.after) {
    const cursor = decodeDayCursor(page.after);
    qb.andWhere('(a.startsAt > :homeAfterAt OR (a.startsAt = :homeAfterAt AND a.id > :homeAfterId))', { homeAfterAt: cursor.startsAt, homeAfterId: cursor.id });
  }
  const rows = await qb.orderBy('a.startsAt', 'ASC').addOrderBy('a.id', 'ASC').limit(page.first + 1).getMany();
  const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
  return {
    nodes,
    hasNextPage,
    cursorOf: dayCursor,
    totalCount: async () => {
      const row = await myAppointmentsQuery(ds, viewer, context).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
      return Number(row?.n ?? 0);
    },
  };
}
