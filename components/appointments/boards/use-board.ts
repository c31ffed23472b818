'use client';

import { useLocale } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { loadBoard, runAction, saveNote, type AttendanceAction, type BoardKind, type BoardPage, type NoteField } from './board-queries';

export type Notice = { kind: 'success' | 'error'; text: string } | null;

/** How often a board re-reads itself, so other desks' arrivals show and minutes stay right. */
export const REFRESH_MS = 60_000;

/**
 * A board's rows for a branch and day, re-read every minute and after each action; notes are
 * patched into the row in place so an open editor elsewhere is not disturbed.
 */
export function useBoard(kind: BoardKind, branchId: string, date: string) {
  const locale = useLocale();
  const key = `${kind}:${branchId}:${date}:${locale}`;
  const [loaded, setLoaded] = useState<{ key: string; page: BoardPage | null; error: string | null; readAt: number } | null>(null);
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadBoard(kind, branchId, date, locale).then(
      (page) => !cancelled && setLoaded({ key, page, error: null, readAt: Date.now() }),
      (error: unknown) => !cancelled && setLoaded({ key, page: null, error: error instanceof Error ? error.message : String(error), readAt: Date.now() }),
    );
    return () => {
      cancelled = true;
    };
  }, [kind, branchId, date, locale, key, reloads]);

  useEffect(() => {
    const timer = setInterval(() => setReloads((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const act = useCallback(
    async (action: AttendanceAction, id: string): Promise<Notice> => {
      setBusy(id);
      try {
        await runAction(action, id, locale);
        setReloads((n) => n + 1);
        return null;
      } catch (error) {
        return { kind: 'error', text: error instanceof Error ? error.message : String(error) };
      } finally {
        setBusy(null);
      }
    },
    [locale],
  );

  const note = useCallback(
    async (id: string, field: NoteField, text: string) => {
      const saved = await saveNote(id, field, text, locale);
      setLoaded((current) =>
        current?.page ? { ...current, page: { ...current.page, nodes: current.page.nodes.map((r) => (r.id === id ? { ...r, ...saved } : r)) } } : current,
      );
    },
    [locale],
  );

  const current = loaded?.key === key ? loaded : null;
  return { page: current?.page ?? null, error: current?.error ?? null, loading: !current, readAt: current?.readAt ?? 0, busy, act, note };
}
