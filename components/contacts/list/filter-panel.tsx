'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';
import type { ContactListOptionsQuery } from '@/graphql/generated/graphql';
import { RemovableChips, chipClassName } from '@/components/ui/removable-chips';
import { ContactFilters } from './contact-filters';
import { chipKey, filterChips, withoutChip, type FilterChip } from './filter-chips';
import { DEFAULT_SORT, listQueryString, type ContactFilterInput } from './filter-params';
import styles from './contact-list.module.css';

type Props = {
  filter: ContactFilterInput;
  options: ContactListOptionsQuery | undefined;
  onSearch: (filter: ContactFilterInput) => void;
  onReset: () => void;
  /** The list's own buttons (columns, export), on the same line. */
  actions: ReactNode;
};

/**
 * The list's filters, folded away so the table comes first: a 篩選 button with the number in
 * force, and each filter in force as a chip that removes it. Searching folds the panel again.
 */
export function FilterPanel({ filter, options, onSearch, onReset, actions }: Props) {
  const t = useTranslations('contacts.list');
  const tQuick = useTranslations('contacts.list.quickOptions');
  const tInvoice = useTranslations('contacts.list.invoice');
  const tPurchase = useTranslations('contacts.purchases');
  const format = useFormatter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const chips = filterChips(filter);

  const thresholds = options?.contactSettings;
  const amountOf = (cents: number | undefined) => (cents === undefined ? '…' : `$${format.number(cents / 100, { maximumFractionDigits: 2 })}`);

  function chipText(chip: FilterChip): string {
    switch (chip.field) {
      case 'campaignIds': {
        const c = options?.campaigns.nodes.find((n) => n.id === chip.value);
        return `${t('campaign')}: ${c ? `${c.name} (${c.code})` : '…'}`;
      }
      case 'salespersonIds': {
        const s = options?.contactSalespeople.nodes.find((n) => n.id === chip.value);
        return `${t('salesperson')}: ${s ? `${s.displayName} (${s.code})` : '…'}`;
      }
      case 'statusIds':
        return `${t('status')}: ${options?.contactStatuses.nodes.find((n) => n.id === chip.value)?.label ?? '…'}`;
      case 'booked':
        return `${t('booked')}: ${chip.value ? t('bookedYes') : t('bookedNo')}`;
      case 'successfulPurchase':
        return `${tPurchase('successfulPurchase')}: ${chip.value ? tPurchase('yes') : tPurchase('no')}`;
      case 'attendanceVerified':
        return `${t('attendance')}: ${chip.value ? t('verifiedYes') : t('verifiedNo')}`;
      case 'sameDayInvoice': {
        const cents = { INVOICE_AT_LEAST: thresholds?.invoiceThresholdCents, PRODUCT_AT_LEAST: thresholds?.productThresholdCents, TREATMENT_AT_LEAST: thresholds?.treatmentThresholdCents }[
          chip.value as 'INVOICE_AT_LEAST'
        ];
        return `${t('sameDayInvoice')}: ${tInvoice(chip.value, { amount: amountOf(cents) })}`;
      }
      case 'keyword':
        return `${t('keyword')}: ${chip.value}`;
      case 'contactedFrom':
        return `${t('contactedOnly')} ${t('contactedFrom')} ${chip.value}`;
      case 'contactedTo':
        return `${t('contactedOnly')} ${t('contactedTo')} ${chip.value}`;
      case 'quick':
        return `${t('quick')}: ${tQuick(chip.value)}`;
    }
  }

  return (
    <section className={styles.filterBar} aria-label={t('filtersTitle')} data-testid="contacts-filter-bar">
      <div className={styles.filterSummary}>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          data-testid="contacts-filters-toggle"
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {t('filtersButton')}
        </button>
        <span className={styles.filterCount} data-testid="contacts-filter-count">
          {t('filterCount', { count: chips.length })}
        </span>
        {chips.length > 0 ? (
          <RemovableChips
            label={t('activeFilters')}
            removeText={t('removeFilter')}
            chipTestId="contacts-filter-chip"
            chips={chips.map((chip) => ({ key: chipKey(chip), field: chip.field, label: chipText(chip), onRemove: () => onSearch(withoutChip(filter, chip)) }))}
            after={
              <button type="button" className={chipClassName} onClick={onReset} data-testid="contacts-filter-clear">
                {t('clearFilters')}
              </button>
            }
          />
        ) : null}
        <div className={styles.barActions}>{actions}</div>
      </div>
      <div id={id} hidden={!open}>
        <ContactFilters
          key={listQueryString({ filter, sort: DEFAULT_SORT })}
          filter={filter}
          options={options}
          onSearch={(next) => {
            setOpen(false);
            onSearch(next);
          }}
          onReset={() => {
            setOpen(false);
            onReset();
          }}
        />
      </div>
    </section>
  );
}
