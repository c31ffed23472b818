/**
 * Turns a DATABASE_URL into what the mysql/mariadb command-line tools need: the database name and
 * an option file (passed with --defaults-extra-file), so the password never appears in the
 * process list or the environment.
 */
export type MysqlClientOptions = { database: string; optionFile: string };

/** Double-quoted option-file value; the client unescapes \\ and \" inside quotes. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

export function mysqlClientOptions(url: string): MysqlClientOptions {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL names no database (mysql://user:pass@host:3306/<database>)');
  const lines = [
    '[client]',
    `host=${quoted(parsed.hostname || '127.0.0.1')}`,
    `port=${Number(parsed.port || 3306)}`,
    // The app connects over TCP (mysql2); "localhost" would make the tools use the socket instead.
    'protocol=TCP',
    `user=${quoted(decodeURIComponent(parsed.username || 'root'))}`,
  ];
  if (parsed.password) lines.push(`password=${quoted(decodeURIComponent(parsed.password))}`);
  return { database, optionFile: `${lines.join('\n')}\n` };
}
