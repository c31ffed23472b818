import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import type { Branch, Member, MemberGroup, Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { loadLabelPage } from '../../services/labels/label-sheet.service';
import { loadMemberSelection, saveMemberSelection } from '../../services/selections/member-selection.service';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let group: MemberGroup;
let salesperson: Staff;
let members: Member[];

const viewerOf = async (staff: Staff): Promise<Viewer> => (await loadViewer(ds, staff.id, 'session'))!;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds);
  tst = await aBranch(ds);
  group = await aMemberGroup(ds);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  members = [];
  for (let i = 0; i < 10; i += 1) {
    members.push(await aMember(ds, tko, group, { address: i % 4 === 3 ? null : `${i} Tong Tak Street` }));
  }
  await aMember(ds, tst, group, { address: 'Nathan Road' });
});

afterAll(() => db.drop());

describe('label pages of a selection', () => {
  it("prints the viewer's members with an address and lists the others apart", async () => {
    const viewer = await viewerOf(salesperson);
    const selection = await loadMemberSelection(ds, viewer, (await saveMemberSelection(ds, viewer, { filter: {}, excludedIds: [members[0].id] })).id);
    const page = await loadLabelPage(ds, viewer, selection);
    expect(page.labelled.map((m) => m.id)).toEqual([1, 2, 4, 5, 6, 8, 9].map((i) => members[i].id));
    expect(page.withoutAddress.map((m) => m.id)).toEqual([members[3].id, members[7].id]);
    expect(page.withoutAddressCount).toBe(2);
    expect(page.nextAfter).toBeNull();
  });

  it('stops at the cap and continues after the last label', async () => {
    const viewer = await viewerOf(salesperson);
    const selection = await loadMemberSelection(ds, viewer, (await saveMemberSelection(ds, viewer, { filter: {} })).id);
    const first = await loadLabelPage(ds, viewer, selection, { limit: 4 });
    expect(first.labelled.map((m) => m.id)).toEqual([0, 1, 2, 4].map((i) => members[i].id));
    expect(first.withoutAddress.map((m) => m.id)).toEqual([members[3].id]);
    expect(first.nextAfter).toBe(members[4].id);
    const second = await loadLabelPage(ds, viewer, selection, { limit: 4, after: first.nextAfter! });
    expect(second.labelled.map((m) => m.id)).toEqual([5, 6, 8, 9].map((i) => members[i].id));
    expect(second.nextAfter).toBeNull();
  });

  it('reads a bounded number of members per page when few have an address', async () => {
    const viewer = await viewerOf(salesperson);
    const bare = await aMemberGroup(ds);
    const homeless: Member[] = [];
    for (let i = 0; i < 12; i += 1) homeless.push(await aMember(ds, tko, bare, { address: null }));
    const selection = await loadMemberSelection(ds, viewer, (await saveMemberSelection(ds, viewer, { filter: { groupIds: [bare.id] } })).id);
    const first = await loadLabelPage(ds, viewer, selection, { limit: 1 });
    expect(first).toMatchObject({ labelled: [], withoutAddressCount: 10, nextAfter: homeless[9].id });
    const second = await loadLabelPage(ds, viewer, selection, { limit: 1, after: first.nextAfter! });
    expect(second).toMatchObject({ labelled: [], withoutAddressCount: 2, nextAfter: null });
  });
});
