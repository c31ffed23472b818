import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Branches, sales groups, staff, member groups, members and API tokens. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "branches" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(100) NOT NULL, "timeZone" varchar(64) NOT NULL DEFAULT ('Asia/Hong_Kong'), "currency" varchar(3) NOT NULL DEFAULT ('HKD'), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_9c06cbb83feb2f0be6263bd47ee" UNIQUE ("code"))`);
    await queryRunner.query(`CREATE TABLE "sales_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, CONSTRAINT "UQ_d2e6d7f69fccd1ba1c02e081d9b" UNIQUE ("name"))`);
    await queryRunner.query(`CREATE TABLE "staff" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "displayName" varchar(100) NOT NULL, "login" varchar(50) NOT NULL, "passwordHash" varchar(100), "branchId" integer NOT NULL, "salesGroupId" integer, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_fbad5f39403ad70365bede283bc" UNIQUE ("code"), CONSTRAINT "UQ_614685aacd66c9e9c17d5d13c2e" UNIQUE ("login"), CONSTRAINT "FK_973364520f149569e9041986bd7" FOREIGN KEY ("branchId") REFERENCES "branches" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5153b9f80c44d6903200d6039b6" FOREIGN KEY ("salesGroupId") REFERENCES "sales_groups" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "idx_staff_branch" ON "staff" ("branchId") `);
    await queryRunner.query(`CREATE INDEX "idx_staff_sales_group" ON "staff" ("salesGroupId") `);
    await queryRunner.query(`CREATE TABLE "api_tokens" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "tokenHash" varchar(64) NOT NULL, "tokenPrefix" varchar(16) NOT NULL, "ownerId" integer NOT NULL, "lastUsedAt" datetime, "revokedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_cdac8e064e6e9c2e0835d1c1b86" UNIQUE ("tokenHash"), CONSTRAINT "FK_4e17e353888719798ee22fe1613" FOREIGN KEY ("ownerId") REFERENCES "staff" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "idx_api_tokens_owner" ON "api_tokens" ("ownerId") `);
    await queryRunner.query(`CREATE TABLE "member_groups" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(100) NOT NULL, "isDeletedGroup" boolean NOT NULL DEFAULT (0), "sortOrder" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_2b32d2cd408a10fa0c5cdcaf614" UNIQUE ("code"))`);
    await queryRunner.query(`CREATE TABLE "members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "memberNo" varchar(30) NOT NULL, "lastName" varchar(50) NOT NULL, "firstName" varchar(50) NOT NULL DEFAULT (''), "englishName" varchar(100), "gender" varchar(1) NOT NULL DEFAULT ('U'), "idCard" varchar(20), "phone" varchar(20), "phone2" varchar(20), "email" varchar(150), "birthday" date, "branchId" integer NOT NULL, "groupId" integer NOT NULL, "consultantId" integer, "remarks" text, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_23f311d3b70a78784468fc0953e" UNIQUE ("memberNo"), CONSTRAINT "FK_f496c330bf399940f4dce994d47" FOREIGN KEY ("branchId") REFERENCES "branches" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e79799797e2b44d0fb235eee5ec" FOREIGN KEY ("groupId") REFERENCES "member_groups" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_db002f6364888d345eea09cb11a" FOREIGN KEY ("consultantId") REFERENCES "staff" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE INDEX "idx_members_id_card" ON "members" ("idCard") `);
    await queryRunner.query(`CREATE INDEX "idx_members_phone" ON "members" ("phone") `);
    await queryRunner.query(`CREATE INDEX "idx_members_phone2" ON "members" ("phone2") `);
    await queryRunner.query(`CREATE INDEX "idx_members_branch" ON "members" ("branchId") `);
    await queryRunner.query(`CREATE INDEX "idx_members_group" ON "members" ("groupId") `);
    await queryRunner.query(`CREATE INDEX "idx_members_consultant" ON "members" ("consultantId") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "members"`);
    await queryRunner.query(`DROP TABLE "member_groups"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP TABLE "sales_groups"`);
    await queryRunner.query(`DROP TABLE "branches"`);
  }
}
