import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Branches, sales groups, staff, member groups, members and API tokens. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `branches` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `timeZone` varchar(64) NOT NULL DEFAULT 'Asia/Hong_Kong', `currency` varchar(3) NOT NULL DEFAULT 'HKD', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_9c06cbb83feb2f0be6263bd47e` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sales_groups` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, UNIQUE INDEX `IDX_d2e6d7f69fccd1ba1c02e081d9` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `staff` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `displayName` varchar(100) NOT NULL, `login` varchar(50) NOT NULL, `passwordHash` varchar(100) NULL, `branchId` int NOT NULL, `salesGroupId` int NULL, `roles` text NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_staff_branch` (`branchId`), INDEX `idx_staff_sales_group` (`salesGroupId`), UNIQUE INDEX `IDX_fbad5f39403ad70365bede283b` (`code`), UNIQUE INDEX `IDX_614685aacd66c9e9c17d5d13c2` (`login`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `api_tokens` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `tokenHash` varchar(64) NOT NULL, `tokenPrefix` varchar(16) NOT NULL, `ownerId` int NOT NULL, `lastUsedAt` datetime NULL, `revokedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_api_tokens_owner` (`ownerId`), UNIQUE INDEX `IDX_cdac8e064e6e9c2e0835d1c1b8` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `member_groups` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(20) NOT NULL, `name` varchar(100) NOT NULL, `isDeletedGroup` tinyint NOT NULL DEFAULT 0, `sortOrder` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_2b32d2cd408a10fa0c5cdcaf61` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `members` (`id` int NOT NULL AUTO_INCREMENT, `memberNo` varchar(30) NOT NULL, `lastName` varchar(50) NOT NULL, `firstName` varchar(50) NOT NULL DEFAULT '', `englishName` varchar(100) NULL, `gender` varchar(1) NOT NULL DEFAULT 'U', `idCard` varchar(20) NULL, `phone` varchar(20) NULL, `phone2` varchar(20) NULL, `email` varchar(150) NULL, `birthday` date NULL, `branchId` int NOT NULL, `groupId` int NOT NULL, `consultantId` int NULL, `remarks` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_members_id_card` (`idCard`), INDEX `idx_members_phone` (`phone`), INDEX `idx_members_phone2` (`phone2`), INDEX `idx_members_branch` (`branchId`), INDEX `idx_members_group` (`groupId`), INDEX `idx_members_consultant` (`consultantId`), UNIQUE INDEX `IDX_23f311d3b70a78784468fc0953` (`memberNo`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `staff` ADD CONSTRAINT `FK_973364520f149569e9041986bd7` FOREIGN KEY (`branchId`) REFERENCES `branches`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `staff` ADD CONSTRAINT `FK_5153b9f80c44d6903200d6039b6` FOREIGN KEY (`salesGroupId`) REFERENCES `sales_groups`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `api_tokens` ADD CONSTRAINT `FK_4e17e353888719798ee22fe1613` FOREIGN KEY (`ownerId`) REFERENCES `staff`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `members` ADD CONSTRAINT `FK_f496c330bf399940f4dce994d47` FOREIGN KEY (`branchId`) REFERENCES `branches`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `members` ADD CONSTRAINT `FK_e79799797e2b44d0fb235eee5ec` FOREIGN KEY (`groupId`) REFERENCES `member_groups`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `members` ADD CONSTRAINT `FK_db002f6364888d345eea09cb11a` FOREIGN KEY (`consultantId`) REFERENCES `staff`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `members`');
    await queryRunner.query('DROP TABLE `member_groups`');
    await queryRunner.query('DROP TABLE `api_tokens`');
    await queryRunner.query('DROP TABLE `staff`');
    await queryRunner.query('DROP TABLE `sales_groups`');
    await queryRunner.query('DROP TABLE `branches`');
  }
}
