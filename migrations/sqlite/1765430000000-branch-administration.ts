import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Branch administration (店面管理): a branch gets names in other locales, an address, a phone,
 * and a closed state (when, by whom) — a closed branch keeps its members and history but takes
 * no new bookings.
 */
export class BranchAdministration1765430000000 implements MigrationInterface {
  name = 'BranchAdministration1765430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_branches\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"timeZone\" varchar(64) NOT NULL DEFAULT ('Asia/Hong_Kong'), \"currency\" varchar(3) NOT NULL DEFAULT ('HKD'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"translations\" text, \"address\" varchar(255), \"phone\" varchar(30), \"closedAt\" datetime, \"closedById\" integer, CONSTRAINT \"UQ_9c06cbb83feb2f0be6263bd47ee\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"temporary_branches\"(\"id\", \"code\", \"name\", \"timeZone\", \"currency\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"timeZone\", \"currency\", \"createdAt\", \"updatedAt\" FROM \"branches\"");
    await queryRunner.query("DROP TABLE \"branches\"");
    await queryRunner.query("ALTER TABLE \"temporary_branches\" RENAME TO \"branches\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"branches\" RENAME TO \"temporary_branches\"");
    await queryRunner.query("CREATE TABLE \"branches\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"timeZone\" varchar(64) NOT NULL DEFAULT ('Asia/Hong_Kong'), \"currency\" varchar(3) NOT NULL DEFAULT ('HKD'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_9c06cbb83feb2f0be6263bd47ee\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"branches\"(\"id\", \"code\", \"name\", \"timeZone\", \"currency\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"timeZone\", \"currency\", \"createdAt\", \"updatedAt\" FROM \"temporary_branches\"");
    await queryRunner.query("DROP TABLE \"temporary_branches\"");
  }
}
