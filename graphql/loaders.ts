import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import {
  Appointment, AuditLog, Branch, Campaign, CampaignMember, ContactLog, ContactMethod, ContactSettings, ContactStatus, CustomField, InterestGroup, Member,
  MemberComment, MemberCustomValue, MemberGroup, MemberInterest, Offer, Room, SalesGroup, Staff, Equipment, Treatment,
} from '../entities';
import { memberAppointmentCounts, memberAppointmentPages } from '../services/appointments/appointment-scope';
import { contactLogCounts, contactLogPages } from '../services/contacts/contact-log.service';
import type { Viewer } from '../services/auth/viewer';
import { contactScope } from '../services/contacts/contact-scope';
import type { ContactScope } from '../services/visibility/contact-visibility';
import { childPages, childrenOf } from './child-pages';

function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, target: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(target).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Campaign places of many members (the member page's campaigns), limited to the salespeople of a
 * contact scope and without recycle-bin rows, so hidden places are neither listed nor counted.
 */
function scopedMemberCampaigns(ds: DataSource) {
  const loaders = new Map<string, ReturnType<typeof childPages<CampaignMember>>>();
  const q = (name: string) => ds.driver.escape(name);
  return (scope: ContactScope) => {
    const key = scope.kind === 'all' ? 'all' : scope.salespersonIds.join(',');
    let found = loaders.get(key);
    if (!found) {
      // A literal 0: both databases store the flag as an integer, and raw queries bind no booleans on SQLite.
      const hidden = `${q('memberHidden')} = 0`;
      const where =
        scope.kind === 'all'
          ? { sql: hidden, params: [] }
          : scope.salespersonIds.length === 0
            ? { sql: '1 = 0', params: [] }
            : { sql: `${hidden} AND ${q('salespersonId')} IN (${scope.salespersonIds.map(() => '?').join(', ')})`, params: [...scope.salespersonIds] };
      found = childPages(ds, { target: CampaignMember, parent: 'memberId', where });
      loaders.set(key, found);
    }
    return found;
  };
}

/** Per-request batch loaders: field resolvers never query one row at a time. */
export function createLoaders(ds: DataSource) {
  return {
    branch: byId(ds, Branch),
    staff: byId(ds, Staff),
    salesGroup: byId(ds, SalesGroup),
    memberGroup: byId(ds, MemberGroup),
    // Raw rows: whoever uses `member` applies the viewer's scope and the recycle bin itself.
    member: byId(ds, Member),
    interestGroup: byId(ds, InterestGroup),
    customField: byId(ds, CustomField),
    campaign: byId(ds, Campaign),
    offer: byId(ds, Offer),
    memberInterests: childrenOf(ds, MemberInterest, 'memberId'),
    memberCustomValues: childrenOf(ds, MemberCustomValue, 'memberId'),
    memberComments: childPages(ds, { target: MemberComment, parent: 'memberId' }),
    memberAuditLog: childPages(ds, { target: AuditLog, parent: 'entityId', where: { sql: `${ds.driver.escape('entityType')} = ?`, params: ['member'] } }),
    // Per contact scope: a member's campaign places the viewer may see (memberCampaigns(scope)).
    memberCampaigns: scopedMemberCampaigns(ds),
    // The viewer's contact scope, read once per request however many fields need it.
    contactScope: new DataLoader<Viewer, ContactScope, number>((viewers) => Promise.all(viewers.map((v) => contactScope(ds, v))), {
      cacheKeyFn: (viewer) => viewer.staffId,
    }),
    // Raw rows: callers reach a log only through a contact member they already resolved in scope.
    contactLog: byId(ds, ContactLog),
    contactMethod: byId(ds, ContactMethod),
    contactStatus: byId(ds, ContactStatus),
    // The one settings row (id 1), read once per request.
    contactSettings: byId(ds, ContactSettings),
    // Logs of contact members the caller already resolved through the viewer's contact scope.
    contactLogPages: contactLogPages(ds),
    contactLogCounts: contactLogCounts(ds),
    // Raw rows: callers reach these through an appointment (or a list) already in the viewer's scope.
    appointment: byId(ds, Appointment),
    room: byId(ds, Room),
    equipment: byId(ds, Equipment),
    treatment: byId(ds, Treatment),
    // Raw rows: Appointment.contactMember checks the viewer's contact scope itself.
    campaignMember: byId(ds, CampaignMember),
    // Appointments of members the caller already resolved in the viewer's member scope.
    memberAppointmentPages: memberAppointmentPages(ds),
    memberAppointmentCounts: memberAppointmentCounts(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
