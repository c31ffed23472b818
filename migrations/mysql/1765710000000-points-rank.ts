import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points ranking's counts: how many members hold each balance, as append-only rows (+1 at a
 * member's new balance, −1 at her old) that the expiry pass folds together, so a rank is a sum
 * over the few balances above, not a count of the members who hold them. Filled from the balances.
 */
export class PointsRank1765710000000 implements MigrationInterface {
  name = 'PointsRank1765710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE `points_balance_counts` (`id` int NOT NULL AUTO_INCREMENT, `balance` int NOT NULL, `members` int NOT NULL, INDEX `idx_points_balance_counts_balance` (`balance`, `members`), PRIMARY KEY (`id`)) ENGINE=InnoDB');
    await queryRunner.query('INSERT INTO `points_balance_counts` (`balance`, `members`) SELECT `balance`, COUNT(*) FROM `member_points` WHERE `balance` > 0 GROUP BY `balance`');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `points_balance_counts`');
  }
}
