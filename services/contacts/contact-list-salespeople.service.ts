import type { DataSource } from 'typeorm';
import { Staff } from '../../entities';
import type { Page } from '../../graphql/connection';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { ContactScope } from '../visibility/contact-visibility';

/**
 * The 活動銷售員 filter's options: staff who hold contact members the scope lets the viewer see
 * (outside the recycle bin), by name. Staff are few; each is checked with one seek of the
 * (salespersonId, memberHidden, …) index rather than a DISTINCT over every contact member.
 */
export async function contactSalespeoplePage(ds: DataSource, scope: ContactScope, page: { first: number; after?: string | null }): Promise<Page<Staff>> {
  const build = () => {
    const qb = ds
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('EXISTS (SELECT 1 FROM campaign_members scm WHERE scm.salespersonId = s.id AND scm.memberHidden = :spHidden)', { spHidden: false });
    if (scope.kind === 'salespeople') {
      if (scope.salespersonIds.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('s.id IN (:...spScope)', { spScope: scope.salespersonIds });
    }
    return qb;
  };
  const qb = build().orderBy('s.displayName', 'ASC').addOrderBy('s.id', 'ASC').limit(page.first + 1);
  if (page.after) {
    const [name, id] = decodeCursor(page.after, 2);
    if (typeof name !== 'string' || typeof id !== 'number') throw invalidField('after', 'invalidCursor');
    qb.andWhere('(s.displayName > :afterName OR (s.displayName = :afterName AND s.id > :afterId))', { afterName: name, afterId: id });
  }
  const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
  return { nodes, hasNextPage, cursorOf: (s) => encodeCursor([s.displayName, s.id]), totalCount: () => build().getCount() };
}
