import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The cached stock on hand of one product at one branch: always the sum of its stock movements,
 * updated in the same transaction as the movement, by a guarded UPDATE so concurrent sales can
 * never take it below zero (unless the product allows it).
 */
@ObjectType('StockLevel', { description: 'Stock on hand of one product at one branch (the sum of its stock movements).' })
@Entity('stock_levels')
@Index('idx_stock_levels_branch', ['branchId', 'onHand'])
export class StockLevel {
  @PrimaryColumn({ type: 'int' })
  productId: number;

  @PrimaryColumn({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'Units on hand.' })
  @Column({ type: 'int', default: 0 })
  onHand: number;

  @Field(() => Date, { description: 'When stock last moved.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
