import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportRoute } from '../../app/api/contacts/export/route';
import { useDataSource } from '../../db/data-source';
import { ContactVisibility, type CampaignMember, type Member, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { aContactCampaign, aContactLog, aContactMember, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aSearchableMember } from '../helpers/member-search-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * The "done when": for each visibility level, every read path — the list (rows and
 * count), one contact member, the salesperson options, the export, the member page's campaigns,
 * and an API token — shows exactly the contact members the level allows.
 */

let db: TestDatabase;
let ds: DataSource;
let tkoA: Staff;
let tkoB: Staff;
let tstC: Staff;
let mkD: Staff;
let manager: Staff;
let shared: Member;
const places: Record<'A' | 'B' | 'C' | 'D', CampaignMember> = {} as never;
let hidden: CampaignMember;
const campaignLabel = new Map<string, string>();

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const tko = await aBranch(ds, { code: 'TKO' });
  const tst = await aBranch(ds, { code: 'TST' });
  const mk = await aBranch(ds, { code: 'MK' });
  const trial = await aMemberGroup(ds, { code: 'TRIAL' });
  tkoA = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  tkoB = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003', displayName: 'Candy Chan' });
  tstC = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074', displayName: 'Bell Lau' });
  mkD = await aStaff(ds, mk, [StaffRole.SALESPERSON], { code: 'CB011', displayName: 'Kay Choi' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B', displayName: 'HKB2B Support' });
  // One member (of TKO, so every TKO viewer may open their page) in four campaigns, one per salesperson.
  shared = await aSearchableMember(ds, tko, trial, { memberNo: 'A001', lastName: '陳', firstName: '小麗', phone: '91234567' });
  const owners = { A: tkoA, B: tkoB, C: tstC, D: mkD };
  for (const [label, owner] of Object.entries(owners) as Array<['A' | 'B' | 'C' | 'D', Staff]>) {
    const campaign = await aContactCampaign(ds, `C${label}`, { name: `Campaign ${label}` });
    campaignLabel.set(`Campaign ${label} (C${label})`, label);
    places[label] = await aContactMember(ds, campaign, shared, owner);
    await aContactLog(ds, places[label], { at: '2025-06-10T02:00:00Z', by: owner, note: `note ${label}` });
  }
  const binned = await aSearchableMember(ds, tko, trial, { memberNo: 'R001', lastName: '回收', phone: '91230000', deletedAt: new Date() });
  hidden = await aContactMember(ds, await aContactCampaign(ds, 'CH'), binned, tkoA, { memberHidden: true });
});

afterAll(async () => {
  await db.drop();
});

type Level = {
  name: string;
  viewer: () => Staff;
  /** The visibility row to store; null for none (the role's default). */
  rule: Partial<Pick<ContactVisibility, 'ownBranch' | 'otherBranches' | 'all'>> | null;
  /** The explicit staff list (staff are created in beforeAll, so by function). */
  list?: () => Staff[];
  sees: Array<'A' | 'B' | 'C' | 'D'>;
};

const LEVELS: Level[] = [
  { name: 'own members only (a salesperson\'s default)', viewer: () => tkoA, rule: null, sees: ['A'] },
  { name: 'staff of the own branch', viewer: () => tkoA, rule: { ownBranch: true }, sees: ['A', 'B'] },
  { name: 'staff of other branches', viewer: () => tkoA, rule: { otherBranches: true }, sees: ['A', 'C', 'D'] },
  { name: 'all members', viewer: () => tkoA, rule: { all: true }, sees: ['A', 'B', 'C', 'D'] },
  { name: 'an explicit list of staff', viewer: () => tkoA, rule: {}, list: () => [mkD], sees: ['A', 'D'] },
  { name: 'a manager\'s default (supervises all)', viewer: () => manager, rule: null, sees: ['A', 'B', 'C', 'D'] },
  { name: 'a manager limited to an explicit list', viewer: () => manager, rule: {}, list: () => [tkoB], sees: ['B'] },
];

const OWNER_CODE = { A: 'IS007', B: 'IS003', C: 'D074', D: 'CB011' } as const;

async function applyRule(level: Level): Promise<void> {
  const staff = level.viewer();
  await ds.getRepository(ContactVisibility).delete({ staffId: staff.id });
  if (!level.rule) return;
  await setVisibility(ds, staff, { ...level.rule, staffIds: (level.list?.() ?? []).map((s) => s.id) });
}

const labelOfPlace = (id: string | number) => (Object.entries(places).find(([, p]) => p.id === Number(id)) ?? ['?'])[0];

/** The places in the export a caller gets, by campaign column. */
async function exportedPlaces(headers: Record<string, string>): Promise<string[]> {
  const response = await exportRoute(new NextRequest('http://localhost/api/contacts/export?locale=en', { headers }));
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const exported: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) exported.push(campaignLabel.get(String(sheet.getRow(r).getCell(1).value)) ?? '?');
  return exported.sort();
}

describe.each(LEVELS)('contact visibility: $name', (level) => {
  let cookie: string;

  beforeAll(async () => {
    await applyRule(level);
    cookie = await sessionCookieFor(level.viewer());
  });

  it('lists exactly the allowed rows, and counts them', async () => {
    const res = await gql(`{ contactMembers(first: 50) { nodes { id salesperson { code } } totalCount } }`, {}, { cookie });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.contactMembers;
    expect(nodes.map((n: { id: string }) => labelOfPlace(n.id)).sort()).toEqual(level.sees);
    expect(totalCount).toBe(level.sees.length);
    // Filtering by a salesperson outside the scope finds nothing rather than widening it.
    const others = await gql(`query($ids: [ID!]) { contactMembers(filter: { salespersonIds: $ids }) { nodes { id } totalCount } }`, {
      ids: [tkoA.id, tkoB.id, tstC.id, mkD.id].map(String),
    }, { cookie });
    expect(others.body.data!.contactMembers.totalCount).toBe(level.sees.length);
  });

  it('opens allowed rows and answers NOT_FOUND for the others', async () => {
    for (const label of ['A', 'B', 'C', 'D'] as const) {
      const res = await gql(`query($id: ID!) { contactMember(id: $id) { id lastLog { note } } }`, { id: String(places[label].id) }, { cookie });
      if (level.sees.includes(label)) {
        expect(res.body.data!.contactMember.lastLog.note).toBe(`note ${label}`);
      } else {
        expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(res.body.data).toBeNull();
      }
    }
    const binned = await gql(`query($id: ID!) { contactMember(id: $id) { id } }`, { id: String(hidden.id) }, { cookie });
    expect(binned.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('offers only the salespeople whose rows are visible', async () => {
    const res = await gql(`{ contactSalespeople(first: 50) { nodes { code } totalCount } }`, {}, { cookie });
    const codes = res.body.data!.contactSalespeople.nodes.map((n: { code: string }) => n.code).sort();
    expect(codes).toEqual(level.sees.map((l) => OWNER_CODE[l]).sort());
    expect(res.body.data!.contactSalespeople.totalCount).toBe(level.sees.length);
  });

  it('exports only the allowed rows', async () => {
    expect(await exportedPlaces({ cookie })).toEqual(level.sees);
  });

  it('shows and counts only the allowed campaign places on the member page', async () => {
    const res = await gql(`query($id: ID!) { member(id: $id) { campaigns(first: 10) { nodes { id campaign { code } } totalCount } } }`, { id: String(shared.id) }, { cookie });
    expect(res.body.errors).toBeUndefined();
    const { nodes, totalCount } = res.body.data!.member.campaigns;
    expect(nodes.map((n: { id: string }) => labelOfPlace(n.id)).sort()).toEqual(level.sees);
    expect(totalCount).toBe(level.sees.length);
  });

  it('gives an API token of the same staff exactly the same rows', async () => {
    const viewer = (await loadViewer(ds, level.viewer().id, 'session'))!;
    const { secret } = await new ApiTokenService(ds).create(viewer, `visibility ${level.name}`);
    const res = await gql(`{ contactMembers(first: 50) { nodes { id } totalCount } }`, {}, { bearer: secret });
    expect(res.body.data!.contactMembers.nodes.map((n: { id: string }) => labelOfPlace(n.id)).sort()).toEqual(level.sees);
    expect(res.body.data!.contactMembers.totalCount).toBe(level.sees.length);
    const one = await gql(`query($id: ID!) { contactMember(id: $id) { id } }`, { id: String(places.C.id) }, { bearer: secret });
    if (level.sees.includes('C')) expect(one.body.data!.contactMember.id).toBe(String(places.C.id));
    else expect(one.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await exportedPlaces({ authorization: `Bearer ${secret}` })).toEqual(level.sees);
  });
});
