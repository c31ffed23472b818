import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SuccessMetric } from '../services/contact-settings/success-metric';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };


registerEnumType(SuccessMetric, {
  name: 'SuccessMetric',
  description: 'Which same-day amount the successful-purchase rule compares.',
  valuesConfig: {
    INVOICE: { description: 'The whole invoice amount (發票金額).' },
    PRODUCT: { description: 'The product amount (產品金額).' },
    TREATMENT: { description: 'The treatment amount (護理金額).' },
  },
});

/** The salon's contact-list settings (聯絡會員設定): one row, id 1. */
@ObjectType('ContactSettings', { description: 'Display switches, amount thresholds and the successful-purchase rule of the contact list (聯絡會員設定).' })
@Entity('contact_settings')
export class ContactSettings {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field(() => Boolean, { description: 'Show the member\'s remarks on the contact page (顯示會員備註).' })
  @Column({ type: 'boolean', default: true })
  showMemberRemarks: boolean;

  @Field(() => Boolean, { description: 'Show the member\'s comments on the contact page (顯示會員評註).' })
  @Column({ type: 'boolean', default: true })
  showComments: boolean;

  @Field(() => Boolean, { description: 'Allow booking appointments from a contact (在聯絡會員, 容許預約).' })
  @Column({ type: 'boolean', default: true })
  allowBooking: boolean;

  @Field(() => Boolean, { description: 'Enable attendance verification (啟動會員出席驗證).' })
  @Column({ type: 'boolean', default: true })
  attendanceVerification: boolean;

  @Field(() => Boolean, { description: 'Show purchased products in the contact list (顯示會員購買產品資料).' })
  @Column({ type: 'boolean', default: true })
  showProductPurchases: boolean;

  @Field(() => Boolean, { description: 'Show purchased treatments in the contact list (顯示會員購買護理資料).' })
  @Column({ type: 'boolean', default: true })
  showTreatmentPurchases: boolean;

  @Field(() => Boolean, { description: 'Show invoices in the contact list (顯示會員購買發票資料).' })
  @Column({ type: 'boolean', default: true })
  showInvoicePurchases: boolean;

  @Field(() => Int, { description: 'Invoice amount, in cents, of the "發票金額 >= X" filter (設定發票金額作為篩選條件).' })
  @Column({ type: 'bigint', default: 500000, transformer: cents })
  invoiceThresholdCents: number;

  @Field(() => Int, { description: 'Product amount, in cents, of the "產品金額 >= X" filter.' })
  @Column({ type: 'bigint', default: 150000, transformer: cents })
  productThresholdCents: number;

  @Field(() => Int, { description: 'Treatment amount, in cents, of the "護理金額 >= X" filter.' })
  @Column({ type: 'bigint', default: 100000, transformer: cents })
  treatmentThresholdCents: number;

  @Field(() => Boolean, { description: 'Compute successful purchase (成功購買) Y/N for booked contacts.' })
  @Column({ type: 'boolean', default: true })
  successRuleEnabled: boolean;

  @Field(() => SuccessMetric, { description: 'Which same-day amount the successful-purchase rule compares.' })
  @Column({ type: 'varchar', length: 10, default: SuccessMetric.TREATMENT })
  successMetric: SuccessMetric;

  @Field(() => Int, { description: 'A booked contact counts as a successful purchase when the chosen same-day amount, in cents, is at least this.' })
  @Column({ type: 'bigint', default: 100000, transformer: cents })
  successThresholdCents: number;

  @Field(() => Date, { description: 'When the settings were last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
