/**
 * The member forms' documents (registration, edit, walk-in conversion, the walk-in quick form,
 * comments) as Apollo Client sends them, through the real route as a signed-in admin, on SQLite
 * and MariaDB: each is valid and within the cost limit, does what the form expects, and a value
 * the form's schema refuses is refused by the server with the same field and the same words.
 */
import type { DataSource } from 'typeorm';
import * as documents from '../../components/members/form/member-form-documents';
import { useDataSource } from '../../db/data-source';
import type { Branch, MemberGroup, Staff } from '../../entities';
import en from '../../messages/en.json';
import { memberFieldsSchema } from '../../services/members/member-input.schema';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const operations = pageOperations(documents);

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let newGroup: MemberGroup;
let admin: Staff;
let cookie: string;

type Answer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

async function send<T = Record<string, any>>(operation: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const query = operations.get(operation);
  if (!query) throw new Error(`no document named ${operation}`);
  const { body } = await gql<T>(query, variables, { cookie, locale: 'en' });
  return body as Answer<T>;
}

async function run<T = Record<string, any>>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await send<T>(operation, variables);
  if (body.errors?.length) throw new Error(`${operation}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** The words the form shows for a schema issue (components/members/form/issue-text.ts), in English. */
function formSays(field: string, value: string): string {
  const result = memberFieldsSchema({ today: '2099-12-31' }).shape[field as 'phone'].safeParse(value);
  if (result.success) throw new Error(`the form accepts ${field} ${value}`);
  const key = result.error.issues[0].message.split('?')[0];
  const errors = en.errors as unknown as Record<string, string> & { fields: Record<string, string> };
  return errors.invalidField.replace('{field}', errors.fields[field]).replace('{reason}', errors[key]);
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

it('has every document valid against the schema', async () => {
  expect(operations.size).toBe(14);
  for (const [name, errors] of Object.entries(await validationErrors(documents))) expect([name, errors]).toEqual([name, []]);
});

it('loads the form\'s choices, each list on its own under the cost limit', async () => {
  const { branches } = await run<{ branches: { nodes: { id: string; timeZone: string }[] } }>('FormBranches');
  expect(branches.nodes.map((b) => b.id)).toContain(String(tko.id));
  const { memberGroups } = await run<{ memberGroups: { nodes: { name: string; isDeletedGroup: boolean }[] } }>('FormMemberGroups');
  expect(memberGroups.nodes.map((g) => g.name)).toEqual(expect.arrayContaining(['New', 'Deleted']));
  for (const name of ['FormInterestGroups', 'FormCustomFields']) await run(name);
  const { staffMembers } = await run<{ staffMembers: { nodes: { code: string }[] } }>('Consultants', { branchId: String(tko.id) });
  expect(staffMembers.nodes.map((s) => s.code)).toContain('ADM');
});

it('registers after the duplicate check, reads the member back for editing, edits and comments', async () => {
  const { duplicatePhoneMembers } = await run<{ duplicatePhoneMembers: { totalCount: number; nodes: { memberNo: string }[] } }>('DuplicatePhone', {
    phone: '91234567',
    excludeMemberId: null,
  });
  expect(duplicatePhoneMembers).toMatchObject({ totalCount: 1, nodes: [{ memberNo: 'A001' }] });
  const { quickLookup } = await run<{ quickLookup: { nodes: { id: string; memberNo: string }[] } }>('ReferrerLookup', { term: '9123' });
  expect(quickLookup.nodes[0].memberNo).toBe('A001');

  const input = {
    branchId: String(tko.id), groupId: String(newGroup.id), lastName: '黃', firstName: '美君', englishName: null, gender: 'FEMALE', idCard: 'A123456(3)',
    phone: '+852 9123 4567', phone2: null, email: 'may@example.com', birthday: '1990-05-04', address: null, consultantId: String(admin.id),
    referrerId: quickLookup.nodes[0].id, remarks: 'likes facials', interestGroupIds: [], customFields: [],
  };
  const { registerMember } = await run<{ registerMember: { id: string; memberNo: string } }>('RegisterMember', { input });
  const id = registerMember.id;
  const { member } = await run<{ member: Record<string, unknown> }>('MemberFormData', { id });
  expect(member).toMatchObject({ phone: '91234567', idCard: 'A123456(3)', birthday: '1990-05-04', referrer: { memberNo: 'A001' }, consultant: { code: 'ADM' } });

  const { updateMember } = await run<{ updateMember: { id: string } }>('UpdateMember', { id, input: { ...input, email: 'may@salon.hk' } });
  expect(updateMember.id).toBe(id);

  const { addMemberComment } = await run<{ addMemberComment: { body: string; author: { displayName: string } } }>('AddMemberComment', {
    memberId: id,
    body: '  Booked a trial facial. ',
  });
  expect(addMemberComment).toMatchObject({ body: 'Booked a trial facial.', author: { displayName: 'Admin' } });
  const more = await run<{ member: { comments: { totalCount: number; nodes: { body: string }[] } } }>('MoreMemberComments', { id, after: null });
  expect(more.member.comments).toMatchObject({ totalCount: 1, nodes: [{ body: 'Booked a trial facial.' }] });
});

it.each([
  ['phone', '41234567'],
  ['phone', '+1 415 555 0100'],
  ['email', 'susan@example'],
  ['idCard', 'A123456(4)'],
  ['birthday', '1899-12-31'],
  // Not a day at all: the LocalDate scalar refuses it before the resolver, in the same words.
  ['birthday', '2023-02-30'],
])('refuses %s %s with the field and the words the form shows', async (field, value) => {
  const input = { branchId: String(tko.id), groupId: String(newGroup.id), lastName: '黃', gender: 'FEMALE', phone: '92345678', [field]: value };
  const { errors } = await send('RegisterMember', { input });
  expect(errors?.[0]).toMatchObject({ message: formSays(field, value), extensions: { code: 'BAD_USER_INPUT', field } });
});

it('refuses an empty comment with the words the form shows', async () => {
  const { registerMember } = await run<{ registerMember: { id: string } }>('RegisterMember', {
    input: { branchId: String(tko.id), groupId: String(newGroup.id), lastName: '李', gender: 'MALE', phone: '93456789' },
  });
  const { errors } = await send('AddMemberComment', { memberId: registerMember.id, body: '   ' });
  const errorsText = en.errors as unknown as Record<string, string> & { fields: Record<string, string> };
  expect(errors?.[0]).toMatchObject({
    message: errorsText.invalidField.replace('{field}', errorsText.fields.body).replace('{reason}', errorsText.required),
    extensions: { field: 'body' },
  });
});

it('creates a walk-in with only a phone and converts it, keeping the record', async () => {
  const { createWalkIn } = await run<{ createWalkIn: { id: string; memberNo: string } }>('CreateWalkIn', {
    input: { phone: '6123 4567', branchId: String(tko.id) },
  });
  expect(createWalkIn.memberNo).toMatch(/^K/);
  const before = await run<{ member: { isWalkIn: boolean; phone: string } }>('MemberFormData', { id: createWalkIn.id });
  expect(before.member).toMatchObject({ isWalkIn: true, phone: '61234567' });
  const { convertWalkIn } = await run<{ convertWalkIn: { id: string; memberNo: string } }>('ConvertWalkIn', {
    id: createWalkIn.id,
    input: { branchId: String(tko.id), groupId: String(newGroup.id), lastName: 'Chan', firstName: 'Susan', gender: 'FEMALE', phone: '61234567' },
  });
  expect(convertWalkIn.id).toBe(createWalkIn.id);
  expect(convertWalkIn.memberNo).not.toMatch(/^K/);
});
