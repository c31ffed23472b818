'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { parseFoldedGroups, serializeFoldedGroups, toggleGroup, type ColumnGroup } from './column-groups';

/** Where the browser remembers the folded groups: one choice for every view and every visit. */
const STORAGE_KEY = 'reports.analysis.foldedGroups';
const listeners = new Set<() => void>();
/** The choice when the browser refuses storage (private mode, a policy): it lasts for this page only. */
let unstored = '';

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return unstored;
  }
}

function subscribe(listener: () => void): () => void {
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/**
 * The analysis table's folded column groups, remembered in this browser. The server and the
 * first render show every group (so hydration matches); the remembered choice follows.
 */
export function useFoldedGroups(): [ColumnGroup[], (group: ColumnGroup) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => '');
  const toggle = useCallback((group: ColumnGroup) => {
    const next = serializeFoldedGroups(toggleGroup(parseFoldedGroups(read()), group));
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      unstored = next;
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [parseFoldedGroups(raw), toggle];
}
