import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

/**
 * One column: its heading and what a row shows in it; `rowHeader` cells name their row for screen
 * readers. Columns are keyed by place, since two headings can read the same in one language (in
 * Thai, "Open" and "Opens" are both เปิด).
 */
export type Column<Row> = { header: string; cell: (row: Row, index: number, rows: Row[]) => ReactNode; rowHeader?: boolean };

/** A scrollable table of rows (wide tables scroll sideways on a tablet instead of squeezing); `label` names its scrolling region. */
export function DataTable<Row>({
  label, columns, rows, rowKey, emptyText, rowTestId,
}: { label: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string; emptyText?: string; rowTestId?: (row: Row, index: number) => string }) {
  return (
    <TableScroll label={label}>
      <table className="data-table">
        <thead>
          <tr>
            {columns.map((column, n) => (
              <th scope="col" key={n}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyText ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={rowKey(row)} data-testid={rowTestId?.(row, index)}>
                {columns.map((column, n) =>
                  column.rowHeader ? (
                    <th scope="row" key={n}>
                      {column.cell(row, index, rows)}
                    </th>
                  ) : (
                    <td key={n}>{column.cell(row, index, rows)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
