'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { BulkJobProgressFragment as BulkJob, BulkMemberAction as BulkAction } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import type { MemberFilterInput } from './filter-params';
import { BulkJobProgressQuery, RetryBulkJobMutation, SaveMemberSelectionMutation, StartBulkMemberActionMutation } from './member-search-documents';
import type { Option, SearchOptions } from './use-search-options';
import styles from './member-search.module.css';

/** How often a running bulk job is asked for its progress. */
export const POLL_INTERVAL_MS = 700;

type Props = {
  filter: MemberFilterInput;
  excludedIds: string[];
  selectedCount: number;
  options: SearchOptions;
  /** Whether the viewer may assign members to a campaign (managers and admins). */
  canAssignCampaigns: boolean;
  /** Whether the viewer may issue e-coupons to the selection (loyalty.issueCoupons). */
  canIssueCoupons?: boolean;
  /** Called when a bulk change has finished, so the results show the new values. */
  onChanged: () => void;
};

const ACTION_LABEL: Record<BulkAction, 'changeGroup' | 'changeBranch' | 'changeConsultant'> = {
  CHANGE_GROUP: 'changeGroup',
  CHANGE_BRANCH: 'changeBranch',
  CHANGE_CONSULTANT: 'changeConsultant',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isFinished = (job: BulkJob) => job.status === 'DONE' || job.status === 'FAILED';

const messageOf = (error: unknown) => requestError(error).message;

/** Picks the new group, branch or consultant for a bulk change; Escape or 取消 closes it. */
function TargetDialog({
  action, choices, count, onConfirm, onCancel,
}: {
  action: BulkAction;
  choices: Option[];
  count: number;
  onConfirm: (targetId: string | null) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('members.search');
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const allowsNone = action === 'CHANGE_CONSULTANT';
  const [value, setValue] = useState('');

  useEffect(() => {
    selectRef.current?.focus();
  }, []);

  /** Escape closes; Tab stays inside the dialog while it is open. */
  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('select, button:not(:disabled)')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === '' && !allowsNone) return;
    onConfirm(value === '' || value === 'none' ? null : value);
  }

  return (
    <div className={styles.backdrop} onClick={(event) => event.target === event.currentTarget && onCancel()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-count`}
        className={`card ${styles.dialog}`}
        onKeyDown={handleKeyDown}
        data-testid="bulk-dialog"
      >
        <h2 id={`${id}-title`}>{t(ACTION_LABEL[action])}</h2>
        <p id={`${id}-count`}>{t('affects', { count })}</p>
        <form className="form" onSubmit={handleSubmit}>
          <div className="field">
            <label htmlFor={`${id}-target`}>{t(`target.${ACTION_LABEL[action]}`)}</label>
            <select
              id={`${id}-target`}
              ref={selectRef}
              className={`select ${styles.wide}`}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              required={!allowsNone}
              data-testid="bulk-target"
            >
              <option value="" disabled={!allowsNone}>
                {allowsNone ? t('noConsultant') : t('choose')}
              </option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.formActions}>
            <button type="submit" className="button button--primary" disabled={value === '' && !allowsNone} data-testid="bulk-confirm">
              {t('confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel} data-testid="bulk-cancel">
              {t('cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/**
 * 聯絡活動 / 更改組別 / 更改分店 / 更改顧問 / 列印標籤 / 匯出 Excel for the selected members. Each first saves
 * the selection (the filter minus unticked rows) on the server, so the action covers every page of
 * the result, not only the rows on screen.
 */
export function BulkActions({ filter, excludedIds, selectedCount, options, canAssignCampaigns, canIssueCoupons = false, onChanged }: Props) {
  const t = useTranslations('members.search');
  const locale = useLocale();
  const router = useRouter();
  const client = useApolloClient();
  const [saveSelection] = useMutation(SaveMemberSelectionMutation);
  const [startBulkAction] = useMutation(StartBulkMemberActionMutation);
  const [retryBulkJob] = useMutation(RetryBulkJobMutation);
  const [dialog, setDialog] = useState<BulkAction | null>(null);
  const [job, setJob] = useState<BulkJob | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const disabled = busy || selectedCount < 1;
  const choices: Record<BulkAction, Option[]> = {
    CHANGE_GROUP: options.groups,
    CHANGE_BRANCH: options.branches,
    CHANGE_CONSULTANT: options.consultants,
  };

  async function save(): Promise<string | null> {
    const { data } = await saveSelection({ variables: { input: { filter, excludedIds } } });
    const selection = data!.saveMemberSelection;
    if (selection.count < 1) {
      setError(t('nothingSelected'));
      return null;
    }
    return selection.id;
  }

  /** Polls a started (or retried) job until it ends. */
  async function follow(started: BulkJob) {
    let current = started;
    setJob(current);
    while (!isFinished(current)) {
      await sleep(POLL_INTERVAL_MS);
      if (!mounted.current) return;
      const { data } = await client.query({ query: BulkJobProgressQuery, variables: { id: current.id }, fetchPolicy: 'network-only' });
      current = data!.bulkJob;
      setJob(current);
    }
    if (current.status === 'DONE') onChanged();
  }

  async function runChange(action: BulkAction, targetId: string | null) {
    closeDialog();
    setBusy(true);
    setError(null);
    setJob(null);
    try {
      const selectionId = await save();
      if (!selectionId) return;
      const { data } = await startBulkAction({ variables: { input: { selectionId, action, targetId } } });
      await follow(data!.startBulkMemberAction);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  /** 重試: the failed job continues after the batches it had committed. */
  async function retry(failed: BulkJob) {
    setBusy(true);
    setError(null);
    try {
      const { data } = await retryBulkJob({ variables: { id: failed.id } });
      await follow(data!.retryBulkJob);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  async function printLabels() {
    setError(null);
    // Opened now, while the click still counts as the user's, so popup blockers let it through.
    const tab = window.open('', '_blank');
    setBusy(true);
    try {
      const selectionId = await save();
      if (!selectionId) {
        tab?.close();
        return;
      }
      const path = `/members/labels?selection=${encodeURIComponent(selectionId)}`;
      if (tab) tab.location.href = `/${locale}${path}`;
      else router.push(path);
    } catch (caught) {
      tab?.close();
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  async function exportExcel() {
    setError(null);
    setBusy(true);
    try {
      const selectionId = await save();
      if (!selectionId) return;
      const link = document.createElement('a');
      link.href = `/api/members/export?selection=${encodeURIComponent(selectionId)}&locale=${encodeURIComponent(locale)}`;
      link.download = '';
      document.body.append(link);
      link.click();
      link.remove();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  /** 電子優惠券: the coupons page issues one to every member of the saved selection, every page of the result. */
  async function issueCoupons() {
    setError(null);
    setBusy(true);
    try {
      const selectionId = await save();
      if (selectionId) router.push(`/loyalty/coupons?selection=${encodeURIComponent(selectionId)}`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  /** [聯絡活動]: the assignment page works on the saved selection, so it covers every page of the result. */
  async function assignToCampaign() {
    setError(null);
    setBusy(true);
    try {
      const selectionId = await save();
      if (selectionId) router.push(`/members/assign?selection=${encodeURIComponent(selectionId)}`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  function openDialog(action: BulkAction, button: HTMLButtonElement) {
    opener.current = button;
    setDialog(action);
  }

  function closeDialog() {
    setDialog(null);
    opener.current?.focus();
  }

  const actionButton = (action: BulkAction, testId: string) => (
    <button
      type="button"
      className="button button--secondary"
      disabled={disabled}
      onClick={(event) => openDialog(action, event.currentTarget)}
      data-testid={testId}
    >
      {t(ACTION_LABEL[action])}
    </button>
  );

  return (
    <section className={styles.bulk} aria-label={t('bulkActions')}>
      <div role="toolbar" aria-label={t('bulkActions')} className={styles.toolbar} data-testid="bulk-actions">
        {canAssignCampaigns ? (
          <button type="button" className="button button--secondary" disabled={disabled} onClick={assignToCampaign} data-testid="bulk-assign-campaign">
            {t('assignCampaign')}
          </button>
        ) : null}
        {canIssueCoupons ? (
          <button type="button" className="button button--secondary" disabled={disabled} onClick={issueCoupons} data-testid="bulk-issue-coupons">
            {t('issueCoupons')}
          </button>
        ) : null}
        {actionButton('CHANGE_GROUP', 'bulk-change-group')}
        {actionButton('CHANGE_BRANCH', 'bulk-change-branch')}
        {actionButton('CHANGE_CONSULTANT', 'bulk-change-consultant')}
        <button type="button" className="button button--secondary" disabled={disabled} onClick={printLabels} data-testid="bulk-labels">
          {t('printLabels')}
        </button>
        <button type="button" className="button button--secondary" disabled={disabled} onClick={exportExcel} data-testid="bulk-export">
          {t('exportExcel')}
        </button>
      </div>
      {job ? (
        <div className={styles.progress} role="status" data-testid="bulk-progress" data-status={job.status}>
          <progress max={Math.max(job.total, 1)} value={job.status === 'DONE' ? Math.max(job.total, 1) : job.processed} aria-label={t('progressLabel')} />
          <span data-testid="bulk-progress-text">{t('progress', { processed: job.processed, total: job.total })}</span>
          <span>{job.status === 'DONE' ? t('done') : job.status === 'FAILED' ? t('failed', { error: job.error ?? '' }) : t('running')}</span>
          {job.skipped > 0 ? <span data-testid="bulk-skipped">{t('skipped', { skipped: job.skipped })}</span> : null}
          {job.status === 'FAILED' ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => retry(job)} data-testid="bulk-retry">
              {t('retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="bulk-error">
          {error}
        </p>
      ) : null}
      {dialog ? (
        <TargetDialog
          action={dialog}
          choices={choices[dialog]}
          count={selectedCount}
          onConfirm={(targetId) => runChange(dialog, targetId)}
          onCancel={closeDialog}
        />
      ) : null}
    </section>
  );
}
