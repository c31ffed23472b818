/**
 * The one set of rules for the system parameters (系統參數) as an admin types them: the settings
 * form checks with this schema and SystemSettingsService parses with it, so both refuse the same
 * values with the same message naming the same field. Pure: zod and Intl only.
 */
import { z } from 'zod';
import { locales, type Locale } from '../../i18n/locales';
import { refuse } from '../validation/schema-issues';
import { blankableText } from '../validation/text-fields';

/** How an amount shows its currency: "HK$" (symbol), "HKD" (code) or "$" (narrow symbol). */
export const CURRENCY_DISPLAYS = ['symbol', 'code', 'narrowSymbol'] as const;
export type CurrencyDisplay = (typeof CURRENCY_DISPLAYS)[number];

/** The date patterns staff may choose (date-fns tokens). */
export const DATE_FORMATS = ['yyyy-MM-dd', 'yyyy/MM/dd', 'dd/MM/yyyy', 'MM/dd/yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Inclusive bounds of every number a parameter holds. */
export const SYSTEM_LIMITS = {
  companyName: 100,
  currencyDecimals: { min: 0, max: 3 },
  passwordMinLength: { min: 6, max: 64 },
  passwordExpiryDays: { min: 1, max: 3650 },
  /** 15 minutes to a week of inactivity. */
  sessionLengthMinutes: { min: 15, max: 7 * 24 * 60 },
  /** 10 KiB to 50 MiB per uploaded file. */
  uploadMaxBytes: { min: 10 * 1024, max: 50 * 1024 * 1024 },
  recycleBinRetentionDays: { min: 1, max: 3650 },
} as const;

/** The parameters a fresh installation starts with (the migration seeds the same row). */
export const SYSTEM_DEFAULTS = {
  companyName: '',
  defaultLocale: 'zh-HK',
  currency: 'HKD',
  currencyDisplay: 'symbol',
  currencyDecimals: 2,
  dateFormat: 'yyyy-MM-dd',
  defaultTimeZone: 'Asia/Hong_Kong',
  passwordMinLength: 8,
  passwordRequireLettersAndDigits: true,
  passwordRequireMixedCase: false,
  passwordExpiryDays: null,
  sessionLengthMinutes: 480,
  uploadMaxBytes: 5 * 1024 * 1024,
  recycleBinRetentionDays: 90,
} as const satisfies SystemSettingsValues;

/** An ISO 4217 code this runtime can format, e.g. "HKD". */
export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  try {
    return Intl.supportedValuesOf('currency').includes(value);
  } catch {
    return true;
  }
}

/** An IANA zone name ("Asia/Hong_Kong", "UTC") the runtime knows; offsets such as "+08:00" are not names. */
export function isTimeZone(value: string): boolean {
  if (!/^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+)$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const choice = <T extends string>(options: readonly T[]) =>
  z.string().transform((value, ctx) => ((options as readonly string[]).includes(value) ? (value as T) : refuse(ctx, 'notAnOption')));

/** A whole number within bounds; an empty box (NaN) is "not a number". */
const whole = (bounds: { min: number; max: number }) =>
  z.number({ error: 'notANumber' }).transform((value, ctx) =>
    Number.isNaN(value) ? refuse(ctx, 'notANumber') : Number.isInteger(value) && value >= bounds.min && value <= bounds.max ? value : refuse(ctx, 'outOfRange', bounds),
  );

const trimmed = (check: (value: string) => boolean, key: string) =>
  z.string().transform((value, ctx) => (check(value.trim()) ? value.trim() : refuse(ctx, key)));

/** Every system parameter staff edit, each checked on its own; the whole form is saved at once. */
export const systemSettingsSchema = z.object({
  /** Blank: the product's own name is shown. */
  companyName: blankableText(SYSTEM_LIMITS.companyName),
  defaultLocale: choice<Locale>(locales),
  currency: z.string().transform((value, ctx) => {
    const code = value.trim().toUpperCase();
    return isCurrencyCode(code) ? code : refuse(ctx, 'invalidCurrency');
  }),
  currencyDisplay: choice(CURRENCY_DISPLAYS),
  currencyDecimals: whole(SYSTEM_LIMITS.currencyDecimals),
  dateFormat: choice(DATE_FORMATS),
  defaultTimeZone: trimmed(isTimeZone, 'invalidTimeZone'),
  passwordMinLength: whole(SYSTEM_LIMITS.passwordMinLength),
  passwordRequireLettersAndDigits: z.boolean(),
  passwordRequireMixedCase: z.boolean(),
  /** Days a password lasts; null: never expires. */
  passwordExpiryDays: whole(SYSTEM_LIMITS.passwordExpiryDays).nullable(),
  sessionLengthMinutes: whole(SYSTEM_LIMITS.sessionLengthMinutes),
  uploadMaxBytes: whole(SYSTEM_LIMITS.uploadMaxBytes),
  recycleBinRetentionDays: whole(SYSTEM_LIMITS.recycleBinRetentionDays),
});

export type SystemSettingsInputValues = z.input<typeof systemSettingsSchema>;

/** The parameters as stored and used. */
export type SystemSettingsValues = {
  companyName: string;
  defaultLocale: Locale;
  currency: string;
  currencyDisplay: CurrencyDisplay;
  currencyDecimals: number;
  dateFormat: DateFormat;
  defaultTimeZone: string;
  passwordMinLength: number;
  passwordRequireLettersAndDigits: boolean;
  passwordRequireMixedCase: boolean;
  passwordExpiryDays: number | null;
  sessionLengthMinutes: number;
  uploadMaxBytes: number;
  recycleBinRetentionDays: number;
};

/** The fields in the order the form shows them (and the schema checks them). */
export const SYSTEM_SETTINGS_FIELDS = Object.keys(systemSettingsSchema.shape) as (keyof SystemSettingsValues)[];

// The schema's output and the stored shape are the same type.
const sameShape: (value: z.output<typeof systemSettingsSchema>) => SystemSettingsValues = (value) => value;
void sameShape;
