import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUILT_IN_ROLES = [
  { key: "admin", name: "系統管理員", translations: "{\"en\": \"Administrator\", \"zh-CN\": \"系统管理员\", \"th\": \"ผู้ดูแลระบบ\"}", permissions: "members.create,members.edit,members.delete,members.bulkChange,contacts.log,contacts.editOthersLogs,contacts.supervise,campaigns.manage,campaigns.assign,appointments.book,appointments.attend,appointments.verify,appointments.manageResources,reports.contacts,data.export,offers.manage,settings.contacts,settings.members,settings.system,system.health,branches.manage,staff.manage,staff.access,roles.manage,apiTokens.create,apiTokens.manageAll,auditLog.view,recycleBin.restore,recycleBin.purge" },
  { key: "manager", name: "經理", translations: "{\"en\": \"Manager\", \"zh-CN\": \"经理\", \"th\": \"ผู้จัดการ\"}", permissions: "members.create,members.edit,members.delete,members.bulkChange,contacts.log,contacts.editOthersLogs,contacts.supervise,campaigns.manage,campaigns.assign,appointments.book,appointments.attend,appointments.verify,appointments.manageResources,reports.contacts,data.export,offers.manage,settings.contacts,system.health,staff.manage,staff.access,apiTokens.create,auditLog.view,recycleBin.restore" },
  { key: "salesperson", name: "銷售員", translations: "{\"en\": \"Salesperson\", \"zh-CN\": \"销售员\", \"th\": \"พนักงานขาย\"}", permissions: "members.create,members.edit,contacts.log,appointments.book,appointments.attend,reports.contacts,data.export,members.bulkChange,apiTokens.create,campaigns.receiveContacts" },
  { key: "front_desk", name: "前台", translations: "{\"en\": \"Front desk\", \"zh-CN\": \"前台\", \"th\": \"แผนกต้อนรับ\"}", permissions: "members.create,members.edit,contacts.log,appointments.book,appointments.attend,reports.contacts,data.export,members.bulkChange,apiTokens.create,members.delete,appointments.verify,recycleBin.restore" },
  { key: "beautician", name: "美容師", translations: "{\"en\": \"Beautician\", \"zh-CN\": \"美容师\", \"th\": \"ช่างเสริมสวย\"}", permissions: "members.create,members.edit,contacts.log,appointments.book,appointments.attend,reports.contacts,data.export,members.bulkChange,apiTokens.create,appointments.performTreatments" },
];

/**
 * Roles become data: a roles table of permission sets, seeded with the built-in roles granting
 * what each role could do when roles were fixed in code (frozen here, as they were on the day),
 * so staff keep holding them by key. Staff gain their member visibility (own branch, chosen
 * branches, all; admins and managers saw every branch, so they keep ALL) and the flags of the
 * password lifecycle (must change an initial password; when it was last set).
 */
export class RolesAndPermissions1765400000000 implements MigrationInterface {
  name = 'RolesAndPermissions1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "roles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(40) NOT NULL, "name" varchar(60) NOT NULL, "translations" text, "permissions" text NOT NULL, "builtIn" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a87cf0659c3ac379b339acf36a2" UNIQUE ("key"), CONSTRAINT "UQ_648e3f5447f725579d7d4ffdfb7" UNIQUE ("name"))`);
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "memberReach" varchar(16) NOT NULL DEFAULT ('own_branch')`);
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "memberBranchIds" text`);
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "mustChangePassword" boolean NOT NULL DEFAULT (0)`);
    await queryRunner.query(`ALTER TABLE "staff" ADD COLUMN "passwordChangedAt" datetime`);
    for (const role of BUILT_IN_ROLES) {
      await queryRunner.query(`INSERT INTO "roles" ("key", "name", "translations", "permissions", "builtIn") VALUES (?, ?, ?, ?, 1)`, [role.key, role.name, role.translations, role.permissions]);
    }
    await queryRunner.query(`UPDATE "staff" SET "memberReach" = 'all' WHERE ',' || "roles" || ',' LIKE '%,admin,%' OR ',' || "roles" || ',' LIKE '%,manager,%'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "passwordChangedAt"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "mustChangePassword"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "memberBranchIds"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "memberReach"`);
    await queryRunner.query(`DROP TABLE "roles"`);
  }
}
