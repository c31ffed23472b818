'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { DeactivateStaffMutation, ReactivateStaffMutation } from './staff-documents';

/**
 * 停用 / 重新啟用 a staff member after a confirmation that says what deactivating does: they are
 * signed out everywhere at once and their API tokens are revoked. Nobody deactivates themselves.
 */
export function StaffStateActions({ staffId, name, active, isSelf }: { staffId: string; name: string; active: boolean; isSelf: boolean }) {
  const t = useTranslations('admin.staff.state');
  const router = useRouter();
  const [deactivate] = useMutation(DeactivateStaffMutation);
  const [reactivate] = useMutation(ReactivateStaffMutation);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run() {
    setPending(true);
    setStatus(null);
    try {
      if (active) {
        const result = (await deactivate({ variables: { id: staffId } })).data?.deactivateStaff;
        setStatus({ kind: 'success', text: t('deactivatedNotice', { name, sessions: result?.endedSessions ?? 0, tokens: result?.revokedTokens ?? 0 }) });
      } else {
        await reactivate({ variables: { id: staffId } });
        setStatus({ kind: 'success', text: t('reactivatedNotice', { name }) });
      }
      setConfirming(false);
      router.refresh();
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setPending(false);
  }

  return (
    <section className="card" aria-labelledby="staff-state-heading" data-testid="staff-state">
      <h2 id="staff-state-heading">{active ? t('deactivateHeading') : t('reactivateHeading')}</h2>
      <StatusMessage status={status} testId="staff-state-message" />
      <p>{active ? t('deactivateExplained') : t('reactivateExplained')}</p>
      {active && isSelf ? (
        <p className="muted" data-testid="staff-state-self">
          {t('notYourself')}
        </p>
      ) : confirming ? (
        <div className="confirm-inline" role="alertdialog" aria-labelledby="staff-state-confirm" data-testid="staff-state-confirm">
          <p id="staff-state-confirm">{active ? t('confirmDeactivate', { name }) : t('confirmReactivate', { name })}</p>
          <div className="button-row">
            <button
              type="button"
              className={`button ${active ? 'button--danger' : 'button--primary'}`}
              onClick={() => void run()}
              disabled={pending}
              aria-busy={pending}
              data-testid="staff-state-confirm-button"
            >
              {active ? t('deactivate') : t('reactivate')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className={`button ${active ? 'button--danger' : 'button--primary'}`}
            onClick={() => {
              setStatus(null);
              setConfirming(true);
            }}
            data-testid="staff-state-button"
          >
            {active ? t('deactivate') : t('reactivate')}
          </button>
        </div>
      )}
    </section>
  );
}
