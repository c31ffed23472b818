'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { compactFollowUpFilter, type FollowUpFilter } from './follow-up-params';
import type { FilterOptions, Option } from '../analysis/queries';
import styles from './follow-up.module.css';

type ListKey = 'branchIds' | 'campaignIds' | 'salesGroupIds' | 'salespersonIds' | 'memberGroupIds';

type Props = {
  filter: FollowUpFilter;
  options: FilterOptions;
  onRun: (filter: FollowUpFilter) => void;
  onReset: () => void;
};

function toggle(values: string[], id: string): string[] {
  return values.includes(id) ? values.filter((v) => v !== id) : [...values, id];
}

/** A row of toggle buttons as in the seed's report filters: 全部 clears the choice, the others press in and out. */
function Choices({ legend, options, selected, onChange, testId }: { legend: string; options: Option[]; selected: string[]; onChange: (values: string[]) => void; testId: string }) {
  const t = useTranslations('reports.followUp');
  return (
    <fieldset className={styles.choices} data-testid={testId}>
      <legend>{legend}</legend>
      <div className={styles.choiceList}>
        <button type="button" className={styles.choice} aria-pressed={selected.length === 0} onClick={() => onChange([])} data-value="">
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

const LISTS: Array<{ key: ListKey; option: keyof FilterOptions; label: 'branch' | 'campaign' | 'salesGroup' | 'salesperson' | 'memberGroup' }> = [
  { key: 'branchIds', option: 'branches', label: 'branch' },
  { key: 'campaignIds', option: 'campaigns', label: 'campaign' },
  { key: 'salesGroupIds', option: 'salesGroups', label: 'salesGroup' },
  { key: 'salespersonIds', option: 'salespeople', label: 'salesperson' },
  { key: 'memberGroupIds', option: 'memberGroups', label: 'memberGroup' },
];

/**
 * The filters of 同事跟進的統計: 分店, 活動 (several), 銷售組別, 銷售員 (those the viewer may see),
 * 會員組別 and the period; 確定 runs the report, 重設 goes back to everything this month.
 */
export function FollowUpFilters({ filter, options, onRun, onReset }: Props) {
  const t = useTranslations('reports.followUp');
  const id = useId();
  const [values, setValues] = useState<FollowUpFilter>(filter);
  const set = <K extends keyof FollowUpFilter>(key: K, value: FollowUpFilter[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onRun(compactFollowUpFilter(values));
  }

  return (
    <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="follow-up-filters">
      <h2 id={`${id}-title`} className={styles.filtersTitle}>
        {t('filters.title')}
      </h2>
      <div className={styles.filterGrid}>
        {LISTS.map(({ key, option, label }) => (
          <Choices
            key={key}
            legend={t(`filters.${label}`)}
            options={options[option]}
            selected={values[key] ?? []}
            onChange={(v) => set(key, v)}
            testId={`follow-up-filter-${label}`}
          />
        ))}
        <fieldset className={styles.choices}>
          <legend>{t('filters.period')}</legend>
          <div className={styles.dateRange}>
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              max={values.contactedTo}
              value={values.contactedFrom ?? ''}
              onChange={(e) => set('contactedFrom', e.target.value || undefined)}
              data-testid="follow-up-filter-from"
            />
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              min={values.contactedFrom}
              value={values.contactedTo ?? ''}
              onChange={(e) => set('contactedTo', e.target.value || undefined)}
              data-testid="follow-up-filter-to"
            />
          </div>
          <p className="field__hint">{t('filters.periodHint')}</p>
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="follow-up-run">
          {t('filters.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset} data-testid="follow-up-reset">
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
