import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LocalDate } from '../graphql/scalars';
import { bigintNumber, idList } from './column-transformers';
import { PackageKind } from './package-type.entity';

export enum MemberPackageStatus {
  ACTIVE = 'ACTIVE',
  REFUNDED = 'REFUNDED',
}

registerEnumType(MemberPackageStatus, {
  name: 'MemberPackageStatus',
  description: 'Whether a sold package can still be used (expiry and use-up are read from its dates and remainder).',
  valuesConfig: {
    ACTIVE: { description: 'Sold and not refunded: usable while something remains and it has not expired.' },
    REFUNDED: { description: 'Refunded: nothing remains to use.' },
  },
});

/**
 * A package sold to a member: what the type held at the time of sale (copied), what remains, and
 * until when. `sessionsRemaining` / `remainingCents` are the guarded balances: a use is one
 * UPDATE `… WHERE remaining >= n AND validTo >= today AND status = ACTIVE`, so of concurrent uses
 * of the last session exactly one passes. Every change is a package entry.
 */
@ObjectType('MemberPackage', { description: 'A package sold to a member, with what remains of it and until when.' })
@Entity('member_packages')
@Index('idx_member_packages_member', ['memberId', 'id'])
@Index('idx_member_packages_valid', ['validTo'])
@Index('idx_member_packages_sold', ['soldAt', 'branchId'])
export class MemberPackage {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @Column({ type: 'int', nullable: true })
  typeId: number | null;

  /** The prepaid sale (document) that sold it. */
  @Column({ type: 'int' })
  prepaidSaleId: number;

  @Field(() => String, { description: 'The package\'s name as sold.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => PackageKind, { description: 'Sessions or value.' })
  @Column({ type: 'varchar', length: 10 })
  kind: PackageKind;

  /** The treatments it pays for, as sold; null = any treatment. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  treatmentIds: number[] | null;

  @Field(() => Int, { description: 'SESSIONS: sessions sold plus any added (增加計次); 0 for VALUE.' })
  @Column({ type: 'int', default: 0 })
  sessionsTotal: number;

  @Field(() => Int, { description: 'SESSIONS: sessions left to use; 0 for VALUE.' })
  @Column({ type: 'int', default: 0 })
  sessionsRemaining: number;

  @Field(() => Int, { description: 'VALUE: the value sold, in cents; 0 for SESSIONS.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  valueCents: number;

  @Field(() => Int, { description: 'VALUE: the value left to spend, in cents; 0 for SESSIONS.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  remainingCents: number;

  @Field(() => Int, { description: 'What the member pays for it, in cents (on instalments, the sum of the schedule).' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  priceCents: number;

  @Field(() => Int, { description: 'Revenue not yet earned (deferred), in cents: the price less what uses and expiry have recognised.' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  deferredCents: number;

  @Field(() => MemberPackageStatus, { description: 'Sold or refunded.' })
  @Column({ type: 'varchar', length: 10, default: MemberPackageStatus.ACTIVE })
  status: MemberPackageStatus;

  @Column({ type: 'int' })
  branchId: number;

  @Field(() => Date, { description: 'When it was sold.' })
  @Column({ type: 'datetime' })
  soldAt: Date;

  @Field(() => LocalDate, { description: 'The last day it can be used (the sale\'s date plus the type\'s months, in the branch\'s calendar).' })
  @Column({ type: 'varchar', length: 10 })
  validTo: string;

  /** Set once the expiry pass has booked the breakage of what was left (the EXPIRE entry). */
  @Column({ type: 'boolean', default: false })
  expiryBooked: boolean;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
