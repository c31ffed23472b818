import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTACT_METHODS, CONTACT_STATUSES, referenceRows } from '../contact-reference-data';

async function insertReferenceData(queryRunner: QueryRunner): Promise<void> {
  for (const row of referenceRows(CONTACT_STATUSES)) {
    await queryRunner.query('INSERT INTO `contact_statuses`(`name`, `translations`, `key`, `sortOrder`) VALUES (?, ?, ?, ?)', row);
  }
  for (const row of referenceRows(CONTACT_METHODS)) {
    await queryRunner.query('INSERT INTO `contact_methods`(`name`, `translations`, `key`, `sortOrder`) VALUES (?, ?, ?, ?)', row);
  }
  await queryRunner.query('INSERT INTO `contact_settings`(`id`) VALUES (1)');
}

/**
 * Contact campaigns: offers, statuses, methods, preset notes, contact logs, display settings and
 * per-staff visibility; campaigns gain details, offer, period, archive flag and a kept member
 * count; contact members gain their status and the latest log's state. Existing contact members
 * start as 未通知 and members already in the recycle bin stay hidden.
 */
export class ContactCampaigns1764300000000 implements MigrationInterface {
  name = 'ContactCampaigns1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `offers` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `analysisCode` varchar(20) NULL, `isMarketing` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_cae46299e89e2f0bf3f23b40b7` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `contact_statuses` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `translations` text NULL, `key` varchar(30) NULL, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, INDEX `idx_contact_statuses_order` (`sortOrder`, `id`), UNIQUE INDEX `IDX_7a02bf774961bf87e6067c4f98` (`key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `contact_methods` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `translations` text NULL, `key` varchar(30) NULL, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, INDEX `idx_contact_methods_order` (`sortOrder`, `id`), UNIQUE INDEX `IDX_0d1618dd6b91f8ca92cc185c9a` (`key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `contact_logs` (`id` int NOT NULL AUTO_INCREMENT, `campaignMemberId` int NOT NULL, `campaignId` int NOT NULL, `memberId` int NOT NULL, `contactedAt` datetime NOT NULL, `methodId` int NOT NULL, `statusId` int NOT NULL, `note` varchar(500) NOT NULL DEFAULT '', `content` varchar(500) NOT NULL DEFAULT '', `nextFollowUpAt` datetime NULL, `createdById` int NOT NULL, `updatedById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_contact_logs_author_time` (`createdById`, `contactedAt`), INDEX `idx_contact_logs_campaign_time` (`campaignId`, `contactedAt`), INDEX `idx_contact_logs_cm_time` (`campaignMemberId`, `contactedAt`, `id`), INDEX `idx_contact_logs_time_cm` (`contactedAt`, `campaignMemberId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `contact_settings` (`id` int NOT NULL, `showMemberRemarks` tinyint NOT NULL DEFAULT 1, `showComments` tinyint NOT NULL DEFAULT 1, `allowBooking` tinyint NOT NULL DEFAULT 1, `attendanceVerification` tinyint NOT NULL DEFAULT 1, `showProductPurchases` tinyint NOT NULL DEFAULT 1, `showTreatmentPurchases` tinyint NOT NULL DEFAULT 1, `showInvoicePurchases` tinyint NOT NULL DEFAULT 1, `invoiceThresholdCents` bigint NOT NULL DEFAULT '500000', `productThresholdCents` bigint NOT NULL DEFAULT '150000', `treatmentThresholdCents` bigint NOT NULL DEFAULT '100000', `successRuleEnabled` tinyint NOT NULL DEFAULT 1, `successMetric` varchar(10) NOT NULL DEFAULT 'treatment', `successThresholdCents` bigint NOT NULL DEFAULT '100000', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `contact_visibility` (`staffId` int NOT NULL, `ownBranch` tinyint NOT NULL DEFAULT 0, `otherBranches` tinyint NOT NULL DEFAULT 0, `all` tinyint NOT NULL DEFAULT 0, `staffIds` text NOT NULL, `updatedById` int NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`staffId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `preset_notes` (`id` int NOT NULL AUTO_INCREMENT, `text` varchar(500) NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', INDEX `idx_preset_notes_order` (`sortOrder`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `details` text NULL");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `offerId` int NULL");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `startsOn` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `endsOn` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `archived` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `memberCount` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `campaigns` ADD `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `statusId` int NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `memberHidden` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `lastLogId` int NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `lastContactAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `nextFollowUpAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `followUpClosedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `followUpClosingNote` varchar(500) NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `followUpClosedById` int NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `appointmentId` int NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `bookedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `attendanceVerifiedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `attendanceVerifiedById` int NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `sameDayInvoiceCents` bigint NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `sameDayProductCents` bigint NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `sameDayTreatmentCents` bigint NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
    await insertReferenceData(queryRunner);
    await queryRunner.query("UPDATE `campaign_members` SET `statusId` = (SELECT `id` FROM `contact_statuses` WHERE `key` = 'not_notified'), `updatedAt` = `createdAt`");
    await queryRunner.query("UPDATE `campaign_members` `cm` JOIN `members` `m` ON `m`.`id` = `cm`.`memberId` SET `cm`.`memberHidden` = 1, `cm`.`updatedAt` = `cm`.`updatedAt` WHERE `m`.`deletedAt` IS NOT NULL");
    await queryRunner.query("ALTER TABLE `campaign_members` MODIFY `statusId` int NOT NULL");
    await queryRunner.query("UPDATE `campaigns` `c` SET `c`.`memberCount` = (SELECT COUNT(*) FROM `campaign_members` `cm` WHERE `cm`.`campaignId` = `c`.`id`), `c`.`updatedAt` = `c`.`createdAt`");
    await queryRunner.query("CREATE INDEX `idx_campaigns_offer` ON `campaigns` (`offerId`)");
    await queryRunner.query("CREATE INDEX `idx_campaigns_archived` ON `campaigns` (`archived`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_cm_status` ON `campaign_members` (`statusId`, `memberHidden`, `salespersonId`)");
    await queryRunner.query("CREATE INDEX `idx_cm_campaign_sp` ON `campaign_members` (`campaignId`, `salespersonId`, `statusId`, `memberHidden`)");
    await queryRunner.query("CREATE INDEX `idx_cm_follow_up` ON `campaign_members` (`memberHidden`, `followUpClosedAt`, `nextFollowUpAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_sp_follow_up` ON `campaign_members` (`salespersonId`, `memberHidden`, `followUpClosedAt`, `nextFollowUpAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_campaign_last_contact` ON `campaign_members` (`campaignId`, `memberHidden`, `lastContactAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_cm_booked` ON `campaign_members` (`memberHidden`, `bookedAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_verified` ON `campaign_members` (`memberHidden`, `attendanceVerifiedAt`, `lastContactAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_invoice` ON `campaign_members` (`memberHidden`, `sameDayInvoiceCents`, `lastContactAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_last_contact` ON `campaign_members` (`memberHidden`, `lastContactAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_cm_sp_last_contact` ON `campaign_members` (`salespersonId`, `memberHidden`, `lastContactAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_cm_next_follow_up` ON `campaign_members` (`memberHidden`, `nextFollowUpAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_cm_sp_next_follow_up` ON `campaign_members` (`salespersonId`, `memberHidden`, `nextFollowUpAt`, `id`)");
    await queryRunner.query("ALTER TABLE `campaigns` ADD CONSTRAINT `FK_81aefb98806c79620eaa1d6082d` FOREIGN KEY (`offerId`) REFERENCES `offers`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `campaign_members` ADD CONSTRAINT `FK_335f946e028941e7d0285749b6a` FOREIGN KEY (`statusId`) REFERENCES `contact_statuses`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `contact_logs` ADD CONSTRAINT `FK_3ebd441849b5fc513c19989105c` FOREIGN KEY (`campaignMemberId`) REFERENCES `campaign_members`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `contact_logs` ADD CONSTRAINT `FK_c0d8069a438033781868ab5f738` FOREIGN KEY (`methodId`) REFERENCES `contact_methods`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `contact_logs` ADD CONSTRAINT `FK_74ff760a6554f8353ca6a92c913` FOREIGN KEY (`statusId`) REFERENCES `contact_statuses`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `contact_logs` DROP FOREIGN KEY `FK_74ff760a6554f8353ca6a92c913`");
    await queryRunner.query("ALTER TABLE `contact_logs` DROP FOREIGN KEY `FK_c0d8069a438033781868ab5f738`");
    await queryRunner.query("ALTER TABLE `contact_logs` DROP FOREIGN KEY `FK_3ebd441849b5fc513c19989105c`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP FOREIGN KEY `FK_335f946e028941e7d0285749b6a`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP FOREIGN KEY `FK_81aefb98806c79620eaa1d6082d`");
    await queryRunner.query("DROP INDEX `idx_cm_sp_next_follow_up` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_next_follow_up` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_invoice` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_verified` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_booked` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_campaign_last_contact` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_sp_last_contact` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_last_contact` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_sp_follow_up` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_follow_up` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_campaign_sp` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_status` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_campaigns_archived` ON `campaigns`");
    await queryRunner.query("DROP INDEX `idx_campaigns_offer` ON `campaigns`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `updatedAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `sameDayTreatmentCents`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `sameDayProductCents`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `sameDayInvoiceCents`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `attendanceVerifiedById`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `attendanceVerifiedAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `bookedAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `appointmentId`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `followUpClosedById`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `followUpClosingNote`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `followUpClosedAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `nextFollowUpAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `lastContactAt`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `lastLogId`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `memberHidden`");
    await queryRunner.query("ALTER TABLE `campaign_members` DROP COLUMN `statusId`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `updatedAt`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `memberCount`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `archived`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `endsOn`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `startsOn`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `offerId`");
    await queryRunner.query("ALTER TABLE `campaigns` DROP COLUMN `details`");
    await queryRunner.query("DROP INDEX `idx_preset_notes_order` ON `preset_notes`");
    await queryRunner.query("DROP TABLE `preset_notes`");
    await queryRunner.query("DROP TABLE `contact_visibility`");
    await queryRunner.query("DROP TABLE `contact_settings`");
    await queryRunner.query("DROP INDEX `idx_contact_logs_time_cm` ON `contact_logs`");
    await queryRunner.query("DROP INDEX `idx_contact_logs_cm_time` ON `contact_logs`");
    await queryRunner.query("DROP INDEX `idx_contact_logs_campaign_time` ON `contact_logs`");
    await queryRunner.query("DROP INDEX `idx_contact_logs_author_time` ON `contact_logs`");
    await queryRunner.query("DROP TABLE `contact_logs`");
    await queryRunner.query("DROP INDEX `IDX_0d1618dd6b91f8ca92cc185c9a` ON `contact_methods`");
    await queryRunner.query("DROP INDEX `idx_contact_methods_order` ON `contact_methods`");
    await queryRunner.query("DROP TABLE `contact_methods`");
    await queryRunner.query("DROP INDEX `IDX_7a02bf774961bf87e6067c4f98` ON `contact_statuses`");
    await queryRunner.query("DROP INDEX `idx_contact_statuses_order` ON `contact_statuses`");
    await queryRunner.query("DROP TABLE `contact_statuses`");
    await queryRunner.query("DROP INDEX `IDX_cae46299e89e2f0bf3f23b40b7` ON `offers`");
    await queryRunner.query("DROP TABLE `offers`");
  }
}
