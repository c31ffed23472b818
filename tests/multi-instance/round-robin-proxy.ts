/**
 * The "small proxy" in front of several app instances: each request goes to the next instance in
 * turn. Like a real load balancer it replaces X-Forwarded-For with the peer it saw (a client
 * cannot pass a forged one through it) and says which host and scheme the client asked for.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RoundRobinProxy = { url: string; close: () => Promise<void> };

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = new URL(targets[next]);
    next = (next + 1) % targets.length;
    const headers = { ...req.headers };
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-proto'] = 'http';
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
