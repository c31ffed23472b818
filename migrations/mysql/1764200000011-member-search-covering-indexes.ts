import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the member search's usual filters (branch with group, gender, birth month),
 * so a page's total count reads only an index.
 */
export class MemberSearchCoveringIndexes1764200000011 implements MigrationInterface {
  name = 'MemberSearchCoveringIndexes1764200000011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_members_branch_month` ON `members` (`branchId`, `birthMonth`, `groupId`, `deletedAt`)");
    await queryRunner.query("CREATE INDEX `idx_members_branch_group_filter` ON `members` (`branchId`, `groupId`, `gender`, `birthMonth`, `deletedAt`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_members_branch_group_filter` ON `members`");
    await queryRunner.query("DROP INDEX `idx_members_branch_month` ON `members`");
  }
}
