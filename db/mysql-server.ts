/**
 * A plain connection to the MySQL/MariaDB server of a `mysql://` (or `mariadb://`) URL, without
 * choosing its database: for work on whole databases (create, drop, restore into) that a
 * DataSource bound to one database cannot do.
 */
export async function connectToServer(url: string) {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const mysql = await import('mysql2/promise');
  return mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
}
