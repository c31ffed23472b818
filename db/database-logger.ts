import type { Logger as TypeOrmLogger } from 'typeorm';
import { logger } from '../lib/logger';

/**
 * TypeORM's messages as lines of the server's log. A failed statement is only a warning here:
 * whoever catches it decides (a raced duplicate becomes the caller's ALREADY_USED; anything
 * unexpected is logged again as an error where it is handled). Its parameters stay out of the
 * log, as they hold members' details; DB_LOG=1 logs every statement with them, for debugging.
 */
export class DatabaseLogger implements TypeOrmLogger {
  constructor(private readonly everyStatement: boolean) {}

  logQuery(query: string, parameters?: unknown): void {
    if (this.everyStatement) logger().info({ query, parameters }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    logger().warn({ err: error, query }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    logger().warn({ durationMs: time, query }, 'sql slow');
  }

  logSchemaBuild(message: string): void {
    logger().debug(message);
  }

  logMigration(message: string): void {
    logger().debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger().warn(String(message));
    else logger().debug(String(message));
  }
}
