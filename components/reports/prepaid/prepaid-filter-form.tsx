'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { LoyaltyReportBranchesQuery } from '../loyalty/loyalty-reports-documents';
import styles from '../loyalty/loyalty-reports.module.css';
import { useLoyaltyReport } from '../loyalty/use-loyalty-report';
import { prepaidHref, type PrepaidPeriod, type PrepaidReportState, type PrepaidTab } from './prepaid-reports-params';

/** The prepaid reports' filters: a branch on both tabs, the day and member on the liability, the dates and bucketing on the revenue. */
export function PrepaidFilterForm({ tab, state }: { tab: PrepaidTab; state: PrepaidReportState }) {
  const t = useTranslations('reports.prepaid');
  const router = useRouter();
  const branches = useLoyaltyReport(LoyaltyReportBranchesQuery, {}, 'branches')?.data?.branches.nodes ?? [];
  const [branch, setBranch] = useState(state.branchIds[0] ?? '');
  const [asOf, setAsOf] = useState(state.asOf ?? '');
  const [member, setMember] = useState(state.memberId ?? '');
  const [from, setFrom] = useState(state.from ?? '');
  const [to, setTo] = useState(state.to ?? '');
  const [period, setPeriod] = useState<PrepaidPeriod>(state.period ?? 'MONTH');

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: PrepaidReportState = { branchIds: branch ? [branch] : [] };
    if (tab === 'liability') Object.assign(next, { asOf: asOf || undefined, memberId: member.trim() || undefined });
    else Object.assign(next, { from: from || undefined, to: to || undefined, period });
    router.push(prepaidHref(tab, next));
  }

  return (
    <form className={`${styles.filters} report-no-print`} onSubmit={submit} aria-label={t('filters.label')} data-testid="prepaid-report-filters">
      <label htmlFor="prepaid-branch">{t('filters.branches')}</label>
      <select id="prepaid-branch" value={branch} onChange={(e) => setBranch(e.target.value)} data-testid="prepaid-report-branch">
        <option value="">{t('filters.allBranches')}</option>
        {branches.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
      </select>
      {tab === 'liability' ? (
        <>
          <label htmlFor="prepaid-as-of">{t('filters.asOf')}</label>
          <input id="prepaid-as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} title={t('filters.asOfHint')} data-testid="prepaid-report-as-of" />
          <label htmlFor="prepaid-member">{t('filters.member')}</label>
          <input id="prepaid-member" inputMode="numeric" pattern="[0-9]*" value={member} onChange={(e) => setMember(e.target.value)} title={t('filters.memberHint')} data-testid="prepaid-report-member" />
        </>
      ) : (
        <>
          <label htmlFor="prepaid-from">{t('filters.from')}</label>
          <input id="prepaid-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="prepaid-report-from" />
          <label htmlFor="prepaid-to">{t('filters.to')}</label>
          <input id="prepaid-to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} data-testid="prepaid-report-to" />
          <label htmlFor="prepaid-period">{t('filters.bucket')}</label>
          <select id="prepaid-period" value={period} onChange={(e) => setPeriod(e.target.value as PrepaidPeriod)} data-testid="prepaid-report-period">
            <option value="MONTH">{t('filters.buckets.MONTH')}</option>
            <option value="DAY">{t('filters.buckets.DAY')}</option>
          </select>
        </>
      )}
      <button type="submit" className="button button--primary" data-testid="prepaid-report-run">{t('filters.run')}</button>
    </form>
  );
}

/** Print (the page's print view) and the Excel download of a tab. */
export function PrepaidReportActions({ exportHref }: { exportHref: string }) {
  const t = useTranslations('reports.prepaid');
  return (
    <div className="button-row report-no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()} data-testid="prepaid-report-print">{t('print')}</button>
      <a className="button button--primary" href={exportHref} download data-testid="prepaid-report-export">{t('export')}</a>
    </div>
  );
}
