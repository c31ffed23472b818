import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import { encodeCursor } from '../../services/pagination/cursor';
import type { BenchCase } from './case';

const PAGE = `query($first: Int!, $after: String) {
  members(first: $first, after: $after) {
    nodes { id memberNo displayName phone branch { code } group { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PAGE_WITH_COUNT = PAGE.replace('pageInfo {', 'totalCount pageInfo {');

function graphql(ds: DataSource, viewer: Viewer, query: string, variables: Record<string, unknown>) {
  return async () => {
    const result = await executeAs(ds, viewer, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
}

/** The members connection, through GraphQL and as the plain SQL it stands for. */
export async function memberCases(ds: DataSource, manager: Viewer, salesperson: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const [{ maxId }] = await ds.query(`SELECT MAX(${q('id')}) AS ${q('maxId')} FROM ${q('members')}`);
  const deepCursor = encodeCursor([Number(maxId) - 1000]);
  const columns = `m.${q('id')}, m.${q('memberNo')}, m.${q('lastName')}, m.${q('firstName')}, m.${q('phone')}, m.${q('branchId')}, m.${q('groupId')}`;
  // The same conditions the product applies to every member list: not in the recycle bin, not in the Deleted group.
  const live = `m.${q('deletedAt')} IS NULL AND m.${q('groupId')} NOT IN (SELECT dg.${q('id')} FROM ${q('member_groups')} dg WHERE dg.${q('isDeletedGroup')} = 1)`;
  const lookups = async (rows: Array<{ branchId: number; groupId: number }>) => {
    await ds.query(`SELECT * FROM ${q('branches')} WHERE ${q('id')} IN (${[...new Set(rows.map((r) => r.branchId))].join(',')})`);
    await ds.query(`SELECT * FROM ${q('member_groups')} WHERE ${q('id')} IN (${[...new Set(rows.map((r) => r.groupId))].join(',')})`);
  };
  return [
    {
      name: 'members page of 50 (manager)',
      graphql: graphql(ds, manager, PAGE, { first: 50 }),
      sql: async () => lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m WHERE ${live} ORDER BY m.${q('id')} LIMIT 51`)),
    },
    {
      name: 'members page of 50 after 1,000 from the end (manager)',
      graphql: graphql(ds, manager, PAGE, { first: 50, after: deepCursor }),
      sql: async () =>
        lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m WHERE ${live} AND m.${q('id')} > ? ORDER BY m.${q('id')} LIMIT 51`, [Number(maxId) - 1000])),
    },
    {
      name: 'members page of 50 of own branch (salesperson)',
      graphql: graphql(ds, salesperson, PAGE, { first: 50 }),
      sql: async () =>
        lookups(
          await ds.query(`SELECT ${columns} FROM ${q('members')} m WHERE ${live} AND m.${q('branchId')} IN (?) ORDER BY m.${q('id')} LIMIT 51`, [
            salesperson.branchId,
          ]),
        ),
    },
    {
      name: 'members page of 50 + total count of own branch (salesperson)',
      graphql: graphql(ds, salesperson, PAGE_WITH_COUNT, { first: 50 }),
      sql: async () => {
        await lookups(
          await ds.query(`SELECT ${columns} FROM ${q('members')} m WHERE ${live} AND m.${q('branchId')} IN (?) ORDER BY m.${q('id')} LIMIT 51`, [
            salesperson.branchId,
          ]),
        );
        await ds.query(`SELECT COUNT(*) AS c FROM ${q('members')} m WHERE ${live} AND m.${q('branchId')} IN (?)`, [salesperson.branchId]);
      },
    },
  ];
}
