import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTACT_METHODS, CONTACT_STATUSES, referenceRows } from '../contact-reference-data';

async function insertReferenceData(queryRunner: QueryRunner): Promise<void> {
  for (const row of referenceRows(CONTACT_STATUSES)) {
    await queryRunner.query('INSERT INTO "contact_statuses"("name", "translations", "key", "sortOrder") VALUES (?, ?, ?, ?)', row);
  }
  for (const row of referenceRows(CONTACT_METHODS)) {
    await queryRunner.query('INSERT INTO "contact_methods"("name", "translations", "key", "sortOrder") VALUES (?, ?, ?, ?)', row);
  }
  await queryRunner.query('INSERT INTO "contact_settings"("id") VALUES (1)');
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
    await queryRunner.query("CREATE TABLE \"offers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"analysisCode\" varchar(20), \"isMarketing\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_cae46299e89e2f0bf3f23b40b70\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"contact_statuses\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"translations\" text, \"key\" varchar(30), \"sortOrder\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"UQ_7a02bf774961bf87e6067c4f98a\" UNIQUE (\"key\"))");
    await queryRunner.query("CREATE TABLE \"contact_methods\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"translations\" text, \"key\" varchar(30), \"sortOrder\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"UQ_0d1618dd6b91f8ca92cc185c9a2\" UNIQUE (\"key\"))");
    await queryRunner.query("CREATE INDEX \"idx_contact_statuses_order\" ON \"contact_statuses\" (\"sortOrder\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contact_methods_order\" ON \"contact_methods\" (\"sortOrder\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"contact_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignMemberId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"contactedAt\" datetime NOT NULL, \"methodId\" integer NOT NULL, \"statusId\" integer NOT NULL, \"note\" varchar(500) NOT NULL DEFAULT (''), \"content\" varchar(500) NOT NULL DEFAULT (''), \"nextFollowUpAt\" datetime, \"createdById\" integer NOT NULL, \"updatedById\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_3ebd441849b5fc513c19989105c\" FOREIGN KEY (\"campaignMemberId\") REFERENCES \"campaign_members\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_c0d8069a438033781868ab5f738\" FOREIGN KEY (\"methodId\") REFERENCES \"contact_methods\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_74ff760a6554f8353ca6a92c913\" FOREIGN KEY (\"statusId\") REFERENCES \"contact_statuses\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"idx_contact_logs_author_time\" ON \"contact_logs\" (\"createdById\", \"contactedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_contact_logs_campaign_time\" ON \"contact_logs\" (\"campaignId\", \"contactedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_contact_logs_cm_time\" ON \"contact_logs\" (\"campaignMemberId\", \"contactedAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_contact_logs_time_cm\" ON \"contact_logs\" (\"contactedAt\", \"campaignMemberId\") ");
    await queryRunner.query("CREATE TABLE \"contact_settings\" (\"id\" integer PRIMARY KEY NOT NULL, \"showMemberRemarks\" boolean NOT NULL DEFAULT (1), \"showComments\" boolean NOT NULL DEFAULT (1), \"allowBooking\" boolean NOT NULL DEFAULT (1), \"attendanceVerification\" boolean NOT NULL DEFAULT (1), \"showProductPurchases\" boolean NOT NULL DEFAULT (1), \"showTreatmentPurchases\" boolean NOT NULL DEFAULT (1), \"showInvoicePurchases\" boolean NOT NULL DEFAULT (1), \"invoiceThresholdCents\" bigint NOT NULL DEFAULT (500000), \"productThresholdCents\" bigint NOT NULL DEFAULT (150000), \"treatmentThresholdCents\" bigint NOT NULL DEFAULT (100000), \"successRuleEnabled\" boolean NOT NULL DEFAULT (1), \"successMetric\" varchar(10) NOT NULL DEFAULT ('treatment'), \"successThresholdCents\" bigint NOT NULL DEFAULT (100000), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"contact_visibility\" (\"staffId\" integer PRIMARY KEY NOT NULL, \"ownBranch\" boolean NOT NULL DEFAULT (0), \"otherBranches\" boolean NOT NULL DEFAULT (0), \"all\" boolean NOT NULL DEFAULT (0), \"staffIds\" text NOT NULL, \"updatedById\" integer, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"preset_notes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"text\" varchar(500) NOT NULL, \"sortOrder\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"idx_preset_notes_order\" ON \"preset_notes\" (\"sortOrder\", \"id\") ");
    await insertReferenceData(queryRunner);
    await queryRunner.query("CREATE TABLE \"campaigns_new\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(50) NOT NULL, \"name\" varchar(100) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"details\" text, \"offerId\" integer, \"startsOn\" varchar(10), \"endsOn\" varchar(10), \"archived\" boolean NOT NULL DEFAULT (0), \"memberCount\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_91862d892c3bcd5b9b61d5f2b8d\" UNIQUE (\"code\"), CONSTRAINT \"FK_81aefb98806c79620eaa1d6082d\" FOREIGN KEY (\"offerId\") REFERENCES \"offers\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"campaigns_new\"(\"id\", \"code\", \"name\", \"createdAt\", \"updatedAt\", \"memberCount\") SELECT \"id\", \"code\", \"name\", \"createdAt\", \"createdAt\", (SELECT COUNT(*) FROM \"campaign_members\" \"cm\" WHERE \"cm\".\"campaignId\" = \"campaigns\".\"id\") FROM \"campaigns\"");
    await queryRunner.query("DROP TABLE \"campaigns\"");
    await queryRunner.query("ALTER TABLE \"campaigns_new\" RENAME TO \"campaigns\"");
    await queryRunner.query("CREATE INDEX \"idx_campaigns_offer\" ON \"campaigns\" (\"offerId\") ");
    await queryRunner.query("CREATE INDEX \"idx_campaigns_archived\" ON \"campaigns\" (\"archived\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"campaign_members_new\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"salespersonId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"statusId\" integer NOT NULL, \"memberHidden\" boolean NOT NULL DEFAULT (0), \"lastLogId\" integer, \"lastContactAt\" datetime, \"nextFollowUpAt\" datetime, \"followUpClosedAt\" datetime, \"followUpClosingNote\" varchar(500), \"followUpClosedById\" integer, \"appointmentId\" integer, \"bookedAt\" datetime, \"attendanceVerifiedAt\" datetime, \"attendanceVerifiedById\" integer, \"sameDayInvoiceCents\" bigint, \"sameDayProductCents\" bigint, \"sameDayTreatmentCents\" bigint, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_31fe1426cd8360d3be7952c3477\" FOREIGN KEY (\"salespersonId\") REFERENCES \"staff\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_82f45de6bd246bfaceb90d3ee15\" FOREIGN KEY (\"memberId\") REFERENCES \"members\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_9d2c47fb1cf0fa612afb55d6523\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaigns\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_335f946e028941e7d0285749b6a\" FOREIGN KEY (\"statusId\") REFERENCES \"contact_statuses\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"campaign_members_new\"(\"id\", \"campaignId\", \"memberId\", \"salespersonId\", \"createdAt\", \"updatedAt\", \"statusId\", \"memberHidden\") SELECT \"cm\".\"id\", \"cm\".\"campaignId\", \"cm\".\"memberId\", \"cm\".\"salespersonId\", \"cm\".\"createdAt\", \"cm\".\"createdAt\", (SELECT \"s\".\"id\" FROM \"contact_statuses\" \"s\" WHERE \"s\".\"key\" = 'not_notified'), (SELECT \"m\".\"deletedAt\" IS NOT NULL FROM \"members\" \"m\" WHERE \"m\".\"id\" = \"cm\".\"memberId\") FROM \"campaign_members\" \"cm\"");
    await queryRunner.query("DROP TABLE \"campaign_members\"");
    await queryRunner.query("ALTER TABLE \"campaign_members_new\" RENAME TO \"campaign_members\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_campaign_members_campaign_member\" ON \"campaign_members\" (\"campaignId\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_campaign_members_member\" ON \"campaign_members\" (\"memberId\", \"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"idx_campaign_members_salesperson\" ON \"campaign_members\" (\"salespersonId\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_status\" ON \"campaign_members\" (\"statusId\", \"memberHidden\", \"salespersonId\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_campaign_sp\" ON \"campaign_members\" (\"campaignId\", \"salespersonId\", \"statusId\", \"memberHidden\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_follow_up\" ON \"campaign_members\" (\"memberHidden\", \"followUpClosedAt\", \"nextFollowUpAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_sp_follow_up\" ON \"campaign_members\" (\"salespersonId\", \"memberHidden\", \"followUpClosedAt\", \"nextFollowUpAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_campaign_last_contact\" ON \"campaign_members\" (\"campaignId\", \"memberHidden\", \"lastContactAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_booked\" ON \"campaign_members\" (\"memberHidden\", \"bookedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_verified\" ON \"campaign_members\" (\"memberHidden\", \"attendanceVerifiedAt\", \"lastContactAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_invoice\" ON \"campaign_members\" (\"memberHidden\", \"sameDayInvoiceCents\", \"lastContactAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_last_contact\" ON \"campaign_members\" (\"memberHidden\", \"lastContactAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_sp_last_contact\" ON \"campaign_members\" (\"salespersonId\", \"memberHidden\", \"lastContactAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_next_follow_up\" ON \"campaign_members\" (\"memberHidden\", \"nextFollowUpAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_sp_next_follow_up\" ON \"campaign_members\" (\"salespersonId\", \"memberHidden\", \"nextFollowUpAt\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"campaign_members_old\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"campaignId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"salespersonId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_9d2c47fb1cf0fa612afb55d6523\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaigns\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_82f45de6bd246bfaceb90d3ee15\" FOREIGN KEY (\"memberId\") REFERENCES \"members\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_31fe1426cd8360d3be7952c3477\" FOREIGN KEY (\"salespersonId\") REFERENCES \"staff\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"campaign_members_old\"(\"id\", \"campaignId\", \"memberId\", \"salespersonId\", \"createdAt\") SELECT \"id\", \"campaignId\", \"memberId\", \"salespersonId\", \"createdAt\" FROM \"campaign_members\"");
    await queryRunner.query("DROP TABLE \"campaign_members\"");
    await queryRunner.query("ALTER TABLE \"campaign_members_old\" RENAME TO \"campaign_members\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_campaign_members_campaign_member\" ON \"campaign_members\" (\"campaignId\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_campaign_members_member\" ON \"campaign_members\" (\"memberId\", \"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"idx_campaign_members_salesperson\" ON \"campaign_members\" (\"salespersonId\", \"memberId\") ");
    await queryRunner.query("CREATE TABLE \"campaigns_old\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(50) NOT NULL, \"name\" varchar(100) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_91862d892c3bcd5b9b61d5f2b8d\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"campaigns_old\"(\"id\", \"code\", \"name\", \"createdAt\") SELECT \"id\", \"code\", \"name\", \"createdAt\" FROM \"campaigns\"");
    await queryRunner.query("DROP TABLE \"campaigns\"");
    await queryRunner.query("ALTER TABLE \"campaigns_old\" RENAME TO \"campaigns\"");
    await queryRunner.query("DROP TABLE \"preset_notes\"");
    await queryRunner.query("DROP TABLE \"contact_visibility\"");
    await queryRunner.query("DROP TABLE \"contact_settings\"");
    await queryRunner.query("DROP TABLE \"contact_logs\"");
    await queryRunner.query("DROP TABLE \"contact_methods\"");
    await queryRunner.query("DROP TABLE \"contact_statuses\"");
    await queryRunner.query("DROP TABLE \"offers\"");
  }
}
