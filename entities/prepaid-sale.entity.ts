import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

/** What a prepaid sale sold or paid back. */
export enum PrepaidSaleKind {
  TOP_UP = 'TOP_UP',
  PACKAGE = 'PACKAGE',
  SV_REFUND = 'SV_REFUND',
  PKG_REFUND = 'PKG_REFUND',
}

registerEnumType(PrepaidSaleKind, {
  name: 'PrepaidSaleKind',
  description: 'What a prepaid sale sold or paid back.',
  valuesConfig: {
    TOP_UP: { description: 'A stored-value top-up (會員充值).' },
    PACKAGE: { description: 'A package sold to the member (paid at once or on instalments).' },
    SV_REFUND: { description: 'Stored value paid back to the member.' },
    PKG_REFUND: { description: 'A package refunded.' },
  },
});

/**
 * A prepaid sale (預付單), numbered per branch like invoices: a top-up, a package sold, or a
 * refund of either. What it comes to is `amountCents` (negative for refunds); money received is
 * its prepaid payments, at once or instalment by instalment.
 */
@ObjectType('PrepaidSale', { description: 'A prepaid sale: a top-up, a package sold, or a refund of either, with its number and what it came to.' })
@Entity('prepaid_sales')
@Index('idx_prepaid_sales_member', ['memberId', 'id'])
@Index('idx_prepaid_sales_created', ['createdAt', 'branchId'])
export class PrepaidSale {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'The document number, per branch, e.g. "TKOPP-00012".' })
  @Column({ type: 'varchar', length: 30, unique: true })
  number: string;

  @Field(() => PrepaidSaleKind, { description: 'What it sold or paid back.' })
  @Column({ type: 'varchar', length: 10 })
  kind: PrepaidSaleKind;

  @Column({ type: 'int' })
  memberId: number;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => Int, { description: 'What the member pays (positive) or is paid back (negative), in cents.' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  @Field(() => Int, { description: 'Of a top-up, the bonus value given on top of what was paid, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  bonusCents: number;

  @Field(() => Int, { description: 'How many instalments it is paid in (1 = at once).' })
  @Column({ type: 'int', default: 1 })
  instalmentCount: number;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => String, { nullable: true, description: 'A note typed with it (a refund\'s reason).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Field(() => Date, { description: 'When it was made.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
