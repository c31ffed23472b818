/**
 * Closed-loop throughput: N callers each send the same request again as soon as the answer is
 * read, for a fixed time; requests per second and the latency percentiles of those requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { percentile } from '../measure';
import type { GraphqlClient, Session } from './client';

export type Throughput = { requests: number; perSecond: number; p50: number; p95: number; errors: number };

export async function closedLoop(client: GraphqlClient, body: string, session: Session | null, callers: number, seconds: number): Promise<Throughput> {
  const times: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const caller = async () => {
    while (Date.now() < deadline) {
      const answer = await client.post(body, session);
      if (answer.status === 200 && !answer.text.startsWith('{"errors"')) times.push(answer.ms);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return { requests: times.length, perSecond: times.length / elapsed, p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

/** Starts plain-server.ts on the port with the statements file; resolves once it listens. */
export function startPlainServer(port: number, statementsFile: string): Promise<ChildProcess> {
  const root = path.resolve(__dirname, '../../..');
  const child = spawn(process.execPath, ['-r', path.join(root, 'scripts/register.js'), path.join(root, 'scripts/bench/http/plain-server.ts'), '--port', String(port), '--statements', statementsFile], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The plain server never outlives the benchmark, however it ends.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`plain server exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
  });
}

export function stopPlainServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
