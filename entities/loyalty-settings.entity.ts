import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The chain's loyalty rules that are not per level or per rule (one row, id 1): how long earned
 * points live, the referrer's share and for how long, and whether levels are also reviewed
 * downwards. `levelReviewedAt` is the claim of the monthly review: the instance whose guarded
 * UPDATE moves it into the new month runs that month's review, so instances never run it twice.
 */
@ObjectType('LoyaltySettings', { description: 'Chain-wide loyalty settings: points expiry, referral share, level review.' })
@Entity('loyalty_settings')
export class LoyaltySettings {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field(() => Int, { nullable: true, description: 'Points expire this many months after they were earned; null when they never expire.' })
  @Column({ type: 'int', nullable: true })
  pointsExpiryMonths: number | null;

  @Field(() => Int, { description: 'Share of the points a referred member earns that the referrer earns too, in basis points (1000 = 10 %).' })
  @Column({ type: 'int', default: 0 })
  referralShareBasisPoints: number;

  @Field(() => Int, { nullable: true, description: 'For how many months after the referred member joined the referrer earns the share; null for as long as both are members.' })
  @Column({ type: 'int', nullable: true })
  referralMonths: number | null;

  @Field(() => Boolean, { description: 'When true, levels are reviewed downwards once a month: a member whose spend no longer reaches her level moves to the level it reaches.' })
  @Column({ type: 'boolean', default: false })
  levelReviewDownwards: boolean;

  /** When the last monthly level review was claimed; see the class comment. */
  @Column({ type: 'datetime', nullable: true })
  levelReviewedAt: Date | null;

  /**
   * Every lot due by this time has been expired (the last complete expiry pass's time, never later
   * than the clock), so a pass reads only lots due since (points-expiry-pass.service.ts).
   */
  @Column({ type: 'datetime', nullable: true })
  pointsExpiredThrough: Date | null;

  @Field(() => Date, { description: 'When the settings last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
