import type { SelectQueryBuilder } from 'typeorm';
import type { Member } from '../../entities';
import type { MemberScope } from '../visibility/member-visibility';

/**
 * Restricts a member query to what the viewer may see. Every query that reads members goes
 * through here, so a page, report or export cannot forget it.
 */
export function applyMemberScope<T extends SelectQueryBuilder<Member>>(qb: T, alias: string, scope: MemberScope): T {
  if (scope.kind === 'branches') {
    if (scope.branchIds.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${alias}.branchId IN (:...scopeBranchIds)`, { scopeBranchIds: scope.branchIds });
  }
  return qb;
}
