import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Points added together (one earning, adjustment or referral share) and what is left of them.
 * Deductions take from the open lots soonest-expiring first, so what expires is always the oldest;
 * the sum of a member's `remaining` equals her balance. `open` is false once nothing remains. No
 * index holds `open`, so closing a lot (spent or expired) writes its row only: a member's own lots
 * are few and filtered as they are read, and the expiry pass reads only lots due since its last
 * complete pass (LoyaltySettings.pointsExpiredThrough).
 */
@ObjectType('PointsLot', { description: 'Points earned together and what is left of them, with their expiry.' })
@Entity('points_lots')
@Index('idx_points_lots_member', ['memberId', 'expiresAt', 'id'])
@Index('idx_points_lots_expiry', ['expiresAt'])
export class PointsLot {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  /** The entry that added these points. */
  @Column({ type: 'int' })
  entryId: number;

  @Field(() => Int, { description: 'Points the lot started with.' })
  @Column({ type: 'int' })
  points: number;

  @Field(() => Int, { description: 'Points of the lot not yet redeemed, deducted or expired.' })
  @Column({ type: 'int' })
  remaining: number;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  @Field(() => Date, { description: 'When the points were earned.' })
  @Column({ type: 'datetime' })
  earnedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When what remains expires; null when it never does.' })
  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;
}
