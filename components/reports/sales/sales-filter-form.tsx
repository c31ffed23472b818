'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { SalesGroupingName } from './sales-drill';
import { GROUPINGS, salesParamsQuery } from './sales-params';
import styles from './sales-stats.module.css';

type Applied = { grouping: SalesGroupingName; from: string; to: string; branchIds: string[] };

/** 統計分析's filters — period, branches, grouping — kept in the page's address, so a report can be bookmarked and printed as shown. */
export function SalesFilterForm({ applied, branches }: { applied: Applied; branches: Array<{ id: string; label: string }> }) {
  const t = useTranslations('salesStats');
  const router = useRouter();
  const id = useId();
  const [form, setForm] = useState<Applied>(applied);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(`/reports/sales?${salesParamsQuery(form)}`);
  }

  const toggleBranch = (branchId: string, on: boolean) =>
    setForm((f) => ({ ...f, branchIds: on ? [...f.branchIds, branchId] : f.branchIds.filter((b) => b !== branchId) }));

  return (
    <form className={`card report-no-print ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-legend`} data-testid="sales-stats-filters">
      <h2 id={`${id}-legend`} className={styles.filtersTitle}>{t('filters.legend')}</h2>
      <div className={styles.grid}>
        <div className="field">
          <label htmlFor={`${id}-grouping`}>{t('filters.grouping')}</label>
          <select id={`${id}-grouping`} className="input" value={form.grouping} onChange={(e) => setForm((f) => ({ ...f, grouping: e.target.value as SalesGroupingName }))} data-testid="sales-stats-grouping">
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`grouping.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input id={`${id}-from`} className="input" type="date" required max={form.to || undefined} value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} data-testid="sales-stats-from" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input id={`${id}-to`} className="input" type="date" required min={form.from || undefined} value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} data-testid="sales-stats-to" />
        </div>
        <fieldset className={`field ${styles.branches}`}>
          <legend>{t('filters.branches')}</legend>
          <p className="muted">{t('filters.branchesHint')}</p>
          {branches.map((b) => (
            <label key={b.id} className={styles.branch}>
              <input type="checkbox" checked={form.branchIds.includes(b.id)} onChange={(e) => toggleBranch(b.id, e.target.checked)} data-testid={`sales-stats-branch-${b.id}`} />
              {b.label}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="sales-stats-apply">
          {t('filters.apply')}
        </button>
      </div>
    </form>
  );
}
