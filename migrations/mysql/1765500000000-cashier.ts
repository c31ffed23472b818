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
    await queryRunner.query("CREATE TABLE `departments` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `translations` text NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_91fddbe23e927e1e525c152baa` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `document_sequences` (`branchId` int NOT NULL, `kind` varchar(20) NOT NULL, `prefix` varchar(20) NOT NULL, `digits` int NOT NULL DEFAULT '5', `nextValue` int NOT NULL DEFAULT '1', PRIMARY KEY (`branchId`, `kind`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `held_bills` (`id` int NOT NULL AUTO_INCREMENT, `branchId` int NOT NULL, `memberId` int NULL, `label` varchar(100) NOT NULL DEFAULT '', `draft` text NOT NULL, `totalCents` bigint NOT NULL DEFAULT '0', `heldById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `resumedAt` datetime NULL, `resumedById` int NULL, INDEX `idx_held_bills_branch` (`branchId`, `resumedAt`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `idempotency_keys` (`id` int NOT NULL AUTO_INCREMENT, `scope` varchar(40) NOT NULL, `key` varchar(100) NOT NULL, `requestHash` varchar(64) NOT NULL, `resultId` int NOT NULL, `staffId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_idempotency_scope_key` (`scope`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invoices` (`id` int NOT NULL AUTO_INCREMENT, `number` varchar(30) NOT NULL, `branchId` int NOT NULL, `memberId` int NULL, `customerName` varchar(100) NULL, `appointmentId` int NULL, `status` varchar(10) NOT NULL DEFAULT 'ISSUED', `businessDate` varchar(10) NOT NULL, `issuedAt` datetime NOT NULL, `cashierId` int NOT NULL, `subtotalCents` bigint NOT NULL, `discountCents` bigint NOT NULL DEFAULT '0', `taxCents` bigint NOT NULL DEFAULT '0', `roundingCents` bigint NOT NULL DEFAULT '0', `totalCents` bigint NOT NULL, `productCents` bigint NOT NULL DEFAULT '0', `treatmentCents` bigint NOT NULL DEFAULT '0', `changeCents` bigint NOT NULL DEFAULT '0', `refundedCents` bigint NOT NULL DEFAULT '0', `note` varchar(500) NOT NULL DEFAULT '', `voidedAt` datetime NULL, `voidedById` int NULL, `voidReason` varchar(200) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_invoices_appointment` (`appointmentId`), INDEX `idx_invoices_total` (`totalCents`), INDEX `idx_invoices_status_issued` (`status`, `issuedAt`), INDEX `idx_invoices_business_date` (`businessDate`, `branchId`), INDEX `idx_invoices_issued` (`issuedAt`), INDEX `idx_invoices_member_issued` (`memberId`, `issuedAt`), INDEX `idx_invoices_branch_issued` (`branchId`, `issuedAt`), UNIQUE INDEX `IDX_6b20aa66f2a835a4f2fbde4872` (`number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invoice_lines` (`id` int NOT NULL AUTO_INCREMENT, `invoiceId` int NOT NULL, `position` int NOT NULL, `kind` varchar(10) NOT NULL, `productId` int NULL, `treatmentId` int NULL, `departmentId` int NULL, `code` varchar(30) NOT NULL, `description` varchar(200) NOT NULL, `quantity` int NOT NULL, `unitPriceCents` bigint NOT NULL, `lineDiscountCents` bigint NOT NULL DEFAULT '0', `memberDiscountCents` bigint NOT NULL DEFAULT '0', `taxCents` bigint NOT NULL DEFAULT '0', `totalCents` bigint NOT NULL, `staffId` int NULL, `returnedQuantity` int NOT NULL DEFAULT '0', INDEX `idx_invoice_lines_product` (`productId`, `invoiceId`), INDEX `idx_invoice_lines_staff` (`staffId`, `invoiceId`), INDEX `idx_invoice_lines_invoice` (`invoiceId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invoice_payments` (`id` int NOT NULL AUTO_INCREMENT, `invoiceId` int NOT NULL, `tenderTypeId` int NOT NULL, `amountCents` bigint NOT NULL, `tenderedCents` bigint NOT NULL, `reference` varchar(100) NULL, INDEX `idx_invoice_payments_tender` (`tenderTypeId`, `invoiceId`), INDEX `idx_invoice_payments_invoice` (`invoiceId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `products` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(30) NOT NULL, `barcode` varchar(50) NULL, `name` varchar(100) NOT NULL, `translations` text NULL, `categoryId` int NULL, `departmentId` int NULL, `priceCents` bigint NOT NULL DEFAULT '0', `costCents` bigint NOT NULL DEFAULT '0', `taxRateBasisPoints` int NOT NULL DEFAULT '0', `allowNegativeStock` tinyint NOT NULL DEFAULT 0, `lowStockThreshold` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_products_category` (`categoryId`, `active`), UNIQUE INDEX `IDX_7cfc24d6c24f0ec91294003d6b` (`code`), UNIQUE INDEX `IDX_adfc522baf9d9b19cd7d9461b7` (`barcode`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_categories` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `translations` text NULL, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_03fac833e3bd77ac8884680530` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sales_returns` (`id` int NOT NULL AUTO_INCREMENT, `number` varchar(30) NOT NULL, `invoiceId` int NOT NULL, `branchId` int NOT NULL, `memberId` int NULL, `totalCents` bigint NOT NULL, `reason` varchar(200) NOT NULL DEFAULT '', `createdById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_sales_returns_branch` (`branchId`, `createdAt`), INDEX `idx_sales_returns_invoice` (`invoiceId`), UNIQUE INDEX `IDX_2f33a135822405d06b9e910830` (`number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sales_return_lines` (`id` int NOT NULL AUTO_INCREMENT, `salesReturnId` int NOT NULL, `invoiceLineId` int NOT NULL, `quantity` int NOT NULL, `amountCents` bigint NOT NULL, INDEX `idx_sales_return_lines_line` (`invoiceLineId`), INDEX `idx_sales_return_lines_return` (`salesReturnId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sales_return_refunds` (`id` int NOT NULL AUTO_INCREMENT, `salesReturnId` int NOT NULL, `tenderTypeId` int NOT NULL, `amountCents` bigint NOT NULL, INDEX `idx_sales_return_refunds_return` (`salesReturnId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock_levels` (`productId` int NOT NULL, `branchId` int NOT NULL, `onHand` int NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_stock_levels_branch` (`branchId`, `onHand`), PRIMARY KEY (`productId`, `branchId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stock_movements` (`id` int NOT NULL AUTO_INCREMENT, `productId` int NOT NULL, `branchId` int NOT NULL, `kind` varchar(20) NOT NULL, `quantity` int NOT NULL, `reason` varchar(200) NULL, `invoiceId` int NULL, `salesReturnId` int NULL, `counterpartBranchId` int NULL, `staffId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_stock_movements_branch` (`branchId`, `createdAt`), INDEX `idx_stock_movements_product` (`productId`, `branchId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `tender_types` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `translations` text NULL, `kind` varchar(20) NOT NULL, `givesChange` tinyint NOT NULL DEFAULT 0, `sortOrder` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_12f080708b1028f1aac378368c` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `treatments` ADD `departmentId` int NULL");
    for (const tender of DEFAULT_TENDERS) await queryRunner.query('INSERT INTO `tender_types` (`code`, `name`, `translations`, `kind`, `givesChange`, `sortOrder`) VALUES (?, ?, ?, ?, ?, ?)', [...tender]);
    for (const [key, added] of GRANTS) await queryRunner.query("UPDATE `roles` SET `permissions` = CONCAT(`permissions`, ?) WHERE `key` = ? AND `builtIn` = 1", [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query("SELECT `permissions` FROM `roles` WHERE `key` = ?", [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query("UPDATE `roles` SET `permissions` = ? WHERE `key` = ?", [kept.join(','), key]);
    }
    await queryRunner.query("ALTER TABLE `treatments` DROP COLUMN `departmentId`");
    await queryRunner.query("DROP TABLE `tender_types`");
    await queryRunner.query("DROP TABLE `stock_movements`");
    await queryRunner.query("DROP TABLE `stock_levels`");
    await queryRunner.query("DROP TABLE `sales_return_refunds`");
    await queryRunner.query("DROP TABLE `sales_return_lines`");
    await queryRunner.query("DROP TABLE `sales_returns`");
    await queryRunner.query("DROP TABLE `product_categories`");
    await queryRunner.query("DROP TABLE `products`");
    await queryRunner.query("DROP TABLE `invoice_payments`");
    await queryRunner.query("DROP TABLE `invoice_lines`");
    await queryRunner.query("DROP TABLE `invoices`");
    await queryRunner.query("DROP TABLE `idempotency_keys`");
    await queryRunner.query("DROP TABLE `held_bills`");
    await queryRunner.query("DROP TABLE `document_sequences`");
    await queryRunner.query("DROP TABLE `departments`");
  }
}
