import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Units of one gift on hand at one branch: the sum of its gift stock movements, changed in the
 * same transaction by a guarded UPDATE so concurrent redemptions never take it below zero.
 */
@ObjectType('GiftStockLevel', { description: 'Units of a gift on hand at one branch.' })
@Entity('gift_stock_levels')
export class GiftStockLevel {
  @PrimaryColumn({ type: 'int' })
  giftId: number;

  @PrimaryColumn({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'Units on hand.' })
  @Column({ type: 'int', default: 0 })
  onHand: number;

  @Field(() => Date, { description: 'When the stock last moved.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
