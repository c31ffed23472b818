import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** A return (顧客退貨): its own numbered document, linked to the invoice whose lines came back. */
@ObjectType('SalesReturn', { description: 'A return (顧客退貨) of lines of one invoice, refunded by a tender.' })
@Entity('sales_returns')
@Index('idx_sales_returns_invoice', ['invoiceId'])
@Index('idx_sales_returns_branch', ['branchId', 'createdAt'])
// The member's history (ประวัติลูกค้า) lists her returns newest first.
@Index('idx_sales_returns_member', ['memberId', 'createdAt'])
export class SalesReturn {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Return number, unique, from the branch\'s sequence.' })
  @Column({ type: 'varchar', length: 30, unique: true })
  number: string;

  @Column({ type: 'int' })
  invoiceId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Column({ type: 'int', nullable: true })
  memberId: number | null;

  @Field(() => Int, { description: 'Refunded, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  totalCents: number;

  @Field(() => String, { description: 'Why the customer returned it (at most 200 characters).' })
  @Column({ type: 'varchar', length: 200, default: '' })
  reason: string;

  @Column({ type: 'int' })
  createdById: number;

  @Field(() => Date, { description: 'When the return was made.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
