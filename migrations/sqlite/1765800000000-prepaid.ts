import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Prepaid's permissions, granted to the roles that run it (frozen here): the chain's managers everything, the front desk cards, top-ups, package sales, instalments and session use. */
const GRANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['admin', ['prepaid.cards', 'prepaid.topUp', 'prepaid.sellPackages', 'prepaid.takeInstalments', 'prepaid.useSessions', 'prepaid.addSessions', 'prepaid.refund', 'prepaid.manage', 'reports.prepaid']],
  ['manager', ['prepaid.cards', 'prepaid.topUp', 'prepaid.sellPackages', 'prepaid.takeInstalments', 'prepaid.useSessions', 'prepaid.addSessions', 'prepaid.refund', 'prepaid.manage', 'reports.prepaid']],
  ['front_desk', ['prepaid.cards', 'prepaid.topUp', 'prepaid.sellPackages', 'prepaid.takeInstalments', 'prepaid.useSessions']],
];

/** The two tenders that pay from what the member prepaid (codes the cashier and the reports know them by). */
const PREPAID_TENDERS: ReadonlyArray<readonly [string, string, string, string, number, number]> = [
  ['SV', '儲值', JSON.stringify({ en: 'Stored value', 'zh-CN': '储值', th: 'ยอดเงินสะสม' }), 'STORED_VALUE', 0, 10],
  ['PKG', '套票', JSON.stringify({ en: 'Discount package', 'zh-CN': '套票', th: 'แพ็กเกจส่วนลด' }), 'PACKAGE', 0, 11],
];

/**
 * Prepaid: member cards, the stored-value ledger (entries and the cached balance), package types,
 * packages sold with their ledger, prepaid sales (top-ups, packages, refunds) with their payments
 * and instalments, and the stored-value and package tenders.
 */
export class Prepaid1765800000000 implements MigrationInterface {
  name = 'Prepaid1765800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"member_cards\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"cardNumber\" varchar(30) NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('ACTIVE'), \"pinHash\" varchar(100), \"issuedAt\" datetime NOT NULL, \"issuedById\" integer, \"lockedAt\" datetime, \"lockedById\" integer, \"reason\" varchar(200), \"replacedByCardId\" integer, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_5392fdb81a3052c3b9fa5859ce8\" UNIQUE (\"cardNumber\"))");
    await queryRunner.query("CREATE INDEX \"idx_member_cards_member\" ON \"member_cards\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"stored_value_accounts\" (\"memberId\" integer PRIMARY KEY NOT NULL, \"balanceCents\" bigint NOT NULL DEFAULT (0), \"paidInCents\" bigint NOT NULL DEFAULT (0), \"bonusInCents\" bigint NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"stored_value_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"amountCents\" bigint NOT NULL, \"paidCents\" bigint NOT NULL DEFAULT (0), \"bonusCents\" bigint NOT NULL DEFAULT (0), \"balanceAfterCents\" bigint NOT NULL, \"branchId\" integer, \"invoiceId\" integer, \"salesReturnId\" integer, \"prepaidSaleId\" integer, \"reason\" varchar(200), \"staffId\" integer, \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_stored_value_entries_invoice\" ON \"stored_value_entries\" (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_stored_value_entries_created\" ON \"stored_value_entries\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_stored_value_entries_member\" ON \"stored_value_entries\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"package_types\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(10) NOT NULL, \"treatmentIds\" varchar(2000), \"sessions\" integer, \"valueCents\" bigint, \"priceCents\" bigint NOT NULL, \"validityMonths\" integer NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_e57e09325c33cf6ff3e78599c81\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"member_packages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberId\" integer NOT NULL, \"typeId\" integer, \"prepaidSaleId\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(10) NOT NULL, \"treatmentIds\" varchar(2000), \"sessionsTotal\" integer NOT NULL DEFAULT (0), \"sessionsRemaining\" integer NOT NULL DEFAULT (0), \"valueCents\" bigint NOT NULL DEFAULT (0), \"remainingCents\" bigint NOT NULL DEFAULT (0), \"priceCents\" bigint NOT NULL, \"deferredCents\" bigint NOT NULL, \"status\" varchar(10) NOT NULL DEFAULT ('ACTIVE'), \"branchId\" integer NOT NULL, \"soldAt\" datetime NOT NULL, \"validTo\" varchar(10) NOT NULL, \"expiryBooked\" boolean NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"idx_member_packages_sold\" ON \"member_packages\" (\"soldAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_member_packages_valid\" ON \"member_packages\" (\"validTo\") ");
    await queryRunner.query("CREATE INDEX \"idx_member_packages_member\" ON \"member_packages\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"package_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"memberPackageId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"sessions\" integer NOT NULL DEFAULT (0), \"valueCents\" bigint NOT NULL DEFAULT (0), \"sessionsAfter\" integer NOT NULL DEFAULT (0), \"remainingAfterCents\" bigint NOT NULL DEFAULT (0), \"revenueCents\" bigint NOT NULL DEFAULT (0), \"treatmentId\" integer, \"invoiceId\" integer, \"appointmentId\" integer, \"branchId\" integer, \"reason\" varchar(200), \"staffId\" integer, \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_package_entries_invoice\" ON \"package_entries\" (\"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_package_entries_created\" ON \"package_entries\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_package_entries_package\" ON \"package_entries\" (\"memberPackageId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"prepaid_sales\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"kind\" varchar(10) NOT NULL, \"memberId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"amountCents\" bigint NOT NULL, \"bonusCents\" bigint NOT NULL DEFAULT (0), \"instalmentCount\" integer NOT NULL DEFAULT (1), \"staffId\" integer, \"note\" varchar(200), \"createdAt\" datetime NOT NULL, CONSTRAINT \"UQ_228466c66051884bfd4ffde71ac\" UNIQUE (\"number\"))");
    await queryRunner.query("CREATE INDEX \"idx_prepaid_sales_created\" ON \"prepaid_sales\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_prepaid_sales_member\" ON \"prepaid_sales\" (\"memberId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"prepaid_payments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"prepaidSaleId\" integer NOT NULL, \"instalmentId\" integer, \"tenderTypeId\" integer NOT NULL, \"amountCents\" bigint NOT NULL, \"reference\" varchar(100), \"branchId\" integer NOT NULL, \"staffId\" integer, \"createdAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_prepaid_payments_created\" ON \"prepaid_payments\" (\"createdAt\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_prepaid_payments_sale\" ON \"prepaid_payments\" (\"prepaidSaleId\") ");
    await queryRunner.query("CREATE TABLE \"instalments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"prepaidSaleId\" integer NOT NULL, \"memberId\" integer NOT NULL, \"sequence\" integer NOT NULL, \"dueDate\" varchar(10) NOT NULL, \"amountCents\" bigint NOT NULL, \"paidCents\" bigint NOT NULL DEFAULT (0), \"paidAt\" datetime)");
    await queryRunner.query("CREATE INDEX \"idx_instalments_due\" ON \"instalments\" (\"dueDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_instalments_member\" ON \"instalments\" (\"memberId\", \"dueDate\") ");
    await queryRunner.query("CREATE INDEX \"idx_instalments_sale\" ON \"instalments\" (\"prepaidSaleId\", \"sequence\") ");
    for (const tender of PREPAID_TENDERS) await queryRunner.query('INSERT INTO "tender_types" ("code", "name", "translations", "kind", "givesChange", "sortOrder") VALUES (?, ?, ?, ?, ?, ?)', [...tender]);
    for (const [key, added] of GRANTS) await queryRunner.query(`UPDATE "roles" SET "permissions" = "permissions" || ? WHERE "key" = ? AND "builtIn" = 1`, [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query('SELECT "permissions" FROM "roles" WHERE "key" = ?', [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query('UPDATE "roles" SET "permissions" = ? WHERE "key" = ?', [kept.join(','), key]);
    }
    await queryRunner.query(`DELETE FROM "tender_types" WHERE "code" IN ('SV', 'PKG')`);
    await queryRunner.query("DROP INDEX \"idx_instalments_sale\"");
    await queryRunner.query("DROP INDEX \"idx_instalments_member\"");
    await queryRunner.query("DROP INDEX \"idx_instalments_due\"");
    await queryRunner.query("DROP TABLE \"instalments\"");
    await queryRunner.query("DROP INDEX \"idx_prepaid_payments_sale\"");
    await queryRunner.query("DROP INDEX \"idx_prepaid_payments_created\"");
    await queryRunner.query("DROP TABLE \"prepaid_payments\"");
    await queryRunner.query("DROP INDEX \"idx_prepaid_sales_member\"");
    await queryRunner.query("DROP INDEX \"idx_prepaid_sales_created\"");
    await queryRunner.query("DROP TABLE \"prepaid_sales\"");
    await queryRunner.query("DROP INDEX \"idx_package_entries_package\"");
    await queryRunner.query("DROP INDEX \"idx_package_entries_created\"");
    await queryRunner.query("DROP INDEX \"idx_package_entries_invoice\"");
    await queryRunner.query("DROP TABLE \"package_entries\"");
    await queryRunner.query("DROP INDEX \"idx_member_packages_member\"");
    await queryRunner.query("DROP INDEX \"idx_member_packages_valid\"");
    await queryRunner.query("DROP INDEX \"idx_member_packages_sold\"");
    await queryRunner.query("DROP TABLE \"member_packages\"");
    await queryRunner.query("DROP TABLE \"package_types\"");
    await queryRunner.query("DROP INDEX \"idx_stored_value_entries_member\"");
    await queryRunner.query("DROP INDEX \"idx_stored_value_entries_created\"");
    await queryRunner.query("DROP INDEX \"idx_stored_value_entries_invoice\"");
    await queryRunner.query("DROP TABLE \"stored_value_entries\"");
    await queryRunner.query("DROP TABLE \"stored_value_accounts\"");
    await queryRunner.query("DROP INDEX \"idx_member_cards_member\"");
    await queryRunner.query("DROP TABLE \"member_cards\"");
  }
}
