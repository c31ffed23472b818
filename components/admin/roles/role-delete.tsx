'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { DeleteRoleMutation } from './role-documents';

/**
 * 刪除角色 after a confirmation. Built-in roles say why they cannot be deleted; a role still held
 * is refused by the server with how many hold it, shown here as it says.
 */
export function RoleDelete({ roleId, name, builtIn }: { roleId: string; name: string; builtIn: boolean }) {
  const t = useTranslations('admin.roles.delete');
  const router = useRouter();
  const [deleteRole] = useMutation(DeleteRoleMutation);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run() {
    setPending(true);
    setStatus(null);
    try {
      await deleteRole({ variables: { id: roleId } });
      router.push({ pathname: '/settings/roles', query: { deleted: name } });
      router.refresh();
    } catch (failure) {
      setConfirming(false);
      setStatus({ kind: 'error', text: requestError(failure).message });
      setPending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="role-delete-heading" data-testid="role-delete">
      <h2 id="role-delete-heading">{t('heading')}</h2>
      <StatusMessage status={status} testId="role-delete-message" />
      {builtIn ? (
        <p className="alert alert--info" data-testid="role-built-in-note">
          {t('builtInNote')}
        </p>
      ) : (
        <>
          <p>{t('explained')}</p>
          {confirming ? (
            <div className="confirm-inline" role="alertdialog" aria-labelledby="role-delete-confirm" data-testid="role-delete-confirm">
              <p id="role-delete-confirm">{t('confirm', { name })}</p>
              <div className="button-row">
                <button type="button" className="button button--danger" onClick={() => void run()} disabled={pending} aria-busy={pending} data-testid="role-delete-confirm-button">
                  {t('confirmButton')}
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
                className="button button--danger"
                onClick={() => {
                  setStatus(null);
                  setConfirming(true);
                }}
                data-testid="role-delete-button"
              >
                {t('button')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
