'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
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
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run(close: () => void) {
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
      close();
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
      ) : (
        <ConfirmAction
          label={active ? t('deactivate') : t('reactivate')}
          cancelLabel={t('cancel')}
          prompt={active ? t('confirmDeactivate', { name }) : t('confirmReactivate', { name })}
          promptId="staff-state-confirm"
          variant={active ? 'danger' : 'primary'}
          pending={pending}
          onConfirm={(close) => void run(close)}
          onOpen={() => setStatus(null)}
          testIds={{ trigger: 'staff-state-button', dialog: 'staff-state-confirm', confirm: 'staff-state-confirm-button' }}
        />
      )}
    </section>
  );
}
