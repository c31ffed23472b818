import fs from 'node:fs';
import path from 'node:path';
import { Session, type Profiler } from 'node:inspector';

/**
 * A CPU profile of `runs` calls of one case's GraphQL path alone (set-up, plain SQL and the other
 * cases left out), written as `<dir>/<name>.cpuprofile` for Chrome's DevTools or a summary script.
 */
export async function profileCalls(dir: string, name: string, fn: () => Promise<unknown>, runs: number): Promise<string> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
    for (let i = 0; i < runs; i++) await fn();
    const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    return file;
  } finally {
    session.disconnect();
  }
}
