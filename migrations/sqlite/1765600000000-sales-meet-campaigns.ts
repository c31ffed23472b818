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
    await queryRunner.query("CREATE TABLE \"offer_member_uses\" (\"offerId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"uses\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"offerId\", \"memberId\"))");
    await queryRunner.query("CREATE TABLE \"temporary_offers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"analysisCode\" varchar(20), \"isMarketing\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"altCode\" varchar(3), \"branchIds\" varchar(2000), \"memberGroupIds\" varchar(2000), \"interestGroupIds\" varchar(2000), \"departmentIds\" varchar(2000), \"birthdayMonthsBefore\" integer, \"birthdayMonthsAfter\" integer, \"validFrom\" varchar(10), \"validTo\" varchar(10), \"active\" boolean NOT NULL DEFAULT (1), \"perMemberLimit\" integer, \"discountType\" varchar(20) NOT NULL DEFAULT ('INVOICE_PERCENT'), \"discountBasisPoints\" integer NOT NULL DEFAULT (0), \"fixedPriceCents\" bigint, \"prepaidExpiryMonths\" integer, CONSTRAINT \"UQ_cae46299e89e2f0bf3f23b40b70\" UNIQUE (\"code\"), CONSTRAINT \"UQ_97635ae35160668a1ced3ee4449\" UNIQUE (\"altCode\"))");
    await queryRunner.query("INSERT INTO \"temporary_offers\"(\"id\", \"code\", \"name\", \"analysisCode\", \"isMarketing\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"analysisCode\", \"isMarketing\", \"createdAt\", \"updatedAt\" FROM \"offers\"");
    await queryRunner.query("DROP TABLE \"offers\"");
    await queryRunner.query("ALTER TABLE \"temporary_offers\" RENAME TO \"offers\"");
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
    await queryRunner.query("CREATE TABLE \"temporary_invoices\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"customerName\" varchar(100), \"appointmentId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"businessDate\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"cashierId\" integer NOT NULL, \"subtotalCents\" bigint NOT NULL, \"discountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"roundingCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"productCents\" bigint NOT NULL DEFAULT (0), \"treatmentCents\" bigint NOT NULL DEFAULT (0), \"changeCents\" bigint NOT NULL DEFAULT (0), \"refundedCents\" bigint NOT NULL DEFAULT (0), \"note\" varchar(500) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"offerId\" integer, \"analysisCode\" varchar(20), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0), CONSTRAINT \"UQ_6b20aa66f2a835a4f2fbde48724\" UNIQUE (\"number\"))");
    await queryRunner.query("INSERT INTO \"temporary_invoices\"(\"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\") SELECT \"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\" FROM \"invoices\"");
    await queryRunner.query("DROP TABLE \"invoices\"");
    await queryRunner.query("ALTER TABLE \"temporary_invoices\" RENAME TO \"invoices\"");
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
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_invoice\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_staff\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_product\"");
    await queryRunner.query("CREATE TABLE \"temporary_invoice_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"productId\" integer, \"treatmentId\" integer, \"departmentId\" integer, \"code\" varchar(30) NOT NULL, \"description\" varchar(200) NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" bigint NOT NULL, \"lineDiscountCents\" bigint NOT NULL DEFAULT (0), \"memberDiscountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"staffId\" integer, \"returnedQuantity\" integer NOT NULL DEFAULT (0), \"offerDiscountCents\" bigint NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_invoice_lines\"(\"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\") SELECT \"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\" FROM \"invoice_lines\"");
    await queryRunner.query("DROP TABLE \"invoice_lines\"");
    await queryRunner.query("ALTER TABLE \"temporary_invoice_lines\" RENAME TO \"invoice_lines\"");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_invoice\" ON \"invoice_lines\" (\"invoiceId\", \"position\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_staff\" ON \"invoice_lines\" (\"staffId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_product\" ON \"invoice_lines\" (\"productId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_treatment\" ON \"campaign_members\" (\"memberHidden\", \"sameDayTreatmentCents\", \"lastContactAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_cm_product\" ON \"campaign_members\" (\"memberHidden\", \"sameDayProductCents\", \"lastContactAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_offer\" ON \"invoices\" (\"offerId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_date\" ON \"invoices\" (\"memberId\", \"businessDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_sales_returns_member\" ON \"sales_returns\" (\"memberId\", \"createdAt\") ");
    for (const [key, added] of GRANTS) await queryRunner.query(`UPDATE "roles" SET "permissions" = "permissions" || ? WHERE "key" = ? AND "builtIn" = 1`, [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query('SELECT "permissions" FROM "roles" WHERE "key" = ?', [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query('UPDATE "roles" SET "permissions" = ? WHERE "key" = ?', [kept.join(','), key]);
    }
    await queryRunner.query("DROP INDEX \"idx_sales_returns_member\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_member_date\"");
    await queryRunner.query("DROP INDEX \"idx_invoices_offer\"");
    await queryRunner.query("DROP INDEX \"idx_cm_product\"");
    await queryRunner.query("DROP INDEX \"idx_cm_treatment\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_product\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_staff\"");
    await queryRunner.query("DROP INDEX \"idx_invoice_lines_invoice\"");
    await queryRunner.query("ALTER TABLE \"invoice_lines\" RENAME TO \"temporary_invoice_lines\"");
    await queryRunner.query("CREATE TABLE \"invoice_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"productId\" integer, \"treatmentId\" integer, \"departmentId\" integer, \"code\" varchar(30) NOT NULL, \"description\" varchar(200) NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" bigint NOT NULL, \"lineDiscountCents\" bigint NOT NULL DEFAULT (0), \"memberDiscountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"staffId\" integer, \"returnedQuantity\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"invoice_lines\"(\"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\") SELECT \"id\", \"invoiceId\", \"position\", \"kind\", \"productId\", \"treatmentId\", \"departmentId\", \"code\", \"description\", \"quantity\", \"unitPriceCents\", \"lineDiscountCents\", \"memberDiscountCents\", \"taxCents\", \"totalCents\", \"staffId\", \"returnedQuantity\" FROM \"temporary_invoice_lines\"");
    await queryRunner.query("DROP TABLE \"temporary_invoice_lines\"");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_product\" ON \"invoice_lines\" (\"productId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_staff\" ON \"invoice_lines\" (\"staffId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_invoice\" ON \"invoice_lines\" (\"invoiceId\", \"position\") ");
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
    await queryRunner.query("ALTER TABLE \"invoices\" RENAME TO \"temporary_invoices\"");
    await queryRunner.query("CREATE TABLE \"invoices\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"customerName\" varchar(100), \"appointmentId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"businessDate\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"cashierId\" integer NOT NULL, \"subtotalCents\" bigint NOT NULL, \"discountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"roundingCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"productCents\" bigint NOT NULL DEFAULT (0), \"treatmentCents\" bigint NOT NULL DEFAULT (0), \"changeCents\" bigint NOT NULL DEFAULT (0), \"refundedCents\" bigint NOT NULL DEFAULT (0), \"note\" varchar(500) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_6b20aa66f2a835a4f2fbde48724\" UNIQUE (\"number\"))");
    await queryRunner.query("INSERT INTO \"invoices\"(\"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\") SELECT \"id\", \"number\", \"branchId\", \"memberId\", \"customerName\", \"appointmentId\", \"status\", \"businessDate\", \"issuedAt\", \"cashierId\", \"subtotalCents\", \"discountCents\", \"taxCents\", \"roundingCents\", \"totalCents\", \"productCents\", \"treatmentCents\", \"changeCents\", \"refundedCents\", \"note\", \"voidedAt\", \"voidedById\", \"voidReason\", \"createdAt\" FROM \"temporary_invoices\"");
    await queryRunner.query("DROP TABLE \"temporary_invoices\"");
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
    await queryRunner.query("ALTER TABLE \"offers\" RENAME TO \"temporary_offers\"");
    await queryRunner.query("CREATE TABLE \"offers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"analysisCode\" varchar(20), \"isMarketing\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_cae46299e89e2f0bf3f23b40b70\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"offers\"(\"id\", \"code\", \"name\", \"analysisCode\", \"isMarketing\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"analysisCode\", \"isMarketing\", \"createdAt\", \"updatedAt\" FROM \"temporary_offers\"");
    await queryRunner.query("DROP TABLE \"temporary_offers\"");
    await queryRunner.query("DROP TABLE \"offer_member_uses\"");
  }
}
