import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Member, MemberSelection } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../errors/domain-error';
import type { MemberFilter } from '../members/member-filter';
import { campaignFilterScope, memberSearchQuery } from '../members/member-search-query.service';
import type { ContactScope } from '../visibility/contact-visibility';
import { countMembers } from '../members/member-search.service';

/**
 * The id lists are stored as JSON in TEXT columns (64 KiB on MySQL): 5,000 ids of up to ten
 * digits stay well inside that, and nobody unticks more rows than that one by one.
 */
export const SELECTION_IDS_MAX = 5_000;

/** Ids per `IN (…)` list when looking ids up in the database, so no statement grows with the selection. */
const ID_CHUNK = 1_000;

export type MemberSelectionInput = {
  filter: MemberFilter;
  /** Rows the user unticked ("從搜尋結果中移除"). */
  excludedIds?: number[] | null;
  /** Rows picked one by one; when given, only these (that still match the filter) are selected. */
  includedIds?: number[] | null;
};

export type Selection = {
  id: number;
  ownerId: number;
  filter: MemberFilter;
  excludedIds: number[];
  includedIds: number[] | null;
};

function uniqueIds(ids: number[] | null | undefined, field: string): number[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > SELECTION_IDS_MAX) throw invalidField(field, 'tooMany', { max: SELECTION_IDS_MAX });
  return unique.sort((a, b) => a - b);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function fromRow(row: MemberSelection): Selection {
  return {
    id: row.id,
    ownerId: row.ownerId,
    filter: JSON.parse(row.filter) as MemberFilter,
    excludedIds: JSON.parse(row.excludedIds) as number[],
    includedIds: row.includedIds === null ? null : (JSON.parse(row.includedIds) as number[]),
  };
}

/**
 * The members of a selection the viewer may see, on alias `m`, with no order or limit. Included
 * ids go through the same search query, so a crafted list cannot reach another branch's member,
 * the recycle bin or (unless the filter chose it) the Deleted group. Excluded ids are not part of
 * this query: callers drop them per batch (see `selectionIdBatches`) so the SQL stays the same
 * size however many rows were unticked.
 */
function selectionBaseQuery(ds: DataSource, viewer: Viewer, selection: Selection, scope: ContactScope | null): SelectQueryBuilder<Member> {
  return memberSearchQuery(ds, viewer, selection.filter, scope);
}

/**
 * Member ids of a selection in ascending order, `batchSize` at a time, by keyset on id: each
 * batch is one indexed range query whatever the selection's size, and rows changed by an earlier
 * batch (e.g. moved out of the filtered group) do not shift later ones. Starts after `afterId`.
 */
export async function* selectionIdBatches(
  ds: DataSource,
  viewer: Viewer,
  selection: Selection,
  batchSize: number,
  afterId = 0,
): AsyncGenerator<number[]> {
  const scope = await campaignFilterScope(ds, viewer, selection.filter);
  if (selection.includedIds) {
    for (const chunk of chunks(selection.includedIds.filter((id) => id > afterId), batchSize)) {
      const rows = await selectionBaseQuery(ds, viewer, selection, scope)
        .select('m.id', 'id')
        .andWhere('m.id IN (:...selIncluded)', { selIncluded: chunk })
        .orderBy('m.id', 'ASC')
        .getRawMany<{ id: number | string }>();
      const ids = rows.map((r) => Number(r.id));
      if (ids.length) yield ids;
    }
    return;
  }
  const excluded = new Set(selection.excludedIds);
  let cursor = afterId;
  for (;;) {
    const rows = await selectionBaseQuery(ds, viewer, selection, scope)
      .select('m.id', 'id')
      .andWhere('m.id > :selAfter', { selAfter: cursor })
      .orderBy('m.id', 'ASC')
      .limit(batchSize)
      .getRawMany<{ id: number | string }>();
    if (!rows.length) return;
    const ids = rows.map((r) => Number(r.id));
    cursor = ids[ids.length - 1];
    const kept = ids.filter((id) => !excluded.has(id));
    if (kept.length) yield kept;
    if (rows.length < batchSize) return;
  }
}

/** How many members the selection holds for this viewer now. */
export async function countSelection(ds: DataSource, viewer: Viewer, selection: Selection): Promise<number> {
  const scope = await campaignFilterScope(ds, viewer, selection.filter);
  const matching = async (ids: number[]) => {
    let count = 0;
    for (const chunk of chunks(ids, ID_CHUNK)) {
      count += await countMembers(selectionBaseQuery(ds, viewer, selection, scope).andWhere('m.id IN (:...selIds)', { selIds: chunk }));
    }
    return count;
  };
  if (selection.includedIds) return matching(selection.includedIds);
  const all = await countMembers(selectionBaseQuery(ds, viewer, selection, scope));
  return selection.excludedIds.length ? all - (await matching(selection.excludedIds)) : all;
}

/** Stores the viewer's current result (filter, unticked rows or picked rows) and counts it. */
export async function saveMemberSelection(
  ds: DataSource,
  viewer: Viewer,
  input: MemberSelectionInput,
): Promise<{ id: number; count: number }> {
  const excludedIds = uniqueIds(input.excludedIds, 'excludedIds');
  const excluded = new Set(excludedIds);
  const includedIds = input.includedIds ? uniqueIds(input.includedIds, 'includedIds').filter((id) => !excluded.has(id)) : null;
  const row = await ds.getRepository(MemberSelection).save({
    ownerId: viewer.staffId,
    filter: JSON.stringify(input.filter),
    excludedIds: JSON.stringify(includedIds ? [] : excludedIds),
    includedIds: includedIds ? JSON.stringify(includedIds) : null,
  });
  const selection = fromRow(row);
  return { id: selection.id, count: await countSelection(ds, viewer, selection) };
}

/** A selection of the viewer's own; anybody else's is NOT_FOUND, as if it did not exist. */
export async function loadMemberSelection(ds: DataSource, viewer: Viewer, id: number): Promise<Selection> {
  const row = await ds.getRepository(MemberSelection).findOneBy({ id, ownerId: viewer.staffId });
  if (!row) throw notFound('memberSelection');
  return fromRow(row);
}
