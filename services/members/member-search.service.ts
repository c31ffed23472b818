import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Member } from '../../entities';
import { entitiesById } from '../../db/entity-rows';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { MemberFilter } from './member-filter';
import { campaignFilterScope, memberSearchQuery } from './member-search-query.service';
import { isSqlite } from '../../db/dialect';

export type MemberSortField = 'memberNo' | 'name' | 'joinedAt';
export type MemberSort = { field: MemberSortField; direction: 'ASC' | 'DESC' };

export const DEFAULT_MEMBER_SORT: MemberSort = { field: 'memberNo', direction: 'ASC' };

/**
 * How many rows of the sort column's index a page first walks, in order, keeping the matches
 * (then as many more as the matches found suggest a page needs, up to ten times as many). Unselective filters fill a page this
 * way; selective ones (a phone prefix) find too few and are then read through their own index
 * and sorted, which is cheap because they match few rows. Left to themselves both databases read unselective filters
 * through their index and sort tens of thousands of matches.
 */
export const ORDERED_WALK_ROWS = 2_000;

/** Each sort key is an indexed column; the index also holds the id, so key + id pages come off it in order. */
const SORT_COLUMN: Record<MemberSortField, string> = {
  memberNo: 'm.memberNo',
  name: 'm.searchName',
  joinedAt: 'm.createdAt',
};

/** The sort columns' indexes (the member number's is its unique constraint's, named by each database). */
const SORT_INDEX: Record<'sqlite' | 'mysql', Record<MemberSortField, string>> = {
  sqlite: { memberNo: 'sqlite_autoindex_members_1', name: 'idx_members_search_name', joinedAt: 'idx_members_created_at' },
  mysql: { memberNo: 'IDX_23f311d3b70a78784468fc0953', name: 'idx_members_search_name', joinedAt: 'idx_members_created_at' },
};

/**
 * The sort value as the database holds it, for the cursor. MySQL keeps join times to the
 * microsecond, beyond a JS Date, so a cursor built from the entity would repeat rows.
 */
function sortKeyExpression(ds: DataSource, field: MemberSortField): string {
  if (field === 'joinedAt' && !isSqlite(ds)) return "DATE_FORMAT(m.createdAt, '%Y-%m-%d %H:%i:%s.%f')";
  return SORT_COLUMN[field];
}

/** Count without TypeORM's getCount, which counts DISTINCT ids: the query has no joins, and plain COUNT(*) is much cheaper. */
export async function countMembers(qb: SelectQueryBuilder<Member>): Promise<number> {
  const row = await qb.select('COUNT(*)', 'c').orderBy().getRawOne<{ c: number | string }>();
  return Number(row?.c ?? 0);
}

/** Columns a member filter may test, as the walk's derived table offers them. */
const WALK_COLUMNS = [
  'id', 'memberNo', 'searchName', 'searchNameAlt', 'createdAt', 'branchId', 'groupId', 'gender', 'idCard',
  'phone', 'phone2', 'birthMonth', 'isWalkIn', 'deletedAt',
];

export type SortCursor = { value: string; id: number };

/**
 * Member numbers are unique, so they need no id to break ties; MariaDB cannot read a unique
 * index in (column, id) order and would sort the whole table instead.
 */
const needsTieBreak = (sort: MemberSort) => sort.field !== 'memberNo';

function afterCondition(column: string, sort: MemberSort): string {
  const op = sort.direction === 'ASC' ? '>' : '<';
  if (!needsTieBreak(sort)) return `${column} ${op} :afterValue`;
  // A range on the sort column plus a tie-break, rather than OR alone, so both databases seek the index.
  return `(${column} ${op}= :afterValue AND (${column} ${op} :afterValue OR m.id ${op} :afterId))`;
}

/**
 * The query with `members m` replaced by the next `rows` rows of the sort index (from the
 * cursor on), so the database tests the filter on those rows only.
 */
function walkSortIndex(ds: DataSource, sql: string, params: unknown[], sort: MemberSort, after: SortCursor | null, rows: number): [string, unknown[]] {
  const e = (name: string) => ds.driver.escape(name);
  const sqlite = isSqlite(ds);
  const from = `FROM ${e('members')} ${e('m')}`;
  if (!sql.includes(from)) throw new Error('Unexpected member query shape');
  const index = SORT_INDEX[sqlite ? 'sqlite' : 'mysql'][sort.field];
  const column = `${e('m')}.${e(SORT_COLUMN[sort.field].slice(2))}`;
  const op = sort.direction === 'ASC' ? '>' : '<';
  const inner = [
    `SELECT ${WALK_COLUMNS.map((c) => `${e('m')}.${e(c)}`).join(', ')}`,
    `${from} ${sqlite ? `INDEXED BY ${e(index)}` : `FORCE INDEX (${e(index)})`}`,
    after && needsTieBreak(sort) ? `WHERE ${column} ${op}= ? AND (${column} ${op} ? OR ${e('m')}.${e('id')} ${op} ?)` : '',
    after && !needsTieBreak(sort) ? `WHERE ${column} ${op} ?` : '',
    `ORDER BY ${column} ${sort.direction}${needsTieBreak(sort) ? `, ${e('m')}.${e('id')} ${sort.direction}` : ''} LIMIT ${Math.floor(rows)}`,
  ].join(' ');
  const afterParams = !after ? [] : needsTieBreak(sort) ? [after.value, after.value, after.id] : [after.value];
  return [sql.replace(from, `FROM (${inner}) ${e('m')}`), [...afterParams, ...params]];
}

/**
 * The first `limit` members of a member query after `after`, in `sort` order with the id as
 * tie-breaker, each with its sort key as the database holds it (for the next cursor). Reads ids
 * and keys first (walking the sort index, else through the filter's own index), then the members
 * by primary key.
 */
export async function orderedMembers(
  ds: DataSource,
  build: () => SelectQueryBuilder<Member>,
  sort: MemberSort,
  limit: number,
  after: SortCursor | null = null,
  walkRows = ORDERED_WALK_ROWS,
): Promise<Array<{ member: Member; sortKey: string }>> {
  const column = SORT_COLUMN[sort.field];
  const qb = build()
    .select('m.id', 'id')
    .addSelect(sortKeyExpression(ds, sort.field), 'sortKey')
    .orderBy(column, sort.direction)
    .limit(limit);
  if (needsTieBreak(sort)) qb.addOrderBy('m.id', sort.direction);
  if (after) qb.andWhere(afterCondition(column, sort), { afterValue: after.value, afterId: after.id });
  const [sql, params] = qb.getQueryAndParameters();
  let rows: Array<{ id: number | string; sortKey: unknown }> = [];
  if (walkRows > 0) {
    rows = await ds.query(...walkSortIndex(ds, sql, params, sort, after, walkRows));
    // Some matches but not a page: walk as far as their rate says a page takes, with a margin, if
    // that is within ten times the first walk (MySQL reads a walk whole, so it must not overshoot).
    if (rows.length < limit && rows.length * 10 >= limit) {
      const needed = Math.ceil(((walkRows * limit) / rows.length) * 1.5);
      rows = await ds.query(...walkSortIndex(ds, sql, params, sort, after, Math.min(needed, walkRows * 10)));
    }
  }
  if (rows.length < limit) rows = await ds.query(sql, params);
  if (!rows.length) return [];
  const members = new Map((await entitiesById(ds, Member, rows.map((r) => Number(r.id)))).map((m) => [m.id, m]));
  return rows.flatMap((r) => {
    const member = members.get(Number(r.id));
    return member ? [{ member, sortKey: String(r.sortKey) }] : [];
  });
}

export class MemberSearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly walkRows = ORDERED_WALK_ROWS,
  ) {}

  /**
   * A page of the members the viewer may see matching `filter`, in `sort` order with the id as
   * tie-breaker. Keyset paging (cursor = [sort value, id]) keeps deep pages as cheap as the first
   * and stable while members are added; the total is counted only when asked for.
   */
  async search(viewer: Viewer, filter: MemberFilter, sort: MemberSort, page: { first: number; after?: string | null }) {
    let after: SortCursor | null = null;
    if (page.after) {
      const [value, id] = decodeCursor(page.after, 2);
      if (typeof value !== 'string' || typeof id !== 'number') throw invalidField('after', 'invalidCursor');
      after = { value, id };
    }
    const scope = await campaignFilterScope(this.ds, viewer, filter);
    const rows = await orderedMembers(this.ds, () => memberSearchQuery(this.ds, viewer, filter, scope), sort, page.first + 1, after, this.walkRows);
    const { nodes, hasNextPage } = sliceWithLookahead(rows, page.first);
    const sortKeys = new Map(nodes.map((row) => [row.member.id, row.sortKey]));
    return {
      nodes: nodes.map((row) => row.member),
      hasNextPage,
      cursorOf: (member: Member) => encodeCursor([sortKeys.get(member.id) ?? '', member.id]),
      totalCount: () => countMembers(memberSearchQuery(this.ds, viewer, filter, scope)),
    };
  }
}
