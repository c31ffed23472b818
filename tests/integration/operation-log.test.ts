import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportOperationLog } from '../../app/api/admin/operation-log/export/route';
import { useDataSource } from '../../db/data-source';
import { ApiToken, AuditLog, Member, MemberComment, Role, Staff, type Branch, type MemberGroup } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { recordAudit } from '../../services/audit/audit-log.service';
import { withAuditOrigin } from '../../services/audit/audit-origin';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMember, aMemberGroup, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { recordQueries } from '../helpers/query-counter';
import { aSequence, REGISTER, registration } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { hashPassword } from '../../services/auth/password';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let auditor: Staff; // auditLog.view + data.export, every branch's members
let branchAuditor: Staff; // auditLog.view + data.export, own branch's members only
let viewOnly: Staff; // auditLog.view, no data.export
let writer: Staff; // no auditLog.view; registers members
let tkoMember: Member;
let tstMember: Member;
/** Entries made by the fixtures, by name. */
const e: Record<string, AuditLog> = {};

const LOG = `query($filter: OperationLogFilterInput, $first: Int, $after: String) {
  operationLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id at entityType entityId action before after address actor { id code } token { id name } changes { field before after } }
  }
}`;

type Node = { id: string; entityType: string; entityId: string; action: string; address: string | null; actor: { code: string } | null; token: { id: string; name: string } | null; changes: Array<{ field: string; before: string | null; after: string | null }> };

let staffCounter = 0;
async function staffWith(branch: Branch, roleKey: string, memberReach: MemberReach): Promise<Staff> {
  staffCounter += 1;
  return ds.getRepository(Staff).save({
    code: `OL${staffCounter}`,
    displayName: `Op Log ${staffCounter}`,
    login: `oplog${staffCounter}`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    branchId: branch.id,
    roles: [roleKey],
    memberReach,
    active: true,
  } as Partial<Staff>);
}

async function as(staff: Staff, query: string, variables: Record<string, unknown> = {}, options: { locale?: string; headers?: Record<string, string> } = {}) {
  return gql(query, variables, { cookie: await sessionCookieFor(staff), locale: options.locale ?? 'en', headers: options.headers });
}

async function log(staff: Staff, filter: Record<string, unknown> | null = null, first = 100, after: string | null = null) {
  const res = await as(staff, LOG, { filter, first, after });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.operationLog as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };
}

const ids = (nodes: Node[]) => nodes.map((n) => Number(n.id));

async function entry(values: Partial<AuditLog> & Pick<AuditLog, 'entityType' | 'entityId' | 'action' | 'at'>): Promise<AuditLog> {
  const repo = ds.getRepository(AuditLog);
  const { identifiers } = await repo.insert({ actorId: null, before: null, after: null, address: null, tokenId: null, ...values });
  return repo.findOneByOrFail({ id: identifiers[0].id as number });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  group = await aMemberGroup(ds, { code: 'TRIAL' });
  await ds.getRepository(Role).save([
    { key: 'oplog_auditor', name: 'Op log auditor', permissions: [Permission.AuditLogView, Permission.DataExport], builtIn: false },
    { key: 'oplog_view', name: 'Op log viewer', permissions: [Permission.AuditLogView], builtIn: false },
    { key: 'oplog_writer', name: 'Op log writer', permissions: [Permission.MembersCreate, Permission.MembersEdit, Permission.DataExport], builtIn: false },
  ] as Partial<Role>[]);
  auditor = await staffWith(tko, 'oplog_auditor', MemberReach.ALL);
  branchAuditor = await staffWith(tko, 'oplog_auditor', MemberReach.OWN_BRANCH);
  viewOnly = await staffWith(tko, 'oplog_view', MemberReach.ALL);
  writer = await staffWith(tko, 'oplog_writer', MemberReach.OWN_BRANCH);
  tkoMember = await aMember(ds, tko, group);
  tstMember = await aMember(ds, tst, group);
  const tstComment = await ds.getRepository(MemberComment).save({ memberId: tstMember.id, authorId: writer.id, body: 'x' } as Partial<MemberComment>);

  // 10:00 on 1 March and 01:00 on 2 March in Hong Kong (UTC+8), 11:00 on 2 March, 3 March.
  e.tkoUpdate = await entry({
    entityType: 'member', entityId: tkoMember.id, action: 'update', actorId: auditor.id, at: new Date('2026-03-01T02:00:00Z'),
    before: JSON.stringify({ phone: '91111111', remarks: null }), after: JSON.stringify({ phone: '92222222', remarks: 'VIP' }),
  });
  e.tstUpdate = await entry({
    entityType: 'member', entityId: tstMember.id, action: 'update', actorId: writer.id, at: new Date('2026-03-01T17:00:00Z'),
    before: JSON.stringify({ phone: '93333333' }), after: JSON.stringify({ phone: '94444444' }),
  });
  e.settings = await entry({ entityType: 'contactSettings', entityId: 1, action: 'update', actorId: auditor.id, at: new Date('2026-03-02T03:00:00Z'), after: JSON.stringify({ days: 3 }) });
  e.tstComment = await entry({ entityType: 'memberComment', entityId: tstComment.id, action: 'create', actorId: writer.id, at: new Date('2026-03-02T04:00:00Z'), after: JSON.stringify({ body: 'x' }) });
  e.purged = await entry({ entityType: 'member', entityId: 999_999, action: 'purge', actorId: auditor.id, at: new Date('2026-03-03T04:00:00Z'), before: JSON.stringify({ branchId: tst.id }) });
  e.unknownKind = await entry({ entityType: 'futureThing', entityId: 5, action: 'frobnicate', actorId: null, at: new Date('2026-03-03T05:00:00Z') });
});

afterAll(() => db.drop());

describe('operation log: the list', () => {
  it('shows every entry newest first to a viewer who sees every member, with actor, before → after per field', async () => {
    const page = await log(auditor);
    expect(ids(page.nodes)).toEqual([e.unknownKind, e.purged, e.tstComment, e.settings, e.tstUpdate, e.tkoUpdate].map((x) => x.id));
    expect(page.totalCount).toBe(6);
    const tkoUpdate = page.nodes.find((n) => Number(n.id) === e.tkoUpdate.id)!;
    expect(tkoUpdate).toMatchObject({ entityType: 'member', entityId: String(tkoMember.id), action: 'update', actor: { code: auditor.code }, token: null, address: null });
    expect(tkoUpdate.changes).toEqual([
      { field: 'phone', before: '"91111111"', after: '"92222222"' },
      { field: 'remarks', before: 'null', after: '"VIP"' },
    ]);
    expect(page.nodes.find((n) => Number(n.id) === e.unknownKind.id)!.actor).toBeNull();
  });

  const cases: Array<[string, () => Record<string, unknown>, () => AuditLog[]]> = [
    ['staff', () => ({ staffIds: [String(writer.id)] }), () => [e.tstComment, e.tstUpdate]],
    ['kind of record', () => ({ entityTypes: ['contactSettings'] }), () => [e.settings]],
    ['action', () => ({ actions: ['purge'] }), () => [e.purged]],
    ['record id', () => ({ entityId: String(tkoMember.id), entityTypes: ['member'] }), () => [e.tkoUpdate]],
    // Hong Kong days: 01:00 on 2 March HK is 17:00 UTC on 1 March.
    ['one day (branch time zone)', () => ({ from: '2026-03-02', to: '2026-03-02' }), () => [e.tstComment, e.settings, e.tstUpdate]],
    ['from only', () => ({ from: '2026-03-03' }), () => [e.unknownKind, e.purged]],
    ['to only', () => ({ to: '2026-03-01' }), () => [e.tkoUpdate]],
    ['kind, action and days together', () => ({ entityTypes: ['member'], actions: ['update'], from: '2026-03-02' }), () => [e.tstUpdate]],
    ['staff and kind together', () => ({ staffIds: [String(auditor.id)], entityTypes: ['member'] }), () => [e.purged, e.tkoUpdate]],
  ];
  it.each(cases)('filters by %s', async (_name, filter, expected) => {
    const page = await log(auditor, filter());
    expect(ids(page.nodes)).toEqual(expected().map((x) => x.id));
    expect(page.totalCount).toBe(expected().length);
  });

  it('pages newest first without gaps or repeats, also among entries of the same second', async () => {
    const same = new Date('2026-02-01T00:00:00Z');
    const tied = [];
    for (let i = 0; i < 3; i++) tied.push(await entry({ entityType: 'tie', entityId: i, action: 'update', at: same }));
    try {
      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page = await log(auditor, null, 2, after);
        seen.push(...ids(page.nodes));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const all = ids((await log(auditor)).nodes);
      expect(seen).toEqual(all);
      expect(all.slice(-3)).toEqual(tied.map((t) => t.id).reverse());
      expect(pages).toBe(5);
    } finally {
      await ds.getRepository(AuditLog).delete(tied.map((t) => t.id));
    }
  });

  it('lists the kinds of record and actions the log holds, for the pickers', async () => {
    const res = await as(auditor, '{ operationLogCatalogue { entityTypes actions } }');
    expect(res.body.data!.operationLogCatalogue).toEqual({
      entityTypes: ['contactSettings', 'futureThing', 'member', 'memberComment'],
      actions: ['create', 'frobnicate', 'purge', 'update'],
    });
  });
});

describe('operation log: who may see what', () => {
  it('leaves out entries about members (and rows they own) outside a branch-scoped viewer\'s branches', async () => {
    const page = await log(branchAuditor);
    // The TST member's update and comment are out; a purged member's entries cannot be placed, so they are out too.
    expect(ids(page.nodes)).toEqual([e.unknownKind, e.settings, e.tkoUpdate].map((x) => x.id));
    expect(page.totalCount).toBe(3);
    expect(ids((await log(branchAuditor, { entityId: String(tstMember.id) })).nodes)).toEqual([]);
  });

  it('refuses the log, its catalogue and its export without auditLog.view', async () => {
    for (const query of [LOG, '{ operationLogCatalogue { entityTypes } }']) {
      const res = await as(writer, query);
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.body.data ?? null).toBeNull();
    }
    const anonymous = await gql(LOG);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await download(writer)).status).toBe(403);
    // auditLog.view without data.export: the screen, not the download.
    expect((await log(viewOnly)).totalCount).toBe(6);
    expect((await download(viewOnly)).status).toBe(403);
  });
});

describe('operation log: bad input', () => {
  it.each([
    [{ from: '2026-03-05', to: '2026-03-01' }, 'filter.to', 'to date'],
    [{ staffIds: ['abc'] }, 'filter.staffIds', 'staff member'],
    [{ entityId: '-3' }, 'filter.entityId', 'record id'],
    [{ actions: ['x'.repeat(31)] }, 'filter.actions', 'action'],
  ])('refuses %j naming the field', async (filter, field, label) => {
    const res = await as(auditor, LOG, { filter });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.errors?.[0].message).toContain(label);
  });

  it('names the field in the caller\'s language', async () => {
    const res = await as(auditor, LOG, { filter: { from: '2026-03-05', to: '2026-03-01' } }, { locale: 'zh-HK' });
    expect(res.body.errors?.[0].message).toContain('結束日期');
  });

  it('refuses a date that is not a calendar day and a cursor that is not one of its own', async () => {
    const bad = await as(auditor, LOG, { filter: { from: '2026-02-30' } });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await as(auditor, LOG, { after: 'nonsense' });
    expect(cursor.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('operation log: where a change came from', () => {
  const previous = process.env.TRUSTED_PROXIES;
  beforeAll(async () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8';
    await aSequence(ds, tko, 'OL', 4);
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = previous;
  });

  it('records the client address of a signed-in change and the token of a tool\'s change, and the log shows both', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' };
    const bySession = await as(writer, REGISTER, { input: registration(tko, group.id, { phone: '61230001' }) }, { headers });
    expect(bySession.body.errors).toBeUndefined();
    const viewer = (await loadViewer(ds, writer.id, 'session'))!;
    const { token, secret } = await new ApiTokenService(ds).create(viewer, 'POS at TKO');
    const byToken = await gql(REGISTER, { input: registration(tko, group.id, { phone: '61230002' }) }, { bearer: secret, headers: { 'x-forwarded-for': '2001:db8::5' } });
    expect(byToken.body.errors).toBeUndefined();

    const sessionRow = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'member', entityId: Number(bySession.body.data!.registerMember.id), action: 'create' });
    expect(sessionRow).toMatchObject({ address: '203.0.113.7', tokenId: null, actorId: writer.id });
    const tokenRow = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'member', entityId: Number(byToken.body.data!.registerMember.id), action: 'create' });
    expect(tokenRow).toMatchObject({ address: '2001:db8::5', tokenId: token.id, actorId: writer.id });

    const page = await log(auditor, { staffIds: [String(writer.id)], actions: ['create'], entityTypes: ['member'] });
    expect(page.nodes.map((n) => ({ address: n.address, token: n.token }))).toEqual([
      { address: '2001:db8::5', token: { id: String(token.id), name: 'POS at TKO' } },
      { address: '203.0.113.7', token: null },
    ]);
  });

  it('has no address when the header is not believed (no trusted proxy in front)', async () => {
    delete process.env.TRUSTED_PROXIES;
    try {
      const res = await as(writer, REGISTER, { input: registration(tko, group.id, { phone: '61230003' }) }, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      const row = await ds.getRepository(AuditLog).findOneByOrFail({ entityType: 'member', entityId: Number(res.body.data!.registerMember.id), action: 'create' });
      expect(row.address).toBeNull();
    } finally {
      process.env.TRUSTED_PROXIES = '10.0.0.0/8';
    }
  });

  it('recordAudit takes the origin of the work it runs in, and none outside a request', async () => {
    const write = (entityId: number) =>
      ds.transaction((manager) => recordAudit(manager, { entityType: 'originTest', entityId, action: 'update', actorId: null, after: { a: 1 } }));
    await withAuditOrigin({ address: '198.51.100.1', tokenId: 77 }, () => write(1));
    await write(2);
    const rows = await ds.getRepository(AuditLog).find({ where: { entityType: 'originTest' }, order: { entityId: 'ASC' } });
    expect(rows.map((r) => [r.address, r.tokenId])).toEqual([['198.51.100.1', 77], [null, null]]);
    await ds.getRepository(AuditLog).delete({ entityType: 'originTest' });
  });
});

async function download(staff: Staff, filter?: Record<string, unknown>, locale = 'en'): Promise<Response> {
  const url = new URL('http://localhost/api/admin/operation-log/export');
  url.searchParams.set('locale', locale);
  if (filter) url.searchParams.set('filter', JSON.stringify(filter));
  return exportOperationLog(new NextRequest(url, { headers: { cookie: await sessionCookieFor(staff) } }));
}

async function sheetOf(res: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('operation log: export', () => {
  it('downloads the filtered log newest first with localised headings, kinds and actions (the raw key when unknown)', async () => {
    const res = await download(auditor, { from: '2026-03-01', to: '2026-03-03' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await sheetOf(res);
    expect(rows[0]).toEqual(['When', 'Who', 'Kind of record', 'Record id', 'Action', 'Before → after', 'IP address', 'API token']);
    expect(rows.slice(1).map((r) => r[3])).toEqual([e.unknownKind, e.purged, e.tstComment, e.settings, e.tstUpdate, e.tkoUpdate].map((x) => x.entityId));
    const tkoRow = rows[6];
    expect(tkoRow.slice(1, 6)).toEqual([`${auditor.displayName} (${auditor.code})`, 'Member', tkoMember.id, 'Update', 'phone: "91111111" → "92222222"\nremarks: null → "VIP"']);
    // The salon's wall clock: 02:00 UTC is 10:00 in Hong Kong.
    expect((tkoRow[0] as Date).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(rows[1].slice(1, 5)).toEqual(['System', 'futureThing', 5, 'frobnicate']);
  });

  it('keeps to the viewer\'s member scope and speaks the asked language', async () => {
    const rows = await sheetOf(await download(branchAuditor, { from: '2026-03-01', to: '2026-03-03' }, 'zh-HK'));
    expect(rows[0][0]).toBe('時間');
    expect(rows.slice(1).map((r) => r[3])).toEqual([e.unknownKind, e.settings, e.tkoUpdate].map((x) => x.entityId));
    expect(rows[3][2]).toBe('會員');
  });

  it('refuses a bad filter naming the field', async () => {
    const res = await download(auditor, { from: '2026-03-05', to: '2026-03-01' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'filter.to' } });
    const notJson = await exportOperationLog(
      new NextRequest('http://localhost/api/admin/operation-log/export?filter=%7Bnope', { headers: { cookie: await sessionCookieFor(auditor) } }),
    );
    expect(notJson.status).toBe(400);
  });
});

describe('operation log: statements per page', () => {
  it('runs as many statements for a full page (several staff, tokens and kinds) as for one entry', async () => {
    const cookie = await sessionCookieFor(branchAuditor);
    // The newest entry has an actor and a token, as later ones do.
    const [token] = await ds.getRepository(ApiToken).find({ take: 1 });
    await entry({ entityType: 'contactSettings', entityId: 1, action: 'update', actorId: viewOnly.id, tokenId: token.id, address: '192.0.2.1', at: new Date(Date.now() + 60_000) });
    const statementsFor = async (first: number) => {
      let rows = 0;
      const statements = await recordQueries(ds, async () => {
        const res = await gql(LOG, { first }, { cookie, locale: 'en' });
        expect(res.body.errors).toBeUndefined();
        rows = res.body.data!.operationLog.nodes.length;
      });
      return { statements: statements.length, rows };
    };
    const one = await statementsFor(1);
    const many = await statementsFor(100);
    expect(one.rows).toBe(1);
    expect(many.rows).toBeGreaterThan(5);
    expect(many.statements).toBe(one.statements);
  });
});
