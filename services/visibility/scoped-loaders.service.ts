/**
 * The request's loaders for data under visibility rules, built once per request for one viewer.
 * Every row they return is one the viewer may see: members in the member scope, contact members
 * and their logs in the contact scope, appointments by either, never the recycle bin; anything
 * else loads as null (or an empty page). The raw batch loaders they are built on stay in here:
 * resolvers reach members, contacts, logs and appointments only through these (a lint rule
 * keeps raw loaders and direct reads of those tables out of resolvers/ and graphql/).
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entitiesById, entitiesFromRaw, selectEntityColumns } from '../../db/entity-rows';
import { Appointment, AuditLog, Campaign, CampaignMember, ContactLog, Member, MemberComment, MemberCustomValue, MemberInterest } from '../../entities';
import { memberAppointmentCounts, memberAppointmentPages, readableAppointmentQuery, type MemberAppointmentPage } from '../appointments/appointment-scope.service';
import type { Viewer } from '../auth/viewer';
import { contactLogCounts, contactLogPages, type ContactLogPage } from '../contacts/contact-log.service';
import { applyVisibleContactMembers, contactMemberQuery } from '../contacts/contact-scope.service';
import { visibleMemberQuery } from '../members/member.service';
import { childPages, childrenOf, type ChildPage, type ChildPageKey } from '../pagination/child-pages.service';
import { decodeCursor } from '../pagination/cursor';
import { auditEntryForScope } from './audit-visibility';
import { scopeAllowsSalesperson, type ContactScope } from './contact-visibility';
import { memberInScope, memberScopeFor, scopeAllowsBranch, type MemberScope } from './member-visibility';

/**
 * What a member shows through a contact the viewer may see (ContactMemberProfile): who she is and
 * how to reach her, enough to work the contact — not the member record. Remarks and comments are
 * reachable only through the contact's settings-gated fields.
 */
export type ContactMemberProfileData = Pick<
  Member,
  'id' | 'memberNo' | 'lastName' | 'firstName' | 'englishName' | 'gender' | 'birthday' | 'phone' | 'phone2' | 'branchId' | 'groupId'
> & { openable: boolean };

/** The member columns a profile is built from, and the recycle-bin mark that hides it. */
const PROFILE_COLUMNS = [
  'id', 'memberNo', 'lastName', 'firstName', 'englishName', 'gender', 'birthday', 'phone', 'phone2', 'branchId', 'groupId', 'deletedAt',
] as const satisfies ReadonlyArray<keyof Member>;

/** A page request on a parent's children: how many, after which cursor. */
export type PageRequest = { first: number; after: string | null };

type Paged<T> = { nodes: T[]; hasNextPage: boolean };
const EMPTY: Paged<never> = { nodes: [], hasNextPage: false };

function byIds<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const found = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Campaign places of many members (the member page's campaigns), limited to the salespeople of a
 * contact scope and without recycle-bin rows, so hidden places are neither listed nor counted.
 */
function memberCampaignPages(ds: DataSource, scope: ContactScope) {
  const q = (name: string) => ds.driver.escape(name);
  // A literal 0: both databases store the flag as an integer, and raw queries bind no booleans on SQLite.
  const hidden = `${q('memberHidden')} = 0`;
  const where =
    scope.kind === 'all'
      ? { sql: hidden, params: [] }
      : scope.salespersonIds.length === 0
        ? { sql: '1 = 0', params: [] }
        : { sql: `${hidden} AND ${q('salespersonId')} IN (${scope.salespersonIds.map(() => '?').join(', ')})`, params: [...scope.salespersonIds] };
  return childPages(ds, { target: CampaignMember, parent: 'memberId', where });
}

/** `afterId` of a child page from its cursor (the child's id). */
function childCursor(after: string | null): number | null {
  return after ? Number(decodeCursor(after, 1)[0]) : null;
}

export function createScopedLoaders(ds: DataSource, viewer: Viewer | null, contactScopeOf: () => Promise<ContactScope>) {
  const NOBODY: MemberScope = { kind: 'branches', branchIds: [] };
  const memberScope: MemberScope = viewer ? memberScopeFor(viewer) : NOBODY;
  // A member's parts follow the member scope. Rows in the recycle bin reach here only from the
  // recycle bin's own list (front desk, managers, admins), whose page shows their last change.
  const inMemberScope = (member: Member) => scopeAllowsBranch(memberScope, member.branchId);
  const inContactScope = async (row: CampaignMember) => !row.memberHidden && scopeAllowsSalesperson(await contactScopeOf(), row.salespersonId);

  const raw = {
    member: byIds((ids) => entitiesById(ds, Member, ids)),
    // What a contact shows of her member (a page of 50 reads 12 of the member's columns, not all).
    memberProfile: byIds((ids) => entitiesById(ds, Member, ids, PROFILE_COLUMNS)),
    comments: childPages(ds, { target: MemberComment, parent: 'memberId' }),
    auditLog: childPages(ds, { target: AuditLog, parent: 'entityId', where: { sql: `${ds.driver.escape('entityType')} = ?`, params: ['member'] } }),
    interests: childrenOf(ds, MemberInterest, 'memberId'),
    customValues: childrenOf(ds, MemberCustomValue, 'memberId'),
    logPages: contactLogPages(ds),
    logCounts: contactLogCounts(ds),
    appointmentPages: memberAppointmentPages(ds),
    appointmentCounts: memberAppointmentCounts(ds),
  };
  let campaigns: Promise<ReturnType<typeof memberCampaignPages>> | undefined;
  // Per campaign: its contact members in the viewer's contact scope, one grouped read of (campaign, salesperson).
  const scopedCampaignCounts = new DataLoader<number, number>(async (campaignIds) => {
    const qb = ds
      .getRepository(CampaignMember)
      .createQueryBuilder('cm')
      .select('cm.campaignId', 'c')
      .addSelect('COUNT(*)', 'n')
      .where('cm.campaignId IN (:...countCampaignIds)', { countCampaignIds: [...campaignIds] });
    applyVisibleContactMembers(qb, 'cm', await contactScopeOf());
    const rows = await qb.groupBy('cm.campaignId').getRawMany<{ c: number | string; n: number | string }>();
    const found = new Map(rows.map((r) => [Number(r.c), Number(r.n)]));
    return campaignIds.map((id) => found.get(id) ?? 0);
  });
  const campaignPages = () => (campaigns ??= contactScopeOf().then((scope) => memberCampaignPages(ds, scope)));

  const childKey = (member: Member, page: PageRequest): ChildPageKey => ({ parentId: member.id, first: page.first, afterId: childCursor(page.after) });
  const guarded = <T>(allowed: () => boolean | Promise<boolean>, load: () => Promise<T>, none: T) => async () => ((await allowed()) ? load() : none);

  /** The profile columns of a visible contact's member (not in the recycle bin). */
  const profileOfContact = async (row: CampaignMember): Promise<Member | null> => {
    if (!(await inContactScope(row))) return null;
    const member = await raw.memberProfile.load(row.memberId);
    return member && member.deletedAt === null ? member : null;
  };
  /** A visible contact's member row, kept inside: callers get the narrow profile or the notes. */
  const memberOfContact = async (row: CampaignMember): Promise<Member | null> => {
    if (!(await inContactScope(row))) return null;
    const member = await raw.member.load(row.memberId);
    return member && member.deletedAt === null ? member : null;
  };

  return {
    /** Members the viewer may open (member scope, not in the recycle bin). */
    member: byIds(async (ids) => {
      if (!viewer) return [];
      const qb = visibleMemberQuery(ds, viewer).andWhere('m.id IN (:...scopedMemberIds)', { scopedMemberIds: ids });
      return entitiesFromRaw(ds, Member, await selectEntityColumns(qb, 'm', Member).getRawMany());
    }),
    /** Contact members in the viewer's contact scope. */
    contactMember: byIds(async (ids) => {
      if (!viewer) return [];
      const qb = (await contactMemberQuery(ds, viewer, await contactScopeOf())).andWhere('cm.id IN (:...scopedContactIds)', { scopedContactIds: ids });
      return entitiesFromRaw(ds, CampaignMember, await selectEntityColumns(qb, 'cm', CampaignMember).getRawMany());
    }),
    /** Appointments of members in scope, or booked from contacts in scope (readableAppointmentQuery). */
    appointment: byIds(async (ids) => {
      if (!viewer) return [];
      const qb = readableAppointmentQuery(ds, viewer, await contactScopeOf()).andWhere('a.id IN (:...scopedAppointmentIds)', { scopedAppointmentIds: ids });
      return entitiesFromRaw(ds, Appointment, await selectEntityColumns(qb, 'a', Appointment).getRawMany());
    }),
    /** Contact logs whose contact member is in the viewer's contact scope. */
    contactLog: byIds(async (ids) => {
      if (!viewer) return [];
      const qb = ds.getRepository(ContactLog).createQueryBuilder('l').innerJoin(CampaignMember, 'lcm', 'lcm.id = l.campaignMemberId');
      applyVisibleContactMembers(qb, 'lcm', await contactScopeOf()).andWhere('l.id IN (:...scopedLogIds)', { scopedLogIds: ids });
      return entitiesFromRaw(ds, ContactLog, await selectEntityColumns(qb, 'l', ContactLog).getRawMany());
    }),

    /**
     * How many of a campaign's members the viewer may see: the kept chain total for a viewer who
     * sees every contact, else the campaign's contacts in her contact scope (recycle bin left out).
     */
    async campaignMemberCount(campaign: Campaign): Promise<number> {
      return (await contactScopeOf()).kind === 'all' ? campaign.memberCount : scopedCampaignCounts.load(campaign.id);
    },

    /** The member behind a visible contact, as the contact path shows it; null for a contact outside the scope. */
    async contactMemberProfile(row: CampaignMember): Promise<ContactMemberProfileData | null> {
      const m = await profileOfContact(row);
      if (!m) return null;
      return {
        id: m.id, memberNo: m.memberNo, lastName: m.lastName, firstName: m.firstName, englishName: m.englishName, gender: m.gender,
        birthday: m.birthday, phone: m.phone, phone2: m.phone2, branchId: m.branchId, groupId: m.groupId, openable: inMemberScope(m),
      };
    },
    /** The remarks of a visible contact's member (the caller applies the display setting). */
    async contactMemberRemarks(row: CampaignMember): Promise<string | null> {
      return (await memberOfContact(row))?.remarks || null;
    },
    /** Comments on a visible contact's member (the caller applies the display setting). */
    contactMemberComments: {
      page: (row: CampaignMember, page: PageRequest): Promise<ChildPage<MemberComment>> =>
        guarded(async () => (await memberOfContact(row)) !== null, () => raw.comments.pages.load({ parentId: row.memberId, first: page.first, afterId: childCursor(page.after) }), EMPTY)(),
      count: (row: CampaignMember): Promise<number> => guarded(async () => (await memberOfContact(row)) !== null, () => raw.comments.counts.load(row.memberId), 0)(),
    },
    /** The logs of a contact member in the viewer's contact scope. */
    contactLogs: {
      page: (row: CampaignMember, page: PageRequest): Promise<ContactLogPage> =>
        guarded(() => inContactScope(row), () => raw.logPages.load({ contactMemberId: row.id, first: page.first, after: page.after }), EMPTY)(),
      count: (row: CampaignMember): Promise<number> => guarded(() => inContactScope(row), () => raw.logCounts.load(row.id), 0)(),
    },

    // The parts of a member: empty for a member row outside the viewer's member scope, however it arrived.
    memberComments: {
      page: (member: Member, page: PageRequest) => guarded(() => inMemberScope(member), () => raw.comments.pages.load(childKey(member, page)), EMPTY)(),
      count: (member: Member) => guarded(() => inMemberScope(member), () => raw.comments.counts.load(member.id), 0)(),
    },
    /** The member's audit entries; those about campaign places as the contact scope allows (auditEntryForScope). */
    memberAuditLog: {
      page: async (member: Member, page: PageRequest): Promise<ChildPage<AuditLog>> => {
        if (!inMemberScope(member)) return EMPTY;
        const [found, scope] = await Promise.all([raw.auditLog.pages.load(childKey(member, page)), contactScopeOf()]);
        return { ...found, nodes: found.nodes.map((entry) => auditEntryForScope(entry, scope)) };
      },
      count: (member: Member) => guarded(() => inMemberScope(member), () => raw.auditLog.counts.load(member.id), 0)(),
    },
    // Appointments of a member in the recycle bin are hidden with her, as the appointment reads hide them.
    memberAppointments: {
      page: (member: Member, page: PageRequest): Promise<MemberAppointmentPage> =>
        guarded(() => memberInScope(memberScope, member), () => raw.appointmentPages.load({ memberId: member.id, first: page.first, after: page.after }), EMPTY)(),
      count: (member: Member) => guarded(() => memberInScope(memberScope, member), () => raw.appointmentCounts.load(member.id), 0)(),
    },
    /** The member's campaign places the viewer's contact scope shows. */
    memberCampaigns: {
      page: (member: Member, page: PageRequest): Promise<ChildPage<CampaignMember>> =>
        guarded(() => inMemberScope(member), async () => (await campaignPages()).pages.load(childKey(member, page)), EMPTY)(),
      count: (member: Member) => guarded(() => inMemberScope(member), async () => (await campaignPages()).counts.load(member.id), 0)(),
    },
    memberInterests: (member: Member) => guarded(() => inMemberScope(member), () => raw.interests.load(member.id), [] as MemberInterest[])(),
    memberCustomValues: (member: Member) => guarded(() => inMemberScope(member), () => raw.customValues.load(member.id), [] as MemberCustomValue[])(),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
