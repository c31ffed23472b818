import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every SQLite migration, oldest first. Keep in step with ../mysql/index.ts. */
export const sqliteMigrations = [Foundation1764000000000];
