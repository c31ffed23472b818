import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sales statistics are a permission of their own, granted to the roles that see the whole chain's money (frozen here). */
const GRANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['admin', ['reports.sales']],
  ['manager', ['reports.sales']],
];

/**
 * Sales meet the campaigns: the offer's whole form (alternative code, conditions, discount, prepaid
 * expiry), each member's uses of an offer, the offer and its analysis code on invoices and what it
 * took off each line, and the indexes the same-day purchases, their filters and the member's
 * history read.
 */
export class SalesMeetCampaigns1765600000000 implements MigrationInterface {
  name = 'SalesMeetCampaigns1765600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `offer_member_uses` (`offerId` int NOT NULL, `memberId` int NOT NULL, `uses` int NOT NULL DEFAULT '0', PRIMARY KEY (`offerId`, `memberId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `offers` ADD `altCode` varchar(3) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD UNIQUE INDEX `IDX_bb919807df1b70ee8e12c26e71` (`altCode`)");
    await queryRunner.query("ALTER TABLE `offers` ADD `branchIds` varchar(2000) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `memberGroupIds` varchar(2000) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `interestGroupIds` varchar(2000) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `departmentIds` varchar(2000) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `birthdayMonthsBefore` int NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `birthdayMonthsAfter` int NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `validFrom` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `validTo` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `active` tinyint NOT NULL DEFAULT 1");
    await queryRunner.query("ALTER TABLE `offers` ADD `perMemberLimit` int NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `discountType` varchar(20) NOT NULL DEFAULT 'INVOICE_PERCENT'");
    await queryRunner.query("ALTER TABLE `offers` ADD `discountBasisPoints` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `offers` ADD `fixedPriceCents` bigint NULL");
    await queryRunner.query("ALTER TABLE `offers` ADD `prepaidExpiryMonths` int NULL");
    await queryRunner.query("ALTER TABLE `invoices` ADD `offerId` int NULL");
    await queryRunner.query("ALTER TABLE `invoices` ADD `analysisCode` varchar(20) NULL");
    await queryRunner.query("ALTER TABLE `invoices` ADD `offerDiscountCents` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `invoice_lines` ADD `offerDiscountCents` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE INDEX `idx_cm_treatment` ON `campaign_members` (`memberHidden`, `sameDayTreatmentCents`, `lastContactAt`)");
    await queryRunner.query("CREATE INDEX `idx_cm_product` ON `campaign_members` (`memberHidden`, `sameDayProductCents`, `lastContactAt`)");
    await queryRunner.query("CREATE INDEX `idx_invoices_offer` ON `invoices` (`offerId`, `businessDate`)");
    await queryRunner.query("CREATE INDEX `idx_invoices_member_date` ON `invoices` (`memberId`, `businessDate`)");
    await queryRunner.query("CREATE INDEX `idx_sales_returns_member` ON `sales_returns` (`memberId`, `createdAt`)");
    for (const [key, added] of GRANTS) await queryRunner.query("UPDATE `roles` SET `permissions` = CONCAT(`permissions`, ?) WHERE `key` = ? AND `builtIn` = 1", [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query("SELECT `permissions` FROM `roles` WHERE `key` = ?", [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query("UPDATE `roles` SET `permissions` = ? WHERE `key` = ?", [kept.join(','), key]);
    }
    await queryRunner.query("DROP INDEX `idx_sales_returns_member` ON `sales_returns`");
    await queryRunner.query("DROP INDEX `idx_invoices_member_date` ON `invoices`");
    await queryRunner.query("DROP INDEX `idx_invoices_offer` ON `invoices`");
    await queryRunner.query("DROP INDEX `idx_cm_product` ON `campaign_members`");
    await queryRunner.query("DROP INDEX `idx_cm_treatment` ON `campaign_members`");
    await queryRunner.query("ALTER TABLE `invoice_lines` DROP COLUMN `offerDiscountCents`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `offerDiscountCents`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `analysisCode`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `offerId`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `prepaidExpiryMonths`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `fixedPriceCents`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `discountBasisPoints`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `discountType`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `perMemberLimit`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `active`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `validTo`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `validFrom`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `birthdayMonthsAfter`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `birthdayMonthsBefore`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `departmentIds`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `interestGroupIds`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `memberGroupIds`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `branchIds`");
    await queryRunner.query("ALTER TABLE `offers` DROP INDEX `IDX_bb919807df1b70ee8e12c26e71`");
    await queryRunner.query("ALTER TABLE `offers` DROP COLUMN `altCode`");
    await queryRunner.query("DROP TABLE `offer_member_uses`");
  }
}
