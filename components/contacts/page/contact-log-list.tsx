'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ContactLogItemFragment as ContactLogItem, ContactPageOptionsQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { ContactLogForm, type ContactLogFormValues } from './contact-log-form';
import type { Choice } from './contact-page-documents';
import styles from './contact-page.module.css';

type Props = {
  logs: ContactLogItem[];
  campaignName: string;
  timeZone: string;
  methods: Choice[];
  statuses: Choice[];
  presetNotes: ContactPageOptionsQuery['presetNotes']['nodes'];
  onUpdate: (log: ContactLogItem, values: ContactLogFormValues) => Promise<void>;
  onDelete: (log: ContactLogItem) => Promise<void>;
};

/** The contact history, newest first: each log with its author's last change, and 編輯 / 刪除 where allowed. */
export function ContactLogList(props: Props) {
  const t = useTranslations('contactPage.logs');
  const format = useFormatter();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short', timeZone: props.timeZone });

  async function remove(log: ContactLogItem) {
    setDeleting(true);
    setError(null);
    try {
      await props.onDelete(log);
      setConfirming(null);
    } catch (failure) {
      setError({ id: log.id, message: requestError(failure).message });
    }
    setDeleting(false);
  }

  if (props.logs.length === 0) {
    return (
      <p className="muted" data-testid="log-empty">
        {t('empty')}
      </p>
    );
  }

  return (
    <ol className={styles.logs} data-testid="log-list">
      {props.logs.map((log) => (
        <li key={log.id} className={styles.log} data-testid="log-item" data-log-id={log.id}>
          {editing === log.id ? (
            <ContactLogForm
              timeZone={props.timeZone}
              methods={props.methods}
              statuses={props.statuses}
              presetNotes={props.presetNotes}
              log={log}
              onSubmit={async (values) => {
                await props.onUpdate(log, values);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <>
              <p className={styles.logTitle}>
                <time dateTime={log.contactedAt} data-testid="log-contacted-at">
                  {when(log.contactedAt)}
                </time>{' '}
                {t('heading', { campaign: props.campaignName })}
              </p>
              <p className={styles.logLine}>
                <strong>{t('method')}:</strong> <span data-testid="log-method-label">{log.method.label}</span>{' '}
                <strong>{t('status')}:</strong> <span data-testid="log-status-label">{log.status.label}</span>
              </p>
              {log.note ? (
                <p className={styles.logLine}>
                  <strong>{t('note')}:</strong> <span data-testid="log-note-text">{log.note}</span>
                </p>
              ) : null}
              {log.content ? (
                <p className={styles.logLine}>
                  <strong>{t('content')}:</strong> <span data-testid="log-content-text">{log.content}</span>
                </p>
              ) : null}
              {log.nextFollowUpAt ? (
                <p className={styles.logLine}>
                  <strong>{t('nextFollowUp')}:</strong> <time dateTime={log.nextFollowUpAt}>{when(log.nextFollowUpAt)}</time>
                </p>
              ) : null}
              <p className={`${styles.logLine} muted`} data-testid="log-updated">
                {t('lastUpdated')}: {log.updatedBy.displayName} ({log.updatedBy.login}) {when(log.updatedAt)}
              </p>
              {log.canEdit ? (
                <div className="button-row">
                  <button type="button" className="button button--secondary" onClick={() => setEditing(log.id)} data-testid="log-edit">
                    {t('edit')}
                  </button>
                  {confirming === log.id ? (
                    <span className="confirm-inline" role="alertdialog" aria-label={t('deleteConfirm')}>
                      <span>{t('deleteConfirm')}</span>
                      <button type="button" className="button button--danger" disabled={deleting} onClick={() => remove(log)} data-testid="log-delete-confirm">
                        {t('deleteYes')}
                      </button>
                      <button type="button" className="button button--secondary" disabled={deleting} onClick={() => setConfirming(null)} data-testid="log-delete-cancel">
                        {t('deleteNo')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(log.id)} data-testid="log-delete">
                      {t('delete')}
                    </button>
                  )}
                </div>
              ) : null}
              {error?.id === log.id ? (
                <p className="alert alert--error" role="alert">
                  {error.message}
                </p>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
