/**
 * The benchmark's HTTP side: a keep-alive client that posts a screen's typed document to
 * /api/graphql exactly as the browser's Apollo Client does (document with __typename added, the
 * same headers and body shape, the session cookie), and times each answer read in full.
 */
import http from 'node:http';
import { print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { version as apolloClientVersion } from '@apollo/client/package.json';

export type Session = { cookie: string; label: string };

/** One request as the screen sends it: the operation's printed text and the screen's variables. */
export type GraphqlRequest = { operationName: string; body: string };

/** Prints the document as Apollo Client's cache sends it: every selection set asks for __typename. */
export function screenRequest(document: DocumentNode, variables: Record<string, unknown>): GraphqlRequest {
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const operationName = operation?.name?.value;
  if (!operationName) throw new Error('A screen document has a named operation');
  const body = JSON.stringify({
    operationName,
    variables,
    extensions: { clientLibrary: { name: '@apollo/client', version: apolloClientVersion } },
    query: print(addTypenameToDocument(document)),
  });
  return { operationName, body };
}

export type Answer = { status: number; ms: number; text: string };

/**
 * Posts bodies to one URL over kept-alive connections (one per concurrent caller), timing the
 * wall time from the request's start to the answer's last byte.
 */
export class GraphqlClient {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(base: string, path = '/api/graphql', sockets = 16) {
    this.url = new URL(path, base);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  /**
   * A kept-alive connection the server closed while idle (Next closes them after 5 s) fails on
   * reuse before the request is read: that one request is sent again on a fresh connection.
   */
  async post(body: string, session: Session | null, locale = 'zh-HK'): Promise<Answer> {
    try {
      return await this.send(body, session, locale);
    } catch (error) {
      if (!(error as { reusedSocket?: boolean }).reusedSocket) throw error;
      return this.send(body, session, locale);
    }
  }

  private send(body: string, session: Session | null, locale: string): Promise<Answer> {
    const headers: http.OutgoingHttpHeaders = {
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-locale': locale,
    };
    if (session) headers.cookie = session.cookie;
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const req = http.request(this.url, { method: 'POST', agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({
          status: res.statusCode ?? 0,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          text: Buffer.concat(chunks).toString('utf8'),
        }));
        res.on('error', reject);
      });
      req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET' })));
      req.end(body);
    });
  }

  /** Posts and fails loudly on anything but a 200 with data and no errors: a benchmark of an error is worthless. */
  async expectData(body: string, session: Session | null, what: string): Promise<Answer> {
    const answer = await this.post(body, session);
    if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
    const parsed = JSON.parse(answer.text) as { data?: unknown; errors?: unknown };
    if (parsed.errors || !parsed.data) throw new Error(`${what}: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
    return answer;
  }

  close(): void {
    this.agent.destroy();
  }
}
