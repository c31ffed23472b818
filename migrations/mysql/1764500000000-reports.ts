import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The campaign analysis by campaign and by salesperson (and by branch, which groups salespeople)
 * reads contact members in (campaign or salesperson, status) order from an index alone instead of
 * sorting two million rows. The period's logs carry their method in the (time, contact member)
 * index, so the staff statistics count a month of logs by method from the index alone.
 */
export class Reports1764500000000 implements MigrationInterface {
  name = 'Reports1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_cm_hidden_sp_status` ON `campaign_members` (`memberHidden`, `salespersonId`, `statusId`)");
    await queryRunner.query("CREATE INDEX `idx_cm_hidden_campaign_status` ON `campaign_members` (`memberHidden`, `campaignId`, `statusId`)");
    await queryRunner.query("DROP INDEX `idx_contact_logs_time_cm` ON `contact_logs`");
    await queryRunner.query("CREATE INDEX `idx_contact_logs_time_cm_method` ON `contact_logs` (`contactedAt`, `campaignMemberId`, `methodId`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_contact_logs_time_cm_method` ON `contact_logs`");
    await queryRunner.query("CREATE INDEX `idx_contact_logs_time_cm` ON `contact_logs` (`contactedAt`, `campaignMemberId`)");
    await queryRunner.query("DROP INDEX `idx_cm_hidden_campaign_status` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_hidden_sp_status` ON `campaign_members`");
  }
}
