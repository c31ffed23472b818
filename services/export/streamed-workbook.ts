import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetColumn = { key: string; header: string; width: number; numFmt?: string };

/** A cell above the header with its own number format (a date-time among text lines). */
export type FormattedCell = { value: unknown; numFmt: string };

const isFormatted = (cell: unknown): cell is FormattedCell =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'numFmt' in cell && 'value' in cell;

/** One worksheet of a streamed workbook. */
export type StreamedSheet = {
  name: string;
  columns: readonly SheetColumn[];
  /**
   * Lines above the header (a title, the filters…), followed by one blank row; the header row
   * stays frozen below them. A FormattedCell among them keeps its number format.
   */
  preamble?: readonly (readonly unknown[])[];
  batches: AsyncIterable<unknown[][]>;
  /** Bold rows after the data (a totals row), read once every batch is written. */
  footer?: () => unknown[][] | Promise<unknown[][]>;
  /** Called after each batch is written, with its row count. */
  onBatch?: (rows: number) => void;
};

/** A writable side, from Node's streams or from the readable-stream package exceljs' zip library uses. */
type Drainable = Pick<Writable, 'on' | 'off'> & { writableNeedDrain?: boolean; _writableState?: { needDrain?: boolean } };

const needsDrain = (target: Drainable) => Boolean(target.writableNeedDrain ?? target._writableState?.needDrain);

/**
 * Waits until `target` has written out its backlog; the reader going away (`output` closing)
 * ends the export instead.
 */
async function drained(target: Drainable, output: Writable): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      target.off('drain', done);
      output.off('close', done);
      resolve();
    };
    target.on('drain', done);
    output.on('close', done);
  });
  if (output.destroyed) throw new Error('The export stream was closed before the workbook was complete');
}

/**
 * The stream that carries a sheet's XML into the zip. exceljs writes each sheet into a buffer
 * piped into a PassThrough the zip reads (archiver's wrapping of a non-standard stream) and never
 * waits on it, so when compressing is slower than producing rows — it runs between the batches'
 * queries — the sheet's uncompressed XML piles up there, growing with the rows (357 MB at 500,000
 * rows, see docs/benchmarks.md). Its backlog is the one to wait on; undefined if exceljs changes
 * its insides (the output is then the only brake).
 */
function sheetBacklog(sheet: object): Drainable | undefined {
  const pipe = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as Partial<Drainable> | undefined;
  const writable = typeof pipe?.on === 'function' && typeof pipe.off === 'function' && (pipe.writableNeedDrain !== undefined || pipe._writableState);
  return writable ? (pipe as Drainable) : undefined;
}

/** The 1-based row number of a sheet's header: after the preamble and its blank row, if any. */
export function headerRowOf(preambleLines: number): number {
  return preambleLines > 0 ? preambleLines + 2 : 1;
}

/**
 * Writes an .xlsx of one or more sheets to `stream` with exceljs' streaming writer: each row is
 * committed as soon as it is added, and after each batch the writer waits while the zip or the
 * reader is behind, so memory stays bounded by a batch rather than growing with the sheets.
 * Sheets are written one after another (a zip holds one entry at a time), each from its batches.
 */
export async function writeStreamedSheets(stream: Writable, sheets: Iterable<StreamedSheet>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  for (const spec of sheets) {
    const preamble = spec.preamble ?? [];
    const headerRow = headerRowOf(preamble.length);
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    sheet.columns = spec.columns.map((c) => ({ key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    if (preamble.length > 0) {
      for (const line of preamble) {
        const row = sheet.addRow(line.map((cell) => (isFormatted(cell) ? cell.value : cell)));
        line.forEach((cell, i) => {
          if (isFormatted(cell)) row.getCell(i + 1).numFmt = cell.numFmt;
        });
        row.commit();
      }
      sheet.addRow([]).commit();
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    // One style object per column for every data cell: exceljs gives each new cell a style object
    // of its own and renders its style XML to find its id, unless it has seen that very object.
    const cellStyles = spec.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : null));
    const backlog = sheetBacklog(sheet);
    for await (const rows of spec.batches) {
      for (const values of rows) {
        const row = sheet.addRow(values);
        cellStyles.forEach((style, i) => {
          if (style) row.getCell(i + 1).style = style;
        });
        row.commit();
      }
      spec.onBatch?.(rows.length);
      if (backlog && needsDrain(backlog)) await drained(backlog, stream);
      if (stream.writableNeedDrain) await drained(stream, stream);
    }
    for (const values of (await spec.footer?.()) ?? []) {
      const row = sheet.addRow(values);
      row.font = { bold: true };
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** Writes a one-sheet .xlsx with the header in row 1 (see writeStreamedSheets). */
export async function writeStreamedWorkbook(
  stream: Writable,
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<unknown[][]>,
): Promise<void> {
  await writeStreamedSheets(stream, [{ name: sheetName, columns, batches }]);
}
