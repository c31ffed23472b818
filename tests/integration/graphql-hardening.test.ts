import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { serverAudits } from 'graphql-http';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { StaffRole } from '../../entities/staff.entity';
import { armorProtection, LIMITS } from '../../graphql/server';
import { aBranch, aStaff } from '../helpers/fixtures';
import { GRAPHQL_URL, gql, rawRequest, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const branch = await aBranch(ds);
  cookie = await sessionCookieFor(await aStaff(ds, branch, [StaffRole.MANAGER]));
});

afterAll(() => db.drop());

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  // Signed in: the audits introspect (`__type`), which anonymous callers may not.
  const audits = serverAudits({
    url: GRAPHQL_URL,
    fetchFn: (input: string, init: RequestInit = {}) =>
      rawRequest(String(input), { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      if (result.status !== 'ok') throw new Error(`${result.reason}: ${JSON.stringify(await result.response?.text?.())}`);
    },
  );
});

describe('CSRF prevention', () => {
  it('refuses a GET query that a cross-site <img> or link could send', async () => {
    const res = await rawRequest(`${GRAPHQL_URL}?query=${encodeURIComponent('{ viewer { id } }')}`, { method: 'GET', headers: { cookie } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('refuses a simple cross-site form POST', async () => {
    const res = await rawRequest(GRAPHQL_URL, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('answers a GET query that carries the preflight header', async () => {
    const res = await rawRequest(`${GRAPHQL_URL}?query=${encodeURIComponent('{ viewer { id } }')}`, {
      method: 'GET',
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).data.viewer.id).toEqual(expect.any(String));
  });

  it('never runs a mutation sent by GET', async () => {
    const res = await rawRequest(`${GRAPHQL_URL}?query=${encodeURIComponent('mutation { createApiToken(input: {name: "x"}) { secret } }')}`, {
      method: 'GET',
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('query limits', () => {
  // Today's schema has no cycles, so no real query can get that deep; prove the rule on one that has.
  it.each([
    [LIMITS.maxDepth, 0],
    [LIMITS.maxDepth + 1, 1],
  ])('allows depth %i and refuses one level more (%i errors)', (depth, errorCount) => {
    const cyclic = buildSchema('type Query { node: Node } type Node { child: Node id: ID }');
    const inner = Array.from({ length: depth - 2 }).reduce<string>((sel) => `child { ${sel} }`, 'id');
    const errors = validate(cyclic, parse(`{ node { ${inner} } }`), armorProtection().validationRules);
    expect(errors.filter((e) => /depth/i.test(e.message))).toHaveLength(errorCount);
  });

  it('still answers the standard introspection query tools send', async () => {
    const res = await gql(getIntrospectionQuery(), {}, { cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const res = await gql(`{ ${aliases} }`, {}, { cookie });
    expect(res.body.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a query whose cost is over the limit', async () => {
    const fragment = 'fragment F on Member { id memberNo lastName firstName englishName gender idCard phone phone2 email birthday remarks branch { id code name timeZone currency } group { id code name } consultant { id code branch { code } } }';
    const many = Array.from({ length: 60 }, () => 'members { nodes { ...F } edges { node { ...F } } }').join(' ');
    const res = await gql(`{ ${many} } ${fragment}`, {}, { cookie });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.some((e) => /cost/i.test(e.message))).toBe(true);
  });

  it.each([
    [101, '"page size" is invalid: at most 100 items per page'],
    [0, '"page size" is invalid: at least 1 item per page'],
  ])('refuses page size %i, naming the field', async (first, message) => {
    const res = await gql('query($first: Int!) { members(first: $first) { nodes { id } } }', { first }, { cookie, locale: 'en' });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.body.errors?.[0].message).toBe(message);
  });

  it('refuses batched requests', async () => {
    const res = await rawRequest(GRAPHQL_URL, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('unexpected errors', () => {
  const LEAKS = /SELECT|sqlite|mysql|no such table|doesn't exist|\.ts:\d+|node_modules/i;

  it('in a resolver are logged and masked in the caller\'s language', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const table = ds.driver.escape('api_tokens');
    await ds.query(`ALTER TABLE ${table} RENAME TO ${ds.driver.escape('api_tokens_away')}`);
    try {
      const res = await gql('{ apiTokens { nodes { id } } }', {}, { cookie, locale: 'en' });
      expect(res.body.errors?.[0]).toEqual({
        message: 'Something went wrong. Please try again later.',
        locations: expect.any(Array),
        path: ['apiTokens'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
      expect(log).toHaveBeenCalled();
    } finally {
      await ds.query(`ALTER TABLE ${ds.driver.escape('api_tokens_away')} RENAME TO ${table}`);
      log.mockRestore();
    }
  });

  it('before any resolver runs (database gone) are masked too', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const empty = await createTestDatabase({ migrate: false });
    useDataSource(empty.ds);
    try {
      const res = await gql('{ viewer { id } }', {}, { cookie });
      expect(res.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
      expect(log).toHaveBeenCalled();
    } finally {
      useDataSource(ds);
      await empty.drop();
      log.mockRestore();
    }
  });
});
