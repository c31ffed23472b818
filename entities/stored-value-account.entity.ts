import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

/**
 * A member's stored value (儲值), cached: always the sum of her stored-value entries, changed in
 * the same transaction as the entry by a guarded UPDATE (`balanceCents >= n` for a debit), which
 * is also the lock that makes concurrent payments of one member take turns.
 */
@ObjectType('StoredValueAccount', { description: 'A member\'s stored value (儲值): the balance is the sum of her stored-value entries.' })
@Entity('stored_value_accounts')
export class StoredValueAccount {
  @PrimaryColumn({ type: 'int' })
  memberId: number;

  @Field(() => Int, { description: 'Stored value the member holds now, in cents; never negative.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  balanceCents: number;

  @Field(() => Int, { description: 'What the member has paid in top-ups over her lifetime, in cents (net of refunds of top-ups).' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  paidInCents: number;

  @Field(() => Int, { description: 'Bonus value her top-ups earned over her lifetime (the level\'s top-up rule), in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  bonusInCents: number;

  @Field(() => Date, { description: 'When the balance last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
