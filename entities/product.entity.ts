import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/**
 * A product (商品) sold at the cashier. Stock is not a column here: it is the sum of the product's
 * stock movements per branch, cached in `stock_levels`.
 */
@ObjectType('Product', { description: 'A product (商品) sold at the cashier, with stock per branch.' })
@Entity('products')
@Index('idx_products_category', ['categoryId', 'active'])
export class Product {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique product code (at most 30 characters), e.g. "P0012".' })
  @Column({ type: 'varchar', length: 30, unique: true })
  code: string;

  @Field(() => String, { nullable: true, description: 'Barcode a scanner reads (EAN-13, UPC, …); unique; null when the product has none.' })
  @Column({ type: 'varchar', length: 50, nullable: true, unique: true })
  barcode: string | null;

  @Field(() => String, { description: 'Name as entered (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  /** Read through the `category` field. */
  @Column({ type: 'int', nullable: true })
  categoryId: number | null;

  /** Read through the `department` field. */
  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @Field(() => Int, { description: 'Selling price in minor units of the currency (cents).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  priceCents: number;

  @Field(() => Int, { description: 'Cost price in minor units of the currency (cents).' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  costCents: number;

  @Field(() => Int, { description: 'Tax rate in basis points (1/100 of a percent): 0 for none, 700 for 7 %.' })
  @Column({ type: 'int', default: 0 })
  taxRateBasisPoints: number;

  @Field(() => Boolean, { description: 'Whether a sale may take stock on hand below zero (e.g. made to order).' })
  @Column({ type: 'boolean', default: false })
  allowNegativeStock: boolean;

  @Field(() => Int, { description: 'Stock on hand at or below this shows the product on a branch\'s low-stock list.' })
  @Column({ type: 'int', default: 0 })
  lowStockThreshold: number;

  @Field(() => Boolean, { description: 'Inactive products stay on old invoices but cannot be sold.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { description: 'When the product was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the product was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
