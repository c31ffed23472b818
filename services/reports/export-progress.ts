/**
 * How far a report export has got, for the page to poll while the browser downloads the file.
 * Held in this process (the app runs as one Next.js process, as the bulk job queue assumes), keyed
 * by the exporting staff member and an id the client picked, so nobody reads another's progress.
 */

/** What the page polls. */
export type ExportProgress = {
  id: string;
  rowsWritten: number;
  /** Rows of every chosen view; 0 until they are counted, before the first row is written. */
  totalRows: number;
  done: boolean;
  failed: boolean;
};

/** How long an entry is kept after its last change: the page reads the final state well within it. */
export const PROGRESS_TTL_MS = 10 * 60 * 1000;

const PROGRESS_ID = /^[A-Za-z0-9-]{1,64}$/;

/** A progress id the client may choose: 1–64 letters, digits and dashes (a UUID fits). */
export function isProgressId(value: unknown): value is string {
  return typeof value === 'string' && PROGRESS_ID.test(value);
}

type Entry = ExportProgress & { expiresAt: number };

/**
 * On globalThis rather than in the module: Next.js bundles each route separately, and the export
 * route writes what the GraphQL route reads.
 */
const registryKey = Symbol.for('salon-crm.report-export-progress');
const registry: Map<string, Entry> = ((globalThis as Record<symbol, unknown>)[registryKey] as Map<string, Entry> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[registryKey] = new Map<string, Entry>());

const keyOf = (staffId: number, id: string) => `${staffId}:${id}`;

function prune(now: number): void {
  for (const [key, entry] of registry) if (entry.expiresAt <= now) registry.delete(key);
}

/** Updates one export's entry; every change keeps it alive for another PROGRESS_TTL_MS. */
export type ExportProgressTracker = {
  setTotal(rows: number): void;
  wrote(rows: number): void;
  finish(): void;
  fail(): void;
};

/** Starts tracking an export (replacing an earlier one of the same staff member and id). */
export function trackExportProgress(staffId: number, id: string, clock: () => number = Date.now): ExportProgressTracker {
  prune(clock());
  const entry: Entry = { id, rowsWritten: 0, totalRows: 0, done: false, failed: false, expiresAt: clock() + PROGRESS_TTL_MS };
  registry.set(keyOf(staffId, id), entry);
  const touch = (change: () => void) => {
    if (entry.done || entry.failed) return;
    change();
    entry.expiresAt = clock() + PROGRESS_TTL_MS;
  };
  return {
    setTotal: (rows) => touch(() => (entry.totalRows = rows)),
    wrote: (rows) => touch(() => (entry.rowsWritten += rows)),
    finish: () => touch(() => (entry.done = true)),
    fail: () => touch(() => (entry.failed = true)),
  };
}

/** A staff member's export progress by id; null when unknown, expired or another's. */
export function exportProgress(staffId: number, id: string, now = Date.now()): ExportProgress | null {
  prune(now);
  const entry = registry.get(keyOf(staffId, id));
  if (!entry) return null;
  const { id: entryId, rowsWritten, totalRows, done, failed } = entry;
  return { id: entryId, rowsWritten, totalRows, done, failed };
}
