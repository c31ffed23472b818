import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber, idList, nullableBigintNumber } from './column-transformers';

/** How an e-coupon discounts the bill. */
export enum CouponDiscountKind {
  AMOUNT = 'AMOUNT',
  PERCENT = 'PERCENT',
}

registerEnumType(CouponDiscountKind, {
  name: 'CouponDiscountKind',
  description: 'How an e-coupon discounts the bill.',
  valuesConfig: {
    AMOUNT: { description: 'A fixed amount off the eligible lines (never more than they come to).' },
    PERCENT: { description: 'A percentage off the eligible lines, optionally capped.' },
  },
});

/**
 * An e-coupon type (電子優惠券): the discount, the minimum spend on eligible lines, the eligible
 * items (products, treatments, categories, departments; all when every list is empty) and the
 * validity — a number of days from issue or a fixed window.
 */
@ObjectType('CouponType', { description: 'An e-coupon type (電子優惠券): discount, minimum spend, eligible items and validity.' })
@Entity('coupon_types')
export class CouponType {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code, e.g. "NEW100".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name printed on the coupon.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => CouponDiscountKind, { description: 'Amount or percent off.' })
  @Column({ type: 'varchar', length: 10 })
  discountKind: CouponDiscountKind;

  @Field(() => Int, { nullable: true, description: 'For AMOUNT: cents off.' })
  @Column({ type: 'bigint', nullable: true, transformer: nullableBigintNumber })
  amountCents: number | null;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: basis points off (1000 = 10 %).' })
  @Column({ type: 'int', nullable: true })
  percentBasisPoints: number | null;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: the most it takes off, in cents; null = no cap.' })
  @Column({ type: 'bigint', nullable: true, transformer: nullableBigintNumber })
  maxDiscountCents: number | null;

  @Field(() => Int, { description: 'The eligible lines must come to at least this, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  minSpendCents: number;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  productIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  treatmentIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  categoryIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  departmentIds: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Coupons are valid this many days from the day they are issued; null when the type has a fixed window.' })
  @Column({ type: 'int', nullable: true })
  validDays: number | null;

  @Field(() => String, { nullable: true, description: 'Fixed window: first valid day (YYYY-MM-DD).' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Fixed window: last valid day (YYYY-MM-DD).' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Field(() => Boolean, { description: 'Only active types can be issued.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { description: 'When the type was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the type last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
