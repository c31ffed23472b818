'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { CloseBranchMutation, ReopenBranchMutation } from './branch-documents';
import styles from './branches.module.css';

/**
 * 關閉 / 重開 a branch after a confirmation that says what closing means: members and history
 * stay, no new bookings, and its staff are NOT deactivated (staff administration decides).
 */
export function BranchStateActions({
  branchId, code, open, memberCount, activeStaffCount,
}: { branchId: string; code: string; open: boolean; memberCount: number; activeStaffCount: number }) {
  const t = useTranslations('admin.branches');
  const router = useRouter();
  const [closeBranch] = useMutation(CloseBranchMutation);
  const [reopenBranch] = useMutation(ReopenBranchMutation);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run() {
    setPending(true);
    setStatus(null);
    try {
      if (open) await closeBranch({ variables: { id: branchId } });
      else await reopenBranch({ variables: { id: branchId } });
      setConfirming(false);
      setStatus({ kind: 'success', text: open ? t('state.closedNotice', { code }) : t('state.reopenedNotice', { code }) });
      router.refresh();
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setPending(false);
  }

  return (
    <section className={`card ${styles.state}`} aria-labelledby="branch-state-heading" data-testid="branch-state">
      <h2 id="branch-state-heading">{open ? t('state.closeHeading') : t('state.reopenHeading')}</h2>
      <StatusMessage status={status} testId="branch-state-message" />
      <p>{open ? t('state.closeExplained') : t('state.reopenExplained')}</p>
      <p className="alert alert--info" data-testid="branch-staff-note">
        {t('state.staffStay', { count: activeStaffCount })}
      </p>
      {confirming ? (
        <div className={styles.state} role="alertdialog" aria-labelledby="branch-state-confirm" data-testid="branch-state-confirm">
          <p id="branch-state-confirm">
            {open ? t('state.confirmClose', { code, members: memberCount }) : t('state.confirmReopen', { code })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className={`button ${open ? 'button--danger' : 'button--primary'}`}
              onClick={() => void run()}
              disabled={pending}
              aria-busy={pending}
              data-testid="branch-state-confirm-button"
            >
              {open ? t('state.close') : t('state.reopen')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t('state.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className={`button ${open ? 'button--danger' : 'button--primary'}`}
            onClick={() => {
              setStatus(null);
              setConfirming(true);
            }}
            data-testid="branch-state-button"
          >
            {open ? t('state.close') : t('state.reopen')}
          </button>
        </div>
      )}
    </section>
  );
}
