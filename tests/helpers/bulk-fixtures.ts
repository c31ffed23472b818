import type { DataSource } from 'typeorm';
import { createMemberRowFactory, MEMBER_BULK_COLUMNS } from '../../services/seed/bulk-members';
import { openBulkInserter } from '../../services/seed/bulk-insert.service';

let nextSeq = 1;

/** Inserts `count` generated members into one branch and group with multi-row inserts (fast at 10k+). */
export async function manyMembers(ds: DataSource, count: number, where: { branchId: number; groupId: number }): Promise<void> {
  const factory = createMemberRowFactory(
    { branches: [{ id: where.branchId, weight: 1 }], groups: [{ id: where.groupId, weight: 1 }], consultantsByBranch: new Map(), consultantShare: 0 },
    7,
    nextSeq,
  );
  nextSeq += count;
  const inserter = await openBulkInserter(ds, 'members', MEMBER_BULK_COLUMNS, { method: 'insert' });
  let failed = true;
  try {
    const rows = [];
    for (let i = 0; i < count; i += 1) rows.push(factory.next());
    await inserter.insert(rows);
    failed = false;
  } finally {
    await inserter.close({ failed });
  }
}
