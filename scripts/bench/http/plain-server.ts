/**
 * The throughput baseline: a plain Node HTTP server that answers a POST by reading its JSON body
 * and running a fixed list of statements (the product's own, captured from its log, or the hand
 * SQL) one after another on the driver the product uses, then answering their rows as JSON. What
 * the product does beyond this — Next, the session, GraphQL, entity building — is what the ratio
 * of the two servers' throughput measures.
 *
 *   DATABASE_URL=… node -r ./scripts/register.js scripts/bench/http/plain-server.ts --port 3199 --statements FILE
 *
 * FILE holds [{ "query": "…", "parameters": [ … ] }, …]. Prints "listening" once ready.
 */
import fs from 'node:fs';
import http from 'node:http';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import path from 'node:path';

export type Statement = { query: string; parameters: unknown[] };

type Runner = (statements: Statement[]) => Promise<unknown[]>;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** better-sqlite3 as TypeORM opens it (WAL, the same pragmas), statements prepared once. */
function sqliteRunner(file: string): Runner {
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const prepared = new Map<string, Database.Statement>();
  return async (statements) => statements.map(({ query, parameters }) => {
    let statement = prepared.get(query);
    if (!statement) {
      statement = db.prepare(query);
      prepared.set(query, statement);
    }
    return statement.reader ? statement.all(...parameters) : statement.run(...parameters);
  });
}

/** A Date TypeORM handed mysql2 is logged as an ISO string: it goes back as a Date, formatted by mysql2 as before. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const asMysqlParameter = (value: unknown) => (typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value);

/** mysql2's pool as TypeORM uses it (text protocol, same pool size); one connection per request, as a transaction would need. */
function mysqlRunner(url: string): Runner {
  const pool = mysql.createPool({ uri: url, connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10), timezone: 'Z', dateStrings: ['DATE'], charset: 'utf8mb4_unicode_ci' });
  return async (statements) => {
    const connection = await pool.getConnection();
    try {
      const results: unknown[] = [];
      for (const { query, parameters } of statements) results.push((await connection.query(query, parameters.map(asMysqlParameter)))[0]);
      return results;
    } finally {
      connection.release();
    }
  };
}

function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const port = Number(option('port', '3199'));
  const statements = JSON.parse(fs.readFileSync(option('statements', ''), 'utf8')) as Statement[];
  // As db/data-source.ts reads the URL (not imported: it would load every entity into this small process).
  const run = /^(mysql|mariadb):/.test(url) ? mysqlRunner(url.replace(/^mariadb:/, 'mysql:')) : sqliteRunner(path.resolve(url.replace(/^(sqlite|file):(\/\/)?/, '')));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        const rows = await run(statements);
        const body = JSON.stringify({ data: rows }, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1', () => console.log('listening'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
