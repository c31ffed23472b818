import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import { localisedNamesTransformer } from './localised-names';

export enum TenderKind {
  CASH = 'CASH',
  CARD = 'CARD',
  BANK_TRANSFER = 'BANK_TRANSFER',
  OTHER = 'OTHER',
  STORED_VALUE = 'STORED_VALUE',
  PACKAGE = 'PACKAGE',
}

registerEnumType(TenderKind, {
  name: 'TenderKind',
  description: 'What kind of money a tender type takes.',
  valuesConfig: {
    CASH: { description: 'Cash: may be over-tendered, the difference is given back as change.' },
    CARD: { description: 'Credit, debit or EPS card.' },
    BANK_TRANSFER: { description: 'Bank transfer or FPS.' },
    OTHER: { description: 'Anything else (voucher, cheque, e-wallet).' },
    STORED_VALUE: { description: 'The member\'s stored value (儲值扣費): debited from her balance; needs her card\'s PIN when it has one, and is refused while her card is locked.' },
    PACKAGE: { description: 'A discount package of the member\'s: its remaining value pays for its treatments on the bill.' },
  },
});

/** A way to pay (付款方式) the cashier offers; salons add their own (Octopus, PayMe, …). */
@ObjectType('TenderType', { description: 'A way to pay (付款方式), e.g. cash, Visa, FPS.' })
@Entity('tender_types')
export class TenderType {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 20 characters), e.g. "CASH".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name as entered (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  @Field(() => TenderKind, { description: 'What kind of money it takes.' })
  @Column({ type: 'varchar', length: 20 })
  kind: TenderKind;

  @Field(() => Boolean, { description: 'Whether more than is due may be tendered and the rest given back as change (cash).' })
  @Column({ type: 'boolean', default: false })
  givesChange: boolean;

  @Field(() => Int, { description: 'Position on the cashier\'s payment buttons, smallest first.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive tender types stay on old invoices but are not offered.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
