'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ContactStateFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { CONTACT_LOG_LIMITS, closingNoteSchema } from '@/services/contacts/contact-log-input.schema';
import { characterCount } from './date-time';
import styles from './contact-page.module.css';

export const CLOSING_NOTE_MAX = CONTACT_LOG_LIMITS.closingNote;

type Props = {
  state: ContactStateFragment;
  timeZone: string;
  onEnd: (closingNote: string) => Promise<void>;
};

/**
 * Where the follow-up stands, the next follow-up, and 結束跟進 with a required closing note,
 * checked with the contact log service's own schema so it is refused here as the server refuses it.
 */
export function FollowUpPanel({ state, timeZone, onEnd }: Props) {
  const t = useTranslations('contactPage.followUp');
  const format = useFormatter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const issueText = useIssueText();
  const { register, handleSubmit, reset, setError, control, formState } = useForm({ resolver: zodResolver(closingNoteSchema), defaultValues: { closingNote: '' } });
  const note = useWatch({ control, name: 'closingNote' });
  const pending = formState.isSubmitting;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short', timeZone });
  const count = characterCount((note ?? '').trim());
  const refusal = formState.errors.closingNote;
  // The server's words as they come; the schema's issue worded as the server words it.
  const error = refusal?.message ? (refusal.type === 'server' ? refusal.message : issueText('closingNote', refusal.message)) : null;

  async function submit({ closingNote }: { closingNote: string }) {
    try {
      await onEnd(closingNote);
      setOpen(false);
      reset();
    } catch (failure) {
      setError('closingNote', { type: 'server', message: requestError(failure).message });
    }
  }

  return (
    <div className={styles.header} data-testid="follow-up">
      <dl className={styles.facts}>
        <div>
          <dt>{t('title')}:</dt>
          <dd>
            <span className={`tag ${state.followUpState === 'OVERDUE' ? 'tag--warning' : state.followUpState === 'CLOSED' ? 'tag--muted' : ''}`} data-testid="follow-up-state">
              {t(`state.${state.followUpState}`)}
            </span>
          </dd>
        </div>
        {state.nextFollowUpAt && state.followUpState !== 'CLOSED' ? (
          <div>
            <dt>{t('next')}:</dt>
            <dd data-testid="follow-up-next">{when(state.nextFollowUpAt)}</dd>
          </div>
        ) : null}
      </dl>
      {state.followUpState === 'CLOSED' && state.followUpClosedAt ? (
        <p className="alert alert--info" data-testid="follow-up-closed">
          {t('closedOn', { date: when(state.followUpClosedAt) })}
          {state.followUpClosingNote ? ` ${t('closingNoteLabel')}: ${state.followUpClosingNote}` : ''}
        </p>
      ) : open ? (
        <form className="form" onSubmit={handleSubmit(submit)} noValidate data-testid="follow-up-form">
          <div className={`field ${error ? 'field--invalid' : ''}`}>
            <label htmlFor={`${id}-note`}>{t('closingNote', { max: CLOSING_NOTE_MAX })}</label>
            <textarea
              id={`${id}-note`}
              className="input textarea"
              rows={2}
              {...register('closingNote')}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              data-testid="follow-up-note"
            />
            <p className={`field__hint ${count > CLOSING_NOTE_MAX ? styles.over : ''}`} aria-live="polite">
              {t('counter', { count, max: CLOSING_NOTE_MAX })}
            </p>
            {error ? (
              <p className="field__error" role="alert" id={`${id}-error`} data-testid="follow-up-error">
                {error}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="follow-up-submit">
              {t('confirm')}
            </button>
            <button type="button" className="button button--secondary" disabled={pending} onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)} data-testid="follow-up-end">
            {t('end')}
          </button>
        </div>
      )}
    </div>
  );
}
