import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members issue: walk-ins, referrer, address, recycle bin, indexed name/birth-month search, levels'
 * rules, interest groups, custom fields, comments, numbering sequences, audit log, campaign
 * membership (for search filters), saved selections and bulk jobs.
 */
export class MembersSearchAndCare1764100000000 implements MigrationInterface {
  name = 'MembersSearchAndCare1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_logs` (`id` int NOT NULL AUTO_INCREMENT, `entityType` varchar(30) NOT NULL, `entityId` int NOT NULL, `action` varchar(30) NOT NULL, `actorId` int NULL, `before` text NULL, `after` text NULL, `at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_audit_logs_actor` (`actorId`), INDEX `idx_audit_logs_entity` (`entityType`, `entityId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `bulk_jobs` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(30) NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'pending', `total` int NOT NULL DEFAULT '0', `processed` int NOT NULL DEFAULT '0', `params` text NOT NULL, `ownerId` int NOT NULL, `error` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `finishedAt` datetime NULL, INDEX `idx_bulk_jobs_owner` (`ownerId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `campaigns` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(50) NOT NULL, `name` varchar(100) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_91862d892c3bcd5b9b61d5f2b8` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `campaign_members` (`id` int NOT NULL AUTO_INCREMENT, `campaignId` int NOT NULL, `memberId` int NOT NULL, `salespersonId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_campaign_members_salesperson` (`salespersonId`, `memberId`), INDEX `idx_campaign_members_member` (`memberId`, `campaignId`), UNIQUE INDEX `uq_campaign_members_campaign_member` (`campaignId`, `memberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `custom_fields` (`id` int NOT NULL AUTO_INCREMENT, `key` varchar(50) NOT NULL, `label` varchar(100) NOT NULL, `type` varchar(10) NOT NULL, `maxLength` int NULL, `options` text NULL, `defaultValue` varchar(500) NULL, `required` tinyint NOT NULL DEFAULT 0, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `IDX_7b24908556d9de2998367c7874` (`key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `interest_groups` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, UNIQUE INDEX `IDX_a8d43addf6aaa90965db9f8d46` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_comments` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `authorId` int NULL, `body` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_member_comments_member` (`memberId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_custom_values` (`memberId` int NOT NULL, `fieldId` int NOT NULL, `value` varchar(500) NOT NULL, INDEX `idx_member_custom_values_search` (`fieldId`, `value`), PRIMARY KEY (`memberId`, `fieldId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_interests` (`memberId` int NOT NULL, `interestGroupId` int NOT NULL, INDEX `idx_member_interests_group` (`interestGroupId`, `memberId`), PRIMARY KEY (`memberId`, `interestGroupId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_number_sequences` (`id` int NOT NULL AUTO_INCREMENT, `scope` varchar(30) NOT NULL, `prefix` varchar(10) NOT NULL, `digits` int NOT NULL DEFAULT '5', `nextValue` int NOT NULL DEFAULT '1', UNIQUE INDEX `IDX_008482b6a350f77fa59bfe7f9f` (`scope`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_selections` (`id` int NOT NULL AUTO_INCREMENT, `ownerId` int NOT NULL, `filter` text NOT NULL, `excludedIds` text NOT NULL, `includedIds` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_member_selections_owner` (`ownerId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `member_groups` ADD `discountPercent` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `member_groups` ADD `pointsPer100` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `member_groups` ADD `topUpBonusPercent` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `member_groups` ADD `upgradeSpendCents` bigint NULL");
    await queryRunner.query("ALTER TABLE `member_groups` ADD `upgradeWithinMonths` int NOT NULL DEFAULT '12'");
    await queryRunner.query("ALTER TABLE `members` ADD `address` varchar(255) NULL");
    await queryRunner.query("ALTER TABLE `members` ADD `isWalkIn` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `members` ADD `referrerId` int NULL");
    await queryRunner.query("ALTER TABLE `members` ADD `birthMonth` smallint NULL");
    await queryRunner.query("ALTER TABLE `members` ADD `searchName` varchar(120) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `members` ADD `searchNameAlt` varchar(120) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `members` ADD `deletedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `members` ADD `deletedById` int NULL");
    await queryRunner.query("CREATE INDEX `idx_members_walk_in` ON `members` (`isWalkIn`)");
    await queryRunner.query("CREATE INDEX `idx_members_referrer` ON `members` (`referrerId`)");
    await queryRunner.query("CREATE INDEX `idx_members_birth_month` ON `members` (`birthMonth`)");
    await queryRunner.query("CREATE INDEX `idx_members_search_name` ON `members` (`searchName`)");
    await queryRunner.query("CREATE INDEX `idx_members_search_alt` ON `members` (`searchNameAlt`)");
    await queryRunner.query("CREATE INDEX `idx_members_deleted_at` ON `members` (`deletedAt`)");
    await queryRunner.query("CREATE INDEX `idx_members_created_at` ON `members` (`createdAt`)");
    await queryRunner.query("CREATE INDEX `idx_members_branch_group` ON `members` (`branchId`, `groupId`)");
    await queryRunner.query("ALTER TABLE `members` ADD CONSTRAINT `FK_d108c8123b5171e4e58db3d73d4` FOREIGN KEY (`referrerId`) REFERENCES `members`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD CONSTRAINT `FK_9d2c47fb1cf0fa612afb55d6523` FOREIGN KEY (`campaignId`) REFERENCES `campaigns`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD CONSTRAINT `FK_82f45de6bd246bfaceb90d3ee15` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD CONSTRAINT `FK_31fe1426cd8360d3be7952c3477` FOREIGN KEY (`salespersonId`) REFERENCES `staff`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_comments` ADD CONSTRAINT `FK_35f7b04a2f696b6c2755927c7b2` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_comments` ADD CONSTRAINT `FK_1d058aa9ca50ddfcdbfd6fe0251` FOREIGN KEY (`authorId`) REFERENCES `staff`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_custom_values` ADD CONSTRAINT `FK_3bdcd0a4db085e056de91f86f23` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_custom_values` ADD CONSTRAINT `FK_adefeff128fc1e44ea203cbcbec` FOREIGN KEY (`fieldId`) REFERENCES `custom_fields`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_interests` ADD CONSTRAINT `FK_875ab13cd7b30f31eb499806b0a` FOREIGN KEY (`memberId`) REFERENCES `members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `member_interests` ADD CONSTRAINT `FK_ea4340a2e01b4b5fdaf1de53ddb` FOREIGN KEY (`interestGroupId`) REFERENCES `interest_groups`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    // Existing rows get their search keys the way services/members/member-search-keys.ts makes them.
    await queryRunner.query("UPDATE `members` SET `searchName` = LOWER(REPLACE(CONCAT(`lastName`, `firstName`), ' ', '')), `searchNameAlt` = LOWER(REPLACE(COALESCE(`englishName`, CONCAT(`firstName`, `lastName`)), ' ', '')), `birthMonth` = MONTH(`birthday`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `member_interests` DROP FOREIGN KEY `FK_ea4340a2e01b4b5fdaf1de53ddb`");
    await queryRunner.query("ALTER TABLE `member_interests` DROP FOREIGN KEY `FK_875ab13cd7b30f31eb499806b0a`");
    await queryRunner.query("ALTER TABLE `member_custom_values` DROP FOREIGN KEY `FK_adefeff128fc1e44ea203cbcbec`");
    await queryRunner.query("ALTER TABLE `member_custom_values` DROP FOREIGN KEY `FK_3bdcd0a4db085e056de91f86f23`");
    await queryRunner.query("ALTER TABLE `member_comments` DROP FOREIGN KEY `FK_1d058aa9ca50ddfcdbfd6fe0251`");
    await queryRunner.query("ALTER TABLE `member_comments` DROP FOREIGN KEY `FK_35f7b04a2f696b6c2755927c7b2`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP FOREIGN KEY `FK_31fe1426cd8360d3be7952c3477`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP FOREIGN KEY `FK_82f45de6bd246bfaceb90d3ee15`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP FOREIGN KEY `FK_9d2c47fb1cf0fa612afb55d6523`");
    await queryRunner.query("ALTER TABLE `members` DROP FOREIGN KEY `FK_d108c8123b5171e4e58db3d73d4`");
    await queryRunner.query("DROP INDEX `idx_members_branch_group` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_created_at` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_deleted_at` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_search_alt` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_search_name` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_birth_month` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_referrer` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_walk_in` ON `members`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `deletedById`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `deletedAt`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `searchNameAlt`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `searchName`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `birthMonth`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `referrerId`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `isWalkIn`");
    await queryRunner.query("ALTER TABLE `members` DROP COLUMN `address`");
    await queryRunner.query("ALTER TABLE `member_groups` DROP COLUMN `upgradeWithinMonths`");
    await queryRunner.query("ALTER TABLE `member_groups` DROP COLUMN `upgradeSpendCents`");
    await queryRunner.query("ALTER TABLE `member_groups` DROP COLUMN `topUpBonusPercent`");
    await queryRunner.query("ALTER TABLE `member_groups` DROP COLUMN `pointsPer100`");
    await queryRunner.query("ALTER TABLE `member_groups` DROP COLUMN `discountPercent`");
    await queryRunner.query("DROP INDEX `idx_member_selections_owner` ON `member_selections`");
    await queryRunner.query("DROP TABLE `member_selections`");
    await queryRunner.query("DROP INDEX `IDX_008482b6a350f77fa59bfe7f9f` ON `member_number_sequences`");
    await queryRunner.query("DROP TABLE `member_number_sequences`");
    await queryRunner.query("DROP INDEX `idx_member_interests_group` ON `member_interests`");
    await queryRunner.query("DROP TABLE `member_interests`");
    await queryRunner.query("DROP INDEX `idx_member_custom_values_search` ON `member_custom_values`");
    await queryRunner.query("DROP TABLE `member_custom_values`");
    await queryRunner.query("DROP INDEX `idx_member_comments_member` ON `member_comments`");
    await queryRunner.query("DROP TABLE `member_comments`");
    await queryRunner.query("DROP INDEX `IDX_a8d43addf6aaa90965db9f8d46` ON `interest_groups`");
    await queryRunner.query("DROP TABLE `interest_groups`");
    await queryRunner.query("DROP INDEX `IDX_7b24908556d9de2998367c7874` ON `custom_fields`");
    await queryRunner.query("DROP TABLE `custom_fields`");
    await queryRunner.query("DROP INDEX `uq_campaign_members_campaign_member` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_campaign_members_member` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_campaign_members_salesperson` ON `campaign_members`");
    await queryRunner.query("DROP TABLE `campaign_members`");
    await queryRunner.query("DROP INDEX `IDX_91862d892c3bcd5b9b61d5f2b8` ON `campaigns`");
    await queryRunner.query("DROP TABLE `campaigns`");
    await queryRunner.query("DROP INDEX `idx_bulk_jobs_owner` ON `bulk_jobs`");
    await queryRunner.query("DROP TABLE `bulk_jobs`");
    await queryRunner.query("DROP INDEX `idx_audit_logs_entity` ON `audit_logs`");
    await queryRunner.query("DROP INDEX `idx_audit_logs_actor` ON `audit_logs`");
    await queryRunner.query("DROP TABLE `audit_logs`");
  }
}
