import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/**
 * A parked bill (掛單): the cashier's draft kept for later, at its branch. It reserves no stock;
 * resuming stamps `resumedAt` with a guarded update so two terminals cannot take it up twice.
 */
@ObjectType('HeldBill', { description: 'A bill parked at the cashier (掛單), to be resumed (解掛) from any terminal of the branch.' })
@Entity('held_bills')
@Index('idx_held_bills_branch', ['branchId', 'resumedAt', 'createdAt'])
export class HeldBill {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  branchId: number;

  @Column({ type: 'int', nullable: true })
  memberId: number | null;

  @Field(() => String, { description: 'What the cashier called it (at most 100 characters), e.g. the customer\'s name.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  label: string;

  /** The draft (customer, lines, note) as JSON; read through the `draft` field. */
  @Column({ type: 'text' })
  draft: string;

  @Field(() => Int, { description: 'What the bill came to when it was parked, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  totalCents: number;

  @Column({ type: 'int' })
  heldById: number;

  @Field(() => Date, { description: 'When it was parked.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was taken up again; null while parked.' })
  @Column({ type: 'datetime', nullable: true })
  resumedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  resumedById: number | null;
}
