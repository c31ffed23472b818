import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintNumber, idList, nullableBigintNumber } from './column-transformers';

/** What a package holds. */
export enum PackageKind {
  SESSIONS = 'SESSIONS',
  VALUE = 'VALUE',
}

registerEnumType(PackageKind, {
  name: 'PackageKind',
  description: 'What a package holds.',
  valuesConfig: {
    SESSIONS: { description: 'A number of sessions (計次) of its treatments; each visit uses one.' },
    VALUE: { description: 'A value (discount package, ส่วนลดสำหรับลูกค้า) that pays for its treatments until spent, sold below the value.' },
  },
});

/**
 * A package the salon sells (套票 / 計次 / discount package): its treatments (null = any), what it
 * holds (sessions or value), its price and how many months it is valid once sold. Selling one
 * copies all of this onto the member's package, so editing the type never changes what was sold.
 */
@ObjectType('PackageType', { description: 'A package the salon sells: sessions of, or value for, its treatments, at a price, valid for some months.' })
@Entity('package_types')
export class PackageType {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 20 characters).' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters), e.g. "Facial 10 sessions".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => PackageKind, { description: 'Sessions or value.' })
  @Column({ type: 'varchar', length: 10 })
  kind: PackageKind;

  /** The treatments it pays for; null = any treatment. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  treatmentIds: number[] | null;

  @Field(() => Int, { nullable: true, description: 'SESSIONS: how many sessions it holds; null for VALUE.' })
  @Column({ type: 'int', nullable: true })
  sessions: number | null;

  @Field(() => Int, { nullable: true, description: 'VALUE: the value it holds, in cents; null for SESSIONS.' })
  @Column({ type: 'bigint', nullable: true, transformer: nullableBigintNumber })
  valueCents: number | null;

  @Field(() => Int, { description: 'The selling price, in cents (for VALUE, below the value).' })
  @Column({ type: 'bigint', transformer: bigintNumber })
  priceCents: number;

  @Field(() => Int, { description: 'How many months a sold package is valid.' })
  @Column({ type: 'int' })
  validityMonths: number;

  @Field(() => Boolean, { description: 'Inactive types are no longer sold; packages already sold are unaffected.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
