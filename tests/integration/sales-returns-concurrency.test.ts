/**
 * Never more returned than sold: 20 front-desk staff return units of one line (3 sold) at once
 * through the real GraphQL route, on SQLite and (with TEST_DATABASE_URL) MariaDB with a
 * connection pool, so the transactions truly overlap. The line's returned counter never passes 3,
 * exactly the returns that succeeded are stored, refunded and put back on the shelf, and every
 * other request is RETURN_EXCEEDS_SOLD naming its line.
 */
import type { DataSource } from 'typeorm';
import { useDataSource } from '../../db/data-source';
import { Invoice, InvoiceLine, SalesReturn, SalesReturnLine, StockMovement, type Branch, type Staff } from '../../entities';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aStaff } from '../helpers/fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { aTenderType } from '../helpers/sales-fixtures';
import { aProduct, anInvoiceToReturn, onHand, setStock } from '../helpers/sales-return-fixtures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const N = 20;
const SOLD = 3;

let db: TestDatabase;
let ds: DataSource;
let branch: Branch;
let desk: Staff[];
let cookies: string[];

const RETURN_SALE = `
  mutation ($input: ReturnSaleInput!) { returnSale(input: $input) { id number totalCents lines { quantity amountCents } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  branch = await aBranch(ds, { code: 'RACE' });
  desk = [];
  cookies = [];
  for (let i = 0; i < N; i++) {
    desk.push(await aStaff(ds, branch, [StaffRole.FRONT_DESK]));
    cookies.push(await sessionCookieFor(desk[i]));
  }
});

afterAll(async () => {
  await db.drop();
});

it('runs MariaDB with a pool wider than one connection, so the returns really overlap', () => {
  if (ds.options.type === 'better-sqlite3') return;
  expect((ds.options as { poolSize?: number }).poolSize).toBeGreaterThan(1);
});

it.each([
  ['one unit each', () => 1],
  ['one or two units each', (i: number) => 1 + (i % 2)],
])('%s: the line never comes back more often than it was sold', async (_name, units) => {
  const product = await aProduct(ds);
  await setStock(ds, product, branch, 0);
  const cash = await aTenderType(ds, 'CASH');
  const { invoice, lines } = await anInvoiceToReturn(ds, { branch, cashier: desk[0], paidBy: cash, lines: [{ product, quantity: SOLD, totalCents: 10_000 }] });
  const line = lines[0];

  const results = await Promise.all(
    desk.map((_, i) =>
      gql(
        RETURN_SALE,
        {
          input: {
            idempotencyKey: `race-${invoice.id}-${i}`,
            invoiceId: String(invoice.id),
            lines: [{ invoiceLineId: String(line.id), quantity: units(i) }],
            refundTenderTypeId: String(cash.id),
          },
        },
        { cookie: cookies[i], locale: 'en' },
      ).then((response) => ({ i, body: response.body })),
    ),
  );

  const winners = results.filter((r) => !r.body.errors);
  const losers = results.filter((r) => r.body.errors);
  for (const loser of losers) {
    expect(loser.body.errors).toHaveLength(1);
    expect(loser.body.errors![0].extensions).toMatchObject({ code: 'RETURN_EXCEEDS_SOLD', field: 'lines.0.quantity' });
  }
  const returnedByWinners = winners.reduce((sum, w) => sum + units(w.i), 0);
  expect(returnedByWinners).toBeLessThanOrEqual(SOLD);
  expect(winners.length).toBeGreaterThan(0);
  // Whoever lost found too few units left for what they asked.
  for (const loser of losers) expect(returnedByWinners + units(loser.i)).toBeGreaterThan(SOLD);

  const stored = await ds.getRepository(InvoiceLine).findOneByOrFail({ id: line.id });
  expect(stored.returnedQuantity).toBe(returnedByWinners);
  const returns = await ds.getRepository(SalesReturn).findBy({ invoiceId: invoice.id });
  expect(returns.map((r) => String(r.id)).sort()).toEqual(winners.map((w) => w.body.data!.returnSale.id as string).sort());
  const returnLines = await ds.getRepository(SalesReturnLine).findBy({ invoiceLineId: line.id });
  expect(returnLines.reduce((sum, l) => sum + l.quantity, 0)).toBe(returnedByWinners);
  const refunded = returns.reduce((sum, r) => sum + r.totalCents, 0);
  expect((await ds.getRepository(Invoice).findOneByOrFail({ id: invoice.id })).refundedCents).toBe(refunded);
  // The shares add up: a fully returned line refunds exactly its total.
  if (returnedByWinners === SOLD) expect(refunded).toBe(10_000);
  expect(await onHand(ds, product, branch)).toBe(returnedByWinners);
  expect(await ds.getRepository(StockMovement).countBy({ productId: product.id, kind: 'RETURN' as never })).toBe(winners.length);
  // The branch's return numbers stay unique and without gaps: a refused return gives its number back.
  const numbers = (await ds.getRepository(SalesReturn).findBy({ branchId: branch.id })).map((r) => r.number).sort();
  expect(numbers).toEqual(numbers.map((_, k) => `RACESR-${String(k + 1).padStart(5, '0')}`));
});
