'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { graphqlFetch } from '@/lib/graphql-fetch';

export type RecycledMember = {
  id: string;
  memberNo: string;
  displayName: string;
  phone: string | null;
  deletedAt: string;
  deletedBy: { displayName: string; code: string } | null;
};

const RESTORE = `mutation RestoreMember($id: ID!) { restoreMember(id: $id) { id memberNo } }`;
const PURGE = `mutation PurgeMember($id: ID!) { purgeMember(id: $id) }`;

type Notice = { kind: 'success' | 'error'; text: string; restoredId?: string };

/** 數據回收站: deleted members with restore, and permanent deletion for admins after confirming. */
export function RecycleBinTable({ members, canRestore, canPurge }: { members: RecycledMember[]; canRestore: boolean; canPurge: boolean }) {
  const t = useTranslations('recycleBin');
  const common = useTranslations('common');
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [confirmPurge, setConfirmPurge] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function act(member: RecycledMember, action: 'restore' | 'purge') {
    setPending(member.id);
    setNotice(null);
    try {
      await graphqlFetch(action === 'restore' ? RESTORE : PURGE, { id: member.id }, locale);
      setNotice({
        kind: 'success',
        text: t(action === 'restore' ? 'restored' : 'purged', { memberNo: member.memberNo }),
        restoredId: action === 'restore' ? member.id : undefined,
      });
      setConfirmPurge(null);
      router.refresh();
    } catch (failure) {
      setNotice({ kind: 'error', text: failure instanceof Error ? failure.message : String(failure) });
    }
    setPending(null);
  }

  return (
    <>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="recycle-bin-notice">
          {notice.text}{' '}
          {notice.restoredId ? <Link href={`/members/${notice.restoredId}`}>{t('openMember')}</Link> : null}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table" data-testid="recycle-bin-table">
          <thead>
            <tr>
              <th scope="col">{t('column.memberNo')}</th>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('column.deletedAt')}</th>
              <th scope="col">{t('column.deletedBy')}</th>
              <th scope="col">{t('column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              members.map((member) => (
                <tr key={member.id} data-testid={`recycled-${member.memberNo}`}>
                  <td>{member.memberNo}</td>
                  <td>{member.displayName.trim() || member.phone || common('notAvailable')}</td>
                  <td>{format.dateTime(new Date(member.deletedAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{member.deletedBy ? `${member.deletedBy.displayName} (${member.deletedBy.code})` : common('notAvailable')}</td>
                  <td>
                    {confirmPurge === member.id ? (
                      <span className="confirm-inline" role="alertdialog" aria-label={t('purgeConfirm', { memberNo: member.memberNo })}>
                        <span>{t('purgeConfirm', { memberNo: member.memberNo })}</span>
                        <button type="button" className="button button--danger" disabled={pending === member.id} onClick={() => act(member, 'purge')} data-testid={`purge-yes-${member.memberNo}`}>
                          {t('purgeYes')}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirmPurge(null)}>
                          {t('cancel')}
                        </button>
                      </span>
                    ) : (
                      <span className="button-row">
                        {canRestore ? (
                          <button type="button" className="button button--secondary" disabled={pending === member.id} onClick={() => act(member, 'restore')} data-testid={`restore-${member.memberNo}`}>
                            {t('restore')}
                          </button>
                        ) : null}
                        {canPurge ? (
                          <button type="button" className="button button--danger" disabled={pending === member.id} onClick={() => setConfirmPurge(member.id)} data-testid={`purge-${member.memberNo}`}>
                            {t('purge')}
                          </button>
                        ) : null}
                      </span>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
