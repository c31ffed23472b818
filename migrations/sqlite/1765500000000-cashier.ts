import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The cashier's permissions, granted to the built-in roles that run it (frozen here, as in 1765400000000). */
const GRANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['admin', ['sales.checkout', 'sales.view', 'sales.void', 'sales.refund', 'sales.settings', 'products.manage', 'products.stock']],
  ['manager', ['sales.checkout', 'sales.view', 'sales.void', 'sales.refund', 'sales.settings', 'products.manage', 'products.stock']],
  ['front_desk', ['sales.checkout', 'sales.view', 'sales.refund']],
];

/** Ways to pay a new installation starts with; salons add their own (Octopus, PayMe, …). */
const DEFAULT_TENDERS: ReadonlyArray<readonly [string, string, string, string, number, number]> = [
  ['CASH', '現金', JSON.stringify({ en: 'Cash', 'zh-CN': '现金', th: 'เงินสด' }), 'CASH', 1, 1],
  ['CARD', '信用卡', JSON.stringify({ en: 'Card', 'zh-CN': '信用卡', th: 'บัตร' }), 'CARD', 0, 2],
  ['FPS', '轉數快', JSON.stringify({ en: 'FPS transfer', 'zh-CN': '转数快', th: 'โอนเงิน FPS' }), 'BANK_TRANSFER', 0, 3],
];

/**
 * The cashier (收銀): departments, product categories and products; stock per branch as a ledger
 * with a cached level; tender types; invoices with lines and payments numbered per branch; held
 * bills; returns with their lines and refunds; idempotency keys for money mutations. Treatments
 * get a department.
 */
export class Cashier1765500000000 implements MigrationInterface {
  name = 'Cashier1765500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"departments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"translations\" text, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_91fddbe23e927e1e525c152baa3\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"document_sequences\" (\"branchId\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"prefix\" varchar(20) NOT NULL, \"digits\" integer NOT NULL DEFAULT (5), \"nextValue\" integer NOT NULL DEFAULT (1), PRIMARY KEY (\"branchId\", \"kind\"))");
    await queryRunner.query("CREATE TABLE \"held_bills\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"label\" varchar(100) NOT NULL DEFAULT (''), \"draft\" text NOT NULL, \"totalCents\" bigint NOT NULL DEFAULT (0), \"heldById\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"resumedAt\" datetime, \"resumedById\" integer)");
    await queryRunner.query("CREATE INDEX \"idx_held_bills_branch\" ON \"held_bills\" (\"branchId\", \"resumedAt\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"idempotency_keys\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(40) NOT NULL, \"key\" varchar(100) NOT NULL, \"requestHash\" varchar(64) NOT NULL, \"resultId\" integer NOT NULL, \"staffId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_idempotency_scope_key\" UNIQUE (\"scope\", \"key\"))");
    await queryRunner.query("CREATE TABLE \"invoices\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"customerName\" varchar(100), \"appointmentId\" integer, \"status\" varchar(10) NOT NULL DEFAULT ('ISSUED'), \"businessDate\" varchar(10) NOT NULL, \"issuedAt\" datetime NOT NULL, \"cashierId\" integer NOT NULL, \"subtotalCents\" bigint NOT NULL, \"discountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"roundingCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"productCents\" bigint NOT NULL DEFAULT (0), \"treatmentCents\" bigint NOT NULL DEFAULT (0), \"changeCents\" bigint NOT NULL DEFAULT (0), \"refundedCents\" bigint NOT NULL DEFAULT (0), \"note\" varchar(500) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidedById\" integer, \"voidReason\" varchar(200), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_6b20aa66f2a835a4f2fbde48724\" UNIQUE (\"number\"))");
    await queryRunner.query("CREATE INDEX \"idx_invoices_appointment\" ON \"invoices\" (\"appointmentId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_total\" ON \"invoices\" (\"totalCents\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_status_issued\" ON \"invoices\" (\"status\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_business_date\" ON \"invoices\" (\"businessDate\", \"branchId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_issued\" ON \"invoices\" (\"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_member_issued\" ON \"invoices\" (\"memberId\", \"issuedAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoices_branch_issued\" ON \"invoices\" (\"branchId\", \"issuedAt\") ");
    await queryRunner.query("CREATE TABLE \"invoice_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"position\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"productId\" integer, \"treatmentId\" integer, \"departmentId\" integer, \"code\" varchar(30) NOT NULL, \"description\" varchar(200) NOT NULL, \"quantity\" integer NOT NULL, \"unitPriceCents\" bigint NOT NULL, \"lineDiscountCents\" bigint NOT NULL DEFAULT (0), \"memberDiscountCents\" bigint NOT NULL DEFAULT (0), \"taxCents\" bigint NOT NULL DEFAULT (0), \"totalCents\" bigint NOT NULL, \"staffId\" integer, \"returnedQuantity\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_product\" ON \"invoice_lines\" (\"productId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_staff\" ON \"invoice_lines\" (\"staffId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_lines_invoice\" ON \"invoice_lines\" (\"invoiceId\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"invoice_payments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"invoiceId\" integer NOT NULL, \"tenderTypeId\" integer NOT NULL, \"amountCents\" bigint NOT NULL, \"tenderedCents\" bigint NOT NULL, \"reference\" varchar(100))");
    await queryRunner.query("CREATE INDEX \"idx_invoice_payments_tender\" ON \"invoice_payments\" (\"tenderTypeId\", \"invoiceId\") ");
    await queryRunner.query("CREATE INDEX \"idx_invoice_payments_invoice\" ON \"invoice_payments\" (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"products\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(30) NOT NULL, \"barcode\" varchar(50), \"name\" varchar(100) NOT NULL, \"translations\" text, \"categoryId\" integer, \"departmentId\" integer, \"priceCents\" bigint NOT NULL DEFAULT (0), \"costCents\" bigint NOT NULL DEFAULT (0), \"taxRateBasisPoints\" integer NOT NULL DEFAULT (0), \"allowNegativeStock\" boolean NOT NULL DEFAULT (0), \"lowStockThreshold\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_7cfc24d6c24f0ec91294003d6b8\" UNIQUE (\"code\"), CONSTRAINT \"UQ_adfc522baf9d9b19cd7d9461b7e\" UNIQUE (\"barcode\"))");
    await queryRunner.query("CREATE INDEX \"idx_products_category\" ON \"products\" (\"categoryId\", \"active\") ");
    await queryRunner.query("CREATE TABLE \"product_categories\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"translations\" text, \"sortOrder\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_03fac833e3bd77ac88846805305\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"sales_returns\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"number\" varchar(30) NOT NULL, \"invoiceId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"memberId\" integer, \"totalCents\" bigint NOT NULL, \"reason\" varchar(200) NOT NULL DEFAULT (''), \"createdById\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_2f33a135822405d06b9e910830d\" UNIQUE (\"number\"))");
    await queryRunner.query("CREATE INDEX \"idx_sales_returns_branch\" ON \"sales_returns\" (\"branchId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_sales_returns_invoice\" ON \"sales_returns\" (\"invoiceId\") ");
    await queryRunner.query("CREATE TABLE \"sales_return_lines\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"salesReturnId\" integer NOT NULL, \"invoiceLineId\" integer NOT NULL, \"quantity\" integer NOT NULL, \"amountCents\" bigint NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_sales_return_lines_line\" ON \"sales_return_lines\" (\"invoiceLineId\") ");
    await queryRunner.query("CREATE INDEX \"idx_sales_return_lines_return\" ON \"sales_return_lines\" (\"salesReturnId\") ");
    await queryRunner.query("CREATE TABLE \"sales_return_refunds\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"salesReturnId\" integer NOT NULL, \"tenderTypeId\" integer NOT NULL, \"amountCents\" bigint NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_sales_return_refunds_return\" ON \"sales_return_refunds\" (\"salesReturnId\") ");
    await queryRunner.query("CREATE TABLE \"stock_levels\" (\"productId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"onHand\" integer NOT NULL DEFAULT (0), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"productId\", \"branchId\"))");
    await queryRunner.query("CREATE INDEX \"idx_stock_levels_branch\" ON \"stock_levels\" (\"branchId\", \"onHand\") ");
    await queryRunner.query("CREATE TABLE \"stock_movements\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"productId\" integer NOT NULL, \"branchId\" integer NOT NULL, \"kind\" varchar(20) NOT NULL, \"quantity\" integer NOT NULL, \"reason\" varchar(200), \"invoiceId\" integer, \"salesReturnId\" integer, \"counterpartBranchId\" integer, \"staffId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"idx_stock_movements_branch\" ON \"stock_movements\" (\"branchId\", \"createdAt\") ");
    await queryRunner.query("CREATE INDEX \"idx_stock_movements_product\" ON \"stock_movements\" (\"productId\", \"branchId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"tender_types\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"translations\" text, \"kind\" varchar(20) NOT NULL, \"givesChange\" boolean NOT NULL DEFAULT (0), \"sortOrder\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_12f080708b1028f1aac378368c2\" UNIQUE (\"code\"))");
    await queryRunner.query("CREATE TABLE \"temporary_treatments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"series\" varchar(50), \"durationMinutes\" integer NOT NULL, \"bufferMinutes\" integer NOT NULL DEFAULT (0), \"priceCents\" bigint NOT NULL DEFAULT (0), \"equipmentCode\" varchar(20), \"roomType\" varchar(30), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"departmentId\" integer, CONSTRAINT \"UQ_0cb4ff050c4de9a356fd6f85a48\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"temporary_treatments\"(\"id\", \"code\", \"name\", \"series\", \"durationMinutes\", \"bufferMinutes\", \"priceCents\", \"equipmentCode\", \"roomType\", \"active\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"series\", \"durationMinutes\", \"bufferMinutes\", \"priceCents\", \"equipmentCode\", \"roomType\", \"active\", \"createdAt\", \"updatedAt\" FROM \"treatments\"");
    await queryRunner.query("DROP TABLE \"treatments\"");
    await queryRunner.query("ALTER TABLE \"temporary_treatments\" RENAME TO \"treatments\"");
    for (const tender of DEFAULT_TENDERS) await queryRunner.query('INSERT INTO "tender_types" ("code", "name", "translations", "kind", "givesChange", "sortOrder") VALUES (?, ?, ?, ?, ?, ?)', [...tender]);
    for (const [key, added] of GRANTS) await queryRunner.query(`UPDATE "roles" SET "permissions" = "permissions" || ? WHERE "key" = ? AND "builtIn" = 1`, [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query('SELECT "permissions" FROM "roles" WHERE "key" = ?', [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query('UPDATE "roles" SET "permissions" = ? WHERE "key" = ?', [kept.join(','), key]);
    }
    await queryRunner.query("ALTER TABLE \"treatments\" RENAME TO \"temporary_treatments\"");
    await queryRunner.query("CREATE TABLE \"treatments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(20) NOT NULL, \"name\" varchar(100) NOT NULL, \"series\" varchar(50), \"durationMinutes\" integer NOT NULL, \"bufferMinutes\" integer NOT NULL DEFAULT (0), \"priceCents\" bigint NOT NULL DEFAULT (0), \"equipmentCode\" varchar(20), \"roomType\" varchar(30), \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_0cb4ff050c4de9a356fd6f85a48\" UNIQUE (\"code\"))");
    await queryRunner.query("INSERT INTO \"treatments\"(\"id\", \"code\", \"name\", \"series\", \"durationMinutes\", \"bufferMinutes\", \"priceCents\", \"equipmentCode\", \"roomType\", \"active\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"name\", \"series\", \"durationMinutes\", \"bufferMinutes\", \"priceCents\", \"equipmentCode\", \"roomType\", \"active\", \"createdAt\", \"updatedAt\" FROM \"temporary_treatments\"");
    await queryRunner.query("DROP TABLE \"temporary_treatments\"");
    await queryRunner.query("DROP TABLE \"tender_types\"");
    await queryRunner.query("DROP TABLE \"stock_movements\"");
    await queryRunner.query("DROP TABLE \"stock_levels\"");
    await queryRunner.query("DROP TABLE \"sales_return_refunds\"");
    await queryRunner.query("DROP TABLE \"sales_return_lines\"");
    await queryRunner.query("DROP TABLE \"sales_returns\"");
    await queryRunner.query("DROP TABLE \"product_categories\"");
    await queryRunner.query("DROP TABLE \"products\"");
    await queryRunner.query("DROP TABLE \"invoice_payments\"");
    await queryRunner.query("DROP TABLE \"invoice_lines\"");
    await queryRunner.query("DROP TABLE \"invoices\"");
    await queryRunner.query("DROP TABLE \"idempotency_keys\"");
    await queryRunner.query("DROP TABLE \"held_bills\"");
    await queryRunner.query("DROP TABLE \"document_sequences\"");
    await queryRunner.query("DROP TABLE \"departments\"");
  }
}
