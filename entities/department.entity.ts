import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

/** A department (購買項目部門): groups products and treatments for offer conditions and sales reports. */
@ObjectType('Department', { description: 'A department (購買項目部門), e.g. "Skin care": groups products and treatments for offers and reports.' })
@Entity('departments')
export class Department {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 20 characters), e.g. "SKIN".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name as entered (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => Boolean, { description: 'Inactive departments stay on old sales but are not offered for new items.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
