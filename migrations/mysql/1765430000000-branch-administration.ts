import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Branch administration (店面管理): a branch gets names in other locales, an address, a phone,
 * and a closed state (when, by whom) — a closed branch keeps its members and history but takes
 * no new bookings.
 */
export class BranchAdministration1765430000000 implements MigrationInterface {
  name = 'BranchAdministration1765430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `branches` ADD `translations` text NULL");
    await queryRunner.query("ALTER TABLE `branches` ADD `address` varchar(255) NULL");
    await queryRunner.query("ALTER TABLE `branches` ADD `phone` varchar(30) NULL");
    await queryRunner.query("ALTER TABLE `branches` ADD `closedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `branches` ADD `closedById` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `branches` DROP COLUMN `closedById`");
    await queryRunner.query("ALTER TABLE `branches` DROP COLUMN `closedAt`");
    await queryRunner.query("ALTER TABLE `branches` DROP COLUMN `phone`");
    await queryRunner.query("ALTER TABLE `branches` DROP COLUMN `address`");
    await queryRunner.query("ALTER TABLE `branches` DROP COLUMN `translations`");
  }
}
