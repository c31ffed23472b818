import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { entitiesById } from '../db/entity-rows';
import {
  ApiToken, Branch, Campaign, CouponType, ContactMethod, ContactSettings, ContactStatus, CustomField, Equipment, InterestGroup, MemberGroup, Offer, Role, Room, SalesGroup, Staff, Treatment,
} from '../entities';
import { staffCountsByRole } from '../services/admin/role.service';
import { signInGuard } from '../services/auth/sign-in-guard.service';
import { BranchService } from '../services/branches/branch.service';
import { StaffSessionService } from '../services/auth/staff-session.service';
import type { Viewer } from '../services/auth/viewer';
import { contactScope } from '../services/contacts/contact-scope.service';
import type { ContactScope } from '../services/visibility/contact-visibility';
import { createScopedLoaders } from '../services/visibility/scoped-loaders.service';
import { createCatalogueLoaders } from '../services/sales/catalogue-loaders.service';

/** By-id rows of reference tables, which every signed-in viewer may read. */
function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, target: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await entitiesById(ds, target, ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Per-request batch loaders: field resolvers never query one row at a time. Members, contact
 * members, logs, appointments and a member's parts come from the viewer's scoped loaders
 * (services/visibility/scoped-loaders.service.ts), which return nothing outside the viewer's
 * scope; there are no raw loaders for them here.
 */
export function createLoaders(ds: DataSource, viewer: Viewer | null) {
  // The viewer's contact scope, read once per request however many fields need it.
  const contactScopeLoader = new DataLoader<Viewer, ContactScope, number>((viewers) => Promise.all(viewers.map((v) => contactScope(ds, v))), {
    cacheKeyFn: (v) => v.staffId,
  });
  const noContacts: ContactScope = { kind: 'salespeople', salespersonIds: [] };
  const viewerContactScope = () => (viewer ? contactScopeLoader.load(viewer) : Promise.resolve(noContacts));
  return {
    catalogue: createCatalogueLoaders(ds),
    branch: byId(ds, Branch),
    staff: byId(ds, Staff),
    salesGroup: byId(ds, SalesGroup),
    memberGroup: byId(ds, MemberGroup),
    interestGroup: byId(ds, InterestGroup),
    customField: byId(ds, CustomField),
    campaign: byId(ds, Campaign),
    offer: byId(ds, Offer),
    couponType: byId(ds, CouponType),
    contactScope: contactScopeLoader,
    contactMethod: byId(ds, ContactMethod),
    contactStatus: byId(ds, ContactStatus),
    // The one settings row (id 1), read once per request.
    contactSettings: byId(ds, ContactSettings),
    // Roles by the key staff hold them by; a missing key (a deleted role) loads null.
    roleByKey: new DataLoader<string, Role | null>(async (keys) => {
      const rows = await ds.getRepository(Role).findBy({ key: In([...keys]) });
      const found = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    // How many active staff hold each role key, counted once per request for every role asked.
    roleStaffCount: new DataLoader<string, number>(async (keys) => {
      const counts = await staffCountsByRole(ds, true);
      return keys.map((key) => counts.get(key) ?? 0);
    }),
    room: byId(ds, Room),
    equipment: byId(ds, Equipment),
    treatment: byId(ds, Treatment),
    // Raw token rows (the operation log shows only their id and name).
    apiToken: byId(ds, ApiToken),
    // Staff access (the managers' page): a page of staff costs one lock read and one session count.
    signInLockedUntil: new DataLoader<string, Date | null>(async (logins) => {
      const locks = await signInGuard(ds).locksOf(logins);
      return logins.map((login) => locks.get(login) ?? null);
    }),
    liveSessionCount: new DataLoader<number, number>(async (staffIds) => {
      const counts = await new StaffSessionService(ds).liveCounts(staffIds);
      return staffIds.map((id) => counts.get(id) ?? 0);
    }),
    // Branch administration (店面管理): a page of branches costs one grouped count each.
    branchMemberCount: new DataLoader<number, number>(async (branchIds) => {
      const counts = await new BranchService(ds).memberCounts(branchIds);
      return branchIds.map((id) => counts.get(id) ?? 0);
    }),
    branchActiveStaffCount: new DataLoader<number, number>(async (branchIds) => {
      const counts = await new BranchService(ds).activeStaffCounts(branchIds);
      return branchIds.map((id) => counts.get(id) ?? 0);
    }),
    ...createScopedLoaders(ds, viewer, viewerContactScope),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
