import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../graphql/scalars';
import { bigintNumber } from './column-transformers';

/**
 * One instalment (分期付款) of a prepaid sale: due on a day, for an amount; `paidCents` grows
 * with each payment taken at the cashier (a guarded UPDATE `paidCents + n <= amountCents`, so two
 * cashiers never take the same instalment twice). Overdue = due before today and not fully paid.
 */
@ObjectType('Instalment', { description: 'One instalment of a prepaid sale: when it is due, for how much, and what has been paid.' })
@Entity('instalments')
@Index('idx_instalments_sale', ['prepaidSaleId', 'sequence'])
@Index('idx_instalments_member', ['memberId', 'dueDate'])
@Index('idx_instalments_due', ['dueDate'])
export class Instalment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  prepaidSaleId: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => Int, { description: 'Its place in the schedule, from 1.' })
  @Column({ type: 'int' })
  sequence: number;

  @Field(() => LocalDate, { description: 'The day it is due.' })
  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  @Field(() => Int, { description: 'What is due, in cents.' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  @Field(() => Int, { description: 'What has been paid of it, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  paidCents: number;

  @Field(() => Date, { nullable: true, description: 'When it was paid in full; null while outstanding.' })
  @Column({ type: 'datetime', nullable: true })
  paidAt: Date | null;
}
