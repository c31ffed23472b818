/**
 * Row factories for sales at scale (`npm run db:generate -- --invoice-lines 5000000`): invoices
 * spread evenly over a year of opening hours at weighted branches, 1–5 lines each (products and
 * treatments, the staff credited, members with their level's discount or walk-ins), 1–2 payments
 * each (cash with change, card, FPS, or a split), priced by the cashier's own bill-totals. Pure: no
 * framework imports; the caller supplies ids of existing rows.
 *
 * Each table is loaded in a pass of its own, so the stream is replayed once per table: it must come
 * out identical every time (one PRNG consumed in the same order), and how many lines and payments
 * each invoice has is a hash of its index, so the counts are known before the first pass.
 */
import { allocatePayments, billTotals } from '../sales/bill-totals';
import { createRng, seedFrom, weighted, type Rng } from './prng';
import { ean13CheckDigit } from './demo-catalogue';
import type { SqlValue } from './bulk-members';

export const INVOICE_BULK_COLUMNS = [
  'id', 'number', 'branchId', 'memberId', 'customerName', 'status', 'businessDate', 'issuedAt', 'cashierId',
  'subtotalCents', 'discountCents', 'taxCents', 'roundingCents', 'totalCents', 'productCents', 'treatmentCents',
  'changeCents', 'refundedCents', 'note', 'voidedAt', 'voidedById', 'voidReason', 'createdAt',
] as const;
export const INVOICE_LINE_BULK_COLUMNS = [
  'invoiceId', 'position', 'kind', 'productId', 'treatmentId', 'departmentId', 'code', 'description', 'quantity',
  'unitPriceCents', 'lineDiscountCents', 'memberDiscountCents', 'taxCents', 'totalCents', 'staffId', 'returnedQuantity',
] as const;
export const INVOICE_PAYMENT_BULK_COLUMNS = ['invoiceId', 'tenderTypeId', 'amountCents', 'tenderedCents', 'reference'] as const;

const DAY = 86_400_000;
/** Opening hours the invoices fall in, Hong Kong time (UTC+8 all year). */
const HK_OFFSET_MS = 8 * 3_600_000;
const OPEN_MINUTE = 10 * 60;
const SELLING_MINUTES = 11 * 60 + 30;
/** Lines per invoice 1–5: about 3.4 on average, so 5 M lines make about 1.5 M invoices. */
const LINE_COUNT_WEIGHTS = [10, 15, 25, 25, 25];
const LINE_COUNT_TOTAL = LINE_COUNT_WEIGHTS.reduce((a, b) => a + b, 0);
const SPLIT_SHARE_PERCENT = 10;

export interface BulkSalesItem { id: number; code: string; name: string; departmentId: number | null; priceCents: number }
export interface BulkSalesBranch {
  id: number;
  weight: number;
  /** Invoice number prefix and digits of the branch's sequence, and the first number to use. */
  prefix: string;
  digits: number;
  firstValue: number;
  cashierIds: readonly number[];
  sellerIds: readonly number[];
}
export interface BulkSalesWorld {
  branches: readonly BulkSalesBranch[];
  products: readonly BulkSalesItem[];
  treatments: readonly BulkSalesItem[];
  /** Members who may buy (any branch's: a chain's members buy anywhere) and their level's discount. */
  memberIds: Int32Array;
  memberDiscounts: Uint8Array;
  tenders: { cash: number; card: number; fps: number };
  /** The year the invoices are spread over: [fromDate, fromDate + days) as Hong Kong business dates. */
  fromDate: string;
  days: number;
  firstInvoiceId: number;
  /** The dialect's text form of a UTC instant. */
  datetime: (ms: number) => string;
}

/** A 32-bit hash of (seed, index): splitmix32's finaliser. */
function hash(seed: number, index: number): number {
  let z = (seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** How many lines invoice `index` has (1–5); the last invoice takes what is left of the target. */
export function lineCountOf(seed: number, index: number): number {
  let x = hash(seedFrom(`lines:${seed}`), index) % LINE_COUNT_TOTAL;
  for (let k = 0; k < LINE_COUNT_WEIGHTS.length; k += 1) {
    if (x < LINE_COUNT_WEIGHTS[k]) return k + 1;
    x -= LINE_COUNT_WEIGHTS[k];
  }
  return LINE_COUNT_WEIGHTS.length;
}

/** Whether invoice `index` is paid in two parts (card or FPS, then cash). */
export function isSplitPayment(seed: number, index: number): boolean {
  return hash(seedFrom(`split:${seed}`), index) % 100 < SPLIT_SHARE_PERCENT;
}

/** Invoices, and payments, that `lines` invoice lines make. */
export function salesPlan(seed: number, lines: number): { invoices: number; payments: number; lineCounts: Uint8Array } {
  const counts: number[] = [];
  let payments = 0;
  for (let left = lines, i = 0; left > 0; i += 1) {
    const k = Math.min(left, lineCountOf(seed, i));
    counts.push(k);
    left -= k;
    payments += isSplitPayment(seed, i) ? 2 : 1;
  }
  return { invoices: counts.length, payments, lineCounts: Uint8Array.from(counts) };
}

export interface SalesRows { invoice: SqlValue[]; lines: SqlValue[][]; payments: SqlValue[][] }

/**
 * The stream of generated sales, oldest first; `next()` gives invoice `index` with its lines and
 * payments. `nextValues` holds, once the stream is through, each branch's next free number.
 */
export function createSalesStream(world: BulkSalesWorld, seed: number, plan: ReturnType<typeof salesPlan>) {
  const rng: Rng = createRng(`sales:${seed}`);
  const pickBranch = weighted(world.branches.map((b, i) => [i, b.weight] as const));
  const counters = world.branches.map((b) => b.firstValue);
  const fromMs = Date.parse(`${world.fromDate}T00:00:00Z`) - HK_OFFSET_MS;
  // Formatting a Date per row is most of the generator's time: the day's text is kept while the
  // day lasts and the time of day comes from a table of minutes. Opening hours in Hong Kong are the
  // same UTC date (10:00–21:30 HKT is 02:00–13:30 UTC).
  const suffix = world.datetime(0).slice(19);
  const clock = Array.from({ length: 24 * 60 }, (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00${suffix}`);
  let dayText = '';
  let dayOf = -1;
  let index = 0;

  return {
    get produced() { return index; },
    nextValues(): Map<number, number> {
      return new Map(world.branches.map((b, i) => [b.id, counters[i]]));
    },
    next(): SalesRows {
      if (index >= plan.invoices) throw new Error('The sales stream is exhausted');
      const id = world.firstInvoiceId + index;
      // Evenly through the year's opening hours, oldest first.
      const position = (index * world.days) / plan.invoices;
      const day = Math.floor(position);
      const minute = OPEN_MINUTE + Math.floor((position - day) * SELLING_MINUTES);
      if (day !== dayOf) { dayOf = day; dayText = new Date(fromMs + HK_OFFSET_MS + day * DAY).toISOString().slice(0, 10); }
      const businessDate = dayText;
      const issuedAt = `${dayText} ${clock[minute - HK_OFFSET_MS / 60_000]}`;
      const b = pickBranch(rng);
      const branch = world.branches[b];
      const sequence = counters[b];
      counters[b] += 1;
      const memberIndex = world.memberIds.length && rng.chance(0.6) ? rng.int(0, world.memberIds.length - 1) : -1;
      const discountPercent = memberIndex >= 0 ? world.memberDiscounts[memberIndex] : 0;

      // A plain loop: Array.from over an array-like is V8's slow generic path, and this runs millions of times.
      const drafts: Array<{ kind: 'PRODUCT' | 'TREATMENT'; item: BulkSalesItem; quantity: number; lineDiscountCents: number; staffId: number | null }> = [];
      for (let k = plan.lineCounts[index]; k > 0; k -= 1) {
        const treatment = world.treatments.length > 0 && rng.chance(0.35);
        const chosen = treatment ? rng.pick(world.treatments) : rng.pick(world.products);
        const quantity = !treatment && rng.chance(0.2) ? rng.int(2, 3) : 1;
        const lineDiscountCents = rng.chance(0.05) ? Math.floor((chosen.priceCents * quantity) / 1000) * 100 : 0;
        const staffId = branch.sellerIds.length && rng.chance(0.9) ? rng.pick(branch.sellerIds) : null;
        drafts.push({ kind: treatment ? 'TREATMENT' : 'PRODUCT', item: chosen, quantity, lineDiscountCents, staffId });
      }
      const totals = billTotals(
        drafts.map((d) => ({ kind: d.kind, quantity: d.quantity, unitPriceCents: d.item.priceCents, lineDiscountCents: d.lineDiscountCents, taxRateBasisPoints: 0 })),
        { memberDiscountPercent: discountPercent, roundingStepCents: 1 },
      );

      const total = totals.totalCents;
      const tenders: Array<{ tenderTypeId: number; tenderedCents: number; givesChange: boolean; reference: string | null }> = [];
      const slip = () => `****${String(rng.int(0, 9999)).padStart(4, '0')}`;
      const cash = (due: number) => ({ tenderTypeId: world.tenders.cash, tenderedCents: rng.chance(0.3) ? due : Math.ceil(due / 10_000) * 10_000, givesChange: true, reference: null });
      if (isSplitPayment(seed, index)) {
        // Prices are at least HK$50, so 30–70 % in whole dollars leaves both parts above zero.
        const part = Math.floor((total * rng.int(30, 70)) / 10_000) * 100;
        tenders.push({ tenderTypeId: rng.chance(0.6) ? world.tenders.card : world.tenders.fps, tenderedCents: part, givesChange: false, reference: slip() });
        tenders.push(cash(total - part));
      } else {
        const shape = rng.next();
        if (shape < 0.35) tenders.push(cash(total));
        else tenders.push({ tenderTypeId: shape < 0.8 ? world.tenders.card : world.tenders.fps, tenderedCents: total, givesChange: false, reference: slip() });
      }
      const allocation = allocatePayments(tenders, total);
      if (!allocation.ok) throw new Error(`Generated invoice ${id} does not settle: ${allocation.refusal.reason}`);

      const voided = rng.chance(0.005);
      const cashierId = rng.pick(branch.cashierIds);
      index += 1;
      return {
        invoice: [
          id, `${branch.prefix}${String(sequence).padStart(branch.digits, '0')}`, branch.id,
          memberIndex >= 0 ? world.memberIds[memberIndex] : null, null, voided ? 'VOIDED' : 'ISSUED', businessDate, issuedAt, cashierId,
          totals.subtotalCents, totals.discountCents, totals.taxCents, totals.roundingCents, total, totals.productCents, totals.treatmentCents,
          allocation.changeCents, 0, '', voided ? `${dayText} ${clock[minute + 15 - HK_OFFSET_MS / 60_000]}` : null, voided ? cashierId : null, voided ? '輸入錯誤' : null, issuedAt,
        ],
        lines: drafts.map((d, i) => {
          const t = totals.lines[i];
          return [
            id, i + 1, d.kind, d.kind === 'PRODUCT' ? d.item.id : null, d.kind === 'TREATMENT' ? d.item.id : null, d.item.departmentId,
            d.item.code, d.item.name, d.quantity, d.item.priceCents, t.lineDiscountCents, t.memberDiscountCents, t.taxCents, t.totalCents, d.staffId, 0,
          ];
        }),
        payments: tenders.map((t, i) => [id, t.tenderTypeId, allocation.applied[i].appliedCents, t.tenderedCents, t.reference]),
      };
    },
  };
}

/** Generated products GP00001…: EAN-13 barcodes 4899999…, whole-dollar prices HK$50–2,000. */
export function productRows(seed: number, firstSeq: number, count: number, departmentIds: readonly number[], categoryIds: readonly number[], at: string): SqlValue[][] {
  const rng = createRng(`products:${seed}:${firstSeq}`);
  return Array.from({ length: count }, (_, i) => {
    const seq = firstSeq + i;
    const body = `48999${String(seq).padStart(7, '0')}`;
    const dollars = rng.int(50, 2000);
    return [
      `GP${String(seq).padStart(5, '0')}`, `${body}${ean13CheckDigit(body)}`, `生成商品 ${seq}`, null,
      categoryIds.length ? categoryIds[seq % categoryIds.length] : null, departmentIds.length ? departmentIds[seq % departmentIds.length] : null,
      dollars * 100, dollars * 40, 0, 0, 5, 1, at, at,
    ];
  });
}
export const PRODUCT_BULK_COLUMNS = [
  'code', 'barcode', 'name', 'translations', 'categoryId', 'departmentId', 'priceCents', 'costCents', 'taxRateBasisPoints',
  'allowNegativeStock', 'lowStockThreshold', 'active', 'createdAt', 'updatedAt',
] as const;
