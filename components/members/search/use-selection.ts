'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseSelection, selectionStorageKey, serializeSelection, type Selection } from './selection';

const listeners = new Set<() => void>();
// Used when sessionStorage refuses (private mode, quota): the selection then lasts the page's life.
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    memory.set(key, value);
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The selection of the search with this filter key, kept in sessionStorage so it survives paging,
 * re-sorting and reloads within the tab. The server render has none (all rows selected).
 */
export function useSelection(filterKey: string): [Selection, (change: (selection: Selection) => Selection) => void] {
  const key = selectionStorageKey(filterKey);
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const selection = useMemo(() => parseSelection(raw), [raw]);
  const update = useCallback(
    (change: (selection: Selection) => Selection) => {
      const current = parseSelection(read(key));
      const next = change(current);
      if (next !== current) write(key, serializeSelection(next));
    },
    [key],
  );
  return [selection, update];
}
