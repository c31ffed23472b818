import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** Money paid back on a return, by one tender type. */
@ObjectType('SalesReturnRefund', { description: 'Money paid back on a return by one tender type.' })
@Entity('sales_return_refunds')
@Index('idx_sales_return_refunds_return', ['salesReturnId'])
export class SalesReturnRefund {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  salesReturnId: number;

  @Column({ type: 'int' })
  tenderTypeId: number;

  @Field(() => Int, { description: 'Paid back, in cents.' })
  @Column({ type: 'bigint', transformer: cents })
  amountCents: number;
}
