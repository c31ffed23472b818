import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Loyalty's permissions, granted to the roles that run it (frozen here): the chain's managers everything, the front desk quick points and gift redemption. */
const GRANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['admin', ['loyalty.adjustPoints', 'loyalty.redeemGifts', 'loyalty.manage', 'loyalty.issueCoupons', 'loyalty.voidCoupons', 'reports.loyalty']],
  ['manager', ['loyalty.adjustPoints', 'loyalty.redeemGifts', 'loyalty.manage', 'loyalty.issueCoupons', 'loyalty.voidCoupons', 'reports.loyalty']],
  ['front_desk', ['loyalty.adjustPoints', 'loyalty.redeemGifts']],
];

/**
 * Loyalty: the points ledger (entries, lots, the cached balance), points rules, the chain's
 * loyalty settings (one row), the history of level changes, gifts with their categories, stock
 * per branch and redemptions, e-coupon types and coupons, and on invoices and their lines the
 * coupon's discount and the points earned.
 */
export class Loyalty1765700000000 implements MigrationInterface {
  name = 'Loyalty1765700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `loyalty_settings` (`id` int NOT NULL, `pointsExpiryMonths` int NULL, `referralShareBasisPoints` int NOT NULL DEFAULT '0', `referralMonths` int NULL, `levelReviewDownwards` tinyint NOT NULL DEFAULT 0, `levelReviewedAt` datetime NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_entries` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `kind` varchar(10) NOT NULL, `points` int NOT NULL, `balanceAfter` int NOT NULL, `branchId` int NULL, `invoiceId` int NULL, `salesReturnId` int NULL, `giftRedemptionId` int NULL, `referredMemberId` int NULL, `lotId` int NULL, `basis` varchar(2000) NULL, `reason` varchar(200) NULL, `staffId` int NULL, `createdAt` datetime NOT NULL, INDEX `idx_points_entries_invoice` (`invoiceId`), INDEX `idx_points_entries_created` (`createdAt`, `branchId`), INDEX `idx_points_entries_member` (`memberId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_lots` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `entryId` int NOT NULL, `points` int NOT NULL, `remaining` int NOT NULL, `open` tinyint NOT NULL DEFAULT 1, `earnedAt` datetime NOT NULL, `expiresAt` datetime NULL, INDEX `idx_points_lots_expiry` (`open`, `expiresAt`), INDEX `idx_points_lots_member` (`memberId`, `open`, `expiresAt`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_points` (`memberId` int NOT NULL, `balance` int NOT NULL DEFAULT '0', `earnedTotal` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_member_points_balance` (`balance`), PRIMARY KEY (`memberId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `points_rules` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `effect` varchar(10) NOT NULL, `multiplierBasisPoints` int NOT NULL DEFAULT '10000', `pointsPer100` int NOT NULL DEFAULT '0', `priority` int NOT NULL DEFAULT '0', `branchIds` varchar(2000) NULL, `memberGroupIds` varchar(2000) NULL, `productIds` varchar(2000) NULL, `treatmentIds` varchar(2000) NULL, `categoryIds` varchar(2000) NULL, `departmentIds` varchar(2000) NULL, `weekdays` varchar(20) NULL, `birthdayMonthOnly` tinyint NOT NULL DEFAULT 0, `validFrom` varchar(10) NULL, `validTo` varchar(10) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_dbe8e6ed73916d009f1c6cecbf` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_level_changes` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `fromGroupId` int NULL, `toGroupId` int NOT NULL, `reason` varchar(10) NOT NULL, `spendCents` bigint NULL, `invoiceId` int NULL, `staffId` int NULL, `createdAt` datetime NOT NULL, INDEX `idx_member_level_changes_member` (`memberId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `gift_categories` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `IDX_e4e6f5c08d810ab86f54d3d5eb` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `gifts` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(30) NOT NULL, `name` varchar(100) NOT NULL, `categoryId` int NULL, `pointsPrice` int NOT NULL, `description` varchar(500) NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_gifts_category` (`categoryId`, `code`), UNIQUE INDEX `IDX_02e3221c37d0799da8d3877e5a` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `gift_stock_levels` (`giftId` int NOT NULL, `branchId` int NOT NULL, `onHand` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`giftId`, `branchId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `gift_stock_movements` (`id` int NOT NULL AUTO_INCREMENT, `giftId` int NOT NULL, `branchId` int NOT NULL, `kind` varchar(10) NOT NULL, `quantity` int NOT NULL, `redemptionId` int NULL, `staffId` int NULL, `note` varchar(200) NULL, `createdAt` datetime NOT NULL, INDEX `idx_gift_stock_movements_gift` (`giftId`, `branchId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `gift_redemptions` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `giftId` int NOT NULL, `branchId` int NOT NULL, `quantity` int NOT NULL, `points` int NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'REDEEMED', `staffId` int NULL, `createdAt` datetime NOT NULL, `cancelledAt` datetime NULL, `cancelledById` int NULL, INDEX `idx_gift_redemptions_created` (`createdAt`, `branchId`), INDEX `idx_gift_redemptions_member` (`memberId`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupon_types` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `discountKind` varchar(10) NOT NULL, `amountCents` bigint NULL, `percentBasisPoints` int NULL, `maxDiscountCents` bigint NULL, `minSpendCents` bigint NOT NULL DEFAULT '0', `productIds` varchar(2000) NULL, `treatmentIds` varchar(2000) NULL, `categoryIds` varchar(2000) NULL, `departmentIds` varchar(2000) NULL, `validDays` int NULL, `validFrom` varchar(10) NULL, `validTo` varchar(10) NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_24115b4d54a04214ac355dd92e` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `coupons` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `typeId` int NOT NULL, `memberId` int NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'ISSUED', `validFrom` varchar(10) NOT NULL, `validTo` varchar(10) NOT NULL, `issuedAt` datetime NOT NULL, `issuedById` int NULL, `issueJobId` int NULL, `redeemedAt` datetime NULL, `invoiceId` int NULL, `redeemedBranchId` int NULL, `discountCents` bigint NOT NULL DEFAULT '0', `expiredAt` datetime NULL, `voidedAt` datetime NULL, `voidedById` int NULL, `voidReason` varchar(200) NULL, INDEX `idx_coupons_invoice` (`invoiceId`), INDEX `idx_coupons_issued` (`issuedAt`), INDEX `idx_coupons_type` (`typeId`, `issuedAt`), INDEX `idx_coupons_status_valid` (`status`, `validTo`), INDEX `idx_coupons_member` (`memberId`, `issuedAt`), UNIQUE INDEX `IDX_e025109230e82925843f2a14c4` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `invoices` ADD `couponId` int NULL");
    await queryRunner.query("ALTER TABLE `invoices` ADD `couponDiscountCents` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `invoices` ADD `pointsEarned` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `invoice_lines` ADD `couponDiscountCents` bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `invoice_lines` ADD `pointsEarned` int NOT NULL DEFAULT '0'");
    await queryRunner.query("INSERT INTO `loyalty_settings` (`id`, `pointsExpiryMonths`, `referralShareBasisPoints`, `referralMonths`, `levelReviewDownwards`) VALUES (1, NULL, 0, NULL, 0)");
    for (const [key, added] of GRANTS) await queryRunner.query("UPDATE `roles` SET `permissions` = CONCAT(`permissions`, ?) WHERE `key` = ? AND `builtIn` = 1", [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query("SELECT `permissions` FROM `roles` WHERE `key` = ?", [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query("UPDATE `roles` SET `permissions` = ? WHERE `key` = ?", [kept.join(','), key]);
    }
    await queryRunner.query("ALTER TABLE `invoice_lines` DROP COLUMN `pointsEarned`");
    await queryRunner.query("ALTER TABLE `invoice_lines` DROP COLUMN `couponDiscountCents`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `pointsEarned`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `couponDiscountCents`");
    await queryRunner.query("ALTER TABLE `invoices` DROP COLUMN `couponId`");
    await queryRunner.query("DROP INDEX `IDX_e025109230e82925843f2a14c4` ON `coupons`");
    await queryRunner.query("DROP INDEX `idx_coupons_member` ON `coupons`");
    await queryRunner.query("DROP INDEX `idx_coupons_status_valid` ON `coupons`");
    await queryRunner.query("DROP INDEX `idx_coupons_type` ON `coupons`");
    await queryRunner.query("DROP INDEX `idx_coupons_issued` ON `coupons`");
    await queryRunner.query("DROP INDEX `idx_coupons_invoice` ON `coupons`");
    await queryRunner.query("DROP TABLE `coupons`");
    await queryRunner.query("DROP INDEX `IDX_24115b4d54a04214ac355dd92e` ON `coupon_types`");
    await queryRunner.query("DROP TABLE `coupon_types`");
    await queryRunner.query("DROP INDEX `idx_gift_redemptions_member` ON `gift_redemptions`");
    await queryRunner.query("DROP INDEX `idx_gift_redemptions_created` ON `gift_redemptions`");
    await queryRunner.query("DROP TABLE `gift_redemptions`");
    await queryRunner.query("DROP INDEX `idx_gift_stock_movements_gift` ON `gift_stock_movements`");
    await queryRunner.query("DROP TABLE `gift_stock_movements`");
    await queryRunner.query("DROP TABLE `gift_stock_levels`");
    await queryRunner.query("DROP INDEX `IDX_02e3221c37d0799da8d3877e5a` ON `gifts`");
    await queryRunner.query("DROP INDEX `idx_gifts_category` ON `gifts`");
    await queryRunner.query("DROP TABLE `gifts`");
    await queryRunner.query("DROP INDEX `IDX_e4e6f5c08d810ab86f54d3d5eb` ON `gift_categories`");
    await queryRunner.query("DROP TABLE `gift_categories`");
    await queryRunner.query("DROP INDEX `idx_member_level_changes_member` ON `member_level_changes`");
    await queryRunner.query("DROP TABLE `member_level_changes`");
    await queryRunner.query("DROP INDEX `IDX_dbe8e6ed73916d009f1c6cecbf` ON `points_rules`");
    await queryRunner.query("DROP TABLE `points_rules`");
    await queryRunner.query("DROP INDEX `idx_member_points_balance` ON `member_points`");
    await queryRunner.query("DROP TABLE `member_points`");
    await queryRunner.query("DROP INDEX `idx_points_lots_member` ON `points_lots`");
    await queryRunner.query("DROP INDEX `idx_points_lots_expiry` ON `points_lots`");
    await queryRunner.query("DROP TABLE `points_lots`");
    await queryRunner.query("DROP INDEX `idx_points_entries_member` ON `points_entries`");
    await queryRunner.query("DROP INDEX `idx_points_entries_created` ON `points_entries`");
    await queryRunner.query("DROP INDEX `idx_points_entries_invoice` ON `points_entries`");
    await queryRunner.query("DROP TABLE `points_entries`");
    await queryRunner.query("DROP TABLE `loyalty_settings`");
  }
}
