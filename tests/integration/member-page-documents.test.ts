/**
 * The member search, member page, recycle bin, campaign assignment and quick lookup documents as
 * Apollo Client sends them (fragments spread, __typename on every selection, which the cost limit
 * counts), through the real route as a signed-in manager and admin, on SQLite and MariaDB: each is valid
 * against the schema, under the cost limit, and answers what the page reads.
 */
import type { DataSource } from 'typeorm';
import * as assignmentDocuments from '../../components/contacts/assignment/assignment-documents';
import * as memberPageDocuments from '../../components/members/profile/member-page-documents';
import * as recycleBinDocuments from '../../components/admin/recycle-bin/recycle-bin-documents';
import * as searchDocuments from '../../components/members/search/member-search-documents';
import * as quickLookupDocuments from '../../components/quick-lookup-documents';
import { useDataSource } from '../../db/data-source';
import { Campaign, type Branch, type Member, type MemberGroup, type Staff } from '../../entities';
import { bulkJobSettled, bulkJobsSettled } from '../../services/bulk/bulk-job-queue';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const modules = { searchDocuments, memberPageDocuments, recycleBinDocuments, assignmentDocuments, quickLookupDocuments };
const operations = new Map(Object.values(modules).flatMap((documents) => [...pageOperations(documents)]));

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let group: MemberGroup;
let vip: MemberGroup;
let manager: Staff;
let salespeople: Staff[];
let members: Member[];
let cookie: string;

/** Sends one of the pages' operations by name; any error fails the test with the server's message. */
async function send<T = Record<string, any>>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const query = operations.get(operation);
  if (!query) throw new Error(`no document named ${operation}`);
  const { body } = await gql<T>(query, variables, { cookie, locale: 'en' });
  if (body.errors?.length) throw new Error(`${operation}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/** The same, for a refusal: the server's first error (message and extensions). */
async function refused(operation: string, variables: Record<string, unknown>) {
  const { body } = await gql(operations.get(operation)!, variables, { cookie, locale: 'en' });
  expect(body.data ?? null).toBeNull();
  return body.errors![0];
}

const nodes = (connection: { edges: { node: any }[] }): any[] => connection.edges.map((edge) => edge.node);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' });
  group = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial' });
  vip = await aMemberGroup(ds, { code: 'VIP', name: 'VIP' });
  await aMemberGroup(ds, { code: 'DELETED', name: 'Deleted', isDeletedGroup: true });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER, StaffRole.ADMIN], { code: 'MGR', displayName: 'Manager' });
  salespeople = [await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS001' }), await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003' })];
  members = [];
  for (let i = 1; i <= 5; i += 1) {
    members.push(await aMember(ds, tko, group, { memberNo: `A00${i}`, lastName: '陳', firstName: `${i}`, phone: `9123000${i}` }));
  }
  await ds.getRepository(Campaign).save({ code: 'Junebirth', name: '6月生日會員優惠' });
  cookie = await sessionCookieFor(manager);
});

afterAll(async () => {
  await bulkJobsSettled();
  await db.drop();
});

it('sends only documents valid against the schema', async () => {
  for (const documents of Object.values(modules)) {
    expect(Object.values(await validationErrors(documents)).flat()).toEqual([]);
  }
  expect(operations.size).toBe(30);
});

describe('member search', () => {
  const filter = { groupIds: [] as string[] };
  beforeAll(() => {
    filter.groupIds = [String(group.id)];
  });

  it('reads a page and the next one after its end cursor, with the total', async () => {
    const first = await send('MemberSearchPage', { filter, sort: { field: 'MEMBER_NO', direction: 'ASC' }, first: 3, after: null });
    expect(first.memberSearch.totalCount).toBe(5);
    expect(nodes(first.memberSearch).map((m: { memberNo: string }) => m.memberNo)).toEqual(['A001', 'A002', 'A003']);
    expect(first.memberSearch.edges.at(-1).cursor).toBe(first.memberSearch.pageInfo.endCursor);
    const second = await send('MemberSearchPage', { filter, sort: { field: 'MEMBER_NO', direction: 'ASC' }, first: 3, after: first.memberSearch.pageInfo.endCursor });
    expect(nodes(second.memberSearch)).toEqual([
      expect.objectContaining({ memberNo: 'A004', group: expect.objectContaining({ name: 'Trial' }), branch: expect.objectContaining({ code: 'TKO' }) }),
      expect.objectContaining({ memberNo: 'A005' }),
    ]);
    expect(second.memberSearch.pageInfo.hasNextPage).toBe(false);
  });

  it('fills every picker, each from its own query', async () => {
    expect((await send('SearchBranches')).branches.nodes.map((b: { code: string }) => b.code)).toEqual(['TKO']);
    expect((await send('SearchGroups')).memberGroups.nodes.map((g: { name: string }) => g.name)).toEqual(expect.arrayContaining(['Trial', 'VIP']));
    expect((await send('SearchCampaigns')).campaigns.nodes.map((c: { code: string }) => c.code)).toEqual(['Junebirth']);
    expect((await send('SearchSalespeople')).staffMembers.nodes.map((s: { code: string }) => s.code)).toEqual(['IS001', 'IS003']);
    expect((await send('SearchManagers')).staffMembers.nodes.map((s: { code: string }) => s.code)).toEqual(['MGR']);
    await send('SearchInterestGroups');
    await send('SearchCustomFields');
  });

  it('saves the selection without the unticked row, changes its group and follows the job', async () => {
    const { saveMemberSelection } = await send('SaveMemberSelection', { input: { filter: { ...filter, phone: '9123000' }, excludedIds: [String(members[4].id)] } });
    expect(saveMemberSelection.count).toBe(4);
    const { startBulkMemberAction } = await send('StartBulkMemberAction', {
      input: { selectionId: saveMemberSelection.id, action: 'CHANGE_GROUP', targetId: String(vip.id) },
    });
    expect(startBulkMemberAction).toMatchObject({ total: 4, skipped: 0, error: null });
    await bulkJobSettled(Number(startBulkMemberAction.id));
    const { bulkJob } = await send('BulkJobProgress', { id: startBulkMemberAction.id });
    expect(bulkJob).toMatchObject({ id: startBulkMemberAction.id, status: 'DONE', total: 4, processed: 4 });
    const moved = await send('MemberSearchPage', { filter: { groupIds: [String(vip.id)] }, sort: null, first: 50, after: null });
    expect(moved.memberSearch.totalCount).toBe(4);
    // Only a failed job starts again; the server says so next to the job.
    expect(await refused('RetryBulkJob', { id: startBulkMemberAction.id })).toMatchObject({ extensions: expect.objectContaining({ field: 'id' }) });
  });
});

describe('member page and recycle bin', () => {
  it('reads the page\'s five parts, more audit entries after the first page, deletes, restores and purges', async () => {
    const member = members[0];
    const id = String(member.id);
    const { member: profile } = await send('MemberPage', { id });
    expect(profile).toMatchObject({ id, memberNo: 'A001', isWalkIn: false, branch: { name: 'TKO' } });
    expect((await send('MemberPageLevel', { id })).member).toMatchObject({ id, interestGroups: [], customFieldValues: [] });
    expect((await send('MemberPageComments', { id })).member.comments.totalCount).toBe(0);
    expect((await send('MemberPageCampaigns', { id })).member.campaigns).toMatchObject({ totalCount: 0, nodes: [] });

    const audit = await send('MemberPageAudit', { id });
    expect(nodes(audit.member.auditLog).map((e: { action: string }) => e.action)).toContain('update');
    const more = await send('MoreMemberAudit', { id, after: audit.member.auditLog.pageInfo.endCursor });
    expect(more.member.auditLog.edges).toEqual([]);

    expect((await send('DeleteMember', { id })).deleteMember).toMatchObject({ id, memberNo: 'A001' });
    const bin = await send('RecycleBinItems', { type: 'Member', first: 50, after: null });
    expect(bin.recycleBinItems.totalCount).toBe(1);
    const [item] = bin.recycleBinItems.nodes;
    expect(item).toEqual(expect.objectContaining({ type: 'Member', entityId: id, deletedBy: expect.objectContaining({ code: 'MGR' }) }));
    expect(item.label).toContain('A001');
    expect((await send('RestoreRecycleBinItem', { id: item.id })).restoreRecycleBinItem).toMatchObject({ entityId: id });
    expect((await send('RecycleBinItems', { type: 'Member', first: 50, after: null })).recycleBinItems.totalCount).toBe(0);
    await send('DeleteMember', { id });
    const again = (await send('RecycleBinItems', { type: 'Member', first: 50, after: null })).recycleBinItems.nodes[0];
    expect((await send('PurgeRecycleBinItem', { id: again.id })).purgeRecycleBinItem).toMatchObject({ id: again.id });
    expect(await refused('MemberPage', { id })).toMatchObject({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) });
  });
});

describe('campaign assignment', () => {
  it('reads the page, a branch\'s salespeople and the preview, runs the assignment and follows it', async () => {
    const { saveMemberSelection } = await send('SaveMemberSelection', { input: { filter: { groupIds: [String(vip.id)] }, excludedIds: [] } });
    const page = await send('AssignPage', { selection: saveMemberSelection.id });
    expect(page.memberSelection).toEqual({ __typename: 'MemberSelectionInfo', id: saveMemberSelection.id, count: saveMemberSelection.count });
    expect(page.branches.nodes.map((b: { code: string }) => b.code)).toEqual(['TKO']);
    const { campaigns } = await send('AssignCampaigns', { first: 100, after: null });
    expect(campaigns.nodes).toEqual([expect.objectContaining({ code: 'Junebirth', name: '6月生日會員優惠', offerCode: null, analysisCode: null })]);
    const { staffMembers } = await send('AssignSalespeople', { branchId: String(tko.id) });
    expect(staffMembers.nodes.map((s: { code: string }) => s.code)).toEqual(['IS001', 'IS003']);

    const input = { selectionId: saveMemberSelection.id, campaignId: campaigns.nodes[0].id, salespersonIds: salespeople.map((s) => String(s.id)) };
    const { previewCampaignAssignment } = await send('AssignPreview', { input });
    expect(previewCampaignAssignment).toMatchObject({ total: saveMemberSelection.count, alreadyInCampaign: 0, toAssign: saveMemberSelection.count });
    expect(previewCampaignAssignment.outsideBranch.map((r: { outsideBranch: number }) => r.outsideBranch)).toEqual([0, 0]);

    const { assignToCampaign } = await send('AssignToCampaign', { input });
    await bulkJobSettled(Number(assignToCampaign.id));
    const { bulkJob } = await send('AssignmentProgress', { id: assignToCampaign.id });
    expect(bulkJob).toMatchObject({ status: 'DONE', total: saveMemberSelection.count, processed: saveMemberSelection.count, error: null });
    expect(await refused('RetryAssignment', { id: assignToCampaign.id })).toMatchObject({ extensions: expect.objectContaining({ field: 'id' }) });
  });
});

it('looks up members by phone prefix for the shell\'s quick lookup', async () => {
  const { quickLookup } = await send('QuickLookup', { term: '91230002', first: 8 });
  expect(quickLookup.nodes).toEqual([expect.objectContaining({ memberNo: 'A002', isWalkIn: false, branch: expect.objectContaining({ code: 'TKO' }) })]);
});
