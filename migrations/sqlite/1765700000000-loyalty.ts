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
    await queryRunner.query("CREATE TABLE \"loyalty_settings\" (\"id\" integer PRIMARY KEY NOT NULL, \"pointsExpiryMonths\" integer, \"referralShareBasisPoints\" integer NOT NULL DEFAULT (0), \"referralMonths\" integer, \"levelReviewDownwards\" boolean NOT NULL DEFAULT (0), \"levelReviewedAt\" datetime, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"points_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"points\" integer NOT NULL, \"balanceAfter\" integer NOT NULL, \"branchId\" integer, \"invoiceId\" integer, \"salesReturnId\" integer, \"giftRedemptionId\" integer, \"referredMemberId\" integer, \"lotId\" integer, \"basis\" varchar(2000), \"reason\" varchar(200), \"staffId\" integer, \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_points_entries_invoice\" ON \"points_entries\" (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_points_entries_created\" ON \"points_entries\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_points_entries_member\" ON \"points_entries\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"points_lots\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"entryId\" integer NOT NULL, \"points\" integer NOT NULL, \"remaining\" integer NOT NULL, \"open\" boolean NOT NULL DEFAULT (1), \"earnedAt\" datetime NOT NULL, \"expiresAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"idx_points_lots_expiry\" ON \"points_lots\" (\"open\", \"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_points_lots_member\" ON \"points_lots\" (\"memberId\", \"open\", \"expiresAt\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"member_points\" (\"memberId\" integer PRIMARY KEY NOT NULL, \"balance\" integer NOT NULL DEFAULT (0), \"earnedTotal\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"idx_member_points_balance\" ON \"member_points\" (\"balance\") ");
    await queryRunner.query("CREATE TABLE \"points_rules\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"effect\" varchar(10) NOT NULL, \"multiplierBasisPoints\" integer NOT NULL DEFAULT (10000), \"pointsPer100\" integer NOT NULL DEFAULT (0), \"priority\" integer NOT NULL DEFAULT (0), \"branchIds\" varchar(2000), \"memberGroupIds\" varchar(2000), \"productIds\" varchar(2000), \"treatmentIds\" varchar(2000), \"categoryIds\" varchar(2000), \"departmentIds\" varchar(2000), \"weekdays\" varchar(20), \"birthdayMonthOnly\" boolean NOT NULL DEFAULT (0), \"validFrom\" varchar(10), \"validTo\" varchar(10), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_dbe8e6ed73916d009f1c6cecbff\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"member_level_changes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"fromGroupId\" integer, \"toGroupId\" integer NOT NULL, \"reason\" varchar(10) NOT NULL, \"spendCents\" bigint, \"invoiceId\" integer, \"staffId\" integer, \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_member_level_changes_member\" ON \"member_level_changes\" (\"memberId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"gift_categories\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"sortOrder\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), CONSTRAINT \"UQ_e4e6f5c08d810ab86f54d3d5eb7\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"gifts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(30) NOT NULL, \"name\" varchar(100) NOT NULL, \"categoryId\" integer, \"pointsPrice\" integer NOT NULL, \"description\" varchar(500), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_02e3221c37d0799da8d3877e5a6\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE INDEX \"idx_gifts_category\" ON \"gifts\" (\"categoryId\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"gift_stock_levels\" (\"giftId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"onHand\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"giftId\", \"branchId\"))");
    await queryRunner.query("CREATE TABLE \"gift_stock_movements\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"giftId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"quantity\" integer NOT NULL, \"redemptionId\" integer, \"staffId\" integer, \"note\" varchar(200), \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_gift_stock_movements_gift\" ON \"gift_stock_movements\" (\"giftId\", \"branchId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"gift_redemptions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"giftId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"quantity\" integer NOT NULL, \"points\" integer NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('REDEEMED'), \"staffId\" integer, \"createdAt\" datetime NOT NULL, \"cancelledAt\" datetime, \"cancelledById\" integer)");
    await queryRunner.query("CREATE INDEX \"idx_gift_redemptions_created\" ON \"gift_redemptions\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_gift_redemptions_member\" ON \"gift_redemptions\" (\"memberId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"coupon_types\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"discountKind\" varchar(10) NOT NULL, \"amountCents\" bigint, \"percentBasisPoints\" integer, \"maxDiscountCents\" bigint, \"minSpendCents\" bigint NOT NULL DEFAULT (0), \"productIds\" varchar(2000), \"treatmentIds\" varchar(2000), \"categoryIds\" varchar(2000), \"departmentIds\" varchar(2000), \"validDays\" integer, \"validFrom\" varchar(10), \"validTo\" varchar(10), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_24115b4d54a04214ac355dd92ee\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"coupons\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"typeId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"validFrom\" varchar(10) NOT NULL, \"validTo\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"issuedById\" integer, \"issueJobId\" integer, \"redeemedAt\" datetime, \"invoiceId\" integer, \"redeemedBranchId\" integer, \"discountCents\" bigint NOT NULL DEFAULT (0), \"expiredAt\" datetime, \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), CONSTRAINT \"UQ_e025109230e82925843f2a14c48\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE INDEX \"idx_coupons_invoice\" ON \"coupons\" (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_coupons_issued\" ON \"coupons\" (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_coupons_type\" ON \"coupons\" (\"typeId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_coupons_status_valid\" ON \"coupons\" (\"status\", \"validTo\") ");
    await queryRunner.query("CREATE INDEX \"idx_coupons_member\" ON \"coupons\" (\"memberId\", \"issuedAt\") ");
    await queryRunner.query("DROP INDEX \"idx_invoices_sales_statistics\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_member_date\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_offer\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_appointment\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_total\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_status_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_business_date\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_member_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_total_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_status_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_date_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_issued_member\"");
    await queryRunner.query("CREATE TABLE \"temporary_invoices\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"customerName\" varchar(100), \"appointmentId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"businessDate\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"cashierId\" integer NOT NULL, \"subtotalCents\" bigint NOT NULL, \"discountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"roundingCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"productCents\" bigint NOT NULL DEFAULT (0), \"treatmentCents\" bigint NOT NULL DEFAULT (0), \"changeCents\" bigint NOT NULL DEFAULT (0), \"refundedCents\" bigint NOT NULL DEFAULT (0), \"note\" varchar(500) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"offerId\" integer, \"analysisCode\" varchar(20), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0), \"couponId\" integer, \"couponDiscountCents\" bigint NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_6b20aa66f2a835a4f2fbde48724\" UNIQUE (\"number\"))");
    await queryRunner.query("INSERT INTO \"temporary_invoices\"(\"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\", \"offerId\", \"analysisCode\", \"offerDiscountCents\") SELECT \"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\", \"offerId\", \"analysisCode\", \"offerDiscountCents\" FROM \"invoices\"");
    await queryRunner.query("DROP TABLE \"invoices\"");
    await queryRunner.query("ALTER TABLE \"temporary_invoices\" RENAME TO \"invoices\"");
    await queryRunner.query("CREATE INDEX \"idx_invoices_sales_statistics\" ON \"invoices\" (\"businessDate\", \"status\", \"branchId\", \"memberId\", \"totalCents\", \"refundedCents\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_date\" ON \"invoices\" (\"memberId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_offer\" ON \"invoices\" (\"offerId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_appointment\" ON \"invoices\" (\"appointmentId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_total\" ON \"invoices\" (\"totalCents\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_status_issued\" ON \"invoices\" (\"status\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_business_date\" ON \"invoices\" (\"businessDate\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_issued\" ON \"invoices\" (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_issued\" ON \"invoices\" (\"memberId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_issued\" ON \"invoices\" (\"branchId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_total_member\" ON \"invoices\" (\"branchId\", \"totalCents\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_status_member\" ON \"invoices\" (\"branchId\", \"status\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_date_member\" ON \"invoices\" (\"branchId\", \"businessDate\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_issued_member\" ON \"invoices\" (\"branchId\", \"issuedAt\", \"memberId\") ");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_product\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_staff\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_invoice\"");
    await queryRunner.query("CREATE TABLE \"temporary_invoice_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"productId\" integer, \"treatmentId\" integer, \"departmentId\" integer, \"code\" varchar(30) NOT NULL, \"description\" varchar(200) NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" bigint NOT NULL, \"lineDiscountCents\" bigint NOT NULL DEFAULT (0), \"memberDiscountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"staffId\" integer, \"returnedQuantity\" integer NOT NULL DEFAULT (0), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0), \"couponDiscountCents\" bigint NOT NULL DEFAULT (0), \"pointsEarned\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_invoice_lines\"(\"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\", \"offerDiscountCents\") SELECT \"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\", \"offerDiscountCents\" FROM \"invoice_lines\"");
    await queryRunner.query("DROP TABLE \"invoice_lines\"");
    await queryRunner.query("ALTER TABLE \"temporary_invoice_lines\" RENAME TO \"invoice_lines\"");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_product\" ON \"invoice_lines\" (\"productId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_staff\" ON \"invoice_lines\" (\"staffId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_invoice\" ON \"invoice_lines\" (\"invoiceId\", \"position\") ");
    await queryRunner.query('INSERT INTO "loyalty_settings" ("id", "pointsExpiryMonths", "referralShareBasisPoints", "referralMonths", "levelReviewDownwards") VALUES (1, NULL, 0, NULL, 0)');
    for (const [key, added] of GRANTS) await queryRunner.query(`UPDATE "roles" SET "permissions" = "permissions" || ? WHERE "key" = ? AND "builtIn" = 1`, [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query('SELECT "permissions" FROM "roles" WHERE "key" = ?', [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query('UPDATE "roles" SET "permissions" = ? WHERE "key" = ?', [kept.join(','), key]);
    }
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_invoice\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_staff\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_product\"");
    await queryRunner.query("ALTER TABLE \"invoice_lines\" RENAME TO \"temporary_invoice_lines\"");
    await queryRunner.query("CREATE TABLE \"invoice_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"productId\" integer, \"treatmentId\" integer, \"departmentId\" integer, \"code\" varchar(30) NOT NULL, \"description\" varchar(200) NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" bigint NOT NULL, \"lineDiscountCents\" bigint NOT NULL DEFAULT (0), \"memberDiscountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"staffId\" integer, \"returnedQuantity\" integer NOT NULL DEFAULT (0), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"invoice_lines\"(\"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\", \"offerDiscountCents\") SELECT \"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\", \"offerDiscountCents\" FROM \"temporary_invoice_lines\"");
    await queryRunner.query("DROP TABLE \"temporary_invoice_lines\"");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_invoice\" ON \"invoice_lines\" (\"invoiceId\", \"position\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_staff\" ON \"invoice_lines\" (\"staffId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_product\" ON \"invoice_lines\" (\"productId\", \"invoiceId\") ");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_issued_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_date_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_status_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_total_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_branch_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_member_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_business_date\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_status_issued\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_total\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_appointment\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_offer\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_member_date\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_sales_statistics\"");
    await queryRunner.query("ALTER TABLE \"invoices\" RENAME TO \"temporary_invoices\"");
    await queryRunner.query("CREATE TABLE \"invoices\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"customerName\" varchar(100), \"appointmentId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"businessDate\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"cashierId\" integer NOT NULL, \"subtotalCents\" bigint NOT NULL, \"discountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"roundingCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"productCents\" bigint NOT NULL DEFAULT (0), \"treatmentCents\" bigint NOT NULL DEFAULT (0), \"changeCents\" bigint NOT NULL DEFAULT (0), \"refundedCents\" bigint NOT NULL DEFAULT (0), \"note\" varchar(500) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"offerId\" integer, \"analysisCode\" varchar(20), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0), CONSTRAINT \"UQ_6b20aa66f2a835a4f2fbde48724\" UNIQUE (\"number\"))");
    await queryRunner.query("INSERT INTO \"invoices\"(\"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\", \"offerId\", \"analysisCode\", \"offerDiscountCents\") SELECT \"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\", \"offerId\", \"analysisCode\", \"offerDiscountCents\" FROM \"temporary_invoices\"");
    await queryRunner.query("DROP TABLE \"temporary_invoices\"");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_issued_member\" ON \"invoices\" (\"branchId\", \"issuedAt\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_date_member\" ON \"invoices\" (\"branchId\", \"businessDate\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_status_member\" ON \"invoices\" (\"branchId\", \"status\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_total_member\" ON \"invoices\" (\"branchId\", \"totalCents\", \"memberId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_issued\" ON \"invoices\" (\"branchId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_issued\" ON \"invoices\" (\"memberId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_issued\" ON \"invoices\" (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_business_date\" ON \"invoices\" (\"businessDate\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_status_issued\" ON \"invoices\" (\"status\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_total\" ON \"invoices\" (\"totalCents\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_appointment\" ON \"invoices\" (\"appointmentId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_offer\" ON \"invoices\" (\"offerId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_date\" ON \"invoices\" (\"memberId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_sales_statistics\" ON \"invoices\" (\"businessDate\", \"status\", \"branchId\", \"memberId\", \"totalCents\", \"refundedCents\") ");
    await queryRunner.query("DROP INDEX \"idx_coupons_member\"");
    await queryRunner.query("DROP INDEX \"idx_coupons_status_valid\"");
    await queryRunner.query("DROP INDEX \"idx_coupons_type\"");
    await queryRunner.query("DROP INDEX \"idx_coupons_issued\"");
    await queryRunner.query("DROP INDEX \"idx_coupons_invoice\"");
    await queryRunner.query("DROP TABLE \"coupons\"");
    await queryRunner.query("DROP TABLE \"coupon_types\"");
    await queryRunner.query("DROP INDEX \"idx_gift_redemptions_member\"");
    await queryRunner.query("DROP INDEX \"idx_gift_redemptions_created\"");
    await queryRunner.query("DROP TABLE \"gift_redemptions\"");
    await queryRunner.query("DROP INDEX \"idx_gift_stock_movements_gift\"");
    await queryRunner.query("DROP TABLE \"gift_stock_movements\"");
    await queryRunner.query("DROP TABLE \"gift_stock_levels\"");
    await queryRunner.query("DROP INDEX \"idx_gifts_category\"");
    await queryRunner.query("DROP TABLE \"gifts\"");
    await queryRunner.query("DROP TABLE \"gift_categories\"");
    await queryRunner.query("DROP INDEX \"idx_member_level_changes_member\"");
    await queryRunner.query("DROP TABLE \"member_level_changes\"");
    await queryRunner.query("DROP TABLE \"points_rules\"");
    await queryRunner.query("DROP INDEX \"idx_member_points_balance\"");
    await queryRunner.query("DROP TABLE \"member_points\"");
    await queryRunner.query("DROP INDEX \"idx_points_lots_member\"");
    await queryRunner.query("DROP INDEX \"idx_points_lots_expiry\"");
    await queryRunner.query("DROP TABLE \"points_lots\"");
    await queryRunner.query("DROP INDEX \"idx_points_entries_member\"");
    await queryRunner.query("DROP INDEX \"idx_points_entries_created\"");
    await queryRunner.query("DROP INDEX \"idx_points_entries_invoice\"");
    await queryRunner.query("DROP TABLE \"points_entries\"");
    await queryRunner.query("DROP TABLE \"loyalty_settings\"");
  }
}
