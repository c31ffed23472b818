import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the invoice list's totals for a viewer limited to branches: the branch, the
 * filter's column (none, business date, status, total), then the member her scope rule tests, so
 * each count reads one index range and no row.
 */
export class InvoiceListIndexes1765510000000 implements MigrationInterface {
  name = 'InvoiceListIndexes1765510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_invoices_branch_total_member` ON `invoices` (`branchId`, `totalCents`, `memberId`)");
    await queryRunner.query("CREATE INDEX `idx_invoices_branch_status_member` ON `invoices` (`branchId`, `status`, `memberId`)");
    await queryRunner.query("CREATE INDEX `idx_invoices_branch_date_member` ON `invoices` (`branchId`, `businessDate`, `memberId`)");
    await queryRunner.query("CREATE INDEX `idx_invoices_branch_issued_member` ON `invoices` (`branchId`, `issuedAt`, `memberId`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_invoices_branch_issued_member` ON `invoices`");
    await queryRunner.query("DROP INDEX `idx_invoices_branch_date_member` ON `invoices`");
    await queryRunner.query("DROP INDEX `idx_invoices_branch_status_member` ON `invoices`");
    await queryRunner.query("DROP INDEX `idx_invoices_branch_total_member` ON `invoices`");
  }
}
