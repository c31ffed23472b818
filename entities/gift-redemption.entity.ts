import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum GiftRedemptionStatus {
  REDEEMED = 'REDEEMED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(GiftRedemptionStatus, {
  name: 'GiftRedemptionStatus',
  description: 'Where a gift redemption is.',
  valuesConfig: {
    REDEEMED: { description: 'The gift was handed out and the points taken.' },
    CANCELLED: { description: 'Cancelled: the points and the stock are back.' },
  },
});

/** A redemption (積分兌換): gifts handed out at a branch for points; the points entry and the stock movement are written in its transaction. */
@ObjectType('GiftRedemption', { description: 'A gift redeemed with points (積分兌換).' })
@Entity('gift_redemptions')
@Index('idx_gift_redemptions_member', ['memberId', 'createdAt'])
@Index('idx_gift_redemptions_created', ['createdAt', 'branchId'])
export class GiftRedemption {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Column({ type: 'int' })
  giftId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'Units handed out.' })
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => Int, { description: 'Points taken for them.' })
  @Column({ type: 'int' })
  points: number;

  @Field(() => GiftRedemptionStatus, { description: 'Redeemed or cancelled.' })
  @Column({ type: 'varchar', length: 10, default: GiftRedemptionStatus.REDEEMED })
  status: GiftRedemptionStatus;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the gift was redeemed.' })
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'int', nullable: true })
  cancelledById: number | null;
}
