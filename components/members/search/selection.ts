/**
 * Which rows of a search result are selected for bulk actions. Every row of the result starts
 * selected; staff untick the few they want left out ("從搜尋結果中移除"), so the selection is the
 * filter minus a list of excluded ids. That list does not depend on the page shown, so it survives
 * paging and re-sorting. 全選 clears it; 還原 undoes the last change (an untick, a re-tick or 全選).
 */
export type Selection = {
  /** Ids of rows unticked, in the order they were unticked. */
  excluded: string[];
  /** Earlier values of `excluded`, most recent last, for 還原. */
  history: string[][];
};

export const EMPTY_SELECTION: Selection = { excluded: [], history: [] };

/** Enough undo steps for a working session without letting stored state grow without bound. */
export const HISTORY_LIMIT = 50;

function withExcluded(selection: Selection, excluded: string[]): Selection {
  return { excluded, history: [...selection.history, selection.excluded].slice(-HISTORY_LIMIT) };
}

export function isSelected(selection: Selection, id: string): boolean {
  return !selection.excluded.includes(id);
}

/** Ticks (selected = true) or unticks one row. */
export function setSelected(selection: Selection, id: string, selected: boolean): Selection {
  if (isSelected(selection, id) === selected) return selection;
  return withExcluded(selection, selected ? selection.excluded.filter((x) => x !== id) : [...selection.excluded, id]);
}

/** 全選: every row of the result selected again. */
export function selectAll(selection: Selection): Selection {
  return selection.excluded.length ? withExcluded(selection, []) : selection;
}

export function canRestore(selection: Selection): boolean {
  return selection.history.length > 0;
}

/** 還原: back to the selection before the last change. */
export function restore(selection: Selection): Selection {
  if (!canRestore(selection)) return selection;
  return { excluded: selection.history[selection.history.length - 1], history: selection.history.slice(0, -1) };
}

/** How many of a result's `total` rows are selected. */
export function selectedCount(selection: Selection, total: number): number {
  return Math.max(0, total - selection.excluded.length);
}

/** Where a search's selection is kept in sessionStorage, per filter (see `filterKey`). */
export function selectionStorageKey(filterKey: string): string {
  return `member-search-selection:${filterKey}`;
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A stored selection, or the empty one when nothing (or something unreadable) is stored. */
export function parseSelection(raw: string | null): Selection {
  if (!raw) return EMPTY_SELECTION;
  try {
    const value = JSON.parse(raw) as Partial<Selection>;
    if (isIdList(value.excluded) && Array.isArray(value.history) && value.history.every(isIdList)) {
      return { excluded: value.excluded, history: value.history.slice(-HISTORY_LIMIT) };
    }
  } catch {
    // unreadable: start afresh below
  }
  return EMPTY_SELECTION;
}

export function serializeSelection(selection: Selection): string {
  return JSON.stringify(selection);
}
