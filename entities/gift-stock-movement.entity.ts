import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What moved a gift's stock. */
export enum GiftStockMovementKind {
  RECEIVE = 'RECEIVE',
  ADJUST = 'ADJUST',
  REDEEM = 'REDEEM',
  CANCEL = 'CANCEL',
}

registerEnumType(GiftStockMovementKind, {
  name: 'GiftStockMovementKind',
  description: 'What moved a gift\'s stock.',
  valuesConfig: {
    RECEIVE: { description: 'Units received into the branch.' },
    ADJUST: { description: 'A count correction, with a note.' },
    REDEEM: { description: 'Units handed out for a redemption.' },
    CANCEL: { description: 'Units back from a cancelled redemption.' },
  },
});

/** One move of a gift's stock at a branch (append-only; gift_stock_levels caches the sum). */
@ObjectType('GiftStockMovement', { description: 'One move of a gift\'s stock at a branch.' })
@Entity('gift_stock_movements')
@Index('idx_gift_stock_movements_gift', ['giftId', 'branchId', 'id'])
export class GiftStockMovement {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  giftId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => GiftStockMovementKind, { description: 'What moved the stock.' })
  @Column({ type: 'varchar', length: 10 })
  kind: GiftStockMovementKind;

  @Field(() => Int, { description: 'Units in (positive) or out (negative).' })
  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', nullable: true })
  redemptionId: number | null;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => String, { nullable: true, description: 'Note typed with a receipt or adjustment.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Field(() => Date, { description: 'When the stock moved.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
