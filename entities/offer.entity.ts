import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const ids = { to: (v: number[] | null) => (v && v.length ? v.join(',') : null), from: (v: string | null) => (v ? v.split(',').map(Number) : null) };

/** How an offer discounts the bill once every condition holds (折扣類型). */
export enum OfferDiscountType {
  INVOICE_PERCENT = 'INVOICE_PERCENT',
  ITEM_PERCENT = 'ITEM_PERCENT',
  FIXED_PRICE = 'FIXED_PRICE',
}

registerEnumType(OfferDiscountType, {
  name: 'OfferDiscountType',
  description: 'How an offer discounts the bill (折扣類型).',
  valuesConfig: {
    INVOICE_PERCENT: { description: 'Invoice discount (發票折扣): a percentage off every line of the bill.' },
    ITEM_PERCENT: { description: 'Item discount (項目折扣): a percentage off each line in the offer\'s purchase departments (every line when none is set).' },
    FIXED_PRICE: { description: 'Fixed price (固定價格): each unit of a line in the offer\'s purchase departments costs this amount.' },
  },
});

/**
 * An offer (優惠): code, name, the 3-character alternative code typed at the cashier, the
 * conditions that must all hold (branches, member groups, interest groups, birthday window,
 * purchase departments, period, active, uses per member), the discount, the default expiry of
 * prepaid items sold under it and the analysis code its sales carry. Empty id lists mean "all".
 */
@ObjectType('Offer', { description: 'An offer (優惠), e.g. "AP" with analysis code "K11"; marketing offers may be attached to campaigns.' })
@Entity('offers')
export class Offer {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Offer code (優惠編號): at most 20 characters, no spaces or !@$#%^&*.' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Offer name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Alternative code (代替編號): at most 3 characters, unique, typed at the cashier instead of the code.' })
  @Column({ type: 'varchar', length: 3, nullable: true, unique: true })
  altCode: string | null;

  /** Branches where the offer applies (分店); null = every branch. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: ids })
  branchIds: number[] | null;

  /** Member groups (levels) the member must be in (會員組別); null = any. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: ids })
  memberGroupIds: number[] | null;

  /** Interest groups of which the member must have one (會員興趣組別); null = any. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: ids })
  interestGroupIds: number[] | null;

  /** Purchase departments (購買項目部門): the bill must hold an item of one; the item discount and fixed price apply to those lines. Null = any. */
  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: ids })
  departmentIds: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Birthday condition (會員生日): the sale is at most this many months before the member\'s birthday; null = no birthday condition.' })
  @Column({ type: 'int', nullable: true })
  birthdayMonthsBefore: number | null;

  @Field(() => Int, { nullable: true, description: 'Birthday condition: the sale is at most this many months after the member\'s birthday; null = no birthday condition.' })
  @Column({ type: 'int', nullable: true })
  birthdayMonthsAfter: number | null;

  @Field(() => String, { nullable: true, description: 'First day of the offer period (優惠期間), YYYY-MM-DD in the branch\'s time zone; null = open.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the offer period, inclusive; null = open.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Field(() => Boolean, { description: 'Whether the offer may be used (狀態).' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int, { nullable: true, description: 'Uses per member, any time (試用次數限制); null = unlimited.' })
  @Column({ type: 'int', nullable: true })
  perMemberLimit: number | null;

  @Field(() => OfferDiscountType, { description: 'How the offer discounts the bill (折扣類型).' })
  @Column({ type: 'varchar', length: 20, default: OfferDiscountType.INVOICE_PERCENT })
  discountType: OfferDiscountType;

  @Field(() => Int, { description: 'The percentage off for the percent types, in basis points (1000 = 10%); 0 for a fixed price.' })
  @Column({ type: 'int', default: 0 })
  discountBasisPoints: number;

  @Field(() => Int, { nullable: true, description: 'The unit price, in cents, of a fixed-price offer (固定價格 $); null for the percent types.' })
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  fixedPriceCents: number | null;

  @Field(() => Int, { nullable: true, description: 'Default expiry of prepaid items sold under the offer, in months from the sale (優惠預付項目預設到期日); null = the item\'s own.' })
  @Column({ type: 'int', nullable: true })
  prepaidExpiryMonths: number | null;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號) recorded with sales under this offer, e.g. "K11".' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  analysisCode: string | null;

  @Field(() => Boolean, { description: 'A marketing offer (市場部優惠): only these can be chosen for a campaign.' })
  @Column({ type: 'boolean', default: false })
  isMarketing: boolean;

  @Field(() => Date, { description: 'When the offer was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the offer was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
