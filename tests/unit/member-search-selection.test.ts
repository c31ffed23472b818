import { expect } from '@jest/globals';
import {
  canRestore, EMPTY_SELECTION, HISTORY_LIMIT, isSelected, parseSelection, restore, selectAll, selectedCount, selectionStorageKey,
  serializeSelection, setSelected, type Selection,
} from '@/components/members/search/selection';
import { filterKey, nextPage, parseSearchQuery, previousPage, sortBy } from '@/components/members/search/filter-params';

describe('member search selection', () => {
  it('starts with every row selected', () => {
    expect(isSelected(EMPTY_SELECTION, '1')).toBe(true);
    expect(selectedCount(EMPTY_SELECTION, 276)).toBe(276);
    expect(canRestore(EMPTY_SELECTION)).toBe(false);
  });

  it('unticking drops a row from the count and ticking puts it back', () => {
    const unticked = setSelected(EMPTY_SELECTION, '2', false);
    expect(isSelected(unticked, '2')).toBe(false);
    expect(isSelected(unticked, '1')).toBe(true);
    expect(selectedCount(unticked, 3)).toBe(2);
    const ticked = setSelected(unticked, '2', true);
    expect(ticked.excluded).toEqual([]);
    expect(selectedCount(ticked, 3)).toBe(3);
  });

  it('ignores a tick that changes nothing (no undo step)', () => {
    expect(setSelected(EMPTY_SELECTION, '1', true)).toBe(EMPTY_SELECTION);
    const once = setSelected(EMPTY_SELECTION, '1', false);
    expect(setSelected(once, '1', false)).toBe(once);
  });

  it('全選 clears every exclusion and 還原 brings them back', () => {
    let s: Selection = setSelected(setSelected(EMPTY_SELECTION, '2', false), '5', false);
    s = selectAll(s);
    expect(s.excluded).toEqual([]);
    expect(selectedCount(s, 10)).toBe(10);
    s = restore(s);
    expect(s.excluded).toEqual(['2', '5']);
    expect(selectedCount(s, 10)).toBe(8);
  });

  it('還原 undoes changes one at a time, back to the start', () => {
    let s = setSelected(EMPTY_SELECTION, '2', false);
    s = setSelected(s, '3', false);
    s = setSelected(s, '2', true);
    expect(s.excluded).toEqual(['3']);
    s = restore(s);
    expect(s.excluded).toEqual(['2', '3']);
    s = restore(s);
    expect(s.excluded).toEqual(['2']);
    s = restore(s);
    expect(s.excluded).toEqual([]);
    expect(canRestore(s)).toBe(false);
    expect(restore(s)).toBe(s);
  });

  it('全選 with nothing unticked is not an undo step', () => {
    expect(selectAll(EMPTY_SELECTION)).toBe(EMPTY_SELECTION);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let s = EMPTY_SELECTION;
    for (let i = 0; i < HISTORY_LIMIT + 10; i += 1) s = setSelected(s, String(i + 1), false);
    expect(s.history).toHaveLength(HISTORY_LIMIT);
    expect(s.excluded).toHaveLength(HISTORY_LIMIT + 10);
  });

  it('never counts below zero', () => {
    expect(selectedCount({ excluded: ['1', '2'], history: [] }, 1)).toBe(0);
  });

  it('round-trips through storage and shrugs off anything unreadable', () => {
    const s = selectAll(setSelected(EMPTY_SELECTION, '7', false));
    expect(parseSelection(serializeSelection(s))).toEqual(s);
    expect(parseSelection(null)).toBe(EMPTY_SELECTION);
    expect(parseSelection('not json')).toBe(EMPTY_SELECTION);
    expect(parseSelection('{"excluded":[1,2],"history":[]}')).toBe(EMPTY_SELECTION);
    expect(parseSelection('{"excluded":["1"]}')).toBe(EMPTY_SELECTION);
  });

  it('is kept per filter, so paging and sorting keep it and another filter starts afresh', () => {
    const first = parseSearchQuery({ branch: ['2', '1'], name: '陳' });
    const key = selectionStorageKey(filterKey(first.filter));
    const second = nextPage(first, 'cursor-2');
    const third = nextPage(second, 'cursor-3');
    const sorted = sortBy(third, 'NAME');
    for (const state of [second, third, previousPage(third), sorted]) {
      expect(selectionStorageKey(filterKey(state.filter))).toBe(key);
    }
    // The same filter written in another order is the same selection.
    expect(selectionStorageKey(filterKey(parseSearchQuery({ name: '陳', branch: ['1', '2'] }).filter))).toBe(key);
    expect(selectionStorageKey(filterKey(parseSearchQuery({ branch: '1', name: '陳' }).filter))).not.toBe(key);
  });
});
