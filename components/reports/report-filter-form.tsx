'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { EMPTY_OPTIONS, loadFilterOptions, type FilterOptions, type Option } from './filter-options';
import { compactFilter, type ReportFilterInput, type ReportListKey } from './report-filter';
import styles from './report-filter-form.module.css';
import { RemovableChips } from '@/components/ui/removable-chips';

type ListLabel = 'branch' | 'campaign' | 'salesGroup' | 'salesperson' | 'memberGroup';

/** The form's words, translated by the report in its own namespace. */
export type ReportFilterLabels = Record<ListLabel, string> & {
  title: string;
  all: string;
  period: string;
  from: string;
  to: string;
  /** Under the dates, when the report says what an empty period means. */
  periodHint?: string;
  submit: string;
  reset: string;
};

type Props = {
  filter: ReportFilterInput;
  options: FilterOptions;
  onRun: (filter: ReportFilterInput) => void;
  onReset: () => void;
  /** Prefix of the form's test ids, e.g. `analysis` for analysis-filters, analysis-filter-branch, analysis-run. */
  testId: string;
  labels: ReportFilterLabels;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The form's choices for the locale, empty until they have loaded; `error` when they could not be read. */
export function useFilterOptions(): { options: FilterOptions; error: string | null } {
  const client = useApolloClient();
  const [options, setOptions] = useState<FilterOptions>(EMPTY_OPTIONS);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadFilterOptions(client).then(
      (found) => !cancelled && setOptions(found),
      (failure: unknown) => !cancelled && setError(messageOf(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  return { options, error };
}

function toggle(values: string[], id: string): string[] {
  return values.includes(id) ? values.filter((v) => v !== id) : [...values, id];
}

/** Lists longer than this get a search box above their choices. */
const SEARCH_FROM = 8;

/**
 * A row of toggle buttons as in the seed's report filters: 全部 clears the choice, the others
 * press in and out. What is chosen also shows above the list as chips that remove it, so a
 * long list scrolled inside its box never hides a choice; long lists can be searched.
 */
function Choices({ legend, all, options, selected, onChange, testId }: {
  legend: string;
  all: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  testId: string;
}) {
  const t = useTranslations('reports.filter');
  const [search, setSearch] = useState('');
  const chosen = selected.map((id) => options.find((o) => o.id === id)).filter((o): o is Option => o !== undefined);
  const needle = search.trim().toLocaleLowerCase();
  const listed = needle ? options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : options;
  return (
    <fieldset className={styles.choices} data-testid={testId}>
      <legend>{legend}</legend>
      <RemovableChips
        label={t('chosen', { list: legend })}
        removeText={t('remove')}
        testId={`${testId}-chosen`}
        chipTestId={`${testId}-chip`}
        chips={chosen.map((option) => ({ key: option.id, value: option.id, label: option.label, onRemove: () => onChange(selected.filter((v) => v !== option.id)) }))}
      />
      {options.length > SEARCH_FROM ? (
        <input
          type="search"
          className={`input ${styles.search}`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={t('search', { list: legend })}
          placeholder={t('search', { list: legend })}
          data-testid={`${testId}-search`}
        />
      ) : null}
      <div className={styles.choiceList} data-testid={`${testId}-options`}>
        <button type="button" className={styles.choice} aria-pressed={selected.length === 0} onClick={() => onChange([])} data-value="">
          {all}
        </button>
        {listed.map((option) => (
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
        {needle && listed.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      </div>
    </fieldset>
  );
}

const LISTS: Array<{ key: ReportListKey; option: keyof FilterOptions; label: ListLabel }> = [
  { key: 'branchIds', option: 'branches', label: 'branch' },
  { key: 'campaignIds', option: 'campaigns', label: 'campaign' },
  { key: 'salesGroupIds', option: 'salesGroups', label: 'salesGroup' },
  { key: 'salespersonIds', option: 'salespeople', label: 'salesperson' },
  { key: 'memberGroupIds', option: 'memberGroups', label: 'memberGroup' },
];

/**
 * The seed's report filters: 分店, 活動 (several), 銷售組別, 銷售員 (those the viewer may see),
 * 會員組別 and the contact dates. 確定 runs the report; what 重設 means is up to the report
 * (聯絡活動分析 clears everything, 同事跟進的統計 goes back to this month).
 */
export function ReportFilterForm({ filter, options, onRun, onReset, testId, labels }: Props) {
  const id = useId();
  const [values, setValues] = useState<ReportFilterInput>(filter);
  const set = <K extends keyof ReportFilterInput>(key: K, value: ReportFilterInput[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onRun(compactFilter(values));
  }

  return (
    <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-title`} data-testid={`${testId}-filters`}>
      <h2 id={`${id}-title`} className={styles.filtersTitle}>
        {labels.title}
      </h2>
      <div className={styles.filterGrid}>
        {LISTS.map(({ key, option, label }) => (
          <Choices
            key={key}
            legend={labels[label]}
            all={labels.all}
            options={options[option]}
            selected={values[key] ?? []}
            onChange={(v) => set(key, v)}
            testId={`${testId}-filter-${label}`}
          />
        ))}
        <fieldset className={styles.choices}>
          <legend>{labels.period}</legend>
          <div className={styles.dateRange}>
            <label htmlFor={`${id}-from`}>{labels.from}</label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              max={values.contactedTo}
              value={values.contactedFrom ?? ''}
              onChange={(e) => set('contactedFrom', e.target.value || undefined)}
              data-testid={`${testId}-filter-from`}
            />
            <label htmlFor={`${id}-to`}>{labels.to}</label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              min={values.contactedFrom}
              value={values.contactedTo ?? ''}
              onChange={(e) => set('contactedTo', e.target.value || undefined)}
              data-testid={`${testId}-filter-to`}
            />
          </div>
          {labels.periodHint ? <p className="field__hint">{labels.periodHint}</p> : null}
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid={`${testId}-run`}>
          {labels.submit}
        </button>
        <button type="button" className="button button--secondary" onClick={onReset} data-testid={`${testId}-reset`}>
          {labels.reset}
        </button>
      </div>
    </form>
  );
}
