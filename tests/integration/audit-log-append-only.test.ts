import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { isSqlite } from '../../db/dialect';
import { useDataSource } from '../../db/data-source';
import { AuditLog, Role, Staff, type Branch, type MemberGroup } from '../../entities';
import { ALL_PERMISSIONS } from '../../services/admin/permission';
import { hashPassword } from '../../services/auth/password';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMemberGroup, TEST_PASSWORD } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aSequence, REGISTER, registration } from '../helpers/member-lifecycle-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * The audit log is append-only (操作日誌 must be trustworthy): nothing in the product updates or
 * deletes its rows. Proved twice: no product source asks the database to, and with the database
 * refusing any UPDATE or DELETE on audit_logs, a representative run of audited changes succeeds
 * and leaves every earlier row exactly as it was.
 */

const ROOT = path.resolve(__dirname, '../..');
/** Product code: everything the app runs. scripts/bench is left out: benchmarks delete the rows they generated in their own database. */
const PRODUCT_DIRS = ['app', 'components', 'db', 'entities', 'graphql', 'lib', 'resolvers', 'services', 'scripts'];
const SKIPPED = [path.join('scripts', 'bench')];

/** Ways code could change or remove audit rows: the TypeORM entity APIs and raw SQL naming the table. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['manager.update/delete(AuditLog)', /\b(update|delete|remove|softDelete|softRemove|restore|clear|upsert|increment|decrement|save)\(\s*AuditLog\b/],
  ['getRepository(AuditLog).update/delete/save', /getRepository\(\s*AuditLog\s*\)\s*\.\s*(update|delete|remove|softDelete|softRemove|restore|clear|upsert|increment|decrement|save)\b/],
  ['query builder delete().from(AuditLog)', /\.delete\(\)\s*\.from\(\s*AuditLog\b/],
  ['raw SQL on audit_logs', /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?|REPLACE\s+INTO)\s+(\$\{[^}]*)?[`"']?audit_logs\b/i],
];

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (SKIPPED.includes(relative) || entry.name === 'node_modules' || entry.name === 'generated') return [];
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

const offences = (text: string) => FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);

describe('the audit log is append-only: the source', () => {
  it.each([
    ['await manager.update(AuditLog, { id }, { after: null })', 'manager.update/delete(AuditLog)'],
    ['await manager.delete(AuditLog, { entityId })', 'manager.update/delete(AuditLog)'],
    ['ds.getRepository(AuditLog).save(entry)', 'getRepository(AuditLog).update/delete/save'],
    ['qb.delete().from(AuditLog).execute()', 'query builder delete().from(AuditLog)'],
    ['runner.query(`DELETE FROM ${q(\'audit_logs\')} WHERE id > ?`)', 'raw SQL on audit_logs'],
    ['runner.query("UPDATE `audit_logs` SET after = NULL")', 'raw SQL on audit_logs'],
  ])('the check catches %s', (snippet, name) => {
    expect(offences(snippet)).toContain(name);
  });

  it('lets inserts and reads through', () => {
    expect(offences('await manager.insert(AuditLog, rows); ds.getRepository(AuditLog).find(); INSERT INTO `audit_logs`')).toEqual([]);
  });

  it('has no product code that updates or deletes audit rows', () => {
    const files = PRODUCT_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => offences(fs.readFileSync(path.join(ROOT, file), 'utf8')).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });
});

describe('the audit log is append-only: the database', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let tko: Branch;
  let group: MemberGroup;
  let admin: Staff;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.ds;
    useDataSource(ds);
    tko = await aBranch(ds, { code: 'TKO' });
    group = await aMemberGroup(ds, { code: 'TRIAL' });
    await aSequence(ds, tko, 'AO', 4);
    await ds.getRepository(Role).save({ key: 'append_only_all', name: 'Everything', permissions: [...ALL_PERMISSIONS], builtIn: false } as Partial<Role>);
    admin = await ds.getRepository(Staff).save({
      code: 'AO1', displayName: 'Append Only', login: 'appendonly', passwordHash: await hashPassword(TEST_PASSWORD), branchId: tko.id,
      roles: ['append_only_all'], memberReach: MemberReach.ALL, active: true,
    } as Partial<Staff>);
    // From here on the database itself refuses to change or remove an audit row.
    if (isSqlite(ds.manager)) {
      await ds.query("CREATE TRIGGER audit_logs_no_update BEFORE UPDATE ON audit_logs BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END");
      await ds.query("CREATE TRIGGER audit_logs_no_delete BEFORE DELETE ON audit_logs BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END");
    } else {
      await ds.query("CREATE TRIGGER audit_logs_no_update BEFORE UPDATE ON audit_logs FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_logs is append-only'");
      await ds.query("CREATE TRIGGER audit_logs_no_delete BEFORE DELETE ON audit_logs FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_logs is append-only'");
    }
  });

  afterAll(() => db.drop());

  async function run(query: string, variables: Record<string, unknown> = {}) {
    const res = await gql(query, variables, { cookie: await sessionCookieFor(admin), locale: 'en' });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!;
  }

  it('the guard works: the database refuses an update or a delete of an audit row', async () => {
    await ds.getRepository(AuditLog).insert({ entityType: 'guard', entityId: 1, action: 'create', actorId: null, before: null, after: null, at: new Date() });
    await expect(ds.query("UPDATE audit_logs SET action = 'x' WHERE entityType = 'guard'")).rejects.toThrow(/append-only/);
    await expect(ds.query("DELETE FROM audit_logs WHERE entityType = 'guard'")).rejects.toThrow(/append-only/);
  });

  it('a run of audited changes only adds rows, and leaves every earlier row as it was', async () => {
    const snapshot = async () => ds.getRepository(AuditLog).find({ order: { id: 'ASC' } });
    const steps: Array<() => Promise<void>> = [];
    let memberId = '';
    let groupId = '';
    steps.push(async () => {
      memberId = (await run(REGISTER, { input: registration(tko, group.id, { phone: '61239999' }) })).registerMember.id;
    });
    steps.push(async () => void (await run('mutation($id: ID!) { updateMember(id: $id, input: { remarks: "VIP", phone: "61238888" }) { id } }', { id: memberId })));
    steps.push(async () => void (await run('mutation($id: ID!) { addMemberComment(memberId: $id, body: "likes mornings") { id } }', { id: memberId })));
    steps.push(async () => {
      groupId = (await run('mutation { createMemberGroup(input: { code: "GOLD", name: "Gold" }) { id } }')).createMemberGroup.id;
    });
    steps.push(async () => void (await run('mutation($id: ID!) { updateMemberGroup(id: $id, input: { code: "GOLD", name: "Gold+" }) { id } }', { id: groupId })));
    steps.push(async () => void (await run('mutation($id: ID!) { deleteMember(id: $id) { id } }', { id: memberId })));
    steps.push(async () => void (await run('mutation($id: ID!) { restoreMember(id: $id) { id } }', { id: memberId })));
    steps.push(async () => void (await run('mutation($id: ID!) { deleteMember(id: $id) { id } }', { id: memberId })));
    steps.push(async () => void (await run('mutation($id: ID!) { purgeMember(id: $id) }', { id: memberId })));

    for (const step of steps) {
      const before = await snapshot();
      await step();
      const after = await snapshot();
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.slice(0, before.length)).toEqual(before);
    }
    const actions = (await snapshot()).filter((row) => row.entityType === 'member').map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'delete', 'restore', 'purge']));
  });
});
