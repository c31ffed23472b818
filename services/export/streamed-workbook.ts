import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetColumn = { key: string; header: string; width: number; numFmt?: string };

/** Waits until the reader has caught up; a reader that went away ends the export. */
async function drained(stream: Writable): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
  if (stream.destroyed) throw new Error('The export stream was closed before the workbook was complete');
}

/**
 * Writes a one-sheet .xlsx to `stream` with exceljs' streaming writer: each row is committed as
 * soon as it is added, and after each batch the writer waits while the reader is behind, so memory
 * stays bounded by a batch rather than growing with the sheet. Every export goes through here.
 */
export async function writeStreamedWorkbook(
  stream: Writable,
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<unknown[][]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(row).commit();
    if (stream.writableNeedDrain) await drained(stream);
  }
  sheet.commit();
  await workbook.commit();
}
