'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
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
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run(close: () => void) {
    setPending(true);
    setStatus(null);
    try {
      if (open) await closeBranch({ variables: { id: branchId } });
      else await reopenBranch({ variables: { id: branchId } });
      close();
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
      <ConfirmAction
        label={open ? t('state.close') : t('state.reopen')}
        cancelLabel={t('state.cancel')}
        prompt={open ? t('state.confirmClose', { code, members: memberCount }) : t('state.confirmReopen', { code })}
        promptId="branch-state-confirm"
        variant={open ? 'danger' : 'primary'}
        pending={pending}
        onConfirm={(close) => void run(close)}
        onOpen={() => setStatus(null)}
        className={styles.state}
        testIds={{ trigger: 'branch-state-button', dialog: 'branch-state-confirm', confirm: 'branch-state-confirm-button' }}
      />
    </section>
  );
}
