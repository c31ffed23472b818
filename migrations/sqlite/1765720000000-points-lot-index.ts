import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing a points lot writes its row only: with `open` in the keys of the lot indexes, every lot
 * that was spent or expired moved within both, which was most of the expiry pass's writes. A
 * member's few lots are filtered on `open` as they are read, and the expiry pass reads only the
 * lots due since its last complete pass (loyalty_settings.pointsExpiredThrough).
 */
export class PointsLotIndex1765720000000 implements MigrationInterface {
  name = 'PointsLotIndex1765720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "idx_points_lots_member"');
    await queryRunner.query('CREATE INDEX "idx_points_lots_member" ON "points_lots" ("memberId", "expiresAt", "id") ');
    await queryRunner.query('DROP INDEX "idx_points_lots_expiry"');
    await queryRunner.query('CREATE INDEX "idx_points_lots_expiry" ON "points_lots" ("expiresAt") ');
    await queryRunner.query('ALTER TABLE "loyalty_settings" ADD COLUMN "pointsExpiredThrough" datetime');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "loyalty_settings" DROP COLUMN "pointsExpiredThrough"');
    await queryRunner.query('DROP INDEX "idx_points_lots_expiry"');
    await queryRunner.query('CREATE INDEX "idx_points_lots_expiry" ON "points_lots" ("open", "expiresAt") ');
    await queryRunner.query('DROP INDEX "idx_points_lots_member"');
    await queryRunner.query('CREATE INDEX "idx_points_lots_member" ON "points_lots" ("memberId", "open", "expiresAt", "id") ');
  }
}
