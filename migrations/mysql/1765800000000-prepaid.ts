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
    await queryRunner.query("CREATE TABLE `member_cards` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `cardNumber` varchar(30) NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'ACTIVE', `pinHash` varchar(100) NULL, `issuedAt` datetime NOT NULL, `issuedById` int NULL, `lockedAt` datetime NULL, `lockedById` int NULL, `reason` varchar(200) NULL, `replacedByCardId` int NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_member_cards_member` (`memberId`, `id`), UNIQUE INDEX `IDX_5392fdb81a3052c3b9fa5859ce` (`cardNumber`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stored_value_accounts` (`memberId` int NOT NULL, `balanceCents` bigint NOT NULL DEFAULT '0', `paidInCents` bigint NOT NULL DEFAULT '0', `bonusInCents` bigint NOT NULL DEFAULT '0', `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`memberId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `stored_value_entries` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `kind` varchar(10) NOT NULL, `amountCents` bigint NOT NULL, `paidCents` bigint NOT NULL DEFAULT '0', `bonusCents` bigint NOT NULL DEFAULT '0', `balanceAfterCents` bigint NOT NULL, `branchId` int NULL, `invoiceId` int NULL, `salesReturnId` int NULL, `prepaidSaleId` int NULL, `reason` varchar(200) NULL, `staffId` int NULL, `createdAt` datetime NOT NULL, INDEX `idx_stored_value_entries_invoice` (`invoiceId`), INDEX `idx_stored_value_entries_created` (`createdAt`, `branchId`), INDEX `idx_stored_value_entries_member` (`memberId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `package_types` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `kind` varchar(10) NOT NULL, `treatmentIds` varchar(2000) NULL, `sessions` int NULL, `valueCents` bigint NULL, `priceCents` bigint NOT NULL, `validityMonths` int NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e57e09325c33cf6ff3e78599c8` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_packages` (`id` int NOT NULL AUTO_INCREMENT, `memberId` int NOT NULL, `typeId` int NULL, `prepaidSaleId` int NOT NULL, `name` varchar(100) NOT NULL, `kind` varchar(10) NOT NULL, `treatmentIds` varchar(2000) NULL, `sessionsTotal` int NOT NULL DEFAULT '0', `sessionsRemaining` int NOT NULL DEFAULT '0', `valueCents` bigint NOT NULL DEFAULT '0', `remainingCents` bigint NOT NULL DEFAULT '0', `priceCents` bigint NOT NULL, `deferredCents` bigint NOT NULL, `status` varchar(10) NOT NULL DEFAULT 'ACTIVE', `branchId` int NOT NULL, `soldAt` datetime NOT NULL, `validTo` varchar(10) NOT NULL, `expiryBooked` tinyint NOT NULL DEFAULT 0, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_member_packages_sold` (`soldAt`, `branchId`), INDEX `idx_member_packages_valid` (`validTo`), INDEX `idx_member_packages_member` (`memberId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `package_entries` (`id` int NOT NULL AUTO_INCREMENT, `memberPackageId` int NOT NULL, `memberId` int NOT NULL, `kind` varchar(10) NOT NULL, `sessions` int NOT NULL DEFAULT '0', `valueCents` bigint NOT NULL DEFAULT '0', `sessionsAfter` int NOT NULL DEFAULT '0', `remainingAfterCents` bigint NOT NULL DEFAULT '0', `revenueCents` bigint NOT NULL DEFAULT '0', `treatmentId` int NULL, `invoiceId` int NULL, `appointmentId` int NULL, `branchId` int NULL, `reason` varchar(200) NULL, `staffId` int NULL, `createdAt` datetime NOT NULL, INDEX `idx_package_entries_invoice` (`invoiceId`), INDEX `idx_package_entries_created` (`createdAt`, `branchId`), INDEX `idx_package_entries_package` (`memberPackageId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `prepaid_sales` (`id` int NOT NULL AUTO_INCREMENT, `number` varchar(30) NOT NULL, `kind` varchar(10) NOT NULL, `memberId` int NOT NULL, `branchId` int NOT NULL, `amountCents` bigint NOT NULL, `bonusCents` bigint NOT NULL DEFAULT '0', `instalmentCount` int NOT NULL DEFAULT '1', `staffId` int NULL, `note` varchar(200) NULL, `createdAt` datetime NOT NULL, INDEX `idx_prepaid_sales_created` (`createdAt`, `branchId`), INDEX `idx_prepaid_sales_member` (`memberId`, `id`), UNIQUE INDEX `IDX_228466c66051884bfd4ffde71a` (`number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `prepaid_payments` (`id` int NOT NULL AUTO_INCREMENT, `prepaidSaleId` int NOT NULL, `instalmentId` int NULL, `tenderTypeId` int NOT NULL, `amountCents` bigint NOT NULL, `reference` varchar(100) NULL, `branchId` int NOT NULL, `staffId` int NULL, `createdAt` datetime NOT NULL, INDEX `idx_prepaid_payments_created` (`createdAt`, `branchId`), INDEX `idx_prepaid_payments_sale` (`prepaidSaleId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `instalments` (`id` int NOT NULL AUTO_INCREMENT, `prepaidSaleId` int NOT NULL, `memberId` int NOT NULL, `sequence` int NOT NULL, `dueDate` varchar(10) NOT NULL, `amountCents` bigint NOT NULL, `paidCents` bigint NOT NULL DEFAULT '0', `paidAt` datetime NULL, INDEX `idx_instalments_due` (`dueDate`), INDEX `idx_instalments_member` (`memberId`, `dueDate`), INDEX `idx_instalments_sale` (`prepaidSaleId`, `sequence`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    for (const tender of PREPAID_TENDERS) await queryRunner.query('INSERT INTO `tender_types` (`code`, `name`, `translations`, `kind`, `givesChange`, `sortOrder`) VALUES (?, ?, ?, ?, ?, ?)', [...tender]);
    for (const [key, added] of GRANTS) await queryRunner.query("UPDATE `roles` SET `permissions` = CONCAT(`permissions`, ?) WHERE `key` = ? AND `builtIn` = 1", [`,${added.join(',')}`, key]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [key, added] of GRANTS) {
      const rows: Array<{ permissions: string }> = await queryRunner.query("SELECT `permissions` FROM `roles` WHERE `key` = ?", [key]);
      if (!rows.length) continue;
      const kept = rows[0].permissions.split(',').filter((p) => !added.includes(p));
      await queryRunner.query("UPDATE `roles` SET `permissions` = ? WHERE `key` = ?", [kept.join(','), key]);
    }
    await queryRunner.query("DELETE FROM `tender_types` WHERE `code` IN ('SV', 'PKG')");
    await queryRunner.query("DROP INDEX `idx_instalments_sale` ON `instalments`");
    await queryRunner.query("DROP INDEX `idx_instalments_member` ON `instalments`");
    await queryRunner.query("DROP INDEX `idx_instalments_due` ON `instalments`");
    await queryRunner.query("DROP TABLE `instalments`");
    await queryRunner.query("DROP INDEX `idx_prepaid_payments_sale` ON `prepaid_payments`");
    await queryRunner.query("DROP INDEX `idx_prepaid_payments_created` ON `prepaid_payments`");
    await queryRunner.query("DROP TABLE `prepaid_payments`");
    await queryRunner.query("DROP INDEX `IDX_228466c66051884bfd4ffde71a` ON `prepaid_sales`");
    await queryRunner.query("DROP INDEX `idx_prepaid_sales_member` ON `prepaid_sales`");
    await queryRunner.query("DROP INDEX `idx_prepaid_sales_created` ON `prepaid_sales`");
    await queryRunner.query("DROP TABLE `prepaid_sales`");
    await queryRunner.query("DROP INDEX `idx_package_entries_package` ON `package_entries`");
    await queryRunner.query("DROP INDEX `idx_package_entries_created` ON `package_entries`");
    await queryRunner.query("DROP INDEX `idx_package_entries_invoice` ON `package_entries`");
    await queryRunner.query("DROP TABLE `package_entries`");
    await queryRunner.query("DROP INDEX `idx_member_packages_member` ON `member_packages`");
    await queryRunner.query("DROP INDEX `idx_member_packages_valid` ON `member_packages`");
    await queryRunner.query("DROP INDEX `idx_member_packages_sold` ON `member_packages`");
    await queryRunner.query("DROP TABLE `member_packages`");
    await queryRunner.query("DROP INDEX `IDX_e57e09325c33cf6ff3e78599c8` ON `package_types`");
    await queryRunner.query("DROP TABLE `package_types`");
    await queryRunner.query("DROP INDEX `idx_stored_value_entries_member` ON `stored_value_entries`");
    await queryRunner.query("DROP INDEX `idx_stored_value_entries_created` ON `stored_value_entries`");
    await queryRunner.query("DROP INDEX `idx_stored_value_entries_invoice` ON `stored_value_entries`");
    await queryRunner.query("DROP TABLE `stored_value_entries`");
    await queryRunner.query("DROP TABLE `stored_value_accounts`");
    await queryRunner.query("DROP INDEX `IDX_5392fdb81a3052c3b9fa5859ce` ON `member_cards`");
    await queryRunner.query("DROP INDEX `idx_member_cards_member` ON `member_cards`");
    await queryRunner.query("DROP TABLE `member_cards`");
  }
}
