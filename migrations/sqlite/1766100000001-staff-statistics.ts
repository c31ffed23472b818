import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshStatistics } from './refresh-statistics';

/**
 * 同事跟進的統計 from the logs alone: each log carries its contact member's salesperson and
 * recycle-bin flag and the contact time of the member's previous log, so "logs by method" and
 * "members contacted" in a period are one covering-index range per salesperson and method instead
 * of a join to two million contact members. The backfill is one statement over every log.
 */
export class StaffStatistics1766100000001 implements MigrationInterface {
  name = 'StaffStatistics1766100000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"contact_logs\" ADD \"salespersonId\" integer");
    await queryRunner.query("ALTER TABLE \"contact_logs\" ADD \"memberHidden\" boolean NOT NULL DEFAULT (0)");
    await queryRunner.query("ALTER TABLE \"contact_logs\" ADD \"prevContactedAt\" datetime");
    await queryRunner.query(
      "UPDATE \"contact_logs\" SET \"salespersonId\" = \"cm\".\"salespersonId\", \"memberHidden\" = \"cm\".\"memberHidden\", \"prevContactedAt\" = \"p\".\"prev\" " +
      "FROM \"campaign_members\" \"cm\", (SELECT \"id\", LAG(\"contactedAt\") OVER (PARTITION BY \"campaignMemberId\" ORDER BY \"contactedAt\", \"id\") AS \"prev\" FROM \"contact_logs\") \"p\" " +
      "WHERE \"cm\".\"id\" = \"contact_logs\".\"campaignMemberId\" AND \"p\".\"id\" = \"contact_logs\".\"id\"",
    );
    await queryRunner.query("CREATE INDEX \"idx_contact_logs_staff_stats\" ON \"contact_logs\" (\"memberHidden\", \"salespersonId\", \"methodId\", \"contactedAt\", \"prevContactedAt\", \"campaignId\") ");
    await refreshStatistics(queryRunner, 'contact_logs');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_contact_logs_staff_stats\"");
    await queryRunner.query("ALTER TABLE \"contact_logs\" DROP COLUMN \"prevContactedAt\"");
    await queryRunner.query("ALTER TABLE \"contact_logs\" DROP COLUMN \"memberHidden\"");
    await queryRunner.query("ALTER TABLE \"contact_logs\" DROP COLUMN \"salespersonId\"");
  }
}
