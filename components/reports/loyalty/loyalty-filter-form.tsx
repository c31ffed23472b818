'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { LoyaltyReportBranchesQuery } from './loyalty-reports-documents';
import { loyaltyHref, type LoyaltyPeriod, type LoyaltyReportState, type LoyaltyTab } from './loyalty-reports-params';
import styles from './loyalty-reports.module.css';
import { useLoyaltyReport } from './use-loyalty-report';

/** The loyalty reports' filters: a branch on every tab, and the dates and bucketing on the movements tab. */
export function LoyaltyFilterForm({ tab, state }: { tab: LoyaltyTab; state: LoyaltyReportState }) {
  const t = useTranslations('loyaltyReports');
  const router = useRouter();
  const branches = useLoyaltyReport(LoyaltyReportBranchesQuery, {}, 'branches')?.data?.branches.nodes ?? [];
  const [branch, setBranch] = useState(state.branchIds[0] ?? '');
  const [from, setFrom] = useState(state.from ?? '');
  const [to, setTo] = useState(state.to ?? '');
  const [period, setPeriod] = useState<LoyaltyPeriod>(state.period ?? 'MONTH');

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: LoyaltyReportState = { branchIds: branch ? [branch] : [] };
    if (tab === 'movements') Object.assign(next, { from: from || undefined, to: to || undefined, period });
    router.push(loyaltyHref(tab, next));
  }

  return (
    <form className={`${styles.filters} report-no-print`} onSubmit={submit} aria-label={t('filters.label')} data-testid="loyalty-report-filters">
      <label htmlFor="loyalty-branch">{t('filters.branches')}</label>
      <select id="loyalty-branch" value={branch} onChange={(e) => setBranch(e.target.value)} data-testid="loyalty-report-branch">
        <option value="">{t('filters.allBranches')}</option>
        {branches.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
      </select>
      {tab === 'movements' ? (
        <>
          <label htmlFor="loyalty-from">{t('filters.from')}</label>
          <input id="loyalty-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="loyalty-report-from" />
          <label htmlFor="loyalty-to">{t('filters.to')}</label>
          <input id="loyalty-to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} data-testid="loyalty-report-to" />
          <label htmlFor="loyalty-period">{t('filters.bucket')}</label>
          <select id="loyalty-period" value={period} onChange={(e) => setPeriod(e.target.value as LoyaltyPeriod)} data-testid="loyalty-report-period">
            <option value="MONTH">{t('filters.buckets.MONTH')}</option>
            <option value="DAY">{t('filters.buckets.DAY')}</option>
          </select>
        </>
      ) : null}
      <button type="submit" className="button button--primary" data-testid="loyalty-report-run">{t('filters.run')}</button>
    </form>
  );
}

/** Print and the Excel download of a tab. */
export function LoyaltyReportActions({ exportHref }: { exportHref: string }) {
  const t = useTranslations('loyaltyReports');
  return (
    <div className="button-row report-no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="loyalty-report-print">{t('print')}</button>
      <a className="button button--primary" href={exportHref} download data-testid="loyalty-report-export">{t('export')}</a>
    </div>
  );
}
