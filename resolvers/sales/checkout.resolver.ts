import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { CouponType, Invoice, Offer } from '../../entities';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import type { PricedBill } from '../../services/sales/bill-pricing.service';
import type { Earning } from '../../services/loyalty/points-earning';
import { CheckoutService, type BillDraftInput as BillDraft, type BillLineInput as BillLine } from '../../services/sales/checkout.service';
import { InvoiceVoidService } from '../../services/sales/invoice-void.service';

@InputType('BillLineInput', { description: 'One line of a bill: a product or treatment, how many, and optionally its price, discount and the staff member credited.' })
export class BillLineInput {
  @Field(() => InvoiceLineKind, { description: 'Product or treatment.' })
  kind: InvoiceLineKind;

  @Field(() => ID, { description: 'The product or treatment (active).' })
  itemId: string;

  @Field(() => Int, { description: 'Units, at least 1.' })
  quantity: number;

  @Field(() => Int, { nullable: true, description: 'Unit price in cents, tax included; null or left out: the catalogue price.' })
  unitPriceCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Discount on this line in cents, at most what the line comes to; null or left out: none.' })
  lineDiscountCents?: number | null;

  @Field(() => ID, { nullable: true, description: 'The staff member credited for this line (commission); must be active.' })
  staffId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A session package of the bill\'s member (計次消費) paying for this treatment line: the line is priced at 0 and checkout uses `quantity` sessions of it. Only on treatment lines, a SESSIONS package covering the treatment, usable today; refused (PACKAGE_NOT_USABLE, CARD_LOCKED) naming this field.',
  })
  memberPackageId?: string | null;
}

@InputType('PaymentInput', { description: 'One payment: a tender type and what the customer handed over.' })
export class PaymentInput {
  @Field(() => ID, { description: 'The tender type (active).' })
  tenderTypeId: string;

  @Field(() => Int, {
    description: 'What was handed over, in cents, at least 1. Only a tender that gives change (cash) may exceed what is still due; the excess is the change.',
  })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'Card slip or transfer reference, at most 100 characters.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'A stored-value payment: the PIN of the member\'s card when it has one (else WRONG_PIN naming this field).' })
  pin?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A discount-package (PACKAGE) payment: the member\'s VALUE package it spends; at most what the bill\'s treatment lines it covers come to and what remains of it.',
  })
  memberPackageId?: string | null;
}

@InputType('BillDraftInput', { description: 'A bill being put together, to be priced (quoteBill).' })
export class BillDraftInput {
  @Field(() => ID, { description: 'The branch selling (open).' })
  branchId: string;

  @Field(() => ID, { nullable: true, description: 'The member buying (one the viewer may see); null for a walk-in customer. Her level\'s discount applies.' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A walk-in customer\'s name, at most 100 characters; ignored for members.' })
  customerName?: string | null;

  @Field(() => [BillLineInput], { description: 'The lines, at least one, at most 200.' })
  lines: BillLineInput[];

  @Field(() => String, { nullable: true, description: 'The offer (優惠) the cashier applies: its code or alternative code. Every condition must hold, else OFFER_NOT_APPLICABLE naming the first that fails; null: none.' })
  offerCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The member\'s e-coupon (電子優惠券) code: hers, issued, within its days, covering a line and its minimum spend met, else COUPON_NOT_APPLICABLE on couponCode naming why; null: none.' })
  couponCode?: string | null;
}

@InputType('CheckoutInput', { description: 'A bill to issue as an invoice, with its payments.' })
export class CheckoutInput {
  @Field(() => String, {
    description: 'A key the client makes up per bill (e.g. a UUID, at most 100 characters): sending the same request again returns the first invoice instead of charging twice; the same key with a different request is IDEMPOTENCY_KEY_REUSED.',
  })
  idempotencyKey: string;

  @Field(() => ID, { description: 'The branch selling (open).' })
  branchId: string;

  @Field(() => ID, { nullable: true, description: 'The member buying (one the viewer may see); null for a walk-in customer.' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A walk-in customer\'s name, at most 100 characters; ignored for members.' })
  customerName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The appointment (visit) this invoice pays for: the same member\'s, at the same branch.' })
  appointmentId?: string | null;

  @Field(() => [BillLineInput], { description: 'The lines, at least one, at most 200.' })
  lines: BillLineInput[];

  @Field(() => [PaymentInput], { description: 'The payments; together they must settle the total exactly (cash may give change). Empty only for a bill of 0.' })
  payments: PaymentInput[];

  @Field(() => String, { nullable: true, description: 'Purchase note (購買備註), at most 500 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The offer (優惠) the cashier applies: its code or alternative code. Every condition must hold, else OFFER_NOT_APPLICABLE naming the first that fails; null: none.' })
  offerCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The member\'s e-coupon (電子優惠券) code: hers, issued, within its days, covering a line and its minimum spend met, else COUPON_NOT_APPLICABLE on couponCode naming why; null: none.' })
  couponCode?: string | null;
}

@ObjectType('BillQuoteLine', { description: 'What one line of a quoted bill comes to.' })
export class BillQuoteLine {
  @Field(() => InvoiceLineKind, { description: 'Product or treatment.' })
  kind: InvoiceLineKind;

  @Field(() => ID, { description: 'The product or treatment.' })
  itemId: string;

  @Field(() => String, { description: 'The item\'s code.' })
  code: string;

  @Field(() => String, { description: 'The item\'s name as the invoice will show it.' })
  label: string;

  @Field(() => Int, { description: 'Units.' })
  quantity: number;

  @Field(() => Int, { description: 'Unit price in cents (the catalogue\'s unless one was given).' })
  unitPriceCents: number;

  @Field(() => Int, { description: 'Discount typed on the line, in cents.' })
  lineDiscountCents: number;

  @Field(() => Int, { description: 'The member level\'s discount on this line, in cents (0 where the offer applies instead).' })
  memberDiscountCents: number;

  @Field(() => Int, { description: 'The offer\'s discount on this line, in cents.' })
  offerDiscountCents: number;

  @Field(() => Int, { description: 'This line\'s share of the e-coupon\'s discount, in cents.' })
  couponDiscountCents: number;

  @Field(() => Boolean, { description: 'Whether the bill\'s e-coupon type covers this line (false without a coupon).' })
  couponCovered: boolean;

  @Field(() => Int, { description: 'Tax included in the line, in cents.' })
  taxCents: number;

  @Field(() => Int, { description: 'What the line comes to after discounts, in cents.' })
  totalCents: number;

  @Field(() => ID, { nullable: true, description: 'The session package paying for this line (priced at 0); null when none.' })
  memberPackageId: string | null;
}

@ObjectType('BillQuote', { description: 'A bill priced by the server exactly as checkout will charge it; nothing is stored.' })
export class BillQuote {
  @Field(() => [BillQuoteLine], { description: 'The lines, in the order given.' })
  lines: BillQuoteLine[];

  @Field(() => Int, { description: 'Sum of the lines before any discount, in cents.' })
  subtotalCents: number;

  @Field(() => Int, { description: 'Line, member-level and offer discounts together, in cents.' })
  discountCents: number;

  @Field(() => Int, { description: 'What the offer takes off, in cents (inside discountCents).' })
  offerDiscountCents: number;

  @Field(() => Offer, { nullable: true, description: 'The offer pricing the bill, every condition met; null when none was given.' })
  offer: Offer | null;

  @Field(() => Int, { description: 'What the e-coupon takes off, in cents (inside discountCents), after every other discount.' })
  couponDiscountCents: number;

  @Field(() => String, { nullable: true, description: 'The code of the member\'s e-coupon pricing the bill; null when none was given.' })
  couponCode: string | null;

  @Field(() => CouponType, { nullable: true, description: 'The type of the e-coupon pricing the bill (its discount and minimum spend); null when none was given.' })
  couponType: CouponType | null;

  @Field(() => Int, { description: 'Tax included, in cents.' })
  taxCents: number;

  @Field(() => Int, { description: 'Rounding to the currency\'s smallest payable amount, in cents (negative when rounded down).' })
  roundingCents: number;

  @Field(() => Int, { description: 'What is due, in cents.' })
  totalCents: number;

  @Field(() => Int, { description: 'What the product lines come to, in cents.' })
  productCents: number;

  @Field(() => Int, { description: 'What the treatment lines come to, in cents.' })
  treatmentCents: number;

  @Field(() => Int, { description: 'The member level\'s discount in percent (0 for walk-ins).' })
  memberDiscountPercent: number;

  @Field(() => Int, { description: 'Points (積分) this bill earns the member at her level\'s rate and the points rules that apply (0 for walk-ins).' })
  pointsEarned: number;
}

function optionalId(value: string | null | undefined, field: string): number | null {
  return value == null ? null : parseId(value, field);
}

export function billLines(lines: BillLineInput[]): BillLine[] {
  return lines.map((line, i) => ({
    kind: line.kind,
    itemId: parseId(line.itemId, `lines.${i}.itemId`),
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    lineDiscountCents: line.lineDiscountCents,
    staffId: optionalId(line.staffId, `lines.${i}.staffId`),
    memberPackageId: optionalId(line.memberPackageId, `lines.${i}.memberPackageId`),
  }));
}

export function billDraft(input: {
  branchId: string;
  memberId?: string | null;
  customerName?: string | null;
  lines: BillLineInput[];
  offerCode?: string | null;
  couponCode?: string | null;
}): BillDraft {
  return {
    branchId: parseId(input.branchId, 'branchId'),
    memberId: optionalId(input.memberId, 'memberId'),
    customerName: input.customerName,
    lines: billLines(input.lines),
    offerCode: input.offerCode,
    couponCode: input.couponCode,
  };
}

function quoteOf(bill: PricedBill & { earning: Earning | null }): BillQuote {
  const { totals } = bill;
  return {
    lines: bill.lines.map((line, i) => ({
      kind: line.kind as InvoiceLineKind,
      itemId: String(line.itemId),
      code: line.code,
      label: line.description,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      lineDiscountCents: totals.lines[i].lineDiscountCents,
      memberDiscountCents: totals.lines[i].memberDiscountCents,
      offerDiscountCents: totals.lines[i].offerDiscountCents,
      couponDiscountCents: totals.lines[i].couponDiscountCents,
      couponCovered: bill.coupon?.bill.covers[i] ?? false,
      taxCents: totals.lines[i].taxCents,
      totalCents: totals.lines[i].totalCents,
      memberPackageId: line.memberPackageId === null ? null : String(line.memberPackageId),
    })),
    subtotalCents: totals.subtotalCents,
    discountCents: totals.discountCents,
    offerDiscountCents: totals.offerDiscountCents,
    offer: bill.offer,
    couponDiscountCents: totals.couponDiscountCents,
    couponCode: bill.coupon?.coupon.code ?? null,
    couponType: bill.coupon?.type ?? null,
    taxCents: totals.taxCents,
    roundingCents: totals.roundingCents,
    totalCents: totals.totalCents,
    productCents: totals.productCents,
    treatmentCents: totals.treatmentCents,
    memberDiscountPercent: bill.memberDiscountPercent,
    pointsEarned: bill.earning?.points ?? 0,
  };
}

/** The cashier (收銀): pricing a bill, issuing it as an invoice, voiding one on its day. */
@Authorized()
@Resolver()
export class CheckoutResolver {
  @Authorized(Permission.SalesCheckout)
  @Query(() => BillQuote, { description: 'Prices a bill as checkout would (member discount, tax, rounding) without storing anything; refuses what checkout would refuse, naming the field.' })
  async quoteBill(@Arg('input', () => BillDraftInput, { description: 'The bill.' }) input: BillDraftInput, @Ctx() context: GraphQLContext): Promise<BillQuote> {
    return quoteOf(await new CheckoutService(context.ds).quote(viewerOf(context), billDraft(input)));
  }

  @Authorized(Permission.SalesCheckout)
  @Mutation(() => Invoice, {
    description:
      'Issues an invoice (結帳): prices the bill, checks the payments settle it, numbers it per branch, takes product stock (OUT_OF_STOCK refuses the whole sale) and audits it. Retried with the same idempotencyKey it returns the first invoice.',
  })
  async checkout(@Arg('input', () => CheckoutInput, { description: 'The bill and its payments.' }) input: CheckoutInput, @Ctx() context: GraphQLContext): Promise<Invoice> {
    return new CheckoutService(context.ds).checkout(viewerOf(context), {
      ...billDraft(input),
      idempotencyKey: input.idempotencyKey,
      appointmentId: optionalId(input.appointmentId, 'appointmentId'),
      payments: input.payments.map((p, i) => ({
        tenderTypeId: parseId(p.tenderTypeId, `payments.${i}.tenderTypeId`),
        amountCents: p.amountCents,
        reference: p.reference,
        pin: p.pin,
        memberPackageId: optionalId(p.memberPackageId, `payments.${i}.memberPackageId`),
      })),
      note: input.note,
    });
  }

  @Authorized(Permission.SalesVoid)
  @Mutation(() => Invoice, {
    description: 'Voids an invoice (作廢) on its business day in the branch\'s time zone: its stock comes back and it counts for nothing. A second void is ALREADY_VOIDED.',
  })
  async voidInvoice(
    @Arg('id', () => ID, { description: 'The invoice.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is voided, at most 200 characters; required.' }) reason: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Invoice> {
    return new InvoiceVoidService(context.ds).void(viewerOf(context), parseId(id, 'id'), reason);
  }
}
