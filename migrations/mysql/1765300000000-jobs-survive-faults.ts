import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Long jobs survive faults: a job row holds the worker that runs it (instance id, a claim counter
 * that fences its writes, a lease it renews), where it stopped (checkpoint) and how many members
 * the edit rules skipped; an index on (status, lease expiry) lets every instance's sweeper find
 * abandoned jobs cheaply. Report exports keep their progress here too, under the client's id.
 */
export class JobsSurviveFaults1765300000000 implements MigrationInterface {
  name = 'JobsSurviveFaults1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `skipped` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `checkpoint` text NULL");
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `workerId` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `attempt` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `leaseExpiresAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `bulk_jobs` ADD `clientKey` varchar(64) NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_bulk_jobs_client_key` ON `bulk_jobs` (`ownerId`, `clientKey`)");
    await queryRunner.query("CREATE INDEX `idx_bulk_jobs_lease` ON `bulk_jobs` (`status`, `leaseExpiresAt`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_bulk_jobs_lease` ON `bulk_jobs`");
    await queryRunner.query("DROP INDEX `uq_bulk_jobs_client_key` ON `bulk_jobs`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `clientKey`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `leaseExpiresAt`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `attempt`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `workerId`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `checkpoint`");
    await queryRunner.query("ALTER TABLE `bulk_jobs` DROP COLUMN `skipped`");
  }
}
