import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 統計分析 by period or branch sums a year of invoices: this index holds every column it reads
 * (date range, status, branch, the member the scope rule tests, the amounts), so it never reads a row.
 */
export class SalesStatisticsIndex1765610000000 implements MigrationInterface {
  name = 'SalesStatisticsIndex1765610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_invoices_sales_statistics` ON `invoices` (`businessDate`, `status`, `branchId`, `memberId`, `totalCents`, `refundedCents`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_invoices_sales_statistics` ON `invoices`");
  }
}
