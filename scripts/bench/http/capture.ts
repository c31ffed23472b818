/**
 * The statements the product runs for one request, read from its own log: the server runs with
 * DB_LOG=1 (every statement logged as a JSON line with msg "sql") and its output in a file; one
 * request is sent, and the statements logged between it and its "graphql request" line are it.
 */
import fs from 'node:fs';
import type { Statement } from './plain-server';

type LogLine = { msg?: string; query?: string; parameters?: unknown[] };

function linesFrom(file: string, offset: number): LogLine[] {
  const text = fs.readFileSync(file).subarray(offset).toString('utf8');
  return text.split('\n').flatMap((line) => {
    try {
      return line.startsWith('{') ? [JSON.parse(line) as LogLine] : [];
    } catch {
      return [];
    }
  });
}

export async function captureStatements(logFile: string, send: () => Promise<unknown>): Promise<Statement[]> {
  if (!fs.existsSync(logFile)) throw new Error(`${logFile} does not exist: start the server with DB_LOG=1 and its output in that file`);
  const offset = fs.statSync(logFile).size;
  await send();
  for (let waited = 0; waited < 5000; waited += 100) {
    const lines = linesFrom(logFile, offset);
    const end = lines.findIndex((l) => l.msg === 'graphql request');
    if (end >= 0) {
      const statements = lines.slice(0, end).filter((l) => l.msg === 'sql' && l.query).map((l) => ({ query: l.query!, parameters: l.parameters ?? [] }));
      if (statements.length === 0) throw new Error(`No "sql" lines in ${logFile}: was the server started with DB_LOG=1?`);
      return statements;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No "graphql request" line appeared in ${logFile}`);
}
