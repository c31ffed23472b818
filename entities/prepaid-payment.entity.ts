import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

/** Money received for (or paid back by) a prepaid sale, by one tender type; an instalment's payment names it. */
@ObjectType('PrepaidPayment', { description: 'Money received for (positive) or paid back by (negative) a prepaid sale, by one tender type.' })
@Entity('prepaid_payments')
@Index('idx_prepaid_payments_sale', ['prepaidSaleId'])
@Index('idx_prepaid_payments_created', ['createdAt', 'branchId'])
export class PrepaidPayment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  prepaidSaleId: number;

  @Column({ type: 'int', nullable: true })
  instalmentId: number | null;

  @Column({ type: 'int' })
  tenderTypeId: number;

  @Field(() => Int, { description: 'Cents received (positive) or paid back (negative).' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'Card slip or transfer reference; null when none.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference: string | null;

  /** Where the money was taken (an instalment may be paid at another branch than the sale). */
  @Column({ type: 'int' })
  branchId: number;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the money was taken.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
