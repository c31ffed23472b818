/**
 * Three weeks of demo sales (10–20 invoices per branch and day) over the demo catalogue: product
 * and treatment lines with the staff credited, members (with their level's discount) and walk-ins,
 * cash with change, card, FPS and split payments, a few same-day voids, numbered per branch in
 * order of issue. Also what each branch must have received so that every sale finds its stock.
 * Pure: ids of the stored rows in, plain rows out; totals from the cashier's own bill-totals.
 * Deterministic: fixed dates, seeded PRNG, no clock.
 */
import { allocatePayments, billTotals, roundingStepCents } from '../sales/bill-totals';
import { createRng, type Rng } from './prng';

/** The business days sold on (Hong Kong dates, inclusive), and when the goods arrived before them. */
export const DEMO_SALES_FROM = '2026-11-15';
export const DEMO_SALES_DAYS = 21;
export const DEMO_STOCK_RECEIVED_AT = new Date('2026-11-14T02:00:00Z');
const SEED = 'salon-demo-sales-v1';
/** Hong Kong is UTC+8 all year. */
const HK_OFFSET_MS = 8 * 3_600_000;
const OPEN_MINUTE = 10 * 60;
const LAST_SALE_MINUTE = 21 * 60 + 30;
/** Currency decimals of the default system settings (HKD shown with cents). */
const CURRENCY_DECIMALS = 2;

export interface SalesItem { id: number; code: string; name: string; departmentId: number | null; priceCents: number }
export interface SalesProduct extends SalesItem { allowNegativeStock: boolean }
export interface SalesWorld {
  branches: ReadonlyArray<{ id: number; code: string }>;
  products: readonly SalesProduct[];
  treatments: readonly SalesItem[];
  /** Members who may buy, with their level's discount. */
  members: ReadonlyArray<{ id: number; branchId: number; discountPercent: number }>;
  /** Per branch: who takes the payments, and who may be credited on lines. */
  staff: ReadonlyMap<number, { cashierIds: readonly number[]; sellerIds: readonly number[]; managerId: number }>;
  tenders: { cash: number; card: number; fps: number };
  /** Invoice numbers: the prefix of each branch (e.g. "TKOSI-") and the digits. */
  prefixes: ReadonlyMap<number, string>;
  digits: number;
  /** Id the first generated invoice gets (the rest follow). */
  firstInvoiceId: number;
}

export interface DemoInvoiceRow {
  id: number; number: string; branchId: number; memberId: number | null; customerName: string | null;
  status: 'ISSUED' | 'VOIDED'; businessDate: string; issuedAt: Date; cashierId: number;
  subtotalCents: number; discountCents: number; taxCents: number; roundingCents: number; totalCents: number;
  productCents: number; treatmentCents: number; changeCents: number; note: string;
  voidedAt: Date | null; voidedById: number | null; voidReason: string | null; createdAt: Date;
}
export interface DemoInvoiceLineRow {
  invoiceId: number; position: number; kind: 'PRODUCT' | 'TREATMENT'; productId: number | null; treatmentId: number | null;
  departmentId: number | null; code: string; description: string; quantity: number; unitPriceCents: number;
  lineDiscountCents: number; memberDiscountCents: number; taxCents: number; totalCents: number; staffId: number | null;
}
export interface DemoPaymentRow { invoiceId: number; tenderTypeId: number; amountCents: number; tenderedCents: number; reference: string | null }
export interface DemoSales {
  invoices: DemoInvoiceRow[];
  lines: DemoInvoiceLineRow[];
  payments: DemoPaymentRow[];
  /** Units received per product and branch before the first sale ("productId:branchId"). */
  received: Map<string, number>;
  /** The next invoice number of each branch. */
  nextValues: Map<number, number>;
}

const WALK_IN_NAMES = ['陳小姐', '李太', 'Ms Wong', '張小姐', 'Mrs Lee', '何小姐', null, null, null];
const NOTES = ['', '', '', '', '', '', '會員生日月', '送試用裝', '下次預約再用'];
const VOID_REASONS = ['輸入錯誤', '客人改用其他付款方式', '重複開單'];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The instant of a Hong Kong wall-clock minute of a business date. */
function hkInstant(date: string, minuteOfDay: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000 - HK_OFFSET_MS);
}

/** Cash handed over: the next HK$100 note at or above the amount, or the exact amount now and then. */
function cashTendered(rng: Rng, dueCents: number): number {
  return rng.chance(0.3) ? dueCents : Math.ceil(dueCents / 10_000) * 10_000;
}

type Draft = { kind: 'PRODUCT' | 'TREATMENT'; item: SalesItem; quantity: number; lineDiscountCents: number; staffId: number | null };

function draftLines(rng: Rng, world: SalesWorld, sellers: readonly number[]): Draft[] {
  // 45 % a treatment alone, 20 % a treatment and a product or two, 35 % products alone.
  const shape = rng.next();
  const treatments = shape < 0.65 ? 1 : 0;
  const products = shape < 0.45 ? 0 : shape < 0.65 ? rng.int(1, 2) : rng.int(1, 3);
  const seller = () => (sellers.length ? rng.pick(sellers) : null);
  const drafts: Draft[] = [];
  const discount = (priceCents: number) => (rng.chance(0.1) ? Math.round(priceCents / 1000) * 100 : 0);
  for (let i = 0; i < treatments; i += 1) {
    const item = rng.pick(world.treatments);
    drafts.push({ kind: 'TREATMENT', item, quantity: 1, lineDiscountCents: discount(item.priceCents), staffId: seller() });
  }
  const chosen = new Set<number>();
  for (let i = 0; i < products; i += 1) {
    const item = rng.pick(world.products);
    if (chosen.has(item.id)) continue;
    chosen.add(item.id);
    const quantity = rng.chance(0.8) ? 1 : rng.int(2, 3);
    drafts.push({ kind: 'PRODUCT', item, quantity, lineDiscountCents: discount(item.priceCents * quantity), staffId: rng.chance(0.9) ? seller() : null });
  }
  return drafts;
}

function payments(rng: Rng, world: SalesWorld, totalCents: number): Array<{ tenderTypeId: number; tenderedCents: number; givesChange: boolean; reference: string | null }> {
  const { cash, card, fps } = world.tenders;
  const slip = () => `****${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const fpsRef = () => `FPS${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const shape = rng.next();
  if (totalCents === 0 || shape < 0.3) return [{ tenderTypeId: cash, tenderedCents: cashTendered(rng, totalCents), givesChange: true, reference: null }];
  if (shape < 0.75) return [{ tenderTypeId: card, tenderedCents: totalCents, givesChange: false, reference: slip() }];
  if (shape < 0.9) return [{ tenderTypeId: fps, tenderedCents: totalCents, givesChange: false, reference: fpsRef() }];
  // Split: part by card or FPS in whole dollars, the rest in cash.
  const partCents = Math.max(100, Math.floor((totalCents * rng.int(30, 70)) / 10_000) * 100);
  if (partCents >= totalCents) return [{ tenderTypeId: card, tenderedCents: totalCents, givesChange: false, reference: slip() }];
  const byCard = rng.chance(0.6);
  return [
    { tenderTypeId: byCard ? card : fps, tenderedCents: partCents, givesChange: false, reference: byCard ? slip() : fpsRef() },
    { tenderTypeId: cash, tenderedCents: cashTendered(rng, totalCents - partCents), givesChange: true, reference: null },
  ];
}

export function buildDemoSales(world: SalesWorld): DemoSales {
  const rng = createRng(SEED);
  const step = roundingStepCents(CURRENCY_DECIMALS);
  const membersByBranch = new Map<number, Array<{ id: number; discountPercent: number }>>();
  for (const m of world.members) membersByBranch.set(m.branchId, [...(membersByBranch.get(m.branchId) ?? []), m]);
  const sold = new Map<string, number>();
  const nextValues = new Map(world.branches.map((b) => [b.id, 1]));
  const out: DemoSales = { invoices: [], lines: [], payments: [], received: new Map(), nextValues };
  let invoiceId = world.firstInvoiceId;

  for (let day = 0; day < DEMO_SALES_DAYS; day += 1) {
    const businessDate = addDays(DEMO_SALES_FROM, day);
    for (const branch of world.branches) {
      const staff = world.staff.get(branch.id);
      if (!staff || !staff.cashierIds.length) continue;
      const members = membersByBranch.get(branch.id) ?? [];
      const count = rng.int(10, 20);
      const minutes = Array.from({ length: count }, () => rng.int(OPEN_MINUTE, LAST_SALE_MINUTE)).sort((a, b) => a - b);
      for (const minute of minutes) {
        const member = members.length && rng.chance(0.65) ? rng.pick(members) : null;
        const drafts = draftLines(rng, world, staff.sellerIds);
        const totals = billTotals(
          drafts.map((d) => ({ kind: d.kind, quantity: d.quantity, unitPriceCents: d.item.priceCents, lineDiscountCents: d.lineDiscountCents, taxRateBasisPoints: 0 })),
          { memberDiscountPercent: member?.discountPercent ?? 0, roundingStepCents: step },
        );
        const tenders = payments(rng, world, totals.totalCents);
        const allocation = allocatePayments(tenders, totals.totalCents);
        if (!allocation.ok) throw new Error(`Demo sale ${invoiceId} does not settle: ${allocation.refusal.reason}`);
        const issuedAt = hkInstant(businessDate, minute);
        const voided = rng.chance(0.01);
        const sequence = nextValues.get(branch.id)!;
        nextValues.set(branch.id, sequence + 1);
        out.invoices.push({
          id: invoiceId,
          number: `${world.prefixes.get(branch.id)}${String(sequence).padStart(world.digits, '0')}`,
          branchId: branch.id,
          memberId: member?.id ?? null,
          customerName: member ? null : rng.pick(WALK_IN_NAMES),
          status: voided ? 'VOIDED' : 'ISSUED',
          businessDate,
          issuedAt,
          cashierId: rng.pick(staff.cashierIds),
          subtotalCents: totals.subtotalCents,
          discountCents: totals.discountCents,
          taxCents: totals.taxCents,
          roundingCents: totals.roundingCents,
          totalCents: totals.totalCents,
          productCents: totals.productCents,
          treatmentCents: totals.treatmentCents,
          changeCents: allocation.changeCents,
          note: rng.pick(NOTES),
          voidedAt: voided ? new Date(issuedAt.getTime() + 20 * 60_000) : null,
          voidedById: voided ? staff.managerId : null,
          voidReason: voided ? rng.pick(VOID_REASONS) : null,
          createdAt: issuedAt,
        });
        drafts.forEach((d, i) => {
          const t = totals.lines[i];
          out.lines.push({
            invoiceId, position: i + 1, kind: d.kind,
            productId: d.kind === 'PRODUCT' ? d.item.id : null,
            treatmentId: d.kind === 'TREATMENT' ? d.item.id : null,
            departmentId: d.item.departmentId, code: d.item.code, description: d.item.name, quantity: d.quantity,
            unitPriceCents: d.item.priceCents, lineDiscountCents: t.lineDiscountCents, memberDiscountCents: t.memberDiscountCents,
            taxCents: t.taxCents, totalCents: t.totalCents, staffId: d.staffId,
          });
          // Voided sales count too: their units left the shelf before they came back.
          if (d.kind === 'PRODUCT') {
            const key = `${d.item.id}:${branch.id}`;
            sold.set(key, (sold.get(key) ?? 0) + d.quantity);
          }
        });
        tenders.forEach((t, i) => out.payments.push({
          invoiceId, tenderTypeId: t.tenderTypeId, amountCents: allocation.applied[i].appliedCents, tenderedCents: t.tenderedCents, reference: t.reference,
        }));
        invoiceId += 1;
      }
    }
  }

  // Received: what was sold plus what is left on the shelf — now and then at or below the
  // low-stock threshold so the branch's low-stock list has something on it; made-to-order
  // products arrive short, so some end below zero.
  for (const product of world.products) {
    for (const branch of world.branches) {
      const key = `${product.id}:${branch.id}`;
      const left = product.allowNegativeStock ? rng.int(-2, 2) : rng.chance(0.15) ? rng.int(0, 4) : rng.int(8, 40);
      const units = Math.max(0, (sold.get(key) ?? 0) + left);
      if (units > 0) out.received.set(key, units);
    }
  }
  return out;
}
