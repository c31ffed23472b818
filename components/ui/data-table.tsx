import type { ReactNode } from 'react';

/** One column: its heading and what a row shows in it; `rowHeader` cells name their row for screen readers. */
export type Column<Row> = { header: string; cell: (row: Row, index: number, rows: Row[]) => ReactNode; rowHeader?: boolean };

/** A scrollable table of rows (wide tables scroll sideways on a tablet instead of squeezing). */
export function DataTable<Row>({
  columns, rows, rowKey, emptyText, rowTestId,
}: { columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string; emptyText?: string; rowTestId?: (row: Row, index: number) => string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
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
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th scope="row" key={column.header}>
                      {column.cell(row, index, rows)}
                    </th>
                  ) : (
                    <td key={column.header}>{column.cell(row, index, rows)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
