import type { DataSource } from 'typeorm';
import * as historyDocuments from '../../components/members/history/member-history-documents';
import { useDataSource } from '../../db/data-source';
import { Appointment, SalesReturn, Treatment, type Branch, type Campaign, type Invoice, type Member, type Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { pageOperations, validationErrors } from '../helpers/page-documents';
import { recordQueries } from '../helpers/query-counter';
import { anInvoice } from '../helpers/sales-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let frontDesk: Staff;
let salesperson: Staff;
let otherSalesperson: Staff;
let beautician: Staff;
let treatment: Treatment;
let june: Campaign;
let may: Campaign;
let member: Member;
let tstMember: Member;
let binMember: Member;
const cookies: Record<string, string> = {};
/** The member's rows as `KIND:id`, newest first, as the fixture wrote them. */
const row: Record<string, string> = {};

const HISTORY = `query($memberId: ID!, $first: Int, $after: String, $kinds: [MemberHistoryKind!]) {
  memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind at
      appointment { id status startsAt beautician { id displayName } treatment { id name } branch { id timeZone } }
      campaign { id code name }
      invoice { id number status totalCents branch { id currency } }
      salesReturn { id number totalCents }
      returnedInvoiceId
      contactLog { id note method { id name } status { id name } createdBy { id displayName } }
      contactMemberId
    }
  }
}`;

let seq = 0;
async function anAppointment(m: Member, startsAt: string, status: AppointmentStatus, extra: Partial<Appointment> = {}): Promise<Appointment> {
  const starts = new Date(startsAt);
  const ends = new Date(starts.getTime() + 3_600_000);
  return ds.getRepository(Appointment).save({
    memberId: m.id, branchId: m.branchId, beauticianId: beautician.id, treatmentId: treatment.id, startsAt: starts, endsAt: ends, blockedUntil: ends,
    status, note: '', createdById: manager.id, updatedById: manager.id, ...extra,
  });
}

async function aReturn(invoice: Invoice, at: string, totalCents: number): Promise<SalesReturn> {
  seq += 1;
  const saved = await ds.getRepository(SalesReturn).save({
    number: `RT-${seq}`, invoiceId: invoice.id, branchId: invoice.branchId, memberId: invoice.memberId, totalCents, reason: 'changed her mind', createdById: manager.id,
  });
  // createdAt is the database's clock on insert; the fixture places the return in time.
  await ds.getRepository(SalesReturn).update({ id: saved.id }, { createdAt: new Date(at) });
  return ds.getRepository(SalesReturn).findOneByOrFail({ id: saved.id });
}

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', timeZone: 'Asia/Hong_Kong' });
  tst = await aBranch(ds, { code: 'TST', timeZone: 'Asia/Hong_Kong' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK]);
  otherSalesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN], { displayName: 'Beautician Ling' });
  treatment = await ds.getRepository(Treatment).save({ code: 'T05', name: 'Hydra facial', durationMinutes: 60, priceCents: 120_000 });
  member = await aMember(ds, tko, group, { memberNo: 'A001' });
  tstMember = await aMember(ds, tst, group, { memberNo: 'W001' });
  binMember = await aMember(ds, tko, group, { memberNo: 'A009', deletedAt: new Date() });
  june = await aContactCampaign(ds, 'Junebirth');
  may = await aContactCampaign(ds, 'Maybirth');
  const mine = await aContactMember(ds, june, member, salesperson);
  const theirs = await aContactMember(ds, may, member, otherSalesperson);

  const logMine = await aContactLog(ds, mine, { at: '2030-06-01T02:00:00Z', by: salesperson, note: 'called about June' });
  const logTheirs = await aContactLog(ds, theirs, { at: '2030-06-02T02:00:00Z', by: otherSalesperson, note: 'called about May' });
  const booked = await anAppointment(member, '2030-06-20T03:00:00Z', AppointmentStatus.BOOKED, { campaignMemberId: mine.id });
  const visit = await anAppointment(member, '2030-06-10T03:00:00Z', AppointmentStatus.COMPLETED, { completedAt: new Date('2030-06-10T04:00:00Z') });
  const cancelled = await anAppointment(member, '2030-06-05T03:00:00Z', AppointmentStatus.CANCELLED);
  const noShow = await anAppointment(member, '2030-06-03T03:00:00Z', AppointmentStatus.NO_SHOW);
  const invoice = await anInvoice(ds, { branch: tko, cashier: manager, member, lines: [{ unitPriceCents: 120_000, staff: beautician }], issuedAt: '2030-06-10T05:00:00Z' });
  const voided = await anInvoice(ds, { branch: tko, cashier: manager, member, status: InvoiceStatus.VOIDED, lines: [{ unitPriceCents: 5_000 }], issuedAt: '2030-06-04T05:00:00Z' });
  const back = await aReturn(invoice, '2030-06-12T05:00:00Z', 120_000);
  // Bought and returned at another branch: only a viewer whose scope reaches that branch sees them.
  const tstSale = await anInvoice(ds, { branch: tst, cashier: manager, member, issuedAt: '2030-05-01T05:00:00Z' });
  const tstBack = await aReturn(tstSale, '2030-05-02T05:00:00Z', 100);
  // Another member's rows, which her history never shows.
  await anAppointment(tstMember, '2030-06-11T03:00:00Z', AppointmentStatus.COMPLETED);
  await anInvoice(ds, { branch: tst, cashier: manager, member: tstMember, issuedAt: '2030-06-11T05:00:00Z' });

  Object.assign(row, {
    booked: `BOOKING:${booked.id}`, back: `RETURN:${back.id}`, invoice: `INVOICE:${invoice.id}`, visit: `VISIT:${visit.id}`, cancelled: `BOOKING:${cancelled.id}`,
    voided: `INVOICE:${voided.id}`, tstSale: `INVOICE:${tstSale.id}`, tstBack: `RETURN:${tstBack.id}`, noShow: `BOOKING:${noShow.id}`, logTheirs: `CONTACT:${logTheirs.id}`, logMine: `CONTACT:${logMine.id}`,
  });
  for (const [key, staff] of Object.entries({ manager, salesperson, frontDesk })) cookies[key] = await sessionCookieFor(staff);
});

afterAll(() => db.drop());

type Node = Record<string, any>;

async function history(who: string, variables: Record<string, unknown>) {
  const res = await gql(HISTORY, variables, { cookie: cookies[who] });
  return res;
}

async function all(who: string, memberId: number, first: number, kinds: string[] | null = null): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await history(who, { memberId: String(memberId), first, after, kinds });
    expect(res.body.errors).toBeUndefined();
    const page: Node = res.body.data!.memberHistory;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

const ids = (nodes: Node[]) => nodes.map((n) => n.id);

describe('memberHistory', () => {
  it('gives a viewer with sales.view every kind on one newest-first timeline, each row with its document', async () => {
    const res = await history('manager', { memberId: String(member.id), first: 50 });
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.memberHistory;
    expect(ids(page.nodes)).toEqual([row.booked, row.back, row.invoice, row.visit, row.cancelled, row.voided, row.noShow, row.logTheirs, row.logMine, row.tstBack, row.tstSale]);
    expect(page.totalCount).toBe(11);
    const byId = new Map(page.nodes.map((n: Node) => [n.id, n]));
    const visit = byId.get(row.visit);
    expect(visit).toMatchObject({ kind: 'VISIT', appointment: { status: 'COMPLETED', beautician: { displayName: 'Beautician Ling' }, treatment: { name: 'Hydra facial' }, branch: { id: String(tko.id) } }, invoice: null });
    expect(byId.get(row.booked)).toMatchObject({ kind: 'BOOKING', appointment: { status: 'BOOKED' }, campaign: { code: 'Junebirth' } });
    expect(byId.get(row.cancelled)).toMatchObject({ kind: 'BOOKING', appointment: { status: 'CANCELLED' }, campaign: null });
    expect(byId.get(row.noShow)).toMatchObject({ appointment: { status: 'NO_SHOW' } });
    expect(byId.get(row.invoice)).toMatchObject({ kind: 'INVOICE', invoice: { status: 'ISSUED', totalCents: 120_000, branch: { currency: tko.currency } } });
    expect(byId.get(row.voided)).toMatchObject({ invoice: { status: 'VOIDED' } });
    expect(byId.get(row.back)).toMatchObject({ kind: 'RETURN', salesReturn: { totalCents: 120_000 }, returnedInvoiceId: row.invoice.split(':')[1] });
    expect(byId.get(row.logMine)).toMatchObject({ kind: 'CONTACT', contactLog: { note: 'called about June', createdBy: { id: String(salesperson.id) } } });
    expect((byId.get(row.logMine) as Node).contactMemberId).toEqual(expect.any(String));
  });

  it('pages through the merged timeline with the cursor, any page size giving the same rows once each', async () => {
    const full = ids(await all('manager', member.id, 50));
    for (const first of [1, 2, 4]) expect(ids(await all('manager', member.id, first))).toEqual(full);
  });

  it('keeps only the kinds asked for', async () => {
    expect(ids(await all('manager', member.id, 2, ['VISIT', 'RETURN']))).toEqual([row.back, row.visit, row.tstBack]);
    expect(ids(await all('manager', member.id, 1, ['BOOKING']))).toEqual([row.booked, row.cancelled, row.noShow]);
    const res = await history('manager', { memberId: String(member.id), first: 10, kinds: ['CONTACT'] });
    expect(res.body.data!.memberHistory.totalCount).toBe(2);
  });

  it('shows a viewer without sales.view no invoice or return, and only the contact logs her contact scope sees', async () => {
    const res = await history('salesperson', { memberId: String(member.id), first: 50 });
    expect(res.body.errors).toBeUndefined();
    expect(ids(res.body.data!.memberHistory.nodes)).toEqual([row.booked, row.visit, row.cancelled, row.noShow, row.logMine]);
    expect(res.body.data!.memberHistory.totalCount).toBe(5);
    // Asking for invoices leaves them out rather than refusing.
    expect(ids(await all('salesperson', member.id, 5, ['INVOICE', 'RETURN']))).toEqual([]);
  });

  it('shows invoices and returns only as invoiceQuery does: not those of a branch outside the viewer\'s member scope', async () => {
    const shown = ids(await all('frontDesk', member.id, 3, ['INVOICE', 'RETURN']));
    expect(shown).toEqual([row.back, row.invoice, row.voided]);
  });

  it('is NOT_FOUND for a member the viewer may not open: another branch\'s, the recycle bin\'s, one that does not exist', async () => {
    for (const [who, id] of [['salesperson', tstMember.id], ['manager', binMember.id], ['manager', 999_999]] as const) {
      const res = await history(who, { memberId: String(id), first: 10 });
      expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(res.body.data).toBeNull();
    }
    // The same member in scope for a viewer who sees every branch.
    const res = await history('manager', { memberId: String(tstMember.id), first: 10 });
    expect(res.body.data!.memberHistory.nodes.map((n: Node) => n.kind)).toEqual(['INVOICE', 'VISIT']);
  });

  it('answers the member page\'s own document, as Apollo Client sends it, under the cost limit at its page size', async () => {
    expect(await validationErrors(historyDocuments)).toEqual({ MemberHistory: [] });
    const query = pageOperations(historyDocuments).get('MemberHistory')!;
    const res = await gql(query, { memberId: String(member.id), first: historyDocuments.MEMBER_HISTORY_PAGE_SIZE, after: null, kinds: null }, { cookie: cookies.manager });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.memberHistory.nodes).toHaveLength(11);
  });

  it('refuses a cursor it did not make, naming the field', async () => {
    const res = await history('manager', { memberId: String(member.id), first: 10, after: 'bm9wZQ' });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body.errors?.[0].extensions)).toContain('after');
  });

  it('runs the same statements for a page of 1 row of each kind as for 30', async () => {
    const group = await aMemberGroup(ds);
    const small = await aMember(ds, tko, group);
    const large = await aMember(ds, tko, group);
    for (const [m, n] of [[small, 1], [large, 30]] as const) {
      const place = await aContactMember(ds, june, m, salesperson);
      for (let i = 0; i < n; i += 1) {
        const day = `2031-01-${String(i + 1).padStart(2, '0')}`;
        await anAppointment(m, `${day}T01:00:00Z`, AppointmentStatus.COMPLETED);
        await anAppointment(m, `${day}T02:00:00Z`, AppointmentStatus.BOOKED, { campaignMemberId: place.id });
        const sold = await anInvoice(ds, { branch: tko, cashier: manager, member: m, issuedAt: `${day}T03:00:00Z`, lines: [{ staff: beautician }] });
        await aReturn(sold, `${day}T04:00:00Z`, 100);
        await aContactLog(ds, place, { at: `${day}T05:00:00Z`, by: salesperson });
      }
    }
    const statements = async (m: Member) => {
      let res: Awaited<ReturnType<typeof history>> | undefined;
      const sql = await recordQueries(ds, async () => {
        res = await history('manager', { memberId: String(m.id), first: 100 });
      });
      expect(res!.body.errors).toBeUndefined();
      return { rows: res!.body.data!.memberHistory.nodes.length, sql: sql.length };
    };
    const one = await statements(small);
    const thirty = await statements(large);
    expect(one.rows).toBe(5);
    expect(thirty.rows).toBe(100);
    expect(thirty.sql).toBe(one.sql);
  });
});
