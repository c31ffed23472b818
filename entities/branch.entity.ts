import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

@ObjectType('Branch', { description: 'A shop of the salon chain (e.g. TKO, TST).' })
@Entity('branches')
export class Branch {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code, e.g. "TKO".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Display name of the branch, as entered.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => String, { nullable: true, description: 'Street address of the shop; null when not given.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'The shop\'s phone number as dialled in its country (e.g. "23456789"); null when not given.' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { description: 'IANA time zone the branch works in, e.g. "Asia/Hong_Kong".' })
  @Column({ type: 'varchar', length: 64, default: 'Asia/Hong_Kong' })
  timeZone: string;

  @Field(() => String, { description: 'ISO 4217 currency the branch charges in, e.g. "HKD".' })
  @Column({ type: 'varchar', length: 3, default: 'HKD' })
  currency: string;

  /**
   * Closed branches (關閉) keep their members, staff and history but take no new bookings and are
   * not offered for new work; null while the branch is open.
   */
  @Field(() => Date, { nullable: true, description: 'When the branch was closed; null while it is open. A closed branch takes no new bookings.' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  /** Who closed it (staff id); read through the `closedBy` field. */
  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
