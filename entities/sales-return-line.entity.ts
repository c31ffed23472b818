import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** One returned invoice line and how many units of it came back. */
@ObjectType('SalesReturnLine', { description: 'Units of one invoice line given back on a return.' })
@Entity('sales_return_lines')
@Index('idx_sales_return_lines_return', ['salesReturnId'])
@Index('idx_sales_return_lines_line', ['invoiceLineId'])
export class SalesReturnLine {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  salesReturnId: number;

  @Column({ type: 'int' })
  invoiceLineId: number;

  @Field(() => Int, { description: 'Units given back.' })
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Int, { description: 'Refunded for these units, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  amountCents: number;
}
