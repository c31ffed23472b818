import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operation log (操作日誌) over the whole audit log: each entry keeps the client's address and
 * the API token it came through, and the log is read newest first, overall or by staff member,
 * kind of record or action, so each of those has an index ending in (at, id).
 */
export class OperationLog1765420000000 implements MigrationInterface {
  name = 'OperationLog1765420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_audit_logs_actor` ON `audit_logs`");
    await queryRunner.query("ALTER TABLE `audit_logs` ADD `address` varchar(45) NULL");
    await queryRunner.query("ALTER TABLE `audit_logs` ADD `tokenId` int NULL");
    await queryRunner.query("CREATE INDEX `idx_audit_logs_action_at` ON `audit_logs` (`action`, `at`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_audit_logs_type_at` ON `audit_logs` (`entityType`, `at`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_audit_logs_actor` ON `audit_logs` (`actorId`, `at`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_audit_logs_at` ON `audit_logs` (`at`, `id`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_audit_logs_at` ON `audit_logs`");
    await queryRunner.query("DROP INDEX `idx_audit_logs_actor` ON `audit_logs`");
    await queryRunner.query("DROP INDEX `idx_audit_logs_type_at` ON `audit_logs`");
    await queryRunner.query("DROP INDEX `idx_audit_logs_action_at` ON `audit_logs`");
    await queryRunner.query("ALTER TABLE `audit_logs` DROP COLUMN `tokenId`");
    await queryRunner.query("ALTER TABLE `audit_logs` DROP COLUMN `address`");
    await queryRunner.query("CREATE INDEX `idx_audit_logs_actor` ON `audit_logs` (`actorId`)");
  }
}
