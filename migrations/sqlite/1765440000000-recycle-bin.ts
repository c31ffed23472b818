import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One recycle bin (數據回收站) for every deletion: a row per deleted record with what the bin
 * shows, the scope it belonged to and, for kinds removed from their table, the rows restoring
 * re-inserts. Members already soft-deleted get their entry (labelled "surname given (number)").
 */
export class RecycleBin1765440000000 implements MigrationInterface {
  name = 'RecycleBin1765440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"recycle_bin_items\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"entityType\" varchar(30) NOT NULL, \"entityId\" integer NOT NULL, \"label\" varchar(255) NOT NULL, \"branchId\" integer, \"parentId\" integer, \"payload\" text, \"deletedById\" integer, \"deletedAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_recycle_bin_items_at\" ON \"recycle_bin_items\" (\"deletedAt\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_recycle_bin_items_type_at\" ON \"recycle_bin_items\" (\"entityType\", \"deletedAt\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_recycle_bin_items_entity\" ON \"recycle_bin_items\" (\"entityType\", \"entityId\") ");
    await queryRunner.query(
      "INSERT INTO \"recycle_bin_items\" (\"entityType\", \"entityId\", \"label\", \"branchId\", \"deletedById\", \"deletedAt\") " +
        "SELECT 'member', \"id\", substr(trim(\"lastName\" || ' ' || \"firstName\") || ' (' || \"memberNo\" || ')', 1, 255), \"branchId\", \"deletedById\", \"deletedAt\" " +
        "FROM \"members\" WHERE \"deletedAt\" IS NOT NULL",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_recycle_bin_items_entity\"");
    await queryRunner.query("DROP INDEX \"idx_recycle_bin_items_type_at\"");
    await queryRunner.query("DROP INDEX \"idx_recycle_bin_items_at\"");
    await queryRunner.query("DROP TABLE \"recycle_bin_items\"");
  }
}
