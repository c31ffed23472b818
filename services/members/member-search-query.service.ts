import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Member } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { contactScope } from '../contacts/contact-scope.service';
import type { ContactScope } from '../visibility/contact-visibility';
import { memberScopeFor } from '../visibility/member-visibility';
import type { CampaignPresence, MemberFilter } from './member-filter';
import { applyMemberScope } from './member-query.service';
import { normaliseNameQuery } from './member-search-keys';
import { isSqlite } from '../../db/dialect';

/** Highest code point: `x >= p AND x < p + MAX` is "starts with p" under SQLite's binary order. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * "column starts with value" in a form each database can answer from an index: a LIKE on MySQL
 * (its collation is case-insensitive and indexes LIKE 'x%'), a range on SQLite (whose LIKE ignores
 * ordinary indexes).
 */
export function startsWith(ds: DataSource, column: string, param: string, value: string): [string, Record<string, string>] {
  if (isSqlite(ds)) {
    return [`(${column} >= :${param}Lo AND ${column} < :${param}Hi)`, { [`${param}Lo`]: value, [`${param}Hi`]: value + MAX_CHAR }];
  }
  return [`${column} LIKE :${param}`, { [param]: value.replace(/[\\%_]/g, (c) => `\\${c}`) + '%' }];
}

/** True when the filter asks about campaign places (會員在 / 會員不在 / 活動銷售員). */
export function filtersByCampaign(filter: MemberFilter): boolean {
  return Boolean(filter.inCampaign || filter.notInCampaign || filter.campaignSalespersonId);
}

/**
 * The contact scope a filter's campaign conditions run over: the viewer's when the filter has
 * any (read once), null when it has none (nothing to limit).
 */
export async function campaignFilterScope(ds: DataSource, viewer: Viewer, filter: MemberFilter): Promise<ContactScope | null> {
  return filtersByCampaign(filter) ? contactScope(ds, viewer) : null;
}

/**
 * EXISTS over the campaign places the contact scope shows: who is whose contact is the contact
 * scope's to tell, so 會員在 / 會員不在 / 活動銷售員 see only the places Member.campaigns shows.
 */
function campaignExists(alias: string, scope: ContactScope, extra = ''): [string, Record<string, unknown>] {
  let visible = '';
  const params: Record<string, unknown> = {};
  if (scope.kind === 'salespeople') {
    if (scope.salespersonIds.length === 0) visible = ' AND 1 = 0';
    else {
      visible = ` AND ${alias}.salespersonId IN (:...${alias}Scope)`;
      params[`${alias}Scope`] = scope.salespersonIds;
    }
  }
  return [`EXISTS (SELECT 1 FROM campaign_members ${alias} WHERE ${alias}.memberId = m.id${visible}${extra})`, params];
}

function presence(presenceFilter: CampaignPresence, negate: boolean, param: string, scope: ContactScope): [string, Record<string, unknown>] {
  const wantIn = (presenceFilter.kind === 'none') === negate;
  if (presenceFilter.kind === 'campaign') {
    const [sql, params] = campaignExists(`${param}_cm`, scope, ` AND ${param}_cm.campaignId = :${param}`);
    return [negate ? `NOT ${sql}` : sql, { ...params, [param]: presenceFilter.campaignId }];
  }
  const [sql, params] = campaignExists(`${param}_cm`, scope);
  return [wantIn ? sql : `NOT ${sql}`, params];
}

/**
 * The members a viewer may see that match a filter, as a query builder on alias `m` with no order
 * or limit. Search pages, counts, selections, bulk actions, labels and exports all start here, so
 * visibility, the recycle bin and the Deleted group are applied the same way everywhere. The
 * campaign conditions run over the places `contactScope` shows (campaignFilterScope); a filter
 * with campaign conditions and no scope is a programming error.
 */
export function memberSearchQuery(ds: DataSource, viewer: Viewer, filter: MemberFilter, contactScope: ContactScope | null): SelectQueryBuilder<Member> {
  if (filtersByCampaign(filter) && !contactScope) throw new Error('memberSearchQuery: a campaign filter needs the viewer\'s contact scope (campaignFilterScope)');
  const qb = applyMemberScope(ds.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer));
  qb.andWhere('m.deletedAt IS NULL');
  const where = (sql: string, params: Record<string, unknown> = {}) => void qb.andWhere(sql, params);

  if (filter.branchIds?.length) where('m.branchId IN (:...fBranchIds)', { fBranchIds: filter.branchIds });
  if (filter.groupIds?.length) {
    where('m.groupId IN (:...fGroupIds)', { fGroupIds: filter.groupIds });
  } else {
    where('m.groupId NOT IN (SELECT dg.id FROM member_groups dg WHERE dg.isDeletedGroup = :fDeletedGroup)', { fDeletedGroup: true });
  }
  if (filter.memberNo?.trim()) where(...startsWith(ds, 'm.memberNo', 'fMemberNo', filter.memberNo.trim()));
  const name = filter.name ? normaliseNameQuery(filter.name) : '';
  if (name) {
    const [a, pa] = startsWith(ds, 'm.searchName', 'fName', name);
    const [b, pb] = startsWith(ds, 'm.searchNameAlt', 'fNameAlt', name);
    where(`(${a} OR ${b})`, { ...pa, ...pb });
  }
  if (filter.idCard?.trim()) where(...startsWith(ds, 'm.idCard', 'fIdCard', filter.idCard.trim().toUpperCase()));
  if (filter.gender) where('m.gender = :fGender', { fGender: filter.gender });
  const phone = filter.phone?.replace(/\D/g, '') ?? '';
  if (phone) {
    const [a, pa] = startsWith(ds, 'm.phone', 'fPhone', phone);
    const [b, pb] = startsWith(ds, 'm.phone2', 'fPhone2', phone);
    where(`(${a} OR ${b})`, { ...pa, ...pb });
  }
  if (filter.birthMonth) where('m.birthMonth = :fBirthMonth', { fBirthMonth: filter.birthMonth });
  if (filter.joinedFrom) where('m.createdAt >= :fJoinedFrom', { fJoinedFrom: new Date(`${filter.joinedFrom}T00:00:00Z`) });
  if (filter.joinedTo) {
    const next = new Date(`${filter.joinedTo}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    where('m.createdAt < :fJoinedBefore', { fJoinedBefore: next });
  }
  if (filter.interestGroupIds?.length) {
    where('EXISTS (SELECT 1 FROM member_interests fmi WHERE fmi.memberId = m.id AND fmi.interestGroupId IN (:...fInterestIds))', {
      fInterestIds: filter.interestGroupIds,
    });
  }
  if (filter.inCampaign && contactScope) where(...presence(filter.inCampaign, false, 'fInCampaign', contactScope));
  if (filter.notInCampaign && contactScope) where(...presence(filter.notInCampaign, true, 'fNotInCampaign', contactScope));
  if (filter.campaignSalespersonId && contactScope) {
    const sameCampaign = filter.inCampaign?.kind === 'campaign' ? ' AND fsp_cm.campaignId = :fSpCampaign' : '';
    const [sql, params] = campaignExists('fsp_cm', contactScope, ` AND fsp_cm.salespersonId = :fSalesperson${sameCampaign}`);
    where(sql, {
      ...params,
      fSalesperson: filter.campaignSalespersonId,
      fSpCampaign: filter.inCampaign?.kind === 'campaign' ? filter.inCampaign.campaignId : undefined,
    });
  }
  if (filter.kind === 'members') where('m.isWalkIn = :fWalkIn', { fWalkIn: false });
  if (filter.kind === 'walkIns') where('m.isWalkIn = :fWalkIn', { fWalkIn: true });
  filter.customFields?.forEach((custom, i) => {
    const value = custom.value.trim();
    if (!value) return;
    const [match, params] =
      custom.match === 'prefix' ? startsWith(ds, `fcv${i}.value`, `fCustom${i}`, value) : [`fcv${i}.value = :fCustom${i}`, { [`fCustom${i}`]: value }];
    where(`EXISTS (SELECT 1 FROM member_custom_values fcv${i} WHERE fcv${i}.memberId = m.id AND fcv${i}.fieldId = :fField${i} AND ${match})`, {
      ...params,
      [`fField${i}`]: custom.fieldId,
    });
  });
  return qb;
}
