'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { DeleteMemberMutation } from './member-page-documents';

/** Edit, convert a walk-in, and delete (after confirming) from the member page. */
export function MemberActions({
  memberId,
  memberNo,
  name,
  isWalkIn,
  canDelete,
}: {
  memberId: string;
  memberNo: string;
  name: string;
  isWalkIn: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations('members.profile');
  const router = useRouter();
  const [deleteMember] = useMutation(DeleteMemberMutation);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await deleteMember({ variables: { id: memberId } });
      router.push({ pathname: '/members', query: { deleted: memberNo } });
      router.refresh();
    } catch (failure) {
      setPending(false);
      setError(requestError(failure).message);
    }
  }

  return (
    <div className="member-actions">
      <div className="button-row">
        {isWalkIn ? (
          <Link className="button button--primary" href={`/members/${memberId}/convert`} data-testid="member-convert">
            {t('convert')}
          </Link>
        ) : null}
        <Link className="button button--secondary" href={`/members/${memberId}/edit`} data-testid="member-edit">
          {t('edit')}
        </Link>
        {canDelete && !confirming ? (
          <button type="button" className="button button--danger" onClick={() => setConfirming(true)} data-testid="member-delete">
            {t('delete')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="alert alert--warning confirm-panel" role="alertdialog" aria-labelledby="delete-confirm-text" data-testid="delete-confirm">
          <p id="delete-confirm-text">{t('deleteConfirm', { name, memberNo })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={pending} aria-busy={pending} onClick={remove} data-testid="delete-confirm-yes">
              {t('deleteYes')}
            </button>
            <button type="button" className="button button--secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
