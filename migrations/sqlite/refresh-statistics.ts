import type { QueryRunner } from 'typeorm';

/**
 * Refreshes SQLite's planner statistics for a table whose indexes a migration changed, when the
 * database keeps statistics at all (sqlite_stat1: generated and long-lived databases). An index
 * missing from them looks selective to the planner: after new campaign-member indexes the contact
 * page's last-log read walked every visible contact member, 40 s for 50 logs.
 */
export async function refreshStatistics(queryRunner: QueryRunner, table: string): Promise<void> {
  const kept = await queryRunner.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'");
  if (kept.length > 0) await queryRunner.query(`ANALYZE "${table}"`);
}
