import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Locale } from '../i18n/locales';
import type { CurrencyDisplay, DateFormat } from '../services/admin/system-settings.schema';

/**
 * The system parameters (系統參數): one row, id 1, seeded by its migration. `version` goes up on
 * every save, so each app instance can tell with one read by primary key whether its cached copy
 * is still current.
 */
@ObjectType('SystemSettings', { description: 'System parameters (系統參數): company, locale, currency and dates, password policy, session length, upload limits, recycle-bin retention.' })
@Entity('system_settings')
export class SystemSettings {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'The company name shown in the header and on printouts; blank shows the product\'s name.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  companyName: string;

  @Field(() => String, { description: 'The language a visitor gets when neither the address nor the browser chooses one: zh-HK, en, zh-CN or th.' })
  @Column({ type: 'varchar', length: 5, default: 'zh-HK' })
  defaultLocale: Locale;

  @Field(() => String, { description: 'The currency amounts are shown in, as an ISO 4217 code, e.g. HKD.' })
  @Column({ type: 'varchar', length: 3, default: 'HKD' })
  currency: string;

  @Field(() => String, { description: 'How amounts show the currency: symbol ("HK$"), code ("HKD") or narrowSymbol ("$").' })
  @Column({ type: 'varchar', length: 12, default: 'symbol' })
  currencyDisplay: CurrencyDisplay;

  @Field(() => Int, { description: 'Decimal places amounts are shown with, 0–3.' })
  @Column({ type: 'int', default: 2 })
  currencyDecimals: number;

  @Field(() => String, { description: 'How dates are written: yyyy-MM-dd, yyyy/MM/dd, dd/MM/yyyy or MM/dd/yyyy.' })
  @Column({ type: 'varchar', length: 12, default: 'yyyy-MM-dd' })
  dateFormat: DateFormat;

  @Field(() => String, { description: 'The IANA time zone for places that have none of their own (a branch has its own), e.g. Asia/Hong_Kong.' })
  @Column({ type: 'varchar', length: 64, default: 'Asia/Hong_Kong' })
  defaultTimeZone: string;

  @Field(() => Int, { description: 'Fewest characters a staff password may have.' })
  @Column({ type: 'int', default: 8 })
  passwordMinLength: number;

  @Field(() => Boolean, { description: 'Passwords need at least one letter and one digit.' })
  @Column({ type: 'boolean', default: true })
  passwordRequireLettersAndDigits: boolean;

  @Field(() => Boolean, { description: 'Passwords need both upper-case and lower-case letters.' })
  @Column({ type: 'boolean', default: false })
  passwordRequireMixedCase: boolean;

  @Field(() => Int, { nullable: true, description: 'Days a password lasts before it must be changed; null: it never expires.' })
  @Column({ type: 'int', nullable: true })
  passwordExpiryDays: number | null;

  @Field(() => Int, { description: 'Minutes without use after which a signed-in session ends.' })
  @Column({ type: 'int', default: 480 })
  sessionLengthMinutes: number;

  @Field(() => Int, { description: 'Largest file, in bytes, any upload may be.' })
  @Column({ type: 'int', default: 5242880 })
  uploadMaxBytes: number;

  @Field(() => Int, { description: 'Days a deleted item stays in the recycle bin before it is purged for good.' })
  @Column({ type: 'int', default: 90 })
  recycleBinRetentionDays: number;

  /** Goes up with every change of the logo; null while there is none. Part of the logo's address and ETag. */
  @Column({ type: 'int', nullable: true })
  logoVersion: number | null;

  @Field(() => Int, { description: 'Goes up by one with every save (parameters or logo).' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { description: 'When the parameters were last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}

/** The company logo's bytes, apart from the parameters so reading them never loads the image. */
@Entity('system_logo')
export class SystemLogo {
  @PrimaryColumn({ type: 'int' })
  id: number;

  /** image/png, image/jpeg, image/gif or image/webp, as the bytes themselves say. */
  @Column({ type: 'varchar', length: 20 })
  mimeType: string;

  /** At most 65,535 bytes (a MySQL BLOB). */
  @Column({ type: 'blob' })
  content: Buffer;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
