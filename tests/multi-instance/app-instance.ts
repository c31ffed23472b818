/**
 * One `next start` of the built app, in its own process group so that stopping it (or killing
 * it, as a crash would) takes the whole tree: the npx/next wrapper and the server it forks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type AppInstance = {
  name: string;
  url: string;
  logFile: string;
  /** Ends the process group: SIGTERM lets it shut down, SIGKILL is a crash. */
  kill: (signal?: NodeJS.Signals) => void;
  exited: Promise<void>;
};

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function startAppInstance(name: string, port: number, env: NodeJS.ProcessEnv, logDir: string): AppInstance {
  const logFile = path.join(logDir, `${name}.log`);
  const log = fs.openSync(logFile, 'a');
  const nextBin = path.join(process.cwd(), 'node_modules', '.bin', 'next');
  const child: ChildProcess = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    logFile,
    exited,
    kill: (signal = 'SIGTERM') => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    },
  };
}

/** Resolves once the instance answers /api/health (any status: it is up); rejects after `timeoutMs`. */
export async function waitUntilListening(instance: AppInstance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void instance.exited.then(() => (exited = true));
  for (;;) {
    try {
      await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      if (exited) throw new Error(`instance ${instance.name} exited while starting; see ${instance.logFile}`);
      if (Date.now() > deadline) throw new Error(`instance ${instance.name} did not answer within ${timeoutMs / 1000} s; see ${instance.logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
