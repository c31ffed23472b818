import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

/** Stable keys of the statuses the system itself reasons about (booking sets "booked"). */
export type ContactStatusKey = 'not_notified' | 'booked' | 'no_answer' | 'not_needed' | 'left_message';

@ObjectType('ContactStatus', { description: 'A contact status (聯絡狀態); the first active one in order is every new contact member\'s default.' })
@Entity('contact_statuses')
@Index('idx_contact_statuses_order', ['sortOrder', 'id'])
export class ContactStatus {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Name as entered (at most 100 characters), e.g. "未通知".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => String, { nullable: true, description: 'System key for statuses the product acts on ("not_notified", "booked", …); null for statuses a salon added.' })
  @Column({ type: 'varchar', length: 30, nullable: true, unique: true })
  key: ContactStatusKey | null;

  @Field(() => Int, { description: 'Position in lists; the lowest active one is the default.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive statuses stay on old logs but cannot be chosen.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
