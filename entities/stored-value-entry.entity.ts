import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

/** What moved a member's stored value. */
export enum StoredValueEntryKind {
  TOP_UP = 'TOP_UP',
  PAYMENT = 'PAYMENT',
  REVERSE = 'REVERSE',
  REFUND = 'REFUND',
}

registerEnumType(StoredValueEntryKind, {
  name: 'StoredValueEntryKind',
  description: 'What moved a member\'s stored value.',
  valuesConfig: {
    TOP_UP: { description: 'A top-up (會員充值): what she paid plus the level\'s bonus.' },
    PAYMENT: { description: 'Paid at the cashier (儲值扣費) for an invoice.' },
    REVERSE: { description: 'A payment given back because its invoice was voided or returned.' },
    REFUND: { description: 'Stored value paid back to the member in money (by permission).' },
  },
});

/**
 * One change of a member's stored value: append-only; the balance is the sum of the entries
 * (stored_value_accounts caches it in the same transaction). Each entry names its document — the
 * prepaid sale of a top-up or refund, the invoice of a payment, the voided invoice or return of a
 * reversal — and who made it.
 */
@ObjectType('StoredValueEntry', { description: 'One change of a member\'s stored value, with its document; the balance is the sum of these.' })
@Entity('stored_value_entries')
@Index('idx_stored_value_entries_member', ['memberId', 'id'])
@Index('idx_stored_value_entries_created', ['createdAt', 'branchId'])
@Index('idx_stored_value_entries_invoice', ['invoiceId'])
export class StoredValueEntry {
  @Field(() => ID, { description: 'Stable identifier; entries of one member are in this order.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => StoredValueEntryKind, { description: 'What moved the stored value.' })
  @Column({ type: 'varchar', length: 10 })
  kind: StoredValueEntryKind;

  @Field(() => Int, { description: 'Cents added (positive) or taken (negative).' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  @Field(() => Int, { description: 'Of a top-up (or its refund), the part paid in money, in cents; 0 for other kinds.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  paidCents: number;

  @Field(() => Int, { description: 'Of a top-up, the bonus part given by the level\'s rule, in cents; 0 for other kinds.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  bonusCents: number;

  @Field(() => Int, { description: 'The member\'s balance right after this entry, in cents.' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  balanceAfterCents: number;

  @Column({ type: 'int', nullable: true })
  branchId: number | null;

  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  @Column({ type: 'int', nullable: true })
  salesReturnId: number | null;

  @Column({ type: 'int', nullable: true })
  prepaidSaleId: number | null;

  @Field(() => String, { nullable: true, description: 'The reason typed with a refund or reversal.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the change was made.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
