/**
 * The GraphQL documents the member pages send (register, walk-in, convert, edit, member page,
 * comments, delete/restore/purge, recycle bin), as Apollo Client sends them, run through the real
 * route as a signed-in admin: each is valid against the schema, within the API's cost limits, and
 * does what the page expects, one flow through the pages.
 */
import type { DataSource } from 'typeorm';
import * as memberFormDocuments from '../../components/members/form/member-form-documents';
import * as memberPageDocuments from '../../components/members/profile/member-page-documents';
import * as recycleBinDocuments from '../../components/admin/recycle-bin/recycle-bin-documents';
import { useDataSource } from '../../db/data-source';
import type { Branch, MemberGroup, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let newGroup: MemberGroup;
let admin: Staff;
let cookie: string;
// Each documents file has its own test (member-form-documents, member-page-documents); this one
// runs them in the order staff use the pages.
const modules = [memberFormDocuments, memberPageDocuments, recycleBinDocuments];
const docs = new Map(modules.flatMap((documents) => [...pageOperations(documents)]));

async function run<T = Record<string, any>>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const query = docs.get(operation);
  if (!query) throw new Error(`no document named ${operation}`);
  const { body } = await gql<T>(query, variables, { cookie, locale: 'en' });
  if (body.errors?.length) throw new Error(`${operation}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  newGroup = await aMemberGroup(ds, { code: 'NEW', name: 'New', sortOrder: 1 });
  await aMemberGroup(ds, { code: 'DELETED', name: 'Deleted', isDeletedGroup: true, sortOrder: 9 });
  admin = await aStaff(ds, tko, [StaffRole.ADMIN, StaffRole.MANAGER], { code: 'ADM', displayName: 'Admin' });
  await aMember(ds, tko, newGroup, { memberNo: 'A001', lastName: '陳', firstName: '小麗', phone: '91234567' });
  cookie = await sessionCookieFor(admin);
});

afterAll(async () => {
  await db.drop();
});

it('sends only documents valid against the schema', async () => {
  for (const documents of modules) {
    const errors = await validationErrors(documents);
    expect(Object.values(errors).flat()).toEqual([]);
  }
  expect([...docs.keys()]).toEqual(expect.arrayContaining(['RegisterMember', 'MemberPage', 'MemberPageAudit', 'RecycleBinItems', 'PurgeRecycleBinItem']));
});

it('loads the registration form\'s choices', async () => {
  const branches = await run<{ branches: { nodes: { id: string }[] } }>('FormBranches');
  expect(branches.branches.nodes.map((b) => b.id)).toContain(String(tko.id));
  for (const name of ['FormMemberGroups', 'FormInterestGroups', 'FormCustomFields']) await run(name);
  const staff = await run<{ staffMembers: { nodes: { code: string }[] } }>('Consultants', { branchId: String(tko.id) });
  expect(staff.staffMembers.nodes.map((s) => s.code)).toContain('ADM');
});

it('registers after the duplicate check, shows the member page, edits, comments, deletes, restores and purges', async () => {
  const duplicates = await run<{ duplicatePhoneMembers: { nodes: { memberNo: string }[] } }>('DuplicatePhone', { phone: '91234567', excludeMemberId: null });
  expect(duplicates.duplicatePhoneMembers.nodes.map((m) => m.memberNo)).toEqual(['A001']);
  const referrer = await run<{ quickLookup: { nodes: { id: string; memberNo: string }[] } }>('ReferrerLookup', { term: '9123' });
  expect(referrer.quickLookup.nodes[0].memberNo).toBe('A001');

  const input = {
    branchId: String(tko.id), groupId: String(newGroup.id), lastName: '黃', firstName: '美君', englishName: null, gender: 'FEMALE', idCard: 'A123456(3)',
    phone: '91234567', phone2: null, email: 'may@example.com', birthday: '1990-05-04', address: null, consultantId: String(admin.id),
    referrerId: referrer.quickLookup.nodes[0].id, remarks: 'likes facials', interestGroupIds: [], customFields: [],
  };
  const { registerMember } = await run<{ registerMember: { id: string; memberNo: string } }>('RegisterMember', { input });
  const id = registerMember.id;

  const page = await run<{ member: { memberNo: string; referrer: { memberNo: string }; consultant: { code: string } } }>('MemberPage', { id });
  expect(page.member).toMatchObject({ memberNo: registerMember.memberNo, referrer: { memberNo: 'A001' }, consultant: { code: 'ADM' } });
  for (const name of ['MemberPageLevel', 'MemberPageComments', 'MemberPageCampaigns', 'MemberFormData']) await run(name, { id });

  await run('UpdateMember', { id, input: { ...input, email: 'may@salon.hk' } });
  await run('AddMemberComment', { memberId: id, body: 'Booked a trial facial.' });
  const comments = await run<{ member: { comments: { nodes: { body: string; author: { displayName: string } }[] } } }>('MoreMemberComments', { id, after: null });
  expect(comments.member.comments.nodes[0]).toEqual(expect.objectContaining({ body: 'Booked a trial facial.', author: expect.objectContaining({ displayName: 'Admin' }) }));
  const audit = await run<{ member: { auditLog: { edges: { node: { action: string; actor: { code: string } } }[] } } }>('MemberPageAudit', { id });
  expect(audit.member.auditLog.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(['create', 'update']));

  await run('DeleteMember', { id });
  type BinPage = { recycleBinItems: { nodes: { id: string; entityId: string; deletedBy: { code: string } }[] } };
  const binItem = async () => (await run<BinPage>('RecycleBinItems', { type: 'Member', first: 50, after: null })).recycleBinItems.nodes.find((n) => n.entityId === id)!;
  expect((await binItem()).deletedBy).toMatchObject({ code: 'ADM' });
  await run('RestoreRecycleBinItem', { id: (await binItem()).id });
  await run('MemberPage', { id });
  await run('DeleteMember', { id });
  const purged = (await binItem()).id;
  expect(await run('PurgeRecycleBinItem', { id: purged })).toMatchObject({ purgeRecycleBinItem: { id: purged } });
});

it('creates a walk-in with only a phone and converts it, keeping the record', async () => {
  const { createWalkIn } = await run<{ createWalkIn: { id: string; memberNo: string } }>('CreateWalkIn', { input: { phone: '61234567', branchId: String(tko.id) } });
  expect(createWalkIn.memberNo).toMatch(/^K/);
  const before = await run<{ member: { isWalkIn: boolean } }>('MemberFormData', { id: createWalkIn.id });
  expect(before.member.isWalkIn).toBe(true);
  const { convertWalkIn } = await run<{ convertWalkIn: { id: string; memberNo: string } }>('ConvertWalkIn', {
    id: createWalkIn.id,
    input: { branchId: String(tko.id), groupId: String(newGroup.id), lastName: 'Chan', firstName: 'Susan', gender: 'FEMALE', phone: '61234567' },
  });
  expect(convertWalkIn.id).toBe(createWalkIn.id);
  expect(convertWalkIn.memberNo).not.toMatch(/^K/);
});
