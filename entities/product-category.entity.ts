import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

/** A product category (商品類別): sorts the catalogue so the cashier and the stock lists find things. */
@ObjectType('ProductCategory', { description: 'A product category (商品類別), e.g. "Masks".' })
@Entity('product_categories')
export class ProductCategory {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 20 characters).' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name as entered (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => Int, { description: 'Position in lists, smallest first.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive categories keep their products but are not offered for new ones.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
