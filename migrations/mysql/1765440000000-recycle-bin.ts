import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One recycle bin (數據回收站) for every deletion: a row per deleted record with what the bin
 * shows, the scope it belonged to and, for kinds removed from their table, the rows restoring
 * re-inserts. Members already soft-deleted get their entry (labelled "surname given (number)").
 */
export class RecycleBin1765440000000 implements MigrationInterface {
  name = 'RecycleBin1765440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `recycle_bin_items` (`id` int NOT NULL AUTO_INCREMENT, `entityType` varchar(30) NOT NULL, `entityId` int NOT NULL, `label` varchar(255) NOT NULL, `branchId` int NULL, `parentId` int NULL, `payload` text NULL, `deletedById` int NULL, `deletedAt` datetime NOT NULL, INDEX `idx_recycle_bin_items_at` (`deletedAt`, `id`), INDEX `idx_recycle_bin_items_type_at` (`entityType`, `deletedAt`, `id`), UNIQUE INDEX `uq_recycle_bin_items_entity` (`entityType`, `entityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query(
      "INSERT INTO `recycle_bin_items` (`entityType`, `entityId`, `label`, `branchId`, `deletedById`, `deletedAt`) " +
        "SELECT 'member', `id`, LEFT(CONCAT(TRIM(CONCAT(`lastName`, ' ', `firstName`)), ' (', `memberNo`, ')'), 255), `branchId`, `deletedById`, `deletedAt` " +
        "FROM `members` WHERE `deletedAt` IS NOT NULL",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_recycle_bin_items_entity` ON `recycle_bin_items`");
    await queryRunner.query("DROP INDEX `idx_recycle_bin_items_type_at` ON `recycle_bin_items`");
    await queryRunner.query("DROP INDEX `idx_recycle_bin_items_at` ON `recycle_bin_items`");
    await queryRunner.query("DROP TABLE `recycle_bin_items`");
  }
}
