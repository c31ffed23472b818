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
    await queryRunner.query("DROP INDEX \"idx_bulk_jobs_owner\"");
    await queryRunner.query("CREATE TABLE \"temporary_bulk_jobs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(30) NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('pending'), \"total\" integer NOT NULL DEFAULT (0), \"processed\" integer NOT NULL DEFAULT (0), \"params\" text NOT NULL, \"ownerId\" integer NOT NULL, \"error\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"finishedAt\" datetime, \"skipped\" integer NOT NULL DEFAULT (0), \"checkpoint\" text, \"workerId\" varchar(100), \"attempt\" integer NOT NULL DEFAULT (0), \"leaseExpiresAt\" datetime, \"clientKey\" varchar(64))");
    await queryRunner.query("INSERT INTO \"temporary_bulk_jobs\"(\"id\", \"kind\", \"status\", \"total\", \"processed\", \"params\", \"ownerId\", \"error\", \"createdAt\", \"finishedAt\") SELECT \"id\", \"kind\", \"status\", \"total\", \"processed\", \"params\", \"ownerId\", \"error\", \"createdAt\", \"finishedAt\" FROM \"bulk_jobs\"");
    await queryRunner.query("DROP TABLE \"bulk_jobs\"");
    await queryRunner.query("ALTER TABLE \"temporary_bulk_jobs\" RENAME TO \"bulk_jobs\"");
    await queryRunner.query("CREATE INDEX \"idx_bulk_jobs_owner\" ON \"bulk_jobs\" (\"ownerId\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_bulk_jobs_client_key\" ON \"bulk_jobs\" (\"ownerId\", \"clientKey\") ");
    await queryRunner.query("CREATE INDEX \"idx_bulk_jobs_lease\" ON \"bulk_jobs\" (\"status\", \"leaseExpiresAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_bulk_jobs_lease\"");
    await queryRunner.query("DROP INDEX \"uq_bulk_jobs_client_key\"");
    await queryRunner.query("DROP INDEX \"idx_bulk_jobs_owner\"");
    await queryRunner.query("ALTER TABLE \"bulk_jobs\" RENAME TO \"temporary_bulk_jobs\"");
    await queryRunner.query("CREATE TABLE \"bulk_jobs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(30) NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('pending'), \"total\" integer NOT NULL DEFAULT (0), \"processed\" integer NOT NULL DEFAULT (0), \"params\" text NOT NULL, \"ownerId\" integer NOT NULL, \"error\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"finishedAt\" datetime)");
    await queryRunner.query("INSERT INTO \"bulk_jobs\"(\"id\", \"kind\", \"status\", \"total\", \"processed\", \"params\", \"ownerId\", \"error\", \"createdAt\", \"finishedAt\") SELECT \"id\", \"kind\", \"status\", \"total\", \"processed\", \"params\", \"ownerId\", \"error\", \"createdAt\", \"finishedAt\" FROM \"temporary_bulk_jobs\"");
    await queryRunner.query("DROP TABLE \"temporary_bulk_jobs\"");
    await queryRunner.query("CREATE INDEX \"idx_bulk_jobs_owner\" ON \"bulk_jobs\" (\"ownerId\", \"id\") ");
  }
}
