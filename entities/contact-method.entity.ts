import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

/** Stable keys of the seeded methods, so their translations follow the caller's language. */
export type ContactMethodKey = 'phone' | 'email' | 'sms';

@ObjectType('ContactMethod', { description: 'A contact method (聯絡方法): 電話 phone, 電郵 email, 短訊 SMS, or one a salon added.' })
@Entity('contact_methods')
@Index('idx_contact_methods_order', ['sortOrder', 'id'])
export class ContactMethod {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Name as entered (at most 100 characters), e.g. "電話".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => String, { nullable: true, description: 'System key of a seeded method ("phone", "email", "sms"); null for methods a salon added.' })
  @Column({ type: 'varchar', length: 30, nullable: true, unique: true })
  key: ContactMethodKey | null;

  @Field(() => Int, { description: 'Position in lists.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive methods stay on old logs but cannot be chosen.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
