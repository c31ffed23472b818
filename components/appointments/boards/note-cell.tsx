'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useIssueText } from '@/lib/forms/issue-text';
import { attendanceNote } from '@/services/appointments/attendance-notes.schema';
import type { NoteField } from './use-board';
import styles from './boards.module.css';

/** One note as the attendance service reads it (attendance-notes.schema.ts). */
const noteSchema = z.object({ text: attendanceNote });

/**
 * NoteCell's props. Stable: the boards, the contact page and the contact list use it.
 */
export type NoteCellProps = {
  /** Which of the appointment's notes: attendanceNote (出席備註), verificationNote (驗證備註) or purchaseNote (購買備註). */
  field: NoteField;
  /** The note as saved ('' when none: the button reads 新增, else 編輯). */
  value: string;
  /**
   * Who or what the note is about (the member's name), added to the button's accessible name so a
   * list of rows does not read "新增, 新增, 新增". Optional.
   */
  subject?: string | null;
  /**
   * Saves the note (setAppointmentNotes with { [field]: text }); resolve when saved, or throw an
   * Error whose message is the API's words (requestError) to keep the editor open showing it.
   */
  onSave: (text: string) => Promise<void>;
};

/**
 * A note (出席 / 驗證 / 購買備註) of an appointment: its text and 新增 / 編輯, editing in place; a
 * note the service would refuse is refused here first, in the service's words. Used in the
 * boards' rows, the contact page's booking block and the contact list.
 */
export function NoteCell({ field, value, subject, onSave }: NoteCellProps) {
  const t = useTranslations('appointments.boards');
  const id = useId();
  const issueText = useIssueText();
  const [editing, setEditing] = useState(false);
  const { register, handleSubmit, reset, setError, formState } = useForm({ resolver: zodResolver(noteSchema), defaultValues: { text: value } });
  const saving = formState.isSubmitting;
  const refusal = formState.errors.text;
  const error = refusal?.message ? (refusal.type === 'server' ? refusal.message : issueText(field, refusal.message)) : null;
  const label = t(`notes.${field}`);
  const action = value ? t('editNote') : t('addNote');

  async function save({ text }: { text: string }) {
    try {
      await onSave(text);
      setEditing(false);
    } catch (e) {
      setError('text', { type: 'server', message: e instanceof Error ? e.message : String(e) });
    }
  }

  if (!editing) {
    return (
      <div className={styles.note}>
        {value ? <span className={styles.noteText} data-testid={`note-${field}`}>{value}</span> : null}
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => {
            reset({ text: value });
            setEditing(true);
          }} aria-label={subject ? t('noteAction', { action, note: label, subject }) : `${action} ${label}`} data-testid={`note-${field}-edit`}>
          {action}
        </button>
      </div>
    );
  }
  return (
    <div className={styles.noteEditor}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="textarea input"
        rows={3}
        {...register('text')}
        aria-invalid={error ? true : undefined}
        data-testid={`note-${field}-input`}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className={`button button--primary ${styles.small}`} onClick={handleSubmit(save)} disabled={saving} data-testid={`note-${field}-save`}>
          {t('save')}
        </button>
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setEditing(false)} disabled={saving}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}
