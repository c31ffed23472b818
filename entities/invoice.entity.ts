import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

export enum InvoiceStatus {
  ISSUED = 'ISSUED',
  VOIDED = 'VOIDED',
}

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice stands.',
  valuesConfig: {
    ISSUED: { description: 'Paid in full and issued.' },
    VOIDED: { description: 'Cancelled on the day it was issued (作廢); its stock came back and it counts for nothing.' },
  },
});

/**
 * An invoice (發票): a sale paid in full, numbered per branch (e.g. "TKOSI-00726"). Amounts are
 * minor units of the currency; the totals are stored so lists, filters and reports never re-add lines.
 */
@ObjectType('Invoice', { description: 'An invoice (發票): a sale of products and treatments, paid in full, numbered per branch.' })
@Entity('invoices')
@Index('idx_invoices_branch_issued', ['branchId', 'issuedAt'])
@Index('idx_invoices_member_issued', ['memberId', 'issuedAt'])
@Index('idx_invoices_issued', ['issuedAt'])
@Index('idx_invoices_business_date', ['businessDate', 'branchId'])
@Index('idx_invoices_status_issued', ['status', 'issuedAt'])
@Index('idx_invoices_total', ['totalCents'])
@Index('idx_invoices_appointment', ['appointmentId'])
// A member's invoices of one day: the contact list's same-day purchases (當日購買紀錄).
@Index('idx_invoices_member_date', ['memberId', 'businessDate'])
@Index('idx_invoices_offer', ['offerId', 'businessDate'])
// A viewer limited to branches counts by one of these, index-only: the branch, the filter's column,
// then the member her scope rule tests (invoice-scope.service.ts).
@Index('idx_invoices_branch_issued_member', ['branchId', 'issuedAt', 'memberId'])
@Index('idx_invoices_branch_date_member', ['branchId', 'businessDate', 'memberId'])
@Index('idx_invoices_branch_status_member', ['branchId', 'status', 'memberId'])
@Index('idx_invoices_branch_total_member', ['branchId', 'totalCents', 'memberId'])
// 統計分析 by period or branch reads a year of invoices from this index alone: the date range, the
// status and branch it tests, the member the scope rule tests, and the two amounts it sums.
@Index('idx_invoices_sales_statistics', ['businessDate', 'status', 'branchId', 'memberId', 'totalCents', 'refundedCents'])
export class Invoice {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Invoice number (發票編號), unique, from the branch\'s sequence, e.g. "TKOSI-00726".' })
  @Column({ type: 'varchar', length: 30, unique: true })
  number: string;

  @Column({ type: 'int' })
  branchId: number;

  /** The member who bought; null for a walk-in / non-member sale. */
  @Column({ type: 'int', nullable: true })
  memberId: number | null;

  @Field(() => String, { nullable: true, description: 'Name of a walk-in / non-member customer as typed at the cashier; null for members or when not given.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  customerName: string | null;

  /** The appointment (visit) this invoice pays for, if any. */
  @Column({ type: 'int', nullable: true })
  appointmentId: number | null;

  @Field(() => InvoiceStatus, { description: 'Issued or voided.' })
  @Column({ type: 'varchar', length: 10, default: InvoiceStatus.ISSUED })
  status: InvoiceStatus;

  @Field(() => String, { description: 'Invoice date (發票日期) in the branch\'s time zone, YYYY-MM-DD.' })
  @Column({ type: 'varchar', length: 10 })
  businessDate: string;

  @Field(() => Date, { description: 'When the invoice was issued.' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  /** Who took the payment. */
  @Column({ type: 'int' })
  cashierId: number;

  @Field(() => Int, { description: 'Sum of the lines before any discount, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  subtotalCents: number;

  @Field(() => Int, { description: 'Line and member-level discounts together, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  discountCents: number;

  @Field(() => Int, { description: 'Tax included in the total, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  taxCents: number;

  @Field(() => Int, { description: 'Rounding to the currency\'s smallest payable amount, in cents (negative when rounded down).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  roundingCents: number;

  @Field(() => Int, { description: 'Invoice amount (發票金額) due and paid, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  totalCents: number;

  @Field(() => Int, { description: 'Product amount (產品金額): what the product lines come to after discounts, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  productCents: number;

  @Field(() => Int, { description: 'Treatment amount (護理金額): what the treatment lines come to after discounts, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  treatmentCents: number;

  /** The offer (優惠) the bill was priced under; null when none. */
  @Column({ type: 'int', nullable: true })
  offerId: number | null;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號) the offer set when the invoice was issued; null when none.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  analysisCode: string | null;

  @Field(() => Int, { description: 'What the offer took off, in cents (also inside discountCents).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  offerDiscountCents: number;

  /** The e-coupon used on the bill; null when none. */
  @Column({ type: 'int', nullable: true })
  couponId: number | null;

  @Field(() => Int, { description: 'What the e-coupon took off, in cents (also inside discountCents).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  couponDiscountCents: number;

  @Field(() => Int, { description: 'Points the member earned on this invoice (the sum of its lines\' points).' })
  @Column({ type: 'int', default: 0 })
  pointsEarned: number;

  @Field(() => Int, { description: 'Change given back on cash, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  changeCents: number;

  @Field(() => Int, { description: 'Refunded on returns so far, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  refundedCents: number;

  @Field(() => String, { description: 'Purchase note (購買備註, at most 500 characters).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Field(() => Date, { nullable: true, description: 'When it was voided; null while issued.' })
  @Column({ type: 'datetime', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  voidedById: number | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided; null while issued.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  voidReason: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
