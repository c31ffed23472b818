import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Member } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { memberScopeFor } from '../visibility/member-visibility';
import type { CampaignPresence, MemberFilter } from './member-filter';
import { applyMemberScope } from './member-query';
import { normaliseNameQuery } from './member-search-keys';

/** Highest code point: `x >= p AND x < p + MAX` is "starts with p" under SQLite's binary order. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * "column starts with value" in a form each database can answer from an index: a LIKE on MySQL
 * (its collation is case-insensitive and indexes LIKE 'x%'), a range on SQLite (whose LIKE ignores
 * ordinary indexes).
 */
export function startsWith(ds: DataSource, column: string, param: string, value: string): [string, Record<string, string>] {
  if (ds.options.type === 'better-sqlite3') {
    return [`(${column} >= :${param}Lo AND ${column} < :${param}Hi)`, { [`${param}Lo`]: value, [`${param}Hi`]: value + MAX_CHAR }];
  }
  return [`${column} LIKE :${param}`, { [param]: value.replace(/[\\%_]/g, (c) => `\\${c}`) + '%' }];
}

function campaignExists(alias: string, extra = ''): string {
  return `EXISTS (SELECT 1 FROM campaign_members ${alias} WHERE ${alias}.memberId = m.id${extra})`;
}

function presence(presenceFilter: CampaignPresence, negate: boolean, param: string): [string, Record<string, number>] {
  const wantIn = (presenceFilter.kind === 'none') === negate;
  if (presenceFilter.kind === 'campaign') {
    const sql = campaignExists(`${param}_cm`, ` AND ${param}_cm.campaignId = :${param}`);
    return [negate ? `NOT ${sql}` : sql, { [param]: presenceFilter.campaignId }];
  }
  const sql = campaignExists(`${param}_cm`);
  return [wantIn ? sql : `NOT ${sql}`, {}];
}

/**
 * The members a viewer may see that match a filter, as a query builder on alias `m` with no order
 * or limit. Search pages, counts, selections, bulk actions, labels and exports all start here, so
 * visibility, the recycle bin and the Deleted group are applied the same way everywhere.
 */
export function memberSearchQuery(ds: DataSource, viewer: Viewer, filter: MemberFilter): SelectQueryBuilder<Member> {
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
  if (filter.inCampaign) where(...presence(filter.inCampaign, false, 'fInCampaign'));
  if (filter.notInCampaign) where(...presence(filter.notInCampaign, true, 'fNotInCampaign'));
  if (filter.campaignSalespersonId) {
    const sameCampaign = filter.inCampaign?.kind === 'campaign' ? ' AND fsp_cm.campaignId = :fSpCampaign' : '';
    where(campaignExists('fsp_cm', ` AND fsp_cm.salespersonId = :fSalesperson${sameCampaign}`), {
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
