import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A member's points balance, cached: always the sum of her points entries, changed in the same
 * transaction as the entry by a guarded UPDATE (`balance + n >= 0`), which is also the lock that
 * makes concurrent changes of one member take turns. The balance index serves the ranking.
 */
@ObjectType('MemberPoints', { description: 'A member\'s points balance (the sum of her points entries).' })
@Entity('member_points')
@Index('idx_member_points_balance', ['balance'])
export class MemberPoints {
  @PrimaryColumn({ type: 'int' })
  memberId: number;

  @Field(() => Int, { description: 'Points the member holds now; never negative.' })
  @Column({ type: 'int', default: 0 })
  balance: number;

  @Field(() => Int, { description: 'Points earned over the member\'s lifetime (earnings and referral shares net of reversals).' })
  @Column({ type: 'int', default: 0 })
  earnedTotal: number;

  @Field(() => Date, { description: 'When the balance last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
