/**
 * Issue 11's schema walk: visibility is a property of the data access, so it must hold on every
 * path of the schema, including paths nobody has written a test for. The built schema is read
 * with graphql-js; every path from a root Query field to a field returning a member, contact
 * member, contact-member profile, member campaign place, comment, contact log, appointment or invoice (or a
 * connection of them), up to MAX_HOPS fields deep, becomes a generated query. Each is run as every
 * visibility level and as an API token, and every such object in the answers must be in the set
 * the fixture data allows — computed here from the fixture alone, not by the product's code. A
 * new resolver that forgets the scope fails this without a new test; a new required argument the
 * walk cannot fill fails it too, until a way to fill it (or a reviewed reason to skip) is added.
 * Anonymous callers get UNAUTHENTICATED on every root field, Query and Mutation, but `health`.
 */
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import {
  Appointment, ContactSettings, ContactVisibility, Member, MemberComment, type Branch, type CampaignMember, type ContactLog, type Invoice, type Staff,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { Coupon, CouponType } from '../../entities';
import { CouponDiscountKind } from '../../entities/coupon-type.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { getSchema } from '../../graphql/schema';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { aContactCampaign, aContactLog, aContactMember, setVisibility } from '../helpers/contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { anInvoice } from '../helpers/sales-fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aSearchableMember } from '../helpers/member-search-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { refreshSameDayPurchases } from '../../services/contacts/same-day-purchases.service';
import { postPoints } from '../../services/loyalty/points-ledger.service';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { Instalment, PrepaidSale } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { openPackage, usePackage } from '../../services/prepaid/package-ledger.service';
import { postStoredValue } from '../../services/prepaid/stored-value-ledger.service';

/** How many fields a path may have from the root (a connection's `nodes` counts as one). */
const MAX_HOPS = 6;

/** The types under visibility rules, and what their ids are checked against. */
const TRACKED = ['Member', 'ContactMember', 'ContactMemberProfile', 'MemberCampaign', 'MemberComment', 'ContactLog', 'Appointment', 'Invoice'] as const;
type Tracked = (typeof TRACKED)[number];
const isTracked = (name: string): name is Tracked => (TRACKED as readonly string[]).includes(name);

/**
 * Root fields the walk does not run, each with the reason a reviewer accepted. Anything else it
 * cannot fill arguments for fails the test.
 */
const NOT_WALKED: Record<string, string> = {};

/** Root fields whose members are allowed in the recycle bin (still within the member scope). */
const RECYCLE_BIN_ROOTS = new Set(['recycleBin']);

let db: TestDatabase;
let ds: DataSource;
let schema: GraphQLSchema;

type Fixture = {
  branches: Branch[];
  staff: Staff[];
  members: Member[];
  contacts: CampaignMember[];
  logs: ContactLog[];
  appointments: Appointment[];
  invoices: Invoice[];
  comments: MemberComment[];
  campaignIds: number[];
  packageIds: number[];
  dates: string[];
};
const fx: Fixture = { branches: [], staff: [], members: [], contacts: [], logs: [], appointments: [], invoices: [], comments: [], campaignIds: [], packageIds: [], dates: [] };
let A: Staff; // the salesperson whose levels are walked (TKO)
let B: Staff; // TKO
let C: Staff; // TST
let D: Staff; // MK
let manager: Staff;
let tko: Branch;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  schema = await getSchema();
  tko = await aBranch(ds, { code: 'TKO', timeZone: 'Asia/Hong_Kong' });
  const tst = await aBranch(ds, { code: 'TST', timeZone: 'Asia/Hong_Kong' });
  const mk = await aBranch(ds, { code: 'MK', timeZone: 'Asia/Hong_Kong' });
  fx.branches = [tko, tst, mk];
  const group = await aMemberGroup(ds, { code: 'TRIAL' });
  A = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007' });
  B = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS003' });
  C = await aStaff(ds, tst, [StaffRole.SALESPERSON], { code: 'D074' });
  D = await aStaff(ds, mk, [StaffRole.SALESPERSON], { code: 'CB011' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { code: 'HKB2B' });
  const beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { code: 'BT01' });
  fx.staff = [A, B, C, D, manager, beautician];

  const member = (branch: Branch, no: string, extra: Partial<Member> = {}) =>
    aSearchableMember(ds, branch, group, { memberNo: no, lastName: '陳', firstName: no, phone: `9${no.slice(1).padStart(7, '0')}`, ...extra });
  const m1 = await member(tko, 'A001');
  const m2 = await member(tko, 'A002');
  const m3 = await member(tst, 'W001', { referrerId: m1.id });
  const m4 = await member(mk, 'M001', { referrerId: m3.id });
  const m5 = await member(tko, 'A005', { deletedAt: new Date() });
  const m6 = await member(tst, 'W006');
  await ds.getRepository(Member).update({ id: m1.id }, { referrerId: m3.id });
  fx.members = await ds.getRepository(Member).find({ order: { id: 'ASC' } });
  for (const m of fx.members) fx.comments.push(await ds.getRepository(MemberComment).save({ memberId: m.id, authorId: manager.id, body: `about ${m.memberNo}` }));

  const june = await aContactCampaign(ds, 'Junebirth');
  const may = await aContactCampaign(ds, 'Maybirth');
  fx.campaignIds = [june.id, may.id];
  const places: Array<[Member, Staff, typeof june, Partial<CampaignMember>?]> = [
    [m1, A, june], [m2, B, june], [m3, A, june], [m4, D, june], [m3, C, may], [m6, B, may], [m5, A, may, { memberHidden: true }],
  ];
  for (const [m, s, campaign, extra] of places) {
    const cm = await aContactMember(ds, campaign, m, s, extra);
    fx.logs.push(await aContactLog(ds, cm, { at: '2025-06-10T02:00:00Z', by: s, note: `log ${m.memberNo}` }));
    fx.contacts.push(cm);
  }
  const contactOf = (m: Member, s: Staff) => fx.contacts.find((c) => c.memberId === m.id && c.salespersonId === s.id)!;
  const day = '2030-06-11';
  fx.dates = [day];
  const booking: Array<[Member, Branch, CampaignMember | null]> = [
    [m1, tko, contactOf(m1, A)], [m3, tko, contactOf(m3, A)], [m2, tko, contactOf(m2, B)], [m4, tst, null], [m6, tst, contactOf(m6, B)], [m5, tko, null],
  ];
  let hour = 1;
  for (const [m, branch, contact] of booking) {
    const startsAt = new Date(`${day}T0${hour++}:00:00Z`);
    const appointment = await ds.getRepository(Appointment).save({
      memberId: m.id, branchId: branch.id, beauticianId: beautician.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000),
      blockedUntil: new Date(startsAt.getTime() + 3_600_000), status: AppointmentStatus.BOOKED, campaignMemberId: contact?.id ?? null,
      note: '', createdById: manager.id, updatedById: manager.id,
    });
    if (contact) await ds.getRepository('CampaignMember').update({ id: contact.id }, { appointmentId: appointment.id, bookedAt: new Date() });
    fx.appointments.push(appointment);
  }
  // Invoices: of a member of the salesperson's branch, of another branch's member sold there, a
  // walk-in's at another branch, and of a member in the recycle bin (visible to nobody).
  // m1's and m3's are of their booked visit's day, so their contacts' same-day purchases name them.
  const sales: Array<[Branch, Member | null, string?]> = [[tko, m1, day], [tko, m3, day], [tst, null], [tko, m5]];
  for (const [branch, buyer, businessDate] of sales) fx.invoices.push(await anInvoice(ds, { branch, cashier: manager, member: buyer, businessDate, lines: [{ staff: beautician }] }));
  for (const m of [m1, m3]) await ds.transaction((manager) => refreshSameDayPurchases(manager, m.id, [day]));
  // Each buyer's upgrade names its invoice: the level history and the customer history reach the
  // invoice only through the sales scope.
  for (const invoice of fx.invoices.filter((i) => i.memberId !== null)) {
    await ds.getRepository('MemberLevelChange').insert({
      memberId: invoice.memberId, fromGroupId: null, toGroupId: m1.groupId, reason: 'UPGRADE', spendCents: invoice.totalCents, invoiceId: invoice.id, staffId: manager.id, createdAt: new Date(),
    });
  }
  // An e-coupon for every member: the coupon list and a member's coupons reach the holder only through the member scope.
  const couponType = await ds.getRepository(CouponType).save({ code: 'WALK', name: 'Walk', discountKind: CouponDiscountKind.AMOUNT, amountCents: 100, validDays: 30 });
  for (const [i, member] of fx.members.entries()) {
    await ds.getRepository(Coupon).insert({ code: `WALK${i}`, typeId: couponType.id, memberId: member.id, validFrom: '2026-01-01', validTo: '2099-12-31', issuedAt: new Date() });
  }
  // Points for every member: each buyer's earning names its invoice (reached only through the sales
  // scope), and each member's referral share names the next member (reached only through the member scope).
  for (const invoice of fx.invoices.filter((i) => i.memberId !== null)) {
    await ds.transaction((m) => postPoints(m, { memberId: invoice.memberId!, kind: PointsEntryKind.EARN, points: 10, at: new Date(), invoiceId: invoice.id, branchId: invoice.branchId }));
  }
  for (const [i, member] of fx.members.entries()) {
    const referred = fx.members[(i + 1) % fx.members.length];
    await ds.transaction((m) => postPoints(m, { memberId: member.id, kind: PointsEntryKind.REFERRAL, points: 1, at: new Date(), referredMemberId: referred.id }));
  }
  // Prepaid for every member: a top-up sale with an instalment and a package (their member reached
  // only through the member scope); each buyer pays her invoice from stored value and the package
  // (the invoice reached only through the sales scope).
  for (const [i, member] of fx.members.entries()) {
    const sale = await ds.getRepository(PrepaidSale).save({ number: `WALKPP-${i}`, kind: PrepaidSaleKind.PACKAGE, memberId: member.id, branchId: member.branchId, amountCents: 10_000, instalmentCount: 2, createdAt: new Date() });
    await ds.getRepository(Instalment).insert({ prepaidSaleId: sale.id, memberId: member.id, sequence: 2, dueDate: '2020-01-01', amountCents: 5_000, paidCents: 0 });
    const pkg = await ds.transaction((m) => openPackage(m, {
      memberId: member.id, typeId: null, prepaidSaleId: sale.id, name: 'Walk', kind: PackageKind.VALUE, treatmentIds: null, sessions: 0, valueCents: 20_000, priceCents: 10_000, branchId: member.branchId, validTo: '2099-12-31', at: new Date(),
    }));
    fx.packageIds.push(pkg.id);
    await ds.transaction((m) => postStoredValue(m, { memberId: member.id, kind: StoredValueEntryKind.TOP_UP, amountCents: 10_000, paidCents: 10_000, prepaidSaleId: sale.id, at: new Date() }));
    const invoice = fx.invoices.find((inv) => inv.memberId === member.id);
    if (!invoice) continue;
    await ds.transaction((m) => postStoredValue(m, { memberId: member.id, kind: StoredValueEntryKind.PAYMENT, amountCents: -100, invoiceId: invoice.id, at: new Date() }));
    await ds.transaction((m) => usePackage(m, { memberPackageId: pkg.id, memberId: member.id, valueCents: 100, treatmentId: null, invoiceId: invoice.id, today: '2026-01-01', field: 'payments', at: new Date() }));
  }
  // The most permissive display settings, so the settings-gated contact paths are walked too.
  await ds.getRepository(ContactSettings).update({ id: 1 }, { showMemberRemarks: true, showComments: true, allowBooking: true });
});

afterAll(() => db.drop());

// ---------------------------------------------------------------------------------------------
// The allowed sets, from the fixture alone.

type Level = {
  name: string;
  viewer: () => Staff;
  rule: Partial<Pick<ContactVisibility, 'ownBranch' | 'otherBranches' | 'all'>> | null;
  list?: () => Staff[];
  token?: boolean;
  /** Branches whose members the viewer opens; null for all. */
  memberBranches: () => number[] | null;
  /** Salespeople whose contacts the viewer sees; null for all. */
  salespeople: () => number[] | null;
  /** Whether the viewer holds sales.view (the manager's role does, a salesperson's does not). */
  sales?: boolean;
};

const branchOf = (s: Staff) => s.branchId;
const LEVELS: Level[] = [
  { name: 'salesperson, own contacts only', viewer: () => A, rule: null, memberBranches: () => [tko.id], salespeople: () => [A.id] },
  {
    name: 'salesperson, staff of her branch', viewer: () => A, rule: { ownBranch: true }, memberBranches: () => [tko.id],
    salespeople: () => fx.staff.filter((s) => branchOf(s) === tko.id).map((s) => s.id),
  },
  {
    name: 'salesperson, staff of other branches', viewer: () => A, rule: { otherBranches: true }, memberBranches: () => [tko.id],
    salespeople: () => [A.id, ...fx.staff.filter((s) => branchOf(s) !== tko.id).map((s) => s.id)],
  },
  { name: 'salesperson, chosen staff', viewer: () => A, rule: {}, list: () => [D], memberBranches: () => [tko.id], salespeople: () => [A.id, D.id] },
  { name: 'manager, everything', viewer: () => manager, rule: null, memberBranches: () => null, salespeople: () => null, sales: true },
  { name: 'API token of the salesperson, own contacts only', viewer: () => A, rule: null, token: true, memberBranches: () => [tko.id], salespeople: () => [A.id] },
];

function allowedSets(level: Level, recycleBin: boolean): Record<Tracked, Set<number>> {
  const branches = level.memberBranches();
  const people = level.salespeople();
  const byId = new Map(fx.members.map((m) => [m.id, m]));
  const memberOpen = (id: number, binAllowed = false) => {
    const m = byId.get(id)!;
    return (branches === null || branches.includes(m.branchId)) && (binAllowed || m.deletedAt === null);
  };
  const contactSeen = (c: CampaignMember) => !c.memberHidden && byId.get(c.memberId)!.deletedAt === null && (people === null || people.includes(c.salespersonId));
  const contacts = fx.contacts.filter(contactSeen);
  const members = fx.members.filter((m) => memberOpen(m.id, recycleBin)).map((m) => m.id);
  const profiles = contacts.map((c) => c.memberId);
  // Comments: of members the viewer opens (the recycle bin's too, from its list), and (the settings
  // show them) of her contacts' members.
  const commentMembers = new Set([...members, ...profiles]);
  return {
    Member: new Set(members),
    ContactMember: new Set(contacts.map((c) => c.id)),
    MemberCampaign: new Set(contacts.map((c) => c.id)),
    ContactMemberProfile: new Set(profiles),
    MemberComment: new Set(fx.comments.filter((c) => commentMembers.has(c.memberId)).map((c) => c.id)),
    ContactLog: new Set(fx.logs.filter((l) => contacts.some((c) => c.id === l.campaignMemberId)).map((l) => l.id)),
    // An invoice: the viewer may see sales, its branch is in her member scope, its member (if any) she may open.
    Invoice: new Set(
      fx.invoices
        .filter((i) => level.sales && (branches === null || branches.includes(i.branchId)) && (i.memberId === null || memberOpen(i.memberId)))
        .map((i) => i.id),
    ),
    Appointment: new Set(
      fx.appointments
        .filter((a) => byId.get(a.memberId)!.deletedAt === null && (memberOpen(a.memberId) || contacts.some((c) => c.id === a.campaignMemberId)))
        .map((a) => a.id),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Paths through the schema.

type Hop = { field: GraphQLField<unknown, unknown>; parent: GraphQLObjectType };
type Path = Hop[];

/** Whether a type is, or within `hops` fields reaches, a tracked type. */
function reaches(type: GraphQLNamedType, hops: number, memo = new Map<string, boolean>()): boolean {
  if (!isObjectType(type)) return false;
  if (isTracked(type.name)) return true;
  if (hops <= 0) return false;
  const key = `${type.name}:${hops}`;
  if (memo.has(key)) return memo.get(key)!;
  memo.set(key, false);
  const found = Object.values(type.getFields()).some((f) => reaches(getNamedType(f.type), hops - 1, memo));
  memo.set(key, found);
  return found;
}

/** Every path from a root field that ends on a field returning a tracked type, without using a field twice. */
function pathsFrom(root: GraphQLField<unknown, unknown>, queryType: GraphQLObjectType): Path[] {
  const out: Path[] = [];
  const walk = (path: Path) => {
    const last = path[path.length - 1];
    const type = getNamedType(last.field.type);
    if (!isObjectType(type)) return;
    if (isTracked(type.name)) out.push(path);
    if (path.length >= MAX_HOPS) return;
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      if (!isObjectType(next) || !reaches(next, MAX_HOPS - path.length - 1)) continue;
      if (path.some((hop) => hop.parent === type && hop.field === field)) continue;
      walk([...path, { field, parent: type }]);
    }
  };
  walk([{ field: root, parent: queryType }]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arguments.

const required = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/** Ways to fill a required argument from the fixture, by name and type; null when the walk has none. */
function valuesFor(owner: string, arg: GraphQLArgument, returns: string): unknown[] | null {
  const named = getNamedType(arg.type);
  if (isEnumType(named)) return named.getValues().map((v) => v.name);
  const ids = (rows: Array<{ id: number }>) => [...rows.map((r) => String(r.id)), '999999'];
  if (arg.name === 'id') {
    if (returns === 'Member') return ids(fx.members);
    if (returns === 'ContactMember') return ids(fx.contacts);
    if (returns === 'Appointment') return ids(fx.appointments);
    if (returns === 'Invoice') return ids(fx.invoices);
    if (returns === 'Campaign') return fx.campaignIds.map(String);
  }
  // A member the salesperson opens and one she sees only as a contact (the recycle bin's is tested with memberHistory itself).
  if (owner === 'Query.memberHistory' && arg.name === 'memberId') return ids(fx.members.filter((m) => ['A001', 'W001'].includes(m.memberNo)));
  // The level history of every member: NOT_FOUND for those the viewer may not open.
  if (owner === 'Query.memberLevelChanges' && arg.name === 'memberId') return ids(fx.members);
  // Every member's e-coupons: NOT_FOUND for those the viewer may not open.
  if (owner === 'Query.memberCoupons' && arg.name === 'memberId') return ids(fx.members);
  // Every member's points and ledger: NOT_FOUND for those the viewer may not open.
  if ((owner === 'Query.memberPoints' || owner === 'Query.pointsEntries') && arg.name === 'memberId') return ids(fx.members);
  // Every member's prepaid account and packages: NOT_FOUND for those the viewer may not open.
  if ((owner === 'Query.memberAccount' || owner === 'Query.usableMemberPackages') && arg.name === 'memberId') return ids(fx.members);
  if (owner === 'Query.memberPackage' && arg.name === 'id') return [...fx.packageIds.map(String), '999999'];
  if (owner === 'Query.campaignReturnInvoices' && arg.name === 'campaignId') return fx.campaignIds.map(String);
  if (owner.startsWith('Query.campaignReturn') && arg.name === 'daysAfterContact') return [366];
  if (owner === 'Query.invoiceByNumber' && arg.name === 'number') return [...fx.invoices.map((i) => i.number), 'NOPE-00001'];
  if (arg.name === 'branchId') return fx.branches.map((b) => String(b.id));
  if (arg.name === 'staffId') return fx.staff.map((s) => String(s.id));
  if (arg.name === 'date') return fx.dates;
  if (owner === 'Query.quickLookup' && arg.name === 'term') return ['A00', 'W001', '9', '陳'];
  if (owner === 'Query.duplicatePhoneMembers' && arg.name === 'phone') return fx.members.map((m) => m.phone!);
  return null;
}

/** Every combination of the required arguments' values (optional ones keep their defaults). */
function argSets(owner: string, field: GraphQLField<unknown, unknown>): Array<Record<string, unknown>> | null {
  let sets: Array<Record<string, unknown>> = [{}];
  for (const arg of field.args.filter(required)) {
    const values = valuesFor(owner, arg, getNamedType(field.type).name);
    if (!values) return null;
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [arg.name]: value })));
  }
  return sets;
}

const literal = (value: unknown, type: GraphQLInputType): string => {
  const named = getNamedType(type);
  if (isEnumType(named)) return String(value);
  return JSON.stringify(value);
};

function argsText(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const parts = field.args.filter((a) => a.name in values).map((a) => `${a.name}: ${literal(values[a.name], a.type)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

const hasId = (type: GraphQLObjectType) => 'id' in type.getFields();

/** The selection of one path: __typename (and id) at every level, the next hop inside. */
function selectionOf(path: Path, from: number, nested: Array<Record<string, unknown>>): string {
  const hop = path[from];
  const type = getNamedType(hop.field.type) as GraphQLObjectType;
  const inner = from + 1 < path.length ? selectionOf(path, from + 1, nested) : '';
  return `${hop.field.name}${argsText(hop.field, nested[from] ?? {})} { __typename${hasId(type) ? ' id' : ''} ${inner} }`;
}

/** Tracked objects anywhere in an answer, by type. */
function collect(value: unknown, into: Map<Tracked, Set<number>>): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, into));
  if (!value || typeof value !== 'object') return;
  const row = value as Record<string, unknown>;
  if (typeof row.__typename === 'string' && isTracked(row.__typename) && row.id != null) {
    const set = into.get(row.__typename) ?? new Set<number>();
    set.add(Number(row.id));
    into.set(row.__typename, set);
  }
  Object.values(row).forEach((v) => collect(v, into));
}

// ---------------------------------------------------------------------------------------------
// The walk.

type Run = { queries: number; fields: Set<string>; seen: Map<Tracked, Set<number>> };
const counts: Record<string, { queries: number; fields: number }> = {};

async function applyRule(level: Level): Promise<void> {
  const staff = level.viewer();
  await ds.getRepository(ContactVisibility).delete({ staffId: staff.id });
  if (level.rule) await setVisibility(ds, staff, { ...level.rule, staffIds: (level.list?.() ?? []).map((s) => s.id) });
}

async function walk(level: Level, auth: { cookie?: string; bearer?: string }): Promise<Run> {
  const queryType = schema.getQueryType()!;
  const run: Run = { queries: 0, fields: new Set(), seen: new Map() };
  const unfillable: string[] = [];
  for (const root of Object.values(queryType.getFields())) {
    if (root.name in NOT_WALKED) continue;
    const paths = pathsFrom(root, queryType);
    if (!paths.length) continue;
    const rootSets = argSets(`Query.${root.name}`, root);
    if (!rootSets) {
      unfillable.push(`Query.${root.name}`);
      continue;
    }
    const allowed = allowedSets(level, RECYCLE_BIN_ROOTS.has(root.name));
    for (const path of paths) {
      const nestedSets: Array<Record<string, unknown>> = [];
      let fillable = true;
      for (const hop of path.slice(1)) {
        const sets = argSets(`${hop.parent.name}.${hop.field.name}`, hop.field);
        if (!sets) {
          unfillable.push(`${hop.parent.name}.${hop.field.name}`);
          fillable = false;
          break;
        }
        // A nested field takes the first way to fill it; its own root-like ids are walked from the root.
        nestedSets.push(sets[0]);
      }
      if (!fillable) continue;
      for (const rootArgs of rootSets) {
        const text = `{ ${selectionOf(path, 0, [rootArgs, ...nestedSets])} }`;
        const res = await gql(text, {}, auth);
        run.queries += 1;
        for (const error of res.body.errors ?? []) {
          // Refusals are allowed answers (NOT_FOUND for what is out of scope, FORBIDDEN by role, a bad date); nothing else is.
          if (!['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(error.extensions?.code)) {
            throw new Error(`${level.name}: ${text} failed: ${error.extensions?.code} ${error.message}`);
          }
        }
        const found = new Map<Tracked, Set<number>>();
        collect(res.body.data, found);
        for (const [type, ids] of found) {
          for (const id of ids) {
            if (!allowed[type].has(id)) throw new Error(`${level.name}: ${type} ${id} is outside the viewer's scope, through ${text}`);
            run.seen.set(type, new Set([...(run.seen.get(type) ?? []), id]));
          }
        }
        for (const hop of path) run.fields.add(`${hop.parent.name}.${hop.field.name}`);
      }
    }
  }
  expect(unfillable.filter((f, i, all) => all.indexOf(f) === i)).toEqual([]);
  return run;
}

describe.each(LEVELS)('schema walk: $name', (level) => {
  it('gives only (and all of) the objects the level allows, on every path', async () => {
    await applyRule(level);
    const viewer = level.viewer();
    const auth = level.token
      ? { bearer: (await new ApiTokenService(ds).create((await loadViewer(ds, viewer.id, 'session'))!, `walk ${Date.now()}`)).secret }
      : { cookie: await sessionCookieFor(viewer) };
    const run = await walk(level, auth);
    counts[level.name] = { queries: run.queries, fields: run.fields.size };
    // Not vacuous: everything the level allows is reached on some path — the recycle bin by those
    // whose role opens it, a member's campaign places only through a member the viewer opens.
    const allowed = allowedSets(level, viewer.roles.includes(StaffRole.MANAGER));
    const openable = new Set(fx.members.filter((m) => m.deletedAt === null && allowed.Member.has(m.id)).map((m) => m.id));
    allowed.MemberCampaign = new Set(fx.contacts.filter((c) => allowed.ContactMember.has(c.id) && openable.has(c.memberId)).map((c) => c.id));
    const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);
    for (const type of TRACKED) expect({ type, seen: sorted(run.seen.get(type) ?? []) }).toEqual({ type, seen: sorted(allowed[type]) });
    // Hundreds of requests per level: a budget for a busy 2-core machine, not a speed check.
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Anonymous callers.

/** Some valid value of an input type, for calls that must be refused before any resolver runs. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value === undefined ? type.getValues()[0].name : type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sampleValue(f.type);
    return out;
  }
  if (isScalarType(type)) {
    for (const candidate of ['1', '2030-01-01T00:00:00.000Z', '2030-01-01', 1, true]) {
      try {
        type.parseValue(candidate);
        return candidate;
      } catch {
        // the next candidate
      }
    }
  }
  throw new Error(`No sample value for ${String(type)}`);
}

describe('schema walk: anonymous', () => {
  it('refuses every root field but health with UNAUTHENTICATED', async () => {
    let walked = 0;
    for (const [operation, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(root.getFields())) {
        const args = field.args.filter(required);
        const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type)]));
        const head = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
        const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
        const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        const res = await gql(`${operation} ${head} { ${field.name}${call}${selection} }`, variables);
        walked += 1;
        if (operation === 'query' && field.name === 'health') {
          expect(res.body.errors).toBeUndefined();
          continue;
        }
        // A nullable root field answers null beside the error; nothing else comes back.
        const data = Object.values(res.body.data ?? {}).filter((v) => v !== null);
        expect({ field: `${operation}.${field.name}`, code: res.body.errors?.[0]?.extensions?.code, data }).toEqual({
          field: `${operation}.${field.name}`,
          code: 'UNAUTHENTICATED',
          data: [],
        });
      }
    }
    counts.anonymous = { queries: walked, fields: walked };
  });
});

afterAll(() => {
  // The figures for the closing note: generated queries and distinct schema fields walked per level.
  console.log(`[schema walk] ${JSON.stringify(counts)}`);
});
