'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RecycleBinQuery as RecycleBinData, RecycledMemberFragment } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { pageAfter } from '@/lib/apollo/page-after';
import { requestError } from '@/lib/apollo/request-error';
import { useServerData } from '@/lib/apollo/use-server-data';
import { PurgeMemberMutation, RECYCLE_BIN_PAGE_SIZE, RecycleBinQuery, RestoreMemberMutation } from './recycle-bin-documents';
import { TableScroll } from '@/components/ui/table-scroll';

type Notice = { kind: 'success' | 'error'; text: string; restoredId?: string };

type Props = {
  /** The page's cursor (null for the first page) and the server's answer for it. */
  after: string | null;
  initial: RecycleBinData;
  canRestore: boolean;
  canPurge: boolean;
};

/** Who deleted the member: the actor of her newest audit entry when that entry is the deletion. */
function deletedBy(member: RecycledMemberFragment) {
  const last = member.lastChange.nodes[0];
  return last?.action === 'delete' ? last.actor : null;
}

/** 數據回收站: deleted members with restore, and permanent deletion for admins after confirming. */
export function RecycleBinTable({ after, initial, canRestore, canPurge }: Props) {
  const t = useTranslations('recycleBin');
  const common = useTranslations('common');
  const format = useFormatter();
  const router = useRouter();
  const client = useApolloClient();
  const variables = { first: RECYCLE_BIN_PAGE_SIZE, after };
  // The server's page seeds the cache, which keeps the pages read in order (relay-style pagination).
  useServerData(RecycleBinQuery, variables, initial);
  const data = useQuery(RecycleBinQuery, { variables, fetchPolicy: 'cache-only' }).data ?? initial;
  const members = pageAfter(data.recycleBin.edges, after, RECYCLE_BIN_PAGE_SIZE).map((edge) => edge.node);
  const [restoreMember] = useMutation(RestoreMemberMutation);
  const [purgeMember] = useMutation(PurgeMemberMutation);
  const [confirmPurge, setConfirmPurge] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function act(member: RecycledMemberFragment, action: 'restore' | 'purge') {
    setPending(member.id);
    setNotice(null);
    try {
      if (action === 'restore') await restoreMember({ variables: { id: member.id } });
      else await purgeMember({ variables: { id: member.id } });
      setNotice({
        kind: 'success',
        text: t(action === 'restore' ? 'restored' : 'purged', { memberNo: member.memberNo }),
        restoredId: action === 'restore' ? member.id : undefined,
      });
      setConfirmPurge(null);
      // The page again without the member, and the header's count with it.
      await client.query({ query: RecycleBinQuery, variables, fetchPolicy: 'network-only' });
      router.refresh();
    } catch (failure) {
      setNotice({ kind: 'error', text: requestError(failure).message });
    }
    setPending(null);
  }

  function deletedByLabel(member: RecycledMemberFragment) {
    const actor = deletedBy(member);
    return actor ? `${actor.displayName} (${actor.code})` : common('notAvailable');
  }

  return (
    <>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="recycle-bin-notice">
          {notice.text}{' '}
          {notice.restoredId ? <Link href={`/members/${notice.restoredId}`}>{t('openMember')}</Link> : null}
        </p>
      ) : null}
      <TableScroll label={t('title')}>
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
                  <td>{member.deletedAt ? format.dateTime(new Date(member.deletedAt), { dateStyle: 'medium', timeStyle: 'short' }) : common('notAvailable')}</td>
                  <td>{deletedByLabel(member)}</td>
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
      </TableScroll>
    </>
  );
}
