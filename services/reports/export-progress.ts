/**
 * How far a report export has got, for the page to poll while the browser downloads the file:
 * the shape the page reads and the id it may choose. The progress itself is a job row
 * (export-progress.service.ts), so polling through any app instance finds it.
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

/** How long a finished export's progress is kept: the page reads the final state well within it. */
export const PROGRESS_TTL_MS = 10 * 60 * 1000;

const PROGRESS_ID = /^[A-Za-z0-9-]{1,64}$/;

/** A progress id the client may choose: 1–64 letters, digits and dashes (a UUID fits). */
export function isProgressId(value: unknown): value is string {
  return typeof value === 'string' && PROGRESS_ID.test(value);
}

/** Whether a progress that finished at `finishedAt` is still shown at `now` (a running one always is). */
export function progressShown(finishedAt: Date | null, now: Date): boolean {
  return finishedAt === null || now.getTime() - finishedAt.getTime() < PROGRESS_TTL_MS;
}

/** Updates one export's progress as the workbook is written. */
export type ExportProgressTracker = {
  setTotal(rows: number): void;
  wrote(rows: number): void;
  finish(): void;
  fail(): void;
};
