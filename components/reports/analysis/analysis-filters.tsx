'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { FilterOptions, Option } from './queries';
import { compactFilter, type ReportFilterInput } from './report-params';
import styles from './analysis.module.css';

type ListKey = 'branchIds' | 'campaignIds' | 'salesGroupIds' | 'salespersonIds' | 'memberGroupIds';

type Props = {
  filter: ReportFilterInput;
  options: FilterOptions;
  onRun: (filter: ReportFilterInput) => void;
  onReset: () => void;
};

function toggle(values: string[], id: string): string[] {
  return values.includes(id) ? values.filter((v) => v !== id) : [...values, id];
}

/** A row of toggle buttons as in the seed: 全部 clears the choice, the others press in and out. */
function Choices({ legend, options, selected, onChange, testId }: { legend: string; options: Option[]; selected: string[]; onChange: (values: string[]) => void; testId: string }) {
  const t = useTranslations('reports.analysis');
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
 * The seed's filters of 聯絡活動分析: 分店, 活動 (several), 銷售組別, 銷售員 (those the viewer may
 * see), 會員組別 and the contact date range; 確定 runs the report, 重設 clears everything.
 */
export function AnalysisFilters({ filter, options, onRun, onReset }: Props) {
  const t = useTranslations('reports.analysis');
  const id = useId();
  const [values, setValues] = useState<ReportFilterInput>(filter);
  const set = <K extends keyof ReportFilterInput>(key: K, value: ReportFilterInput[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onRun(compactFilter(values));
  }

  return (
    <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="analysis-filters">
      <h2 id={`${id}-title`} className={styles.filtersTitle}>
        {t('filtersTitle')}
      </h2>
      <div className={styles.filterGrid}>
        {LISTS.map(({ key, option, label }) => (
          <Choices
            key={key}
            legend={t(label)}
            options={options[option]}
            selected={values[key] ?? []}
            onChange={(v) => set(key, v)}
            testId={`analysis-filter-${label}`}
          />
        ))}
        <fieldset className={styles.choices}>
          <legend>{t('contactRange')}</legend>
          <div className={styles.dateRange}>
            <label htmlFor={`${id}-from`}>{t('contactedFrom')}</label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              max={values.contactedTo}
              value={values.contactedFrom ?? ''}
              onChange={(e) => set('contactedFrom', e.target.value || undefined)}
              data-testid="analysis-filter-from"
            />
            <label htmlFor={`${id}-to`}>{t('contactedTo')}</label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              min={values.contactedFrom}
              value={values.contactedTo ?? ''}
              onChange={(e) => set('contactedTo', e.target.value || undefined)}
              data-testid="analysis-filter-to"
            />
          </div>
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="analysis-run">
          {t('submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset} data-testid="analysis-reset">
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
