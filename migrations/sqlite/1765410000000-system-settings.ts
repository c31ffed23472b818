import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * System parameters (系統參數): one row of company, locale, currency, date, password-policy,
 * session, upload and recycle-bin settings with a version every save bumps (so app instances can
 * check their cached copy with one read by key), seeded with the defaults; the company logo's
 * bytes in a table of their own.
 */
export class SystemSettings1765410000000 implements MigrationInterface {
  name = 'SystemSettings1765410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"system_settings\" (\"id\" integer PRIMARY KEY NOT NULL, \"companyName\" varchar(100) NOT NULL DEFAULT (''), \"defaultLocale\" varchar(5) NOT NULL DEFAULT ('zh-HK'), \"currency\" varchar(3) NOT NULL DEFAULT ('HKD'), \"currencyDisplay\" varchar(12) NOT NULL DEFAULT ('symbol'), \"currencyDecimals\" integer NOT NULL DEFAULT (2), \"dateFormat\" varchar(12) NOT NULL DEFAULT ('yyyy-MM-dd'), \"defaultTimeZone\" varchar(64) NOT NULL DEFAULT ('Asia/Hong_Kong'), \"passwordMinLength\" integer NOT NULL DEFAULT (8), \"passwordRequireLettersAndDigits\" boolean NOT NULL DEFAULT (1), \"passwordRequireMixedCase\" boolean NOT NULL DEFAULT (0), \"passwordExpiryDays\" integer, \"sessionLengthMinutes\" integer NOT NULL DEFAULT (480), \"uploadMaxBytes\" integer NOT NULL DEFAULT (5242880), \"recycleBinRetentionDays\" integer NOT NULL DEFAULT (90), \"logoVersion\" integer, \"version\" integer NOT NULL DEFAULT (1), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"system_logo\" (\"id\" integer PRIMARY KEY NOT NULL, \"mimeType\" varchar(20) NOT NULL, \"content\" blob NOT NULL, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"system_settings\" (\"id\") VALUES (1)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"system_logo\"");
    await queryRunner.query("DROP TABLE \"system_settings\"");
  }
}
