import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What moved a member's points (積分). */
export enum PointsEntryKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  ADJUST = 'ADJUST',
  EXPIRE = 'EXPIRE',
  REVERSE = 'REVERSE',
  REFERRAL = 'REFERRAL',
}

registerEnumType(PointsEntryKind, {
  name: 'PointsEntryKind',
  description: 'What moved a member\'s points.',
  valuesConfig: {
    EARN: { description: 'Earned on a purchase (the invoice), at the level\'s rate and the rules that applied.' },
    REDEEM: { description: 'Spent on a gift (積分兌換), or given back when the redemption was cancelled.' },
    ADJUST: { description: 'Added or deducted by hand (快速積分) with a reason.' },
    EXPIRE: { description: 'The unused rest of an earned lot that reached its expiry.' },
    REVERSE: { description: 'Points of a purchase taken back by a return or a void (proportionally to what was returned).' },
    REFERRAL: { description: 'The referrer\'s share of points a member they referred earned (會員推薦制), or its reversal.' },
  },
});

/**
 * One change of a member's points: the ledger is append-only and the member's balance is the sum
 * of its entries (member_points caches it in the same transaction). Each entry names its source
 * document — invoice, sales return, gift redemption, expired lot, referred member — who made it
 * and, for earnings, the basis: a JSON of the level rate and the rules that applied, so the page
 * can explain every number in the reader's language.
 */
@ObjectType('PointsEntry', { description: 'One change of a member\'s points, with its source document; the balance is the sum of these.' })
@Entity('points_entries')
@Index('idx_points_entries_member', ['memberId', 'id'])
@Index('idx_points_entries_created', ['createdAt', 'branchId'])
@Index('idx_points_entries_invoice', ['invoiceId'])
export class PointsEntry {
  @Field(() => ID, { description: 'Stable identifier; entries of one member are in this order.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => PointsEntryKind, { description: 'What moved the points.' })
  @Column({ type: 'varchar', length: 10 })
  kind: PointsEntryKind;

  @Field(() => Int, { description: 'Points added (positive) or taken (negative).' })
  @Column({ type: 'int' })
  points: number;

  @Field(() => Int, { description: 'The member\'s balance right after this entry.' })
  @Column({ type: 'int' })
  balanceAfter: number;

  /** The branch where it happened (the invoice's, the redemption's, the adjusting staff's); null for expiry. */
  @Column({ type: 'int', nullable: true })
  branchId: number | null;

  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  @Column({ type: 'int', nullable: true })
  salesReturnId: number | null;

  @Column({ type: 'int', nullable: true })
  giftRedemptionId: number | null;

  /** For REFERRAL: the referred member whose purchase earned the share. */
  @Column({ type: 'int', nullable: true })
  referredMemberId: number | null;

  /** For EXPIRE: the lot that expired. */
  @Column({ type: 'int', nullable: true })
  lotId: number | null;

  /** JSON: how an earning was computed (level rate, rules applied, birthday month…); null for other kinds. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  basis: string | null;

  @Field(() => String, { nullable: true, description: 'The reason typed with a manual adjustment or a cancellation.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** Who made the change; null for the scheduled expiry. */
  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the change was made.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
