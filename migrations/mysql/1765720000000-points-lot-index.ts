import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing a points lot writes its row only: with `open` in the keys of the lot indexes, every lot
 * that was spent or expired moved within both, which was most of the expiry pass's writes. A
 * member's few lots are filtered on `open` as they are read, and the expiry pass reads only the
 * lots due since its last complete pass (loyalty_settings.pointsExpiredThrough). One ALTER, so the
 * index the member's foreign key needs is never missing.
 */
export class PointsLotIndex1765720000000 implements MigrationInterface {
  name = 'PointsLotIndex1765720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `points_lots` DROP INDEX `idx_points_lots_member`, ADD INDEX `idx_points_lots_member` (`memberId`, `expiresAt`, `id`), DROP INDEX `idx_points_lots_expiry`, ADD INDEX `idx_points_lots_expiry` (`expiresAt`)');
    await queryRunner.query('ALTER TABLE `loyalty_settings` ADD `pointsExpiredThrough` datetime NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `loyalty_settings` DROP COLUMN `pointsExpiredThrough`');
    await queryRunner.query('ALTER TABLE `points_lots` DROP INDEX `idx_points_lots_member`, ADD INDEX `idx_points_lots_member` (`memberId`, `open`, `expiresAt`, `id`), DROP INDEX `idx_points_lots_expiry`, ADD INDEX `idx_points_lots_expiry` (`open`, `expiresAt`)');
  }
}
