import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import type { Branch, Invoice, Member, Staff, TenderType } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { MemberReach } from '../../services/visibility/member-visibility';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { countQueries } from '../helpers/query-counter';
import { aDepartment, aTenderType, anInvoice } from '../helpers/sales-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let manager: Staff;
let frontDesk: Staff;
let salesperson: Staff;
let beautician: Staff;
let beautician2: Staff;
let tkoMember: Member;
let tstMember: Member;
let binMember: Member;
let cash: TenderType;
let card: TenderType;
let fps: TenderType;
const inv: Record<string, Invoice> = {};
const cookies: Record<string, string> = {};

const LIST = `query($filter: InvoiceFilter, $first: Int, $after: String) {
  invoices(filter: $filter, first: $first, after: $after) { nodes { id number } pageInfo { hasNextPage endCursor } totalCount }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO' });
  tst = await aBranch(ds, { code: 'TST' });
  const group = await aMemberGroup(ds);
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  frontDesk = await aStaff(ds, tko, [StaffRole.FRONT_DESK], { memberReach: MemberReach.OWN_BRANCH });
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON]);
  beautician = await aStaff(ds, tko, [StaffRole.BEAUTICIAN]);
  beautician2 = await aStaff(ds, tst, [StaffRole.BEAUTICIAN]);
  tkoMember = await aMember(ds, tko, group, { memberNo: 'A001' });
  tstMember = await aMember(ds, tst, group, { memberNo: 'W001' });
  binMember = await aMember(ds, tko, group, { memberNo: 'A009', deletedAt: new Date() });
  [cash, card, fps] = await Promise.all(['CASH', 'CARD', 'FPS'].map((code) => aTenderType(ds, code)));
  const skin = await aDepartment(ds, { code: 'SKIN' });
  const line = (staff: Staff | null, unitPriceCents: number, extra = {}) => ({ staff, unitPriceCents, department: skin, ...extra });
  // Issued one after another, so newest first is z, y, … a.
  inv.a = await anInvoice(ds, { branch: tko, cashier: frontDesk, member: tkoMember, lines: [line(beautician, 10_000)], issuedAt: '2030-01-01T02:00:00Z' });
  inv.b = await anInvoice(ds, {
    branch: tko, cashier: frontDesk, customerName: 'Walk-in Wong', lines: [line(beautician2, 25_000, { kind: InvoiceLineKind.TREATMENT })],
    payments: [{ tender: card, amountCents: 25_000 }], issuedAt: '2030-01-02T02:00:00Z',
  });
  inv.c = await anInvoice(ds, { branch: tko, cashier: frontDesk, member: tstMember, lines: [line(beautician, 30_000)], issuedAt: '2030-01-03T02:00:00Z' });
  inv.d = await anInvoice(ds, { branch: tst, cashier: manager, member: tstMember, lines: [line(beautician2, 40_000)], issuedAt: '2030-01-04T02:00:00Z' });
  inv.e = await anInvoice(ds, { branch: tko, cashier: frontDesk, member: binMember, lines: [line(beautician, 50_000)], issuedAt: '2030-01-05T02:00:00Z' });
  inv.f = await anInvoice(ds, {
    branch: tko, cashier: frontDesk, member: tkoMember, number: 'TKOSI-90001', status: InvoiceStatus.VOIDED, lines: [line(null, 5_000)],
    payments: [{ tender: fps, amountCents: 5_000 }], issuedAt: '2030-01-06T02:00:00Z',
  });
  inv.g = await anInvoice(ds, {
    branch: tst, cashier: manager, lines: [line(beautician, 6_000), line(beautician2, 2_000)],
    payments: [{ tender: cash, amountCents: 3_000, tenderedCents: 5_000 }, { tender: card, amountCents: 5_000 }], issuedAt: '2030-01-07T02:00:00Z',
  });
  for (const [key, staff] of Object.entries({ manager, frontDesk, salesperson })) cookies[key] = await sessionCookieFor(staff);
});

afterAll(() => db.drop());

const numbersOf = (keys: string) => keys.split('').map((k) => inv[k].number);

async function list(who: string, filter: Record<string, unknown> | null, first = 50, after: string | null = null) {
  const res = await gql(LIST, { filter, first, after }, { cookie: cookies[who] });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.invoices as { nodes: Array<{ id: string; number: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

describe('invoices(filter): each filter alone and together (manager sees every branch)', () => {
  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    ['no filter (the bin member\'s invoice left out)', () => ({}), 'gfdcba'],
    ['branch', () => ({ branchIds: [String(tst.id)] }), 'gd'],
    ['date range', () => ({ from: '2030-01-02', to: '2030-01-04' }), 'dcb'],
    ['date from only', () => ({ from: '2030-01-06' }), 'gf'],
    ['member', () => ({ memberId: String(tkoMember.id) }), 'fa'],
    ['staff credited on any line', () => ({ staffId: String(beautician2.id) }), 'gdb'],
    // e is beautician's too, but its member is in the recycle bin: neither listed nor counted.
    ['staff whose invoices include a hidden one', () => ({ staffId: String(beautician.id) }), 'gca'],
    ['tender', () => ({ tenderTypeId: String(card.id) }), 'gb'],
    ['status', () => ({ status: 'VOIDED' }), 'f'],
    ['amount range', () => ({ minTotalCents: 8_000, maxTotalCents: 30_000 }), 'gcba'],
    ['number prefix, case ignored', () => ({ number: 'tkosi-9' }), 'f'],
    ['branch + staff + tender', () => ({ branchIds: [String(tst.id)], staffId: String(beautician.id), tenderTypeId: String(cash.id) }), 'g'],
    ['member + status + dates', () => ({ memberId: String(tkoMember.id), status: 'ISSUED', from: '2030-01-01', to: '2030-01-31' }), 'a'],
  ];
  it.each(cases)('%s', async (_name, filter, expected) => {
    const page = await list('manager', filter());
    expect(page.nodes.map((n) => n.number)).toEqual(numbersOf(expected));
    expect(page.totalCount).toBe(expected.length);
  });

  it('refuses a reversed amount range and a reversed date range, naming the field', async () => {
    for (const [filter, field] of [
      [{ minTotalCents: 500, maxTotalCents: 100 }, 'filter.maxTotalCents'],
      // TypeGraphQL validates the input first and names the field alone.
      [{ from: '2030-02-01', to: '2030-01-01' }, 'to'],
      [{ minTotalCents: -1 }, 'filter.minTotalCents'],
      [{ staffId: 'x' }, 'filter.staffId'],
    ] as const) {
      const res = await gql(LIST, { filter }, { cookie: cookies.manager });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('paging', () => {
  it('pages newest first with a cursor, the total on every page, nothing repeated or skipped', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page = await list('manager', null, 2, after);
      expect(page.totalCount).toBe(6);
      seen.push(...page.nodes.map((n) => n.number));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(numbersOf('gfdcba'));
  });

  it('keeps a filter across pages', async () => {
    const first = await list('manager', { branchIds: [String(tko.id)] }, 2);
    const second = await list('manager', { branchIds: [String(tko.id)] }, 2, first.pageInfo.endCursor);
    expect([...first.nodes, ...second.nodes].map((n) => n.number)).toEqual(numbersOf('fcba'));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('visibility: one scoped entry point for every read', () => {
  // The front desk sees her own branch; c is at her branch but its member belongs to TST, d is at TST, e's member is in the recycle bin.
  const hidden = ['c', 'd', 'e', 'g'];

  it('lists and counts only the invoices of her branch whose member she may open', async () => {
    const page = await list('frontDesk', null);
    expect(page.nodes.map((n) => n.number)).toEqual(numbersOf('fba'));
    expect(page.totalCount).toBe(3);
    expect((await list('frontDesk', { memberId: String(tstMember.id) })).totalCount).toBe(0);
    expect((await list('frontDesk', { branchIds: [String(tst.id)] })).nodes).toEqual([]);
  });

  it.each(hidden)('cannot reach invoice %s by id, by number or through a member', async (key) => {
    const byId = await gql('query($id: ID!) { invoice(id: $id) { id } }', { id: String(inv[key].id) }, { cookie: cookies.frontDesk });
    expect(byId.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byNumber = await gql('query($n: String!) { invoiceByNumber(number: $n) { id } }', { n: inv[key].number }, { cookie: cookies.frontDesk });
    expect(byNumber.body.errors).toBeUndefined();
    expect(byNumber.body.data!.invoiceByNumber).toBeNull();
    const members = await gql('query($id: ID!) { member(id: $id) { invoices { nodes { id } totalCount } } }', { id: String(tkoMember.id) }, { cookie: cookies.frontDesk });
    expect(members.body.data!.member.invoices.nodes.map((n: { id: string }) => n.id)).toEqual([String(inv.f.id), String(inv.a.id)]);
    expect(members.body.data!.member.invoices.totalCount).toBe(2);
  });

  it('the manager reaches a TST member\'s invoices through the member; the bin member\'s stay hidden even by id', async () => {
    const res = await gql('query($id: ID!) { member(id: $id) { invoices(first: 1) { nodes { number } pageInfo { hasNextPage endCursor } totalCount } } }', { id: String(tstMember.id) }, { cookie: cookies.manager });
    expect(res.body.data!.member.invoices).toMatchObject({ nodes: [{ number: inv.d.number }], pageInfo: { hasNextPage: true }, totalCount: 2 });
    const next = await gql('query($id: ID!, $after: String) { member(id: $id) { invoices(first: 1, after: $after) { nodes { number } pageInfo { hasNextPage } } } }', {
      id: String(tstMember.id), after: res.body.data!.member.invoices.pageInfo.endCursor,
    }, { cookie: cookies.manager });
    expect(next.body.data!.member.invoices).toEqual({ nodes: [{ number: inv.c.number }], pageInfo: { hasNextPage: false } });
    const bin = await gql('query($id: ID!) { invoice(id: $id) { id } }', { id: String(inv.e.id) }, { cookie: cookies.manager });
    expect(bin.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses every invoice read without sales.view', async () => {
    for (const [query, variables] of [
      [LIST, {}],
      ['query($id: ID!) { invoice(id: $id) { id } }', { id: String(inv.a.id) }],
      ['query($n: String!) { invoiceByNumber(number: $n) { id } }', { n: inv.a.number }],
      ['query($id: ID!) { member(id: $id) { id invoices { totalCount } } }', { id: String(tkoMember.id) }],
    ] as const) {
      const res = await gql(query, variables, { cookie: cookies.salesperson });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('invoice detail', () => {
  it('shows branch, member, cashier, lines with staff and department, payments with tender', async () => {
    const res = await gql(
      `query($id: ID!) { invoice(id: $id) {
        number status businessDate customerName appointmentId totalCents changeCents
        branch { id code } member { id memberNo } cashier { id displayName }
        lines { position kind code quantity unitPriceCents totalCents staff { id } department { code } }
        payments { amountCents tenderedCents tenderType { code } }
      } }`,
      { id: String(inv.g.id) },
      { cookie: cookies.manager },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.invoice).toMatchObject({
      number: inv.g.number, status: 'ISSUED', businessDate: '2030-01-07', customerName: null, appointmentId: null, totalCents: 8_000, changeCents: 2_000,
      branch: { id: String(tst.id), code: 'TST' }, member: null, cashier: { id: String(manager.id) },
      lines: [
        { position: 1, kind: 'PRODUCT', quantity: 1, unitPriceCents: 6_000, totalCents: 6_000, staff: { id: String(beautician.id) }, department: { code: 'SKIN' } },
        { position: 2, staff: { id: String(beautician2.id) } },
      ],
      payments: [{ amountCents: 3_000, tenderedCents: 5_000, tenderType: { code: 'CASH' } }, { amountCents: 5_000, tenderType: { code: 'CARD' } }],
    });
    const byNumber = await gql('query($n: String!) { invoiceByNumber(number: $n) { id member { memberNo } } }', { n: ` ${inv.a.number.toLowerCase()} ` }, { cookie: cookies.frontDesk });
    expect(byNumber.body.data!.invoiceByNumber).toEqual({ id: String(inv.a.id), member: { memberNo: 'A001' } });
  });

  it('invoiceByNumber finds a number whose branch code has lower-case letters, as stored', async () => {
    const wanchai = await aBranch(ds, { code: 'Wanchai' });
    const mixed = await anInvoice(ds, { branch: wanchai, cashier: manager, number: 'WanchaiSI-00001', lines: [{ unitPriceCents: 1_000 }], issuedAt: '2030-02-01T02:00:00Z' });
    const byNumber = await gql('query($n: String!) { invoiceByNumber(number: $n) { id number } }', { n: ' WanchaiSI-00001 ' }, { cookie: cookies.manager });
    expect(byNumber.body.errors).toBeUndefined();
    expect(byNumber.body.data!.invoiceByNumber).toEqual({ id: String(mixed.id), number: 'WanchaiSI-00001' });
    const byPrefix = await gql('query($f: InvoiceFilter) { invoices(filter: $f, first: 5) { nodes { number } totalCount } }', { f: { number: 'WanchaiSI-0' } }, { cookie: cookies.manager });
    expect(byPrefix.body.data!.invoices).toEqual({ nodes: [{ number: 'WanchaiSI-00001' }], totalCount: 1 });
  });
});

describe('statements', () => {
  const PAGE = `query($filter: InvoiceFilter) { invoices(filter: $filter, first: 50) {
    nodes { id number branch { code } member { memberNo } cashier { displayName }
      lines { code staff { displayName } department { code } } payments { amountCents tenderType { code } } }
    totalCount
  } }`;

  it('a page of 3 invoices with lines and payments costs the same statements as one of 30', async () => {
    const group = await aMemberGroup(ds);
    const branch = await aBranch(ds, { code: 'MK' });
    const staff = await aStaff(ds, branch, [StaffRole.BEAUTICIAN]);
    const dept = await aDepartment(ds);
    for (let i = 0; i < 30; i++) {
      const member = await aMember(ds, branch, group);
      await anInvoice(ds, {
        branch, cashier: manager, member, issuedAt: new Date(Date.UTC(2031, 0, 1 + i)),
        lines: [{ staff, department: dept }, { staff: beautician, unitPriceCents: 500 }], payments: [{ tender: cash, amountCents: 5_000 }, { tender: card, amountCents: 5_500 }],
      });
    }
    const statementsFor = (from: string) =>
      countQueries(ds, async () => {
        const res = await gql(PAGE, { filter: { branchIds: [String(branch.id)], from } }, { cookie: cookies.manager });
        expect(res.body.errors).toBeUndefined();
      });
    const few = await statementsFor('2031-01-28');
    const many = await statementsFor('2031-01-01');
    expect(many).toBe(few);
  });
});
