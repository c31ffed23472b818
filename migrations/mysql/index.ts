import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every MySQL/MariaDB migration, oldest first. Keep in step with ../sqlite/index.ts. */
export const mysqlMigrations = [Foundation1764000000000];
