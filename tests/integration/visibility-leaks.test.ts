/**
 * Issue 11, "Visibility: make it a property of data access": each leak found when the product
 * was attacked, and the contact that could not be worked, through the real GraphQL pipeline.
 * Every test here failed on the code before the scoped loaders.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { ContactSettings, MemberComment, type Branch, type CampaignMember, type Member, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { recordAudit } from '../../services/audit/audit-log.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { aContactCampaign, aContactMember } from '../helpers/contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { aSearchableMember } from '../helpers/member-search-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { call, errorOf, hkAt, ok, openEveryDay, worksEveryDay } from './appointment-booking.fixtures';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let apple: Staff; // TKO salesperson: sees her own contacts (the default)
let candy: Staff; // TKO salesperson
let bell: Staff; // TST salesperson
let manager: Staff;
let betty: Staff; // TKO beautician
let tstMember: Member; // of TST, assigned to Apple: a contact she works across branches
let tkoMember: Member; // of TKO, assigned to Candy
let appleContact: CampaignMember;
let campaignId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', timeZone: 'Asia/Hong_Kong' });
  tst = await aBranch(ds, { code: 'TST', timeZone: 'Asia/Hong_Kong' });
  const group = await aMemberGroup(ds, { code: 'TRIAL' });
  apple = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  bell = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B' });
  betty = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { displayName: 'Betty' });
  await openEveryDay(ds, tko);
  await worksEveryDay(ds, betty, tko);
  tstMember = await aSearchableMember(ds, tst, group, { memberNo: 'W001', lastName: '黃', firstName: '小美', remarks: '對花粉敏感', phone: '91110000' });
  tkoMember = await aSearchableMember(ds, tko, group, { memberNo: 'A001', lastName: '陳', firstName: '小麗', phone: '92220000' });
  await ds.getRepository(MemberComment).save({ memberId: tstMember.id, authorId: manager.id, body: '喜歡週末來' });
  const campaign = await aContactCampaign(ds, 'Junebirth');
  campaignId = campaign.id;
  appleContact = await aContactMember(ds, campaign, tstMember, apple);
  await aContactMember(ds, campaign, tkoMember, candy);
  await recordAudit(ds.manager, { entityType: 'member', entityId: tkoMember.id, action: 'campaignAssigned', actorId: manager.id, after: { campaignId, salespersonId: candy.id } });
  await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: false, showComments: false, allowBooking: true });
});

afterAll(() => db.drop());

describe('a member reached through a contact', () => {
  it('shows the narrow profile, never remarks or comments, while member(id) stays NOT_FOUND', async () => {
    const profile = await ok(apple, `query($id: ID!) { contactMember(id: $id) {
      member { id memberNo displayName phone openable branch { code } } memberRemarks memberComments(first: 5) { totalCount }
    } }`, { id: String(appleContact.id) });
    expect(profile.contactMember).toEqual({
      member: { id: String(tstMember.id), memberNo: 'W001', displayName: '黃小美', phone: '91110000', openable: false, branch: { code: 'TST' } },
      memberRemarks: null,
      memberComments: null,
    });
    // The old way in (the raw row's remarks and comments) is no longer part of the contact path.
    const raw = await call(apple, `query($id: ID!) { contactMember(id: $id) { member { remarks comments(first: 5) { nodes { body } } } } }`, { id: String(appleContact.id) });
    expect(raw.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(raw)).not.toContain('對花粉敏感');
    expect(errorOf(await call(apple, `query($id: ID!) { member(id: $id) { id } }`, { id: String(tstMember.id) })).code).toBe('NOT_FOUND');
  });

  it('shows remarks and comments when the contact settings say so', async () => {
    await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: true, showComments: true });
    try {
      const data = await ok(apple, `query($id: ID!) { contactMember(id: $id) { memberRemarks memberComments(first: 5) { nodes { body } totalCount } } }`, {
        id: String(appleContact.id),
      });
      expect(data.contactMember).toEqual({ memberRemarks: '對花粉敏感', memberComments: { nodes: [{ body: '喜歡週末來' }], totalCount: 1 } });
    } finally {
      await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: false, showComments: false });
    }
  });
});

describe('who is whose contact', () => {
  const SEARCH = `query($filter: MemberFilterInput) { memberSearch(filter: $filter, first: 50) { nodes { memberNo } totalCount } }`;

  it('runs memberSearch\'s campaign conditions over the viewer\'s contact scope only', async () => {
    const numbers = async (staff: Staff, filter: Record<string, unknown>) => (await ok(staff, SEARCH, { filter })).memberSearch.nodes.map((n: { memberNo: string }) => n.memberNo);
    // Candy's contact A001 is of Apple's branch, so Apple can search it, but not learn whose contact it is.
    expect(await numbers(apple, {})).toEqual(['A001']);
    expect(await numbers(apple, { campaignSalespersonId: String(candy.id) })).toEqual([]);
    expect(await numbers(apple, { inCampaign: { kind: 'CAMPAIGN', campaignId: String(campaignId) } })).toEqual([]);
    expect(await numbers(apple, { inCampaign: { kind: 'ANY' } })).toEqual([]);
    expect(await numbers(apple, { notInCampaign: { kind: 'CAMPAIGN', campaignId: String(campaignId) } })).toEqual(['A001']);
    // Candy, and a manager (who sees every contact), still find it.
    expect(await numbers(candy, { campaignSalespersonId: String(candy.id) })).toEqual(['A001']);
    expect(await numbers(manager, { campaignSalespersonId: String(candy.id) })).toEqual(['A001']);
    expect(await numbers(manager, { notInCampaign: { kind: 'CAMPAIGN', campaignId: String(campaignId) } })).toEqual([]);
  });

  it('shows campaign entries of a member\'s audit log only as the contact scope allows, as Member.campaigns does', async () => {
    const QUERY = `query($id: ID!) { member(id: $id) { campaigns(first: 5) { totalCount } auditLog(first: 10) { nodes { action after } } } }`;
    const asApple = (await ok(apple, QUERY, { id: String(tkoMember.id) })).member;
    expect(asApple.campaigns.totalCount).toBe(0);
    const entry = asApple.auditLog.nodes.find((n: { action: string }) => n.action === 'campaignAssigned');
    expect(JSON.parse(entry.after)).toEqual({ campaignId: null, salespersonId: null });
    const asCandy = (await ok(candy, QUERY, { id: String(tkoMember.id) })).member;
    expect(asCandy.campaigns.totalCount).toBe(1);
    expect(JSON.parse(asCandy.auditLog.nodes.find((n: { action: string }) => n.action === 'campaignAssigned').after)).toEqual({ campaignId, salespersonId: candy.id });
  });

  it('counts a campaign\'s members as the viewer may see them; managers see the kept chain total', async () => {
    const count = async (staff: Staff) => (await ok(staff, `query($id: ID!) { campaign(id: $id) { memberCount } }`, { id: String(campaignId) })).campaign.memberCount;
    expect(await count(apple)).toBe(1);
    expect(await count(candy)).toBe(1);
    expect(await count(bell)).toBe(0);
    expect(await count(manager)).toBe(2);
    const listed = await ok(apple, `{ campaigns(first: 10) { nodes { code memberCount } } }`);
    expect(listed.campaigns.nodes).toEqual([{ code: 'Junebirth', memberCount: 1 }]);
  });
});

describe('a contact that can be worked', () => {
  it('books from a contact whose member is of another branch, and sees the booking, without opening the member', async () => {
    const input = {
      memberId: String(tstMember.id),
      contactMemberId: String(appleContact.id),
      branchId: String(tko.id),
      beauticianId: String(betty.id),
      minutes: 60,
      startsAt: hkAt(3, 11).toISOString(),
    };
    const booked = await ok(apple, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id contactMember { id } member { id } } }`, { input });
    expect(booked.bookAppointment).toEqual({ id: expect.any(String), contactMember: { id: String(appleContact.id) }, member: null });
    const page = await ok(apple, `query($id: ID!) { contactMember(id: $id) { status { key } appointment { id } logs(first: 5) { totalCount } } }`, { id: String(appleContact.id) });
    expect(page.contactMember).toEqual({ status: { key: 'booked' }, appointment: { id: booked.bookAppointment.id }, logs: { totalCount: 1 } });
    expect((await ok(apple, `query($id: ID!) { appointment(id: $id) { id member { id } } }`, { id: booked.bookAppointment.id })).appointment).toEqual({
      id: booked.bookAppointment.id,
      member: null,
    });
    // Without the contact, booking the member stays inside the member scope.
    const direct = await call(apple, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`, {
      input: { ...input, contactMemberId: null, startsAt: hkAt(4, 11).toISOString() },
    });
    expect(errorOf(direct).code).toBe('NOT_FOUND');
    // Candy sees neither the member (TST) nor Apple's contact; Bell opens the member but not Apple's contact.
    expect(errorOf(await call(candy, `query($id: ID!) { appointment(id: $id) { id } }`, { id: booked.bookAppointment.id })).code).toBe('NOT_FOUND');
    expect((await ok(bell, `query($id: ID!) { appointment(id: $id) { id contactMember { id } } }`, { id: booked.bookAppointment.id })).appointment).toEqual({
      id: booked.bookAppointment.id,
      contactMember: null,
    });
  });

  it('tells the manager before the assignment how many members are outside each salesperson\'s branch', async () => {
    const viewer = (await loadViewer(ds, manager.id, 'session'))!;
    const selection = await saveMemberSelection(ds, viewer, { filter: {}, excludedIds: [] });
    const campaign = await aContactCampaign(ds, 'Roadshow');
    const preview = await ok(manager, `query($input: CampaignAssignmentInput!) { previewCampaignAssignment(input: $input) {
      toAssign outsideBranch { outsideBranch salesperson { code } }
    } }`, { input: { selectionId: String(selection.id), campaignId: String(campaign.id), salespersonIds: [String(bell.id), String(apple.id)] } });
    // Dealing order is by staff code: D074 (Bell, TST) before IS007 (Apple, TKO).
    expect(preview.previewCampaignAssignment).toEqual({
      toAssign: 2,
      outsideBranch: [
        { outsideBranch: 1, salesperson: { code: 'D074' } },
        { outsideBranch: 1, salesperson: { code: 'IS007' } },
      ],
    });
  });
});
