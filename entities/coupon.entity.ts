import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

export enum CouponStatus {
  ISSUED = 'ISSUED',
  REDEEMED = 'REDEEMED',
  EXPIRED = 'EXPIRED',
  VOIDED = 'VOIDED',
}

registerEnumType(CouponStatus, {
  name: 'CouponStatus',
  description: 'Where an e-coupon is.',
  valuesConfig: {
    ISSUED: { description: 'Issued to the member and not yet used.' },
    REDEEMED: { description: 'Used once at checkout (the invoice); a void of that invoice gives it back.' },
    EXPIRED: { description: 'Its last valid day passed unused.' },
    VOIDED: { description: 'Cancelled by staff, with a reason.' },
  },
});

/**
 * One e-coupon issued to one member, with a unique code. Redemption is a guarded UPDATE
 * (`WHERE status = 'ISSUED'`) inside the checkout's transaction, so of concurrent checkouts
 * exactly one uses it. `issueJobId` groups the coupons one issue to a member search made.
 */
@ObjectType('Coupon', { description: 'An e-coupon issued to a member, with its unique code.' })
@Entity('coupons')
@Index('idx_coupons_member', ['memberId', 'issuedAt'])
@Index('idx_coupons_status_valid', ['status', 'validTo'])
@Index('idx_coupons_type', ['typeId', 'issuedAt'])
@Index('idx_coupons_issued', ['issuedAt'])
@Index('idx_coupons_invoice', ['invoiceId'])
export class Coupon {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'The unique code typed or scanned at the cashier.' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'int' })
  typeId: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => CouponStatus, { description: 'Issued, redeemed, expired or voided.' })
  @Column({ type: 'varchar', length: 10, default: CouponStatus.ISSUED })
  status: CouponStatus;

  @Field(() => String, { description: 'First valid day (YYYY-MM-DD).' })
  @Column({ type: 'varchar', length: 10 })
  validFrom: string;

  @Field(() => String, { description: 'Last valid day (YYYY-MM-DD).' })
  @Column({ type: 'varchar', length: 10 })
  validTo: string;

  @Field(() => Date, { description: 'When it was issued.' })
  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'int', nullable: true })
  issuedById: number | null;

  /** The bulk job that issued it to a member search result; null when issued to one member. */
  @Column({ type: 'int', nullable: true })
  issueJobId: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was used at checkout.' })
  @Column({ type: 'datetime', nullable: true })
  redeemedAt: Date | null;

  /** The invoice that used it. */
  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  @Column({ type: 'int', nullable: true })
  redeemedBranchId: number | null;

  @Field(() => Int, { description: 'What it took off the invoice, in cents (0 until redeemed).' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  discountCents: number;

  @Field(() => Date, { nullable: true, description: 'When it expired unused.' })
  @Column({ type: 'datetime', nullable: true })
  expiredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was voided.' })
  @Column({ type: 'datetime', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  voidedById: number | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  voidReason: string | null;
}
