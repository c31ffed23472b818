import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operation log (操作日誌) over the whole audit log: each entry keeps the client's address and
 * the API token it came through, and the log is read newest first, overall or by staff member,
 * kind of record or action, so each of those has an index ending in (at, id). The rows copied keep
 * their time in the form TypeORM writes (with milliseconds): entries now write their time
 * themselves, and one text form keeps "newest first" and the log's cursor exact in SQLite.
 */
export class OperationLog1765420000000 implements MigrationInterface {
  name = 'OperationLog1765420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_audit_logs_actor\"");
    await queryRunner.query("DROP INDEX \"idx_audit_logs_entity\"");
    await queryRunner.query("CREATE TABLE \"temporary_audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"entityType\" varchar(30) NOT NULL, \"entityId\" integer NOT NULL, \"action\" varchar(30) NOT NULL, \"actorId\" integer, \"before\" text, \"after\" text, \"at\" datetime NOT NULL DEFAULT (datetime('now')), \"address\" varchar(45), \"tokenId\" integer)");
    await queryRunner.query("INSERT INTO \"temporary_audit_logs\"(\"id\", \"entityType\", \"entityId\", \"action\", \"actorId\", \"before\", \"after\", \"at\") SELECT \"id\", \"entityType\", \"entityId\", \"action\", \"actorId\", \"before\", \"after\", strftime('%Y-%m-%d %H:%M:%f', \"at\") FROM \"audit_logs\"");
    await queryRunner.query("DROP TABLE \"audit_logs\"");
    await queryRunner.query("ALTER TABLE \"temporary_audit_logs\" RENAME TO \"audit_logs\"");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_entity\" ON \"audit_logs\" (\"entityType\", \"entityId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_action_at\" ON \"audit_logs\" (\"action\", \"at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_type_at\" ON \"audit_logs\" (\"entityType\", \"at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_actor\" ON \"audit_logs\" (\"actorId\", \"at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_at\" ON \"audit_logs\" (\"at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_audit_logs_at\"");
    await queryRunner.query("DROP INDEX \"idx_audit_logs_actor\"");
    await queryRunner.query("DROP INDEX \"idx_audit_logs_type_at\"");
    await queryRunner.query("DROP INDEX \"idx_audit_logs_action_at\"");
    await queryRunner.query("DROP INDEX \"idx_audit_logs_entity\"");
    await queryRunner.query("ALTER TABLE \"audit_logs\" RENAME TO \"temporary_audit_logs\"");
    await queryRunner.query("CREATE TABLE \"audit_logs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"entityType\" varchar(30) NOT NULL, \"entityId\" integer NOT NULL, \"action\" varchar(30) NOT NULL, \"actorId\" integer, \"before\" text, \"after\" text, \"at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"audit_logs\"(\"id\", \"entityType\", \"entityId\", \"action\", \"actorId\", \"before\", \"after\", \"at\") SELECT \"id\", \"entityType\", \"entityId\", \"action\", \"actorId\", \"before\", \"after\", \"at\" FROM \"temporary_audit_logs\"");
    await queryRunner.query("DROP TABLE \"temporary_audit_logs\"");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_entity\" ON \"audit_logs\" (\"entityType\", \"entityId\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_audit_logs_actor\" ON \"audit_logs\" (\"actorId\") ");
  }
}
