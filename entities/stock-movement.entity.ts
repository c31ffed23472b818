import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum StockMovementKind {
  RECEIVE = 'RECEIVE',
  SALE = 'SALE',
  RETURN = 'RETURN',
  VOID = 'VOID',
  ADJUST = 'ADJUST',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
}

registerEnumType(StockMovementKind, {
  name: 'StockMovementKind',
  description: 'Why stock moved.',
  valuesConfig: {
    RECEIVE: { description: 'Goods received from a supplier.' },
    SALE: { description: 'Sold on an invoice.' },
    RETURN: { description: 'Given back by a customer on a return.' },
    VOID: { description: 'Put back because its invoice was voided.' },
    ADJUST: { description: 'Counted or corrected by hand, with a reason.' },
    TRANSFER_OUT: { description: 'Sent to another branch.' },
    TRANSFER_IN: { description: 'Received from another branch.' },
  },
});

/** One line of the append-only stock ledger: on hand is the sum of `quantity` per product and branch. */
@ObjectType('StockMovement', { description: 'One movement of the stock ledger (收貨, 銷售, 退貨, 調整, 調撥).' })
@Entity('stock_movements')
@Index('idx_stock_movements_product', ['productId', 'branchId', 'id'])
@Index('idx_stock_movements_branch', ['branchId', 'createdAt'])
export class StockMovement {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  productId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => StockMovementKind, { description: 'Why stock moved.' })
  @Column({ type: 'varchar', length: 20 })
  kind: StockMovementKind;

  @Field(() => Int, { description: 'Units in (positive) or out (negative).' })
  @Column({ type: 'int' })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Why it was adjusted or moved (at most 200 characters); null for sales.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** The invoice a sale or void belongs to. */
  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  /** The return that brought the units back. */
  @Column({ type: 'int', nullable: true })
  salesReturnId: number | null;

  /** The other branch of a transfer. */
  @Column({ type: 'int', nullable: true })
  counterpartBranchId: number | null;

  /** Who moved it. */
  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the stock moved.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
