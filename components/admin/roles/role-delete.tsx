'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmAction } from '@/components/ui/confirm-action';
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
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  async function run(close: () => void) {
    setPending(true);
    setStatus(null);
    try {
      await deleteRole({ variables: { id: roleId } });
      router.push({ pathname: '/settings/roles', query: { deleted: name } });
      router.refresh();
    } catch (failure) {
      close();
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
          <ConfirmAction
            label={t('button')}
            confirmLabel={t('confirmButton')}
            cancelLabel={t('cancel')}
            prompt={t('confirm', { name })}
            promptId="role-delete-confirm"
            variant="danger"
            pending={pending}
            onConfirm={(close) => void run(close)}
            onOpen={() => setStatus(null)}
            testIds={{ trigger: 'role-delete-button', dialog: 'role-delete-confirm', confirm: 'role-delete-confirm-button' }}
          />
        </>
      )}
    </section>
  );
}
