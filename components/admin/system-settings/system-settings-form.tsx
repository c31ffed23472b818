'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { get, useForm, useWatch, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { FormField } from '@/components/members/form/form-field';
import type { SystemSettingsValuesFragment } from '@/graphql/generated/graphql';
import { locales } from '@/i18n/locales';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { formatDate, formatMoney } from '@/services/admin/display-format';
import {
  CURRENCY_DISPLAYS, DATE_FORMATS, isCurrencyCode, isTimeZone, SYSTEM_LIMITS, SYSTEM_SETTINGS_FIELDS, systemSettingsSchema,
  type CurrencyDisplay, type DateFormat,
} from '@/services/admin/system-settings.schema';
import { UpdateSystemSettingsMutation } from './system-settings-documents';

type Field = (typeof SYSTEM_SETTINGS_FIELDS)[number];
type FormInput = z.input<typeof systemSettingsSchema>;
type FormOutput = z.output<typeof systemSettingsSchema>;

/** The editable values of what the server sent, as the form holds them. */
function formValues(settings: SystemSettingsValuesFragment): FormInput {
  return Object.fromEntries(SYSTEM_SETTINGS_FIELDS.map((field) => [field, settings[field]])) as FormInput;
}

/** A number box: empty is NaN ("not a number"), as the shared schema words it. */
const asNumber = (value: unknown) => (value === '' || value === null || value === undefined ? Number.NaN : Number(value));
/** The password expiry box: empty is "never" (null). */
const asDaysOrNever = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

const EXAMPLE_CENTS = 123_450;

let zoneNames: string[] | null = null;

/** Every time zone name the browser knows, for the time zone box's suggestions. */
function timeZoneNames(): string[] {
  if (zoneNames) return zoneNames;
  try {
    zoneNames = Intl.supportedValuesOf('timeZone');
  } catch {
    zoneNames = ['Asia/Hong_Kong', 'Asia/Macau', 'Asia/Shanghai', 'Asia/Bangkok', 'UTC'];
  }
  return zoneNames;
}

const noSubscription = () => () => undefined;
const NO_ZONES: string[] = [];

/**
 * True in the browser after hydration: the browser's own Intl data (zone names, the example's
 * formatting) may differ from the server's, so what depends on it is drawn by the browser only.
 */
const useInBrowser = () => useSyncExternalStore(noSubscription, () => true, () => false);

/**
 * 系統參數: one form of grouped sections checked with the service's own schema, saved at once.
 * Without settings.system every control is disabled and there is nothing to save.
 */
export function SystemSettingsForm({ initial, canEdit }: { initial: SystemSettingsValuesFragment; canEdit: boolean }) {
  const t = useTranslations('admin.system');
  const tLocales = useTranslations('locales');
  const format = useFormatter();
  const locale = useLocale();
  const issueText = useIssueText();
  const router = useRouter();
  const [saveSettings] = useMutation(UpdateSystemSettingsMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const defaults = useMemo(() => formValues(initial), [initial]);
  const { register, handleSubmit, reset, setError, clearErrors, control, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(systemSettingsSchema),
    defaultValues: defaults,
  });
  const pending = formState.isSubmitting;
  const inBrowser = useInBrowser();
  const zones = inBrowser ? timeZoneNames() : NO_ZONES;

  const errors = Object.fromEntries(
    SYSTEM_SETTINGS_FIELDS.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<Field, string>>;

  /** A control's error and the "saved" note go away as soon as it is edited; the next save checks again. */
  const field = (name: Field, options: { setValueAs?: (value: unknown) => unknown } = {}) =>
    register(name, {
      ...options,
      onChange: () => {
        clearErrors(name);
        setSaved(false);
      },
    });

  const [currency, currencyDisplay, currencyDecimals, dateFormat, timeZone, uploadMaxBytes] = useWatch({
    control,
    name: ['currency', 'currencyDisplay', 'currencyDecimals', 'dateFormat', 'defaultTimeZone', 'uploadMaxBytes'],
  });
  const example = useMemo(() => {
    const code = String(currency ?? '').trim().toUpperCase();
    const decimals = Number(currencyDecimals);
    const zone = String(timeZone ?? '').trim();
    if (!inBrowser) return null;
    if (!isCurrencyCode(code) || !Number.isInteger(decimals) || decimals < 0 || decimals > 3 || !isTimeZone(zone)) return null;
    if (!(CURRENCY_DISPLAYS as readonly string[]).includes(String(currencyDisplay)) || !(DATE_FORMATS as readonly string[]).includes(String(dateFormat))) return null;
    return t('example', {
      money: formatMoney(EXAMPLE_CENTS, { currency: code, currencyDisplay: currencyDisplay as CurrencyDisplay, currencyDecimals: decimals }, locale),
      date: formatDate(new Date(), { dateFormat: dateFormat as DateFormat, timeZone: zone }),
    });
  }, [inBrowser, currency, currencyDisplay, currencyDecimals, dateFormat, timeZone, t, locale]);

  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
      : format.number(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const uploadBytes = Number(uploadMaxBytes);

  async function submit(values: FormOutput) {
    if (!canEdit) return;
    setFormError(null);
    setSaved(false);
    try {
      const result = (await saveSettings({ variables: { input: values } })).data?.updateSystemSettings;
      if (result) reset(formValues(result));
      setSaved(true);
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && SYSTEM_SETTINGS_FIELDS.includes(name)) setError(name, { type: 'server', message }, { shouldFocus: true });
      else setFormError(message);
    }
  }

  const limits = SYSTEM_LIMITS;
  return (
    <form className="form card" onSubmit={handleSubmit(submit)} noValidate data-testid="system-settings-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="system-settings-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('sections.company')}</legend>
        <FormField name="companyName" label={t('fields.companyName')} hint={t('companyNameHint')} error={errors.companyName}>
          {(props) => <input {...props} {...field('companyName')} className="input" maxLength={limits.companyName} autoComplete="organization" />}
        </FormField>
      </fieldset>

      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('sections.region')}</legend>
        <div className="form-grid">
          <FormField name="defaultLocale" label={t('fields.defaultLocale')} hint={t('defaultLocaleHint')} error={errors.defaultLocale}>
            {(props) => (
              <select {...props} {...field('defaultLocale')} className="select select--block">
                {locales.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {tLocales(option)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="defaultTimeZone" label={t('fields.defaultTimeZone')} hint={t('defaultTimeZoneHint')} error={errors.defaultTimeZone}>
            {(props) => (
              <>
                <input {...props} {...field('defaultTimeZone')} className="input" list="system-time-zones" autoComplete="off" spellCheck={false} />
                <datalist id="system-time-zones">
                  {zones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
          <FormField name="currency" label={t('fields.currency')} hint={t('currencyHint')} error={errors.currency}>
            {(props) => <input {...props} {...field('currency')} className="input" maxLength={3} autoComplete="off" spellCheck={false} />}
          </FormField>
          <FormField name="currencyDisplay" label={t('fields.currencyDisplay')} error={errors.currencyDisplay}>
            {(props) => (
              <select {...props} {...field('currencyDisplay')} className="select select--block">
                {CURRENCY_DISPLAYS.map((display) => (
                  <option key={display} value={display}>
                    {t(`currencyDisplayOptions.${display}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="currencyDecimals" label={t('fields.currencyDecimals')} error={errors.currencyDecimals}>
            {(props) => (
              <input {...props} {...field('currencyDecimals', { setValueAs: asNumber })} type="number" inputMode="numeric" className="input" min={limits.currencyDecimals.min} max={limits.currencyDecimals.max} />
            )}
          </FormField>
          <FormField name="dateFormat" label={t('fields.dateFormat')} error={errors.dateFormat}>
            {(props) => (
              <select {...props} {...field('dateFormat')} className="select select--block">
                {DATE_FORMATS.map((pattern) => (
                  <option key={pattern} value={pattern}>
                    {pattern}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <p className="field__hint" aria-live="polite" data-testid="system-settings-example">
          {example ?? '\u00a0'}
        </p>
      </fieldset>

      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('sections.passwords')}</legend>
        <div className="form-grid">
          <FormField
            name="passwordMinLength"
            label={t('fields.passwordMinLength')}
            hint={t('passwordMinLengthHint', limits.passwordMinLength)}
            error={errors.passwordMinLength}
          >
            {(props) => (
              <input {...props} {...field('passwordMinLength', { setValueAs: asNumber })} type="number" inputMode="numeric" className="input" min={limits.passwordMinLength.min} max={limits.passwordMinLength.max} />
            )}
          </FormField>
          <FormField name="passwordExpiryDays" label={t('fields.passwordExpiryDays')} hint={t('passwordExpiryHint')} error={errors.passwordExpiryDays}>
            {(props) => (
              <input {...props} {...field('passwordExpiryDays', { setValueAs: asDaysOrNever })} type="number" inputMode="numeric" className="input" min={limits.passwordExpiryDays.min} max={limits.passwordExpiryDays.max} />
            )}
          </FormField>
        </div>
        <div className="checkbox-list">
          <label className="checkbox">
            <input type="checkbox" {...field('passwordRequireLettersAndDigits')} data-testid="system-password-letters-digits" />
            {t('passwordRequireLettersAndDigits')}
          </label>
          <label className="checkbox">
            <input type="checkbox" {...field('passwordRequireMixedCase')} data-testid="system-password-mixed-case" />
            {t('passwordRequireMixedCase')}
          </label>
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('sections.sessions')}</legend>
        <div className="form-grid">
          <FormField name="sessionLengthMinutes" label={t('fields.sessionLengthMinutes')} hint={t('sessionLengthHint', limits.sessionLengthMinutes)} error={errors.sessionLengthMinutes}>
            {(props) => (
              <input {...props} {...field('sessionLengthMinutes', { setValueAs: asNumber })} type="number" inputMode="numeric" className="input" min={limits.sessionLengthMinutes.min} max={limits.sessionLengthMinutes.max} />
            )}
          </FormField>
          <FormField
            name="uploadMaxBytes"
            label={t('fields.uploadMaxBytes')}
            hint={t('uploadMaxHint', {
              size: Number.isFinite(uploadBytes) && uploadBytes > 0 ? size(uploadBytes) : '—',
              min: size(limits.uploadMaxBytes.min),
              max: size(limits.uploadMaxBytes.max),
            })}
            error={errors.uploadMaxBytes}
          >
            {(props) => (
              <input {...props} {...field('uploadMaxBytes', { setValueAs: asNumber })} type="number" inputMode="numeric" className="input" min={limits.uploadMaxBytes.min} max={limits.uploadMaxBytes.max} step={1024} />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={!canEdit}>
        <legend>{t('sections.recycleBin')}</legend>
        <FormField name="recycleBinRetentionDays" label={t('fields.recycleBinRetentionDays')} hint={t('recycleBinRetentionHint')} error={errors.recycleBinRetentionDays}>
          {(props) => (
            <input {...props} {...field('recycleBinRetentionDays', { setValueAs: asNumber })} type="number" inputMode="numeric" className="input" min={limits.recycleBinRetentionDays.min} max={limits.recycleBinRetentionDays.max} />
          )}
        </FormField>
      </fieldset>

      {canEdit ? (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="system-settings-save">
            {t('save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset();
              setFormError(null);
              setSaved(false);
            }}
            data-testid="system-settings-reset"
          >
            {t('reset')}
          </button>
          <p role="status" className="field__hint" data-testid="system-settings-status">
            {saved ? t('saved') : ''}
          </p>
        </div>
      ) : null}
    </form>
  );
}
