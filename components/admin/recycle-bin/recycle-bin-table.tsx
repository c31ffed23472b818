'use client';

import { useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RecycleBinRowFragment, RecycleBinType } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { PurgeRecycleBinItemMutation, RestoreRecycleBinItemMutation } from './recycle-bin-documents';
import { typeKey } from './recycle-bin-type-key';

type Notice = { kind: 'success' | 'error'; text: string; memberId?: string };

type Props = {
  /** The page of entries the server read for the viewer. */
  items: RecycleBinRowFragment[];
  /** The kind the page is filtered to, or null for every kind (the type column shows then). */
  type: RecycleBinType | null;
  canRestore: boolean;
  canPurge: boolean;
};

/**
 * 數據回收站: deleted records with who deleted them and when, the day the scheduled purge removes
 * them, restore, and purge for good after confirming (only with recycleBin.purge). After either
 * the page is read again, so the entry, the count and the next page stay right.
 */
export function RecycleBinTable({ items, type, canRestore, canPurge }: Props) {
  const t = useTranslations('admin.recycleBin');
  const common = useTranslations('common');
  const format = useFormatter();
  const router = useRouter();
  const [restore] = useMutation(RestoreRecycleBinItemMutation);
  const [purge] = useMutation(PurgeRecycleBinItemMutation);
  const [confirmPurge, setConfirmPurge] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());

  async function act(item: RecycleBinRowFragment, action: 'restore' | 'purge') {
    setPending(item.id);
    setNotice(null);
    try {
      if (action === 'restore') await restore({ variables: { id: item.id } });
      else await purge({ variables: { id: item.id } });
      setNotice({
        kind: 'success',
        text: t(action === 'restore' ? 'restored' : 'purged', { label: item.label }),
        memberId: action === 'restore' && item.type === 'Member' ? item.entityId : undefined,
      });
      setConfirmPurge(null);
      setGone((before) => new Set(before).add(item.id));
      router.refresh();
    } catch (failure) {
      setNotice({ kind: 'error', text: requestError(failure).message });
    }
    setPending(null);
  }

  const shown = items.filter((item) => !gone.has(item.id));
  const columns = type ? 5 : 6;

  return (
    <>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="recycle-bin-notice">
          {notice.text}{' '}
          {notice.memberId ? <Link href={`/members/${notice.memberId}`}>{t('openMember')}</Link> : null}
        </p>
      ) : null}
      <TableScroll label={t('tableLabel')}>
        <table className="data-table" data-testid="recycle-bin-table">
          <thead>
            <tr>
              {type ? null : <th scope="col">{t('column.type')}</th>}
              <th scope="col">{t('column.label')}</th>
              <th scope="col">{t('column.deletedAt')}</th>
              <th scope="col">{t('column.deletedBy')}</th>
              <th scope="col">{t('column.purgeAt')}</th>
              <th scope="col">{t('column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              shown.map((item) => (
                <tr key={item.id} data-testid={`recycled-${item.id}`}>
                  {type ? null : <td>{t.has(`type.${typeKey(item.type)}`) ? t(`type.${typeKey(item.type)}`) : item.type}</td>}
                  <td>{item.label}</td>
                  <td>{format.dateTime(new Date(item.deletedAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{item.deletedBy ? `${item.deletedBy.displayName} (${item.deletedBy.code})` : common('notAvailable')}</td>
                  <td>
                    {format.dateTime(new Date(item.purgeAt), { dateStyle: 'medium' })}{' '}
                    <span className="muted">{t('purgeIn', { days: item.daysUntilPurge })}</span>
                  </td>
                  <td>
                    {confirmPurge === item.id ? (
                      <span className="confirm-inline" role="alertdialog" aria-label={t('purgeConfirm', { label: item.label })}>
                        <span>{t('purgeConfirm', { label: item.label })}</span>
                        <button type="button" className="button button--danger" disabled={pending === item.id} onClick={() => act(item, 'purge')} data-testid={`purge-yes-${item.id}`}>
                          {t('purgeYes')}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirmPurge(null)}>
                          {t('cancel')}
                        </button>
                      </span>
                    ) : (
                      <span className="button-row">
                        {canRestore ? (
                          <button type="button" className="button button--secondary" disabled={pending === item.id} onClick={() => act(item, 'restore')} data-testid={`restore-${item.id}`}>
                            {t('restore')}
                          </button>
                        ) : null}
                        {canPurge ? (
                          <button type="button" className="button button--danger" disabled={pending === item.id} onClick={() => setConfirmPurge(item.id)} data-testid={`purge-${item.id}`}>
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
