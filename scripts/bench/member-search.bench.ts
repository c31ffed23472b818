import type { DataSource } from 'typeorm';
import { executeAs } from '../../graphql/execute';
import type { Viewer } from '../../services/auth/viewer';
import type { BenchCase } from './case';
import { isSqlite } from '../../db/dialect';

const NODE = 'id memberNo displayName phone branch { code } group { name }';
const LOOKUP = `query($term: String!) { quickLookup(term: $term, first: 10) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`;
const SEARCH = `query($filter: MemberFilterInput, $sort: MemberSortInput) {
  memberSearch(filter: $filter, sort: $sort, first: 50) { totalCount nodes { ${NODE} } pageInfo { hasNextPage endCursor } }
}`;

function graphql(ds: DataSource, viewer: Viewer, query: string, variables: Record<string, unknown>) {
  return async () => {
    const result = await executeAs(ds, viewer, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
}

type Sample = { memberNo: string; phone: string; searchName: string; branchId: number; groupId: number; gender: string; birthMonth: number };

/**
 * Quick lookup and member search, through GraphQL and as the plain SQL they stand for (same
 * conditions, same order and limit, the branch and group rows the list shows).
 */
export async function memberSearchCases(ds: DataSource, manager: Viewer, frontDesk: Viewer): Promise<BenchCase[]> {
  const q = (name: string) => ds.driver.escape(name);
  const sqlite = isSqlite(ds);
  const col = (name: string) => `m.${q(name)}`;
  // "Starts with" as the product writes it: a range on SQLite, LIKE on MySQL.
  const prefix = (column: string, value: string): [string, string[]] =>
    sqlite ? [`(${col(column)} >= ? AND ${col(column)} < ?)`, [value, value + '\u{10FFFF}']] : [`${col(column)} LIKE ?`, [`${value}%`]];

  // A member from the middle of the generated ones, of the front desk's branch, gives realistic search values.
  const [sample] = (await ds.query(
    `SELECT ${['memberNo', 'phone', 'searchName', 'branchId', 'groupId', 'gender', 'birthMonth'].map(col).join(', ')} FROM ${q('members')} m
     WHERE ${col('branchId')} = ? AND ${col('birthMonth')} IS NOT NULL ORDER BY ${col('id')} LIMIT 1 OFFSET 1000`,
    [frontDesk.branchId],
  )) as Sample[];
  const [{ deletedGroupId }] = await ds.query(`SELECT ${q('id')} AS ${q('deletedGroupId')} FROM ${q('member_groups')} WHERE ${q('isDeletedGroup')} = ?`, [true]);
  const columns = ['id', 'memberNo', 'lastName', 'firstName', 'englishName', 'phone', 'branchId', 'groupId'].map(col).join(', ');
  const lookups = async (rows: Array<{ branchId: number; groupId: number }>) => {
    if (!rows.length) return;
    await ds.query(`SELECT * FROM ${q('branches')} WHERE ${q('id')} IN (${[...new Set(rows.map((r) => r.branchId))].join(',')})`);
    await ds.query(`SELECT * FROM ${q('member_groups')} WHERE ${q('id')} IN (${[...new Set(rows.map((r) => r.groupId))].join(',')})`);
  };
  // What every member query carries: visibility, the recycle bin and the Deleted group.
  const visible = (viewer: Viewer, withDeletedGroup = false): [string, unknown[]] => {
    const parts = [`${col('deletedAt')} IS NULL`];
    const params: unknown[] = [];
    if (viewer === frontDesk) {
      parts.push(`${col('branchId')} IN (?)`);
      params.push(frontDesk.branchId);
    }
    if (!withDeletedGroup) {
      parts.push(`${col('groupId')} <> ?`);
      params.push(deletedGroupId);
    }
    return [parts.join(' AND '), params];
  };
  // For filters that match a large share of members, the hand-written query names the sort
  // column's index, as a person tuning it would; otherwise both databases sort every match.
  const memberNoIndex = sqlite ? 'INDEXED BY sqlite_autoindex_members_1' : `FORCE INDEX (${q('IDX_23f311d3b70a78784468fc0953')})`;
  const lookupSql = (where: string, params: unknown[], hint = '') => async () => {
    const [v, vp] = visible(frontDesk);
    await lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m ${hint} WHERE ${v} AND ${where} ORDER BY ${col('memberNo')} LIMIT 11`, [...vp, ...params]));
  };
  const pageSql = (where: string, params: unknown[], hint = '') => async () => {
    const [v, vp] = visible(manager, true);
    await lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m ${hint} WHERE ${v} AND ${where} ORDER BY ${col('memberNo')} LIMIT 51`, [...vp, ...params]));
    await ds.query(`SELECT COUNT(*) AS c FROM ${q('members')} m WHERE ${v} AND ${where}`, [...vp, ...params]);
  };

  const phone4 = sample.phone.slice(0, 4);
  const [p1, p1p] = prefix('phone', phone4);
  const [p2, p2p] = prefix('phone2', phone4);
  const [full1, full1p] = prefix('phone', sample.phone);
  const [full2, full2p] = prefix('phone2', sample.phone);
  const [no, nop] = prefix('memberNo', sample.memberNo);
  const [noName, noNameP] = prefix('searchName', sample.memberNo.toLowerCase());
  const [noAlt, noAltP] = prefix('searchNameAlt', sample.memberNo.toLowerCase());
  // What the front desk types: the start of a name; the search form gets the whole name.
  const name = sample.searchName.slice(0, 4);
  const [nameNo, nameNoP] = prefix('memberNo', name);
  const [n1, n1p] = prefix('searchName', name);
  const [n2, n2p] = prefix('searchNameAlt', name);
  const fullName = sample.searchName;
  const [f1, f1p] = prefix('searchName', fullName);
  const [f2, f2p] = prefix('searchNameAlt', fullName);
  const filtered = { branchIds: [String(sample.branchId)], groupIds: [String(sample.groupId)], gender: sample.gender === 'F' ? 'FEMALE' : 'MALE' };
  const filteredWhere = `${col('branchId')} IN (?) AND ${col('groupId')} IN (?) AND ${col('gender')} = ?`;
  const filteredParams = [sample.branchId, sample.groupId, sample.gender];

  return [
    {
      name: `quick lookup by phone prefix "${phone4}" (front desk)`,
      graphql: graphql(ds, frontDesk, LOOKUP, { term: phone4 }),
      sql: lookupSql(`(${p1} OR ${p2} OR ${col('memberNo')} = ?)`, [...p1p, ...p2p, phone4]),
    },
    {
      name: 'quick lookup by whole phone number (front desk)',
      graphql: graphql(ds, frontDesk, LOOKUP, { term: sample.phone }),
      sql: lookupSql(`(${full1} OR ${full2} OR ${col('memberNo')} = ?)`, [...full1p, ...full2p, sample.phone]),
    },
    {
      name: `quick lookup by member number "${sample.memberNo}" (front desk)`,
      graphql: graphql(ds, frontDesk, LOOKUP, { term: sample.memberNo }),
      sql: lookupSql(`(${no} OR ${noName} OR ${noAlt})`, [...nop, ...noNameP, ...noAltP]),
    },
    {
      name: `quick lookup by name "${name}" (front desk)`,
      graphql: graphql(ds, frontDesk, LOOKUP, { term: name }),
      sql: lookupSql(`(${nameNo} OR ${n1} OR ${n2})`, [...nameNoP, ...n1p, ...n2p], memberNoIndex),
    },
    {
      name: `member search by name "${fullName}", page of 50 by name + total count (manager)`,
      graphql: graphql(ds, manager, SEARCH, { filter: { name: fullName }, sort: { field: 'NAME', direction: 'ASC' } }),
      sql: async () => {
        const [v, vp] = visible(manager);
        const where = `${v} AND (${f1} OR ${f2})`;
        const params = [...vp, ...f1p, ...f2p];
        await lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m WHERE ${where} ORDER BY ${col('searchName')}, ${col('id')} LIMIT 51`, params));
        await ds.query(`SELECT COUNT(*) AS c FROM ${q('members')} m WHERE ${where}`, params);
      },
    },
    {
      name: 'member search branch + group + gender, page of 50 + total count (manager)',
      graphql: graphql(ds, manager, SEARCH, { filter: filtered }),
      sql: pageSql(filteredWhere, filteredParams, memberNoIndex),
    },
    {
      name: 'member search branch + group + gender + birth month, page of 50 + total count (manager)',
      graphql: graphql(ds, manager, SEARCH, { filter: { ...filtered, birthMonth: sample.birthMonth } }),
      sql: pageSql(`${filteredWhere} AND ${col('birthMonth')} = ?`, [...filteredParams, sample.birthMonth]),
    },
    {
      name: 'member search branch + birth month, page of 50 by join date (newest first) + total count (manager)',
      graphql: graphql(ds, manager, SEARCH, { filter: { branchIds: [String(sample.branchId)], birthMonth: sample.birthMonth }, sort: { field: 'JOINED_AT', direction: 'DESC' } }),
      sql: async () => {
        const [v, vp] = visible(manager);
        const where = `${v} AND ${col('branchId')} IN (?) AND ${col('birthMonth')} = ?`;
        const params = [...vp, sample.branchId, sample.birthMonth];
        const createdAtIndex = sqlite ? 'INDEXED BY idx_members_created_at' : `FORCE INDEX (${q('idx_members_created_at')})`;
        await lookups(await ds.query(`SELECT ${columns} FROM ${q('members')} m ${createdAtIndex} WHERE ${where} ORDER BY ${col('createdAt')} DESC, ${col('id')} DESC LIMIT 51`, params));
        await ds.query(`SELECT COUNT(*) AS c FROM ${q('members')} m WHERE ${where}`, params);
      },
    },
  ];
}
