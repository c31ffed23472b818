import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './column-transformers';

/** What moved a member's package. */
export enum PackageEntryKind {
  SALE = 'SALE',
  USE = 'USE',
  ADD = 'ADD',
  REVERSE = 'REVERSE',
  EXPIRE = 'EXPIRE',
  REFUND = 'REFUND',
}

registerEnumType(PackageEntryKind, {
  name: 'PackageEntryKind',
  description: 'What moved a member\'s package.',
  valuesConfig: {
    SALE: { description: 'Sold: the sessions or value it starts with.' },
    USE: { description: 'Used: a session (計次消費) or value paying for a treatment, at the cashier or from the completion board.' },
    ADD: { description: 'Sessions added by hand (增加計次) with a reason.' },
    REVERSE: { description: 'A use given back because its invoice was voided.' },
    EXPIRE: { description: 'What was left when it expired (breakage).' },
    REFUND: { description: 'What was left when it was refunded.' },
  },
});

/**
 * One change of a member's package: sessions and value moved, and the revenue it recognised (a use
 * earns its share of the price; expiry books the rest as breakage). The package's remainder and
 * deferred revenue are the sums of its entries.
 */
@ObjectType('PackageEntry', { description: 'One change of a member\'s package: sessions or value moved and revenue recognised.' })
@Entity('package_entries')
@Index('idx_package_entries_package', ['memberPackageId', 'id'])
@Index('idx_package_entries_created', ['createdAt', 'branchId'])
@Index('idx_package_entries_invoice', ['invoiceId'])
export class PackageEntry {
  @Field(() => ID, { description: 'Stable identifier; entries of one package are in this order.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberPackageId: number;

  @Column({ type: 'int' })
  memberId: number;

  @Field(() => PackageEntryKind, { description: 'What moved the package.' })
  @Column({ type: 'varchar', length: 10 })
  kind: PackageEntryKind;

  @Field(() => Int, { description: 'Sessions added (positive) or used (negative); 0 for value packages.' })
  @Column({ type: 'int', default: 0 })
  sessions: number;

  @Field(() => Int, { description: 'Value added (positive) or spent (negative), in cents; 0 for session packages.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  valueCents: number;

  @Field(() => Int, { description: 'Sessions left right after this entry.' })
  @Column({ type: 'int', default: 0 })
  sessionsAfter: number;

  @Field(() => Int, { description: 'Value left right after this entry, in cents.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  remainingAfterCents: number;

  @Field(() => Int, { description: 'Revenue this entry recognised (positive) or took back (negative), in cents: a use\'s share of the price, expiry\'s breakage.' })
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber })
  revenueCents: number;

  @Column({ type: 'int', nullable: true })
  treatmentId: number | null;

  @Column({ type: 'int', nullable: true })
  invoiceId: number | null;

  @Column({ type: 'int', nullable: true })
  appointmentId: number | null;

  @Column({ type: 'int', nullable: true })
  branchId: number | null;

  @Field(() => String, { nullable: true, description: 'The reason typed with added sessions, a refund or a reversal.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'int', nullable: true })
  staffId: number | null;

  @Field(() => Date, { description: 'When the change was made.' })
  @Column({ type: 'datetime' })
  createdAt: Date;
}
