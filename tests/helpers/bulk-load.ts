import type { DataSource } from 'typeorm';
import type { LoadRows } from '../../services/seed/bulk-contacts.service';
import { openBulkInserter } from '../../services/seed/bulk-insert.service';
import type { SqlValue } from '../../services/seed/bulk-members';

/** The data generators' loader without the script's progress bar: `count` rows into `table`, in statements of `rowsPerStatement`. */
export function quietLoader(dataSource: () => DataSource, rowsPerStatement: number): LoadRows {
  return async (_label, table, columns, count, nextRow) => {
    const inserter = await openBulkInserter(dataSource(), table, columns, { rowsPerStatement });
    let failed = true;
    try {
      const rows: SqlValue[][] = [];
      for (let i = 0; i < count; i += 1) rows.push(nextRow());
      await inserter.insert(rows);
      failed = false;
    } finally {
      await inserter.close({ failed });
    }
    return 0;
  };
}
