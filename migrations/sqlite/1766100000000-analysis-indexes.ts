import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshStatistics } from './refresh-statistics';

/**
 * 聯絡活動分析 with any filter reads one covering index: the grouping indexes carry the other
 * filter column (campaign or salesperson) so a campaign or salesperson filter is tested in the
 * index instead of in two million rows, and a contact-date range reads the members contacted
 * since its start from (memberHidden, lastContactAt, …) with every column it groups on.
 */
export class AnalysisIndexes1766100000000 implements MigrationInterface {
  name = 'AnalysisIndexes1766100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_cm_hidden_sp_status\"");
    await queryRunner.query("CREATE INDEX \"idx_cm_hidden_sp_status\" ON \"campaign_members\" (\"memberHidden\", \"salespersonId\", \"statusId\", \"campaignId\")");
    await queryRunner.query("DROP INDEX \"idx_cm_hidden_campaign_status\"");
    await queryRunner.query("CREATE INDEX \"idx_cm_hidden_campaign_status\" ON \"campaign_members\" (\"memberHidden\", \"campaignId\", \"statusId\", \"salespersonId\")");
    await queryRunner.query("CREATE INDEX \"idx_cm_hidden_contacted\" ON \"campaign_members\" (\"memberHidden\", \"lastContactAt\", \"campaignId\", \"salespersonId\", \"statusId\")");
    await refreshStatistics(queryRunner, 'campaign_members');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_cm_hidden_contacted\"");
    await queryRunner.query("DROP INDEX \"idx_cm_hidden_campaign_status\"");
    await queryRunner.query("CREATE INDEX \"idx_cm_hidden_campaign_status\" ON \"campaign_members\" (\"memberHidden\", \"campaignId\", \"statusId\")");
    await queryRunner.query("DROP INDEX \"idx_cm_hidden_sp_status\"");
    await queryRunner.query("CREATE INDEX \"idx_cm_hidden_sp_status\" ON \"campaign_members\" (\"memberHidden\", \"salespersonId\", \"statusId\")");
  }
}
