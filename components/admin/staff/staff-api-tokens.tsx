'use client';

import { useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { RevokeStaffApiTokenMutation } from './staff-documents';

export type StaffApiTokenRow = { id: string; name: string; tokenPrefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

/**
 * A staff member's API tokens (name, created, last used, revoked); those holding
 * apiTokens.manageAll revoke a live one after a confirmation.
 */
export function StaffApiTokens({ tokens, canRevoke, timeZone }: { tokens: StaffApiTokenRow[]; canRevoke: boolean; timeZone: string }) {
  const t = useTranslations('admin.staff.tokens');
  const format = useFormatter();
  const [revoke] = useMutation(RevokeStaffApiTokenMutation);
  const [rows, setRows] = useState(tokens);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const when = (value: string | null) => (value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short', timeZone }) : null);

  async function run(row: StaffApiTokenRow) {
    setPending(true);
    setStatus(null);
    try {
      const revoked = (await revoke({ variables: { id: row.id } })).data?.revokeApiToken;
      setRows((current) => current.map((r) => (r.id === row.id ? { ...r, revokedAt: revoked?.revokedAt ?? new Date().toISOString() } : r)));
      setStatus({ kind: 'success', text: t('revokedNotice', { name: row.name }) });
      setConfirming(null);
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setPending(false);
  }

  return (
    <section className="card" aria-labelledby="staff-tokens-heading" data-testid="staff-tokens">
      <h2 id="staff-tokens-heading">{t('heading')}</h2>
      <StatusMessage status={status} testId="staff-tokens-message" />
      <DataTable<StaffApiTokenRow>
        label={t('heading')}
        rows={rows}
        rowKey={(row) => row.id}
        rowTestId={(row) => `staff-token-${row.id}`}
        emptyText={t('empty')}
        columns={[
          { header: t('name'), cell: (row) => row.name, rowHeader: true },
          { header: t('prefix'), cell: (row) => <code>{row.tokenPrefix}…</code> },
          { header: t('created'), cell: (row) => when(row.createdAt) },
          { header: t('lastUsed'), cell: (row) => when(row.lastUsedAt) ?? <span className="muted">{t('never')}</span> },
          {
            header: t('status'),
            cell: (row) => (row.revokedAt ? <span className="tag tag--muted">{t('revokedOn', { date: when(row.revokedAt) ?? '' })}</span> : <span className="tag">{t('live')}</span>),
          },
          ...(canRevoke
            ? [
                {
                  header: t('actions'),
                  cell: (row: StaffApiTokenRow) =>
                    row.revokedAt ? null : confirming === row.id ? (
                      <div className="button-row" role="group" aria-label={t('confirm', { name: row.name })}>
                        <button type="button" className="button button--danger" onClick={() => void run(row)} disabled={pending} aria-busy={pending} data-testid={`staff-token-confirm-${row.id}`}>
                          {t('revokeConfirm', { name: row.name })}
                        </button>
                        <button type="button" className="button button--secondary" onClick={() => setConfirming(null)} disabled={pending}>
                          {t('cancel')}
                        </button>
                      </div>
                    ) : (
                      <button type="button" className="button button--secondary" onClick={() => setConfirming(row.id)} data-testid={`staff-token-revoke-${row.id}`} aria-label={t('revokeLabel', { name: row.name })}>
                        {t('revoke')}
                      </button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
