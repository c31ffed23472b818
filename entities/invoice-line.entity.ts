import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

export enum InvoiceLineKind {
  PRODUCT = 'PRODUCT',
  TREATMENT = 'TREATMENT',
}

registerEnumType(InvoiceLineKind, {
  name: 'InvoiceLineKind',
  description: 'What an invoice line sells.',
  valuesConfig: {
    PRODUCT: { description: 'A product (購買產品).' },
    TREATMENT: { description: 'A treatment (購買護理).' },
  },
});

/**
 * One line of an invoice. Code, name, price and department are copied at the sale so later
 * catalogue edits never change an issued invoice.
 */
@ObjectType('InvoiceLine', { description: 'One line of an invoice: a product or treatment, quantity, price, discount and the staff member credited.' })
@Entity('invoice_lines')
@Index('idx_invoice_lines_invoice', ['invoiceId', 'position'])
@Index('idx_invoice_lines_staff', ['staffId', 'invoiceId'])
@Index('idx_invoice_lines_product', ['productId', 'invoiceId'])
export class InvoiceLine {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  invoiceId: number;

  @Field(() => Int, { description: 'Position on the invoice, from 1.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => InvoiceLineKind, { description: 'Product or treatment.' })
  @Column({ type: 'varchar', length: 10 })
  kind: InvoiceLineKind;

  @Column({ type: 'int', nullable: true })
  productId: number | null;

  @Column({ type: 'int', nullable: true })
  treatmentId: number | null;

  /** The item's department at the time of sale. */
  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @Field(() => String, { description: 'Item code at the time of sale.' })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Field(() => String, { description: 'Item name at the time of sale, in the branch\'s language.' })
  @Column({ type: 'varchar', length: 200 })
  description: string;

  @Field(() => Int, { description: 'Units sold.' })
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Int, { description: 'Unit price charged before discounts, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  unitPriceCents: number;

  @Field(() => Int, { description: 'Discount typed on this line, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  lineDiscountCents: number;

  @Field(() => Int, { description: 'Member-level discount on this line, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  memberDiscountCents: number;

  @Field(() => Int, { description: 'What the offer took off this line, in cents (the member level\'s discount does not apply where an offer does).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  offerDiscountCents: number;

  @Field(() => Int, { description: 'What the e-coupon took off this line, in cents (also inside the line\'s total discount).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  couponDiscountCents: number;

  @Field(() => Int, { description: 'Points the member earned on this line; a return takes back its share of them.' })
  @Column({ type: 'int', default: 0 })
  pointsEarned: number;

  @Field(() => Int, { description: 'Tax included in this line, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  taxCents: number;

  @Field(() => Int, { description: 'What the line comes to after discounts, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  totalCents: number;

  /** The staff member credited (for commission). */
  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Int, { description: 'Units already given back on returns; never more than `quantity`.' })
  @Column({ type: 'int', default: 0 })
  returnedQuantity: number;
}
