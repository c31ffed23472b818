import { In, type DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { entitiesById, entitiesFromRaw, selectEntityColumns } from '../../db/entity-rows';
import {
  Appointment, Branch, Campaign, CampaignMember, ContactLog, ContactMethod, ContactSettings, ContactStatus, Member, Offer, Staff,
} from '../../entities';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { refreshSameDayPurchases } from '../../services/contacts/same-day-purchases.service';
import { anInvoice } from '../helpers/sales-fixtures';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember } from '../helpers/contact-list-fixtures';
import { aBranch, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aSearchableMember } from '../helpers/member-search-fixtures';
import { countQueries } from '../helpers/query-counter';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let cookies: Record<'manager' | 'salesperson', string>;

// Every field a list row shows, each reference through its loader.
const PAGE = `query($first: Int, $f: ContactFilterInput, $sort: ContactSortInput) { contactMembers(first: $first, filter: $f, sort: $sort) {
  nodes {
    id lastContactAt nextFollowUpAt followUpState followUpClosedAt followUpClosingNote bookedAt attendanceVerifiedAt createdAt updatedAt
    campaign { id code name offerCode analysisCode }
    member { id memberNo lastName firstName englishName phone phone2 }
    salesperson { id code displayName }
    status { id label }
    lastLog { id contactedAt note content nextFollowUpAt method { id label } status { id label } }
    successfulPurchase
    sameDayPurchase { date invoiceCents productCents treatmentCents invoices { id number } items { kind code description quantity } }
  }
  pageInfo { hasNextPage endCursor }
  totalCount
} }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  const tko = await aBranch(ds, { code: 'TKO' });
  const tst = await aBranch(ds, { code: 'TST' });
  const group = await aMemberGroup(ds);
  const manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  const salespeople: Staff[] = [];
  for (let i = 0; i < 6; i++) salespeople.push(await aStaff(ds, i % 2 ? tst : tko));
  const offer = await ds.getRepository(Offer).save({ code: 'AP', name: 'Offer AP', analysisCode: 'K11', marketing: true });
  const campaigns = [];
  for (let i = 0; i < 4; i++) campaigns.push(await aContactCampaign(ds, `Q${i}`, { offerId: i % 2 ? offer.id : null }));
  for (let i = 0; i < 40; i++) {
    const member = await aSearchableMember(ds, i % 3 ? tko : tst, group, { memberNo: `Q${String(i).padStart(4, '0')}`, lastName: '陳', firstName: `${i}`, phone: `9000${String(i).padStart(4, '0')}` });
    const salesperson = salespeople[i % salespeople.length];
    const cm = await aContactMember(ds, campaigns[i % campaigns.length], member, salesperson);
    // Every other contact booked and buying on the day, so the purchase block reads invoices and lines.
    if (i % 2 === 1) await bookedWithPurchase(cm, manager, i);
    if (i % 4 !== 1) await aContactLog(ds, cm, { at: `2025-06-${String(1 + (i % 20)).padStart(2, '0')}T02:00:00Z`, by: salesperson, method: i % 2 ? 'sms' : 'phone', nextFollowUpAt: '2025-07-01T02:00:00Z' });
  }
  cookies = { manager: await sessionCookieFor(manager), salesperson: await sessionCookieFor(salespeople[0]) };
});

async function bookedWithPurchase(cm: CampaignMember, staff: Staff, i: number): Promise<void> {
  const branch = { id: staff.branchId, code: 'TKO' } as never;
  const startsAt = new Date(`2025-06-${String(1 + (i % 20)).padStart(2, '0')}T03:00:00Z`);
  const appointment = await ds.getRepository(Appointment).save({
    memberId: cm.memberId, branchId: staff.branchId, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), blockedUntil: new Date(startsAt.getTime() + 3_600_000),
    campaignMemberId: cm.id, createdById: staff.id, updatedById: staff.id,
  });
  await ds.getRepository(CampaignMember).update({ id: cm.id }, { appointmentId: appointment.id, bookedAt: startsAt });
  const day = startsAt.toISOString().slice(0, 10);
  await anInvoice(ds, {
    branch, cashier: staff, member: { id: cm.memberId } as never, businessDate: day, issuedAt: startsAt,
    lines: [{ kind: InvoiceLineKind.PRODUCT, unitPriceCents: 20_000 }, { kind: InvoiceLineKind.TREATMENT, unitPriceCents: 120_000 }],
  });
  await ds.transaction((manager) => refreshSameDayPurchases(manager, cm.memberId, [day]));
}

afterAll(async () => {
  await db.drop();
});

type Sort = { field: string; direction: 'ASC' | 'DESC' } | null;

async function statementsFor(first: number, cookie: string, filter: Record<string, unknown> = {}, sort: Sort = null): Promise<{ statements: number; rows: number }> {
  let rows = 0;
  const statements = await countQueries(ds, async () => {
    const res = await gql(PAGE, { first, f: filter, sort }, { cookie });
    expect(res.body.errors).toBeUndefined();
    rows = res.body.data!.contactMembers.nodes.length;
  });
  return { statements, rows };
}

describe('contact list statements per page', () => {
  // Newest first: the first row then has a log, a method and an offer, as the later ones do.
  const BY_ASSIGNMENT = { field: 'ASSIGNED', direction: 'DESC' } as const;
  const BY_MEMBER_NO = { field: 'MEMBER_NO', direction: 'DESC' } as const;

  it.each([
    ['a manager', 'manager', {}, BY_ASSIGNMENT, 30],
    ['a manager by member number', 'manager', {}, BY_MEMBER_NO, 30],
    ['a manager searching by keyword', 'manager', { keyword: '陳' }, BY_ASSIGNMENT, 30],
    ['a salesperson (own members)', 'salesperson', {}, BY_ASSIGNMENT, 7],
  ] as const)('runs as many statements for 30 rows as for 1: %s', async (_name, who, filter, sort, expectedRows) => {
    const one = await statementsFor(1, cookies[who], filter, sort);
    const many = await statementsFor(30, cookies[who], filter, sort);
    expect(one.rows).toBe(1);
    expect(many.rows).toBe(expectedRows);
    expect(many.statements).toBe(one.statements);
    // scope, branch, the ordered read, rows, count, and one batch per referenced table; the
    // purchase block adds the success rule's settings, the bookings, their day's invoices and lines.
    expect(many.statements).toBeLessThanOrEqual(19);
  });

  it('adds at most the NULL rows\' read when a page of a nullable sort reaches them', async () => {
    const one = await statementsFor(1, cookies.manager);
    const many = await statementsFor(30, cookies.manager);
    expect(many.rows).toBe(30);
    expect(many.statements - one.statements).toBeGreaterThanOrEqual(0);
    expect(many.statements - one.statements).toBeLessThanOrEqual(1);
  });
});

describe('entities read by hand (db/entity-rows)', () => {
  // Dates, booleans, JSON and the money transformers included: the loaders' rows must be the ones find() gives.
  const targets = [CampaignMember, Member, ContactLog, Appointment, Campaign, Staff, Branch, ContactSettings, ContactStatus, ContactMethod, Offer];
  const plain = (rows: object[]) => [...rows].sort((a, b) => (a as { id: number }).id - (b as { id: number }).id).map((row) => ({ type: row.constructor.name, ...row }));

  it.each(targets.map((target) => [target.name, target] as const))('gives what find() gives: %s', async (_name, target) => {
    const ids = (await ds.getRepository(target).find({ select: { id: true } as never })).map((row) => (row as { id: number }).id);
    expect(ids.length).toBeGreaterThan(0);
    const expected = plain(await ds.getRepository(target).findBy({ id: In(ids) } as never));
    expect(plain(await entitiesById(ds, target as never, ids))).toEqual(expected);
    const qb = ds.getRepository(target).createQueryBuilder('x').where('x.id IN (:...ids)', { ids });
    expect(plain(entitiesFromRaw(ds, target, await selectEntityColumns(qb, 'x', target).getRawMany()))).toEqual(expected);
  });

  it('reads only the columns asked for', async () => {
    const [member] = await ds.getRepository(Member).find({ take: 1 });
    const [partial] = await entitiesById(ds, Member, [member.id], ['id', 'memberNo', 'deletedAt']);
    expect({ ...partial }).toEqual({ id: member.id, memberNo: member.memberNo, deletedAt: null });
  });
});
