import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InterestGroup, MemberGroup, SalesGroup, Staff } from '../../entities';
import type { Permission } from '../admin/permission';
import { holdsAnySql, roleKeysGranting } from '../admin/role-holders.service';
import { prefixPattern } from '../campaigns/campaign-rules';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';

type PageRequest = { first: number; after?: string | null };

/**
 * One page of a small reference list ordered by `column` then id, keyset-paged with cursor
 * [value, id]; `count` is the same query without paging.
 */
async function keysetPage<T extends ObjectLiteral & { id: number }>(
  build: () => SelectQueryBuilder<T>,
  alias: string,
  key: { column: string; direction: 'ASC' | 'DESC'; valueOf: (row: T) => string | number },
  page: PageRequest,
) {
  const column = `${alias}.${key.column}`;
  const qb = build().orderBy(column, key.direction).addOrderBy(`${alias}.id`, key.direction).take(page.first + 1);
  if (page.after) {
    const [value, id] = decodeCursor(page.after, 2);
    if (typeof id !== 'number') throw invalidField('after', 'invalidCursor');
    const op = key.direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${column} ${op} :afterValue OR (${column} = :afterValue AND ${alias}.id ${op} :afterId))`, { afterValue: value, afterId: id });
  }
  const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
  return {
    nodes,
    hasNextPage,
    cursorOf: (row: T) => encodeCursor([key.valueOf(row), row.id]),
    totalCount: () => build().getCount(),
  };
}

/** The lists the search form and pickers offer. None of them is secret from signed-in staff. */
export class LookupListsService {
  constructor(private readonly ds: DataSource) {}

  /** Member groups (levels) in their configured order, the Deleted group included. */
  memberGroups(page: PageRequest) {
    return keysetPage(() => this.ds.getRepository(MemberGroup).createQueryBuilder('g'), 'g', {
      column: 'sortOrder', direction: 'ASC', valueOf: (g) => g.sortOrder,
    }, page);
  }

  /** Interest groups by name. */
  interestGroups(page: PageRequest) {
    return keysetPage(() => this.ds.getRepository(InterestGroup).createQueryBuilder('i'), 'i', {
      column: 'name', direction: 'ASC', valueOf: (i) => i.name,
    }, page);
  }

  /** Sales groups by name (the reports' 銷售組別 filter). */
  salesGroups(page: PageRequest) {
    return keysetPage(() => this.ds.getRepository(SalesGroup).createQueryBuilder('sg'), 'sg', {
      column: 'name', direction: 'ASC', valueOf: (g) => g.name,
    }, page);
  }

  /**
   * Active staff by code, optionally of one branch, holding a role that grants a permission
   * (salesperson, beautician and supervisor pickers), or whose name, code or sign-in name contains
   * `search` (the staff access page).
   */
  async staffMembers(filter: { branchId?: number; permission?: Permission; search?: string }, page: PageRequest) {
    const search = filter.search?.trim();
    const holders = filter.permission ? holdsAnySql(this.ds, 's', await roleKeysGranting(this.ds, filter.permission)) : null;
    const build = () => {
      const qb = this.ds.getRepository(Staff).createQueryBuilder('s').where('s.active = :active', { active: true });
      if (filter.branchId) qb.andWhere('s.branchId = :branchId', { branchId: filter.branchId });
      if (search) {
        qb.andWhere("(s.code LIKE :pattern ESCAPE '!' OR s.displayName LIKE :pattern ESCAPE '!' OR s.login LIKE :pattern ESCAPE '!')", {
          pattern: `%${prefixPattern(search)}`,
        });
      }
      if (holders) qb.andWhere(holders.sql, holders.params);
      return qb;
    };
    return keysetPage(build, 's', { column: 'code', direction: 'ASC', valueOf: (s) => s.code }, page);
  }
}
