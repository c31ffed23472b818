'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type {
  AssignableCampaignFragment as AssignableCampaign, AssignBranchFragment as BranchOption, AssignmentJobFragment as AssignmentJob,
  AssignmentPreviewFragment as AssignmentPreview,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import {
  AssignmentProgressQuery, AssignPreviewQuery, AssignSalespeopleQuery, AssignToCampaignMutation, RetryAssignmentMutation,
} from './assignment-documents';
import { campaignHeading, campaignOptionLabel } from './campaign-label';
import styles from './campaign-assignment.module.css';

/** How often a running assignment is asked for its progress. */
export const POLL_INTERVAL_MS = 700;
/** Ticking several salespeople in a row asks for one preview, not one per tick. */
export const PREVIEW_DELAY_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => requestError(error).message;
const isFinished = (job: AssignmentJob) => job.status === 'DONE' || job.status === 'FAILED';

type Props = {
  selectionId: string;
  campaigns: AssignableCampaign[];
  branches: BranchOption[];
  /** The viewer's own branch, chosen first. */
  defaultBranchId: string;
};

/** Step 1: "選擇聯絡活動，按確定 ---> 然後在下一頁選擇銷售員". */
function CampaignStep({
  campaigns, chosen, onConfirm,
}: { campaigns: AssignableCampaign[]; chosen: string; onConfirm: (campaignId: string) => void }) {
  const t = useTranslations('assignment');
  const id = useId();
  const [value, setValue] = useState(chosen);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value) onConfirm(value);
  }

  return (
    <form className={`card ${styles.step}`} onSubmit={handleSubmit} aria-labelledby={`${id}-title`} data-testid="assign-campaign-step">
      <h2 id={`${id}-title`} className={styles.stepTitle}>
        {t('campaignStep.title')}
      </h2>
      <p className="muted">{t('campaignStep.hint')}</p>
      {campaigns.length === 0 ? (
        <p className="alert alert--info" data-testid="assign-no-campaigns">
          {t('campaignStep.none')}
        </p>
      ) : (
        <fieldset className={styles.choices}>
          <legend>{t('campaignStep.legend')}</legend>
          <div className={styles.campaignList}>
            {campaigns.map((campaign) => (
              <label key={campaign.id} className={styles.choice}>
                <input
                  type="radio"
                  name={`${id}-campaign`}
                  value={campaign.id}
                  checked={value === campaign.id}
                  onChange={() => setValue(campaign.id)}
                  data-testid={`assign-campaign-${campaign.code}`}
                />
                <span>{campaignOptionLabel(t, campaign)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={!value} data-testid="assign-campaign-confirm">
          {t('campaignStep.confirm')}
        </button>
      </div>
    </form>
  );
}

/** The assignment job's progress bar, then the way to the campaign's contact list. */
function JobProgress({ job, campaignId, onRetry, retrying }: { job: AssignmentJob; campaignId: string; onRetry: () => void; retrying: boolean }) {
  const t = useTranslations('assignment.job');
  const total = Math.max(job.total, 1);
  return (
    <div className={styles.progress} role="status" data-testid="assign-progress" data-status={job.status}>
      <progress max={total} value={job.status === 'DONE' ? total : Math.min(job.processed, total)} aria-label={t('progressLabel')} />
      <span data-testid="assign-progress-text">{t('progress', { processed: job.processed, total: job.total })}</span>
      {job.status === 'DONE' ? (
        <div className="alert alert--success">
          <p>{t('done')}</p>
          <Link className="button button--primary" href={{ pathname: '/contacts', query: { campaign: campaignId } }} data-testid="assign-view-contacts">
            {t('viewContacts')}
          </Link>
        </div>
      ) : job.status === 'FAILED' ? (
        <div className="alert alert--error" role="alert" data-testid="assign-failed">
          <p>{t('failed', { error: job.error ?? '' })}</p>
          <button type="button" className="button button--secondary" disabled={retrying} onClick={onRetry} data-testid="assign-retry">
            {t('retry')}
          </button>
        </div>
      ) : (
        <span>{t('running')}</span>
      )}
    </div>
  );
}

/** Step 2: branch, salespeople (checkbox list with 全選), the live preview and the start. */
function SalespeopleStep({
  selectionId, campaign, branches, defaultBranchId, onBack,
}: {
  selectionId: string;
  campaign: AssignableCampaign;
  branches: BranchOption[];
  defaultBranchId: string;
  onBack: () => void;
}) {
  const t = useTranslations('assignment');
  const id = useId();
  const client = useApolloClient();
  const [assignToCampaign] = useMutation(AssignToCampaignMutation);
  const [retryAssignment] = useMutation(RetryAssignmentMutation);
  const [branchId, setBranchId] = useState(defaultBranchId);
  const [selected, setSelected] = useState<string[]>([]);
  const [previewOf, setPreviewOf] = useState<{ key: string; preview: AssignmentPreview | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<AssignmentJob | null>(null);
  const [starting, setStarting] = useState(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The chosen branch's salespeople: none while they are read, an empty list when refused.
  const salespeople = useQuery(AssignSalespeopleQuery, { variables: { branchId } });
  const staff = salespeople.error ? [] : (salespeople.data?.staffMembers.nodes ?? null);
  const shownError = error ?? (salespeople.error ? messageOf(salespeople.error) : null);

  // The preview of the ticked salespeople, asked once ticking pauses; older answers are dropped.
  const selectedKey = selected.join(',');
  useEffect(() => {
    if (!selectedKey) return;
    let current = true;
    const timer = setTimeout(() => {
      const input = { selectionId, campaignId: campaign.id, salespersonIds: selectedKey.split(',') };
      // Always asked afresh: the campaign and the selection change while the page is open.
      client.query({ query: AssignPreviewQuery, variables: { input }, fetchPolicy: 'network-only' }).then(
        ({ data }) => {
          if (!current) return;
          setPreviewOf({ key: selectedKey, preview: data?.previewCampaignAssignment ?? null });
          setError(null);
        },
        (caught: unknown) => {
          if (!current) return;
          setPreviewOf({ key: selectedKey, preview: null });
          setError(messageOf(caught));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [selectedKey, selectionId, campaign.id, client]);
  const previewing = selectedKey !== '' && previewOf?.key !== selectedKey;
  const preview = previewOf?.key === selectedKey ? previewOf.preview : null;

  function chooseBranch(id: string) {
    setBranchId(id);
    setSelected([]);
  }

  const locked = starting || job !== null;
  const allIds = (staff ?? []).map((s) => s.id);
  const allSelected = allIds.length > 0 && allIds.every((staffId) => selected.includes(staffId));

  function toggle(staffId: string, on: boolean) {
    // Kept in list order, so the same ticks always send the same request.
    setSelected((before) => allIds.filter((x) => (x === staffId ? on : before.includes(x))));
  }

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected.length || locked) return;
    setStarting(true);
    setError(null);
    try {
      const { data } = await assignToCampaign({ variables: { input: { selectionId, campaignId: campaign.id, salespersonIds: selected } } });
      await follow(data!.assignToCampaign);
    } catch (caught) {
      if (mounted.current) setError(messageOf(caught));
    } finally {
      if (mounted.current) setStarting(false);
    }
  }

  /** Polls a started (or retried) job until it ends. */
  async function follow(started: AssignmentJob) {
    let current = started;
    setJob(current);
    while (!isFinished(current)) {
      await sleep(POLL_INTERVAL_MS);
      if (!mounted.current) return;
      const { data } = await client.query({ query: AssignmentProgressQuery, variables: { id: current.id }, fetchPolicy: 'network-only' });
      current = data!.bulkJob;
      setJob(current);
    }
  }

  /** 重試: the failed assignment deals on after the batches it had committed. */
  async function retry() {
    if (!job) return;
    setStarting(true);
    setError(null);
    try {
      const { data } = await retryAssignment({ variables: { id: job.id } });
      await follow(data!.retryBulkJob);
    } catch (caught) {
      if (mounted.current) setError(messageOf(caught));
    } finally {
      if (mounted.current) setStarting(false);
    }
  }

  return (
    <form className={`card ${styles.step}`} onSubmit={start} aria-labelledby={`${id}-title`} data-testid="assign-salespeople-step">
      <h2 id={`${id}-title`} className={styles.stepTitle} data-testid="assign-heading">
        {t('salespeopleStep.title', { campaign: campaignHeading(t, campaign) })}
      </h2>
      <div className={`field ${styles.branch}`}>
        <label htmlFor={`${id}-branch`}>{t('salespeopleStep.branch')}</label>
        <select
          id={`${id}-branch`}
          className="select select--block"
          value={branchId}
          onChange={(event) => chooseBranch(event.target.value)}
          disabled={locked}
          data-testid="assign-branch"
        >
          {branches.map((branch) => (
            <option key={branch.id} value={branch.id}>
              {branch.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className={styles.choices} disabled={locked}>
        <legend>{t('salespeopleStep.legend')}</legend>
        {staff === null ? (
          <p className="muted">{t('salespeopleStep.loading')}</p>
        ) : staff.length === 0 ? (
          <p className="muted" data-testid="assign-no-salespeople">
            {t('salespeopleStep.none')}
          </p>
        ) : (
          <div className={styles.salespeople}>
            <label className={styles.choice}>
              <input
                type="checkbox"
                checked={allSelected}
                onChange={(event) => setSelected(event.target.checked ? allIds : [])}
                data-testid="assign-select-all"
              />
              <span>{t('salespeopleStep.selectAll')}</span>
            </label>
            {staff.map((person) => (
              <label key={person.id} className={styles.choice}>
                <input
                  type="checkbox"
                  checked={selected.includes(person.id)}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                  data-testid={`assign-salesperson-${person.code}`}
                />
                <span>
                  {person.displayName} ({person.code})
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <div aria-live="polite" data-testid="assign-preview">
        {!selected.length ? (
          <p className="muted">{t('salespeopleStep.chooseOne')}</p>
        ) : preview ? (
          <p className={styles.preview}>
            <span data-testid="assign-preview-line">
              {t('preview.line', { total: preview.toAssign, min: preview.minPerSalesperson, max: preview.maxPerSalesperson })}
            </span>
            <span data-testid="assign-preview-already-in">{t('preview.alreadyIn', { count: preview.alreadyInCampaign })}</span>
            {preview.outsideBranch
              .filter((reach) => reach.outsideBranch > 0)
              .map((reach) => (
                <span key={reach.salesperson.id} data-testid="assign-preview-outside-branch">
                  {t('preview.outsideBranch', { name: `${reach.salesperson.displayName} (${reach.salesperson.code})`, count: reach.outsideBranch })}
                </span>
              ))}
          </p>
        ) : previewing ? (
          <p className="muted">{t('preview.loading')}</p>
        ) : null}
      </div>

      {shownError ? (
        <p className="alert alert--error" role="alert" data-testid="assign-error">
          {shownError}
        </p>
      ) : null}

      {job ? <JobProgress job={job} campaignId={campaign.id} onRetry={retry} retrying={starting} /> : null}

      {job ? null : (
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={locked || !selected.length || !preview || previewing || preview.toAssign === 0}
            data-testid="assign-confirm"
          >
            {t('salespeopleStep.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack} disabled={locked} data-testid="assign-change-campaign">
            {t('salespeopleStep.changeCampaign')}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * [聯絡活動]：安排會員給銷售員 (seed 000): choose a campaign, then a branch and its salespeople;
 * the members of the saved selection are dealt evenly among them by a background job.
 */
export function CampaignAssignment({ selectionId, campaigns, branches, defaultBranchId }: Props) {
  const [campaignId, setCampaignId] = useState('');
  const [step, setStep] = useState<'campaign' | 'salespeople'>('campaign');
  const campaign = campaigns.find((c) => c.id === campaignId) ?? null;

  return (
    <div className={styles.page}>
      {step === 'salespeople' && campaign ? (
        <SalespeopleStep
          key={campaign.id}
          selectionId={selectionId}
          campaign={campaign}
          branches={branches}
          defaultBranchId={defaultBranchId}
          onBack={() => setStep('campaign')}
        />
      ) : (
        <CampaignStep
          campaigns={campaigns}
          chosen={campaignId}
          onConfirm={(id) => {
            setCampaignId(id);
            setStep('salespeople');
          }}
        />
      )}
    </div>
  );
}
