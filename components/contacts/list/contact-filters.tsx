'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { compact, QUICK_OPTIONS, SAME_DAY_INVOICE, type ContactFilterInput, type QuickOption, type SameDayInvoice } from './filter-params';
import type { ContactListOptionsQuery } from '@/graphql/generated/graphql';
import styles from './contact-list.module.css';

/** A choice button: a value and its words. */
type Option = { id: string; label: string };

type Props = {
  filter: ContactFilterInput;
  /** The choices (undefined while they are read). */
  options: ContactListOptionsQuery | undefined;
  onSearch: (filter: ContactFilterInput) => void;
  onReset: () => void;
};

function toggle(values: string[] | undefined, id: string): string[] {
  const current = values ?? [];
  return current.includes(id) ? current.filter((v) => v !== id) : [...current, id];
}

/** A row of toggle buttons as in the seed: 全部 clears the choice; others are pressed in and out. */
function ChoiceButtons({
  legend, options, selected, onChange, testId,
}: {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  testId: string;
}) {
  const t = useTranslations('contacts.list');
  return (
    <fieldset className={styles.choices} data-testid={testId}>
      <legend>{legend}</legend>
      <div className={styles.choiceList}>
        <button type="button" className={styles.choice} aria-pressed={selected.length === 0} onClick={() => onChange([])}>
          {t('all')}
        </button>
        {options.map((option) => (
          <button
            key={option.id}
            type="button"
            className={styles.choice}
            aria-pressed={selected.includes(option.id)}
            onClick={() => onChange(toggle(selected, option.id))}
            data-value={option.id}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

const yesNo = (value: boolean | undefined): string[] => (value === undefined ? [] : [value ? 'yes' : 'no']);
const fromYesNo = (values: string[]): boolean | undefined => {
  const last = values[values.length - 1];
  return last === 'yes' ? true : last === 'no' ? false : undefined;
};
const single = <T extends string>(values: string[]): T | undefined => values[values.length - 1] as T | undefined;

/**
 * The seed's filters of 聯絡會員 > 列表: campaign (with offer and analysis codes), salesperson,
 * status, booked, same-day invoice (thresholds from the contact settings), attendance
 * verification, keyword, contact date range and quick options; 確定 applies, 重設 clears.
 */
export function ContactFilters({ filter, options, onSearch, onReset }: Props) {
  const t = useTranslations('contacts.list');
  const tPurchase = useTranslations('contacts.purchases');
  const format = useFormatter();
  const id = useId();
  const [values, setValues] = useState<ContactFilterInput>(filter);
  const set = <K extends keyof ContactFilterInput>(key: K, value: ContactFilterInput[K]) => setValues((v) => ({ ...v, [key]: value }));

  const money = (cents: number) => `$${format.number(cents / 100, { maximumFractionDigits: 2 })}`;
  const thresholds = options?.contactSettings;
  const thresholdOf: Partial<Record<SameDayInvoice, number>> = thresholds
    ? { INVOICE_AT_LEAST: thresholds.invoiceThresholdCents, PRODUCT_AT_LEAST: thresholds.productThresholdCents, TREATMENT_AT_LEAST: thresholds.treatmentThresholdCents }
    : {};
  const invoiceOptions: Option[] = SAME_DAY_INVOICE.map((key) => ({
    id: key,
    label: t(`invoice.${key}`, { amount: thresholdOf[key] !== undefined ? money(thresholdOf[key]!) : '…' }),
  }));
  const campaignOptions: Option[] = (options?.campaigns.nodes ?? []).map((c) => ({
    id: c.id,
    label: [`${c.name} (${c.code})`, c.offerCode ? t('offerCode', { code: c.offerCode }) : null, c.analysisCode ? t('analysisCode', { code: c.analysisCode }) : null]
      .filter(Boolean)
      .join(', '),
  }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(compact({ ...values, keyword: values.keyword?.trim() }));
  }

  return (
    <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="contact-filters">
      <h2 id={`${id}-title`} className={styles.filtersTitle}>
        {t('filtersTitle')}
      </h2>
      <div className={styles.filterGrid}>
        <ChoiceButtons legend={t('campaign')} options={campaignOptions} selected={values.campaignIds ?? []} onChange={(v) => set('campaignIds', v)} testId="filter-campaign" />
        <ChoiceButtons legend={t('salesperson')} options={(options?.contactSalespeople.nodes ?? []).map((s) => ({ id: s.id, label: `${s.displayName} (${s.code})` }))} selected={values.salespersonIds ?? []} onChange={(v) => set('salespersonIds', v)} testId="filter-salesperson" />
        <ChoiceButtons legend={t('status')} options={options?.contactStatuses.nodes ?? []} selected={values.statusIds ?? []} onChange={(v) => set('statusIds', v)} testId="filter-status" />
        <ChoiceButtons
          legend={t('booked')}
          options={[{ id: 'yes', label: t('bookedYes') }, { id: 'no', label: t('bookedNo') }]}
          selected={yesNo(values.booked)}
          onChange={(v) => set('booked', fromYesNo(v))}
          testId="filter-booked"
        />
        <ChoiceButtons
          legend={t('sameDayInvoice')}
          options={invoiceOptions}
          selected={values.sameDayInvoice ? [values.sameDayInvoice] : []}
          onChange={(v) => set('sameDayInvoice', single<SameDayInvoice>(v))}
          testId="filter-invoice"
        />
        <ChoiceButtons
          legend={tPurchase('successfulPurchase')}
          options={[{ id: 'yes', label: tPurchase('yes') }, { id: 'no', label: tPurchase('no') }]}
          selected={yesNo(values.successfulPurchase)}
          onChange={(v) => set('successfulPurchase', fromYesNo(v))}
          testId="filter-success"
        />
        <ChoiceButtons
          legend={t('attendance')}
          options={[{ id: 'yes', label: t('verifiedYes') }, { id: 'no', label: t('verifiedNo') }]}
          selected={yesNo(values.attendanceVerified)}
          onChange={(v) => set('attendanceVerified', fromYesNo(v))}
          testId="filter-verified"
        />
      </div>
      <div className={styles.filterRow}>
        <div className="field">
          <label htmlFor={`${id}-keyword`}>{t('keyword')}</label>
          <input
            id={`${id}-keyword`}
            className="input"
            type="search"
            maxLength={50}
            value={values.keyword ?? ''}
            onChange={(e) => set('keyword', e.target.value)}
            data-testid="filter-keyword"
          />
        </div>
        <fieldset className={styles.dateRange}>
          <legend>{t('contactedOnly')}</legend>
          <label htmlFor={`${id}-from`}>{t('contactedFrom')}</label>
          <input id={`${id}-from`} className="input" type="date" value={values.contactedFrom ?? ''} onChange={(e) => set('contactedFrom', e.target.value || undefined)} data-testid="filter-from" />
          <label htmlFor={`${id}-to`}>{t('contactedTo')}</label>
          <input
            id={`${id}-to`}
            className="input"
            type="date"
            min={values.contactedFrom}
            value={values.contactedTo ?? ''}
            onChange={(e) => set('contactedTo', e.target.value || undefined)}
            data-testid="filter-to"
          />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-quick`}>{t('quick')}</label>
          <select id={`${id}-quick`} className="select" value={values.quick ?? ''} onChange={(e) => set('quick', (e.target.value || undefined) as QuickOption | undefined)} data-testid="filter-quick">
            <option value="">{t('quickNone')}</option>
            {QUICK_OPTIONS.map((q) => (
              <option key={q} value={q}>
                {t(`quickOptions.${q}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="contacts-search">
          {t('submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset} data-testid="contacts-reset">
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
