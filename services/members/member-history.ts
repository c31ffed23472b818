/**
 * The member's history (ประวัติลูกค้า) as one newest-first timeline merged from per-source keyset
 * streams: visits, bookings, invoices, returns, contact logs and level changes each come from their own table in
 * their own order, so each source is read with its own index and the merge happens here.
 */

export const HISTORY_KINDS = ['VISIT', 'BOOKING', 'INVOICE', 'RETURN', 'CONTACT', 'LEVEL'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Kinds only a viewer who may see sales reads. */
export const SALES_KINDS: readonly HistoryKind[] = ['INVOICE', 'RETURN'];

/**
 * A row's place in the timeline: newer first; at the same instant a fixed kind order (so rows of
 * different sources never tie), then the higher id first.
 */
export type HistoryKey = { at: number; kind: HistoryKind; id: number };

const rank = (kind: HistoryKind) => HISTORY_KINDS.indexOf(kind);

/** Negative when `a` comes before `b` in the timeline. */
export function compareHistoryKeys(a: HistoryKey, b: HistoryKey): number {
  return b.at - a.at || rank(a.kind) - rank(b.kind) || b.id - a.id;
}

/**
 * How one source's rows after the cursor are bounded, in its own (at, id) order. Sources ranked
 * after the cursor's kind may share its instant; those ranked before must be strictly older.
 */
export type SourceBound =
  | { op: 'atMost'; at: Date }
  | { op: 'before'; at: Date }
  | { op: 'beforeRow'; at: Date; id: number };

export function boundFor(kind: HistoryKind, cursor: HistoryKey): SourceBound {
  const at = new Date(cursor.at);
  const order = rank(kind) - rank(cursor.kind);
  if (order > 0) return { op: 'atMost', at };
  if (order < 0) return { op: 'before', at };
  return { op: 'beforeRow', at, id: cursor.id };
}

/**
 * The kinds read for a request: those asked for (all when none), less the sales kinds for a
 * viewer without sales — their rows are left out, not refused, so one page serves every role.
 */
export function kindsToRead(asked: readonly HistoryKind[] | null | undefined, canSeeSales: boolean): HistoryKind[] {
  const wanted = asked && asked.length ? new Set(asked) : new Set(HISTORY_KINDS);
  return HISTORY_KINDS.filter((kind) => wanted.has(kind) && (canSeeSales || !SALES_KINDS.includes(kind)));
}

/**
 * The page of the merged timeline from per-source streams, each already after the cursor, newest
 * first, and holding up to `first + 1` rows: then the first `first` merged rows are exact, and a
 * further row in any stream means another page follows.
 */
export function mergeHistory<T extends { key: HistoryKey }>(streams: ReadonlyArray<readonly T[]>, first: number): { nodes: T[]; hasNextPage: boolean } {
  const all = streams.flat().sort((a, b) => compareHistoryKeys(a.key, b.key));
  return { nodes: all.slice(0, first), hasNextPage: all.length > first };
}

/** The cursor's text: the key as a short JSON array. */
export function historyCursorText(key: HistoryKey): string {
  return JSON.stringify([new Date(key.at).toISOString(), key.kind, key.id]);
}

/** The key a cursor's text names, or null when it names none. */
export function parseHistoryCursorText(text: string): HistoryKey | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [iso, kind, id] = value;
  const at = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(at) || !(HISTORY_KINDS as readonly unknown[]).includes(kind) || !Number.isSafeInteger(id) || id < 1) return null;
  return { at, kind: kind as HistoryKind, id };
}
