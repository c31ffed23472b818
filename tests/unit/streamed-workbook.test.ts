import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeStreamedSheets, type SheetColumn } from '../../services/export/streamed-workbook';

const columns: SheetColumn[] = [
  { key: 'code', header: 'Code', width: 12 },
  ...Array.from({ length: 10 }, (_, i) => ({ key: `n${i}`, header: `N${i}`, width: 10, numFmt: i % 2 ? '0.00%' : '#,##0' })),
];

function rowsOf(batch: number, size: number): unknown[][] {
  return Array.from({ length: size }, (_, i) => [`M${batch}-${i}`, ...Array.from({ length: 10 }, (_, c) => (c % 2 ? ((i * c) % 97) / 97 : i * c + batch))]);
}

describe('writeStreamedSheets', () => {
  it('passes each batch on through the zip before reading the next, so nothing piles up', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const receivedBefore: number[] = [];
    const received = () => chunks.reduce((n, c) => n + c.length, 0);
    async function* batches() {
      for (let b = 0; b < 20; b++) {
        receivedBefore.push(received());
        yield rowsOf(b, 1000);
      }
    }
    await writeStreamedSheets(output, [{ name: 'Rows', columns, batches: batches() }]);
    const total = received();
    // Left alone, exceljs hands the zip the whole sheet only at the end: nothing arrives before.
    expect(receivedBefore[19]).toBeGreaterThan(total * 0.5);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(1 + 20 * 1000);
    expect((sheet.getRow(20001).values as unknown[]).slice(1)).toEqual(rowsOf(19, 1000)[999]);
  });

  it('writes sheets in order with a preamble, a frozen header, shared number formats and bold footers', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    async function* one() {
      yield rowsOf(0, 2);
    }
    const batchesSeen: number[] = [];
    await writeStreamedSheets(output, [
      { name: 'First', columns, preamble: [['Title'], ['Filter: all']], batches: one(), footer: () => [['Total', 1]], onBatch: (n) => batchesSeen.push(n) },
      { name: 'Second', columns, batches: one() },
    ]);
    expect(batchesSeen).toEqual([2]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const [first, second] = workbook.worksheets;
    expect([first.name, second.name]).toEqual(['First', 'Second']);
    expect(first.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(second.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(first.getCell('A1').value).toBe('Title');
    expect(first.getRow(3).cellCount).toBe(0);
    expect(first.getCell('A4').value).toBe('Code');
    expect(first.getRow(4).font).toMatchObject({ bold: true });
    expect([first.getCell('B5').numFmt, first.getCell('C6').numFmt]).toEqual(['#,##0', '0.00%']);
    expect(first.getCell('B5').font?.bold).toBeFalsy();
    expect(first.getCell('A7').value).toBe('Total');
    expect(first.getRow(7).font).toMatchObject({ bold: true });
    expect(second.getCell('A2').value).toBe('M0-0');
  });
});
