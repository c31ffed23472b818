import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** One payment of an invoice (split payments are several). */
@ObjectType('InvoicePayment', { description: 'One payment of an invoice by one tender type.' })
@Entity('invoice_payments')
@Index('idx_invoice_payments_invoice', ['invoiceId'])
@Index('idx_invoice_payments_tender', ['tenderTypeId', 'invoiceId'])
export class InvoicePayment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  invoiceId: number;

  @Column({ type: 'int' })
  tenderTypeId: number;

  @Field(() => Int, { description: 'What this payment settles of the invoice, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  amountCents: number;

  @Field(() => Int, { description: 'What the customer handed over, in cents (more than the amount for cash with change).' })
  @Column({ type: 'bigint', transformer: cents })
  tenderedCents: number;

  @Field(() => String, { nullable: true, description: 'Card slip or transfer reference (at most 100 characters); null when none.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;
}
