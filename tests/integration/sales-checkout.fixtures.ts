/**
 * A shop to sell in for the checkout tests: a branch (TKO, Hong Kong), a member level with a
 * discount, products with stock and tax, a treatment, the seeded tender types, and staff who may
 * check out, void, or neither; plus the GraphQL documents and input builders.
 */
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Product, StockLevel, TenderType, type Branch, type Member, type MemberGroup, type Staff, type Treatment } from '../../entities';
import { StockMovementKind } from '../../entities/stock-movement.entity';
import { moveStock } from '../../services/sales/stock-ledger.service';
import { StaffRole } from '../../services/staff/staff-role';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { aTreatment } from './appointment-booking.fixtures';

let productNo = 0;

export async function aProduct(ds: DataSource, overrides: Partial<Product> = {}): Promise<Product> {
  productNo += 1;
  return ds.getRepository(Product).save({ code: `P${String(productNo).padStart(4, '0')}`, name: `Product ${productNo}`, priceCents: 10_000, taxRateBasisPoints: 0, active: true, ...overrides });
}

export async function receive(ds: DataSource, product: Product, branch: Branch, quantity: number): Promise<void> {
  await ds.transaction((manager) => moveStock(manager, { productId: product.id, branchId: branch.id, kind: StockMovementKind.RECEIVE, quantity, allowNegative: false, itemLabel: product.code }));
}

export async function onHand(ds: DataSource, product: Product, branch: Branch): Promise<number> {
  return (await ds.getRepository(StockLevel).findOneBy({ productId: product.id, branchId: branch.id }))?.onHand ?? 0;
}

export type Shop = {
  branch: Branch;
  otherBranch: Branch;
  vip: MemberGroup;
  member: Member;
  otherMember: Member;
  /** Front desk: checkout, no void; sees members of its own branch only. */
  cashier: Staff;
  /** Manager: everything, every branch. */
  manager: Staff;
  /** Salesperson: no sales permissions. */
  salesperson: Staff;
  beautician: Staff;
  serum: Product;
  mask: Product;
  facial: Treatment;
  cash: TenderType;
  card: TenderType;
};

export async function aShop(ds: DataSource): Promise<Shop> {
  const branch = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O', timeZone: 'Asia/Hong_Kong' });
  const otherBranch = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui', timeZone: 'Asia/Hong_Kong' });
  const vip = await aMemberGroup(ds, { discountPercent: 10 });
  const tenders = ds.getRepository(TenderType);
  const serum = await aProduct(ds, { name: 'Serum', priceCents: 10_700, taxRateBasisPoints: 700 });
  const mask = await aProduct(ds, { name: 'Mask', priceCents: 2_000 });
  await receive(ds, serum, branch, 100);
  await receive(ds, mask, branch, 100);
  return {
    branch,
    otherBranch,
    vip,
    member: await aMember(ds, branch, vip),
    otherMember: await aMember(ds, otherBranch, vip),
    cashier: await aStaff(ds, branch, [StaffRole.FRONT_DESK]),
    manager: await aStaff(ds, branch, [StaffRole.MANAGER]),
    salesperson: await aStaff(ds, branch, [StaffRole.SALESPERSON]),
    beautician: await aStaff(ds, branch, [StaffRole.BEAUTICIAN]),
    serum,
    mask,
    facial: await aTreatment(ds, { code: `F${productNo}`, name: 'Facial', priceCents: 48_000 }),
    cash: await tenders.findOneByOrFail({ code: 'CASH' }),
    card: await tenders.findOneByOrFail({ code: 'CARD' }),
  };
}

export const newKey = () => crypto.randomUUID();

export const INVOICE_FIELDS = `id number status businessDate customerName subtotalCents discountCents taxCents roundingCents totalCents
  productCents treatmentCents changeCents note voidedAt voidReason`;

export const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { ${INVOICE_FIELDS} } }`;
export const QUOTE = `query ($input: BillDraftInput!) { quoteBill(input: $input) {
  subtotalCents discountCents taxCents roundingCents totalCents productCents treatmentCents memberDiscountPercent
  lines { kind itemId code label quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents } } }`;
export const HELD_FIELDS = `id label customerName note totalCents createdAt ageMinutes heldBy { id displayName } member { id }
  lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }`;
export const HOLD = `mutation ($input: HoldBillInput!) { holdBill(input: $input) { ${HELD_FIELDS} } }`;
export const HELD_BILLS = `query ($branchId: ID!, $first: Int, $after: String) { heldBills(branchId: $branchId, first: $first, after: $after) {
  totalCount nodes { ${HELD_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
export const RESUME = `mutation ($id: ID!) { resumeHeldBill(id: $id) { ${HELD_FIELDS} } }`;
export const DISCARD = `mutation ($id: ID!) { discardHeldBill(id: $id) { id } }`;
export const VOID = `mutation ($id: ID!, $reason: String!) { voidInvoice(id: $id, reason: $reason) { ${INVOICE_FIELDS} } }`;

/** GraphQL names the line kinds Product and Treatment (the enum's keys; stored as PRODUCT and TREATMENT). */
type Line = { kind: 'PRODUCT' | 'TREATMENT'; itemId: string; quantity: number; unitPriceCents?: number | null; lineDiscountCents?: number | null; staffId?: string | null };

export const productLine = (product: Product, quantity = 1, extra: Partial<Line> = {}): Line => ({ kind: 'PRODUCT', itemId: String(product.id), quantity, ...extra });
export const treatmentLine = (treatment: Treatment, quantity = 1, extra: Partial<Line> = {}): Line => ({ kind: 'TREATMENT', itemId: String(treatment.id), quantity, ...extra });
export const pay = (tender: TenderType, amountCents: number, reference?: string) => ({ tenderTypeId: String(tender.id), amountCents, ...(reference ? { reference } : {}) });

/** A checkout of `lines` at the shop's branch paid by `payments`; a fresh idempotency key unless given. */
export function checkoutInput(shop: Shop, lines: Line[], payments: Array<ReturnType<typeof pay>>, extra: Record<string, unknown> = {}) {
  return { idempotencyKey: newKey(), branchId: String(shop.branch.id), lines, payments, ...extra };
}
