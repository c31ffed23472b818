import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { StaffRole } from '../../services/staff/staff-role';
import { createLogger, useLogger } from '../../lib/logger';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { aBranch, aStaff } from '../helpers/fixtures';
import { GRAPHQL_URL, rawRequest, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let staffId: number;
let cookie: string;
let bearer: string;
let lines: Array<Record<string, any>>;
let previous: ReturnType<typeof useLogger>;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const staff = await aStaff(ds, await aBranch(ds), [StaffRole.MANAGER]);
  staffId = staff.id;
  cookie = await sessionCookieFor(staff);
  ({ secret: bearer } = await new ApiTokenService(ds).create((await loadViewer(ds, staff.id, 'session'))!, 'logs'));
});

afterAll(() => db.drop());

beforeEach(() => {
  lines = [];
  previous = useLogger(createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info'));
});
afterEach(() => useLogger(previous));

const post = (body: string, headers: Record<string, string>) =>
  rawRequest(GRAPHQL_URL, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('one JSON line per GraphQL request', () => {
  it('names the request id the caller sent, the viewer, the operation, status and duration', async () => {
    const res = await post(JSON.stringify({ query: 'query WhoAmI { viewer { id } }' }), {
      authorization: `Bearer ${bearer}`,
      'x-request-id': 'trace-42',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'graphql request',
        requestId: 'trace-42',
        viewer: { staffId, via: 'token' },
        operationName: 'WhoAmI',
        operationType: 'query',
        status: 200,
        durationMs: expect.any(Number),
        errorCodes: [],
      }),
    ]);
  });

  it('makes up a request id when none (or a strange one) is sent, and answers with it', async () => {
    for (const sent of [undefined, 'has spaces and "quotes"']) {
      lines = [];
      const res = await post(JSON.stringify({ query: '{ viewer { id } }' }), { cookie, ...(sent ? { 'x-request-id': sent } : {}) });
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toEqual([expect.objectContaining({ requestId, viewer: { staffId, via: 'session' }, operationName: null })]);
    }
  });

  it.each([
    ['a validation error', JSON.stringify({ query: 'mutation Nope { nope }' }), {}, 400, ['GRAPHQL_VALIDATION_FAILED']],
    ['malformed JSON', '{"query":', {}, 400, ['BAD_REQUEST']],
    ['a wrong token', JSON.stringify({ query: '{ viewer { id } }' }), { authorization: 'Bearer wrong' }, 401, ['UNAUTHENTICATED']],
    ['a body over the limit', JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(1024 * 1024)}` }), {}, 413, ['PAYLOAD_TOO_LARGE']],
  ])('for %s too, with its error codes', async (_what, body, headers: Record<string, string>, status, errorCodes) => {
    const res = await post(body, { cookie, ...headers });
    expect(res.status).toBe(status);
    expect(lines).toEqual([expect.objectContaining({ msg: 'graphql request', requestId: res.headers.get('x-request-id'), status, errorCodes })]);
  });
});
