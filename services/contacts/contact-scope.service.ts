import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CampaignMember, ContactVisibility, Staff } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../errors/domain-error';
import { contactScopeFor, ruleNeedsStaff, type ContactScope } from '../visibility/contact-visibility';

type Db = DataSource | EntityManager;

/** The viewer's contact scope, from their visibility settings (or their role's default). */
export async function contactScope(db: Db, viewer: Viewer): Promise<ContactScope> {
  const rule = await db.getRepository(ContactVisibility).findOneBy({ staffId: viewer.staffId });
  const staff = rule && ruleNeedsStaff(rule) ? await db.getRepository(Staff).find({ select: { id: true, branchId: true } }) : [];
  return contactScopeFor(viewer, rule, staff);
}

/** Restricts a query over campaign_members (alias `alias`) to the scope's salespeople. */
export function applyContactScope<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, alias: string, scope: ContactScope): T {
  if (scope.kind === 'salespeople') {
    if (scope.salespersonIds.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${alias}.salespersonId IN (:...contactScopeIds)`, { contactScopeIds: scope.salespersonIds });
  }
  return qb;
}

/**
 * Limits a query that reads campaign_members as `alias` (itself, or joined from logs or
 * appointments) to the rows the scope may see, recycle-bin members left out: the one rule every
 * contact read applies.
 */
export function applyVisibleContactMembers<T extends SelectQueryBuilder<ObjectLiteral>>(qb: T, alias: string, scope: ContactScope): T {
  qb.andWhere(`${alias}.memberHidden = :${alias}Hidden`, { [`${alias}Hidden`]: false });
  return applyContactScope(qb, alias, scope);
}

/**
 * The contact members a viewer may see, as a query builder on alias `cm` with no order or limit.
 * The contact list, its count and export, the contact page, logs, follow-ups and reports all
 * start here, so visibility and the recycle bin apply the same way everywhere.
 */
export async function contactMemberQuery(db: Db, viewer: Viewer, scope?: ContactScope): Promise<SelectQueryBuilder<CampaignMember>> {
  return applyVisibleContactMembers(db.getRepository(CampaignMember).createQueryBuilder('cm'), 'cm', scope ?? (await contactScope(db, viewer)));
}

/** One contact member the viewer may see; anything else, existing or not, is NOT_FOUND. */
export async function findVisibleContactMember(db: Db, viewer: Viewer, id: number): Promise<CampaignMember> {
  const found = await (await contactMemberQuery(db, viewer)).andWhere('cm.id = :cmId', { cmId: id }).getOne();
  if (!found) throw notFound('contactMember');
  return found;
}
