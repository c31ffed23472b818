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

type Props = {
  field: NoteField;
  value: string;
  onSave: (text: string) => Promise<void>;
};

/**
 * A note (出席 / 驗證 / 購買備註) in a board row: its text and 新增 / 編輯, editing in place; a note
 * the service would refuse is refused here first, in the service's words.
 */
export function NoteCell({ field, value, onSave }: Props) {
  const t = useTranslations('appointments.boards');
  const id = useId();
  const issueText = useIssueText();
  const [editing, setEditing] = useState(false);
  const { register, handleSubmit, reset, setError, formState } = useForm({ resolver: zodResolver(noteSchema), defaultValues: { text: value } });
  const saving = formState.isSubmitting;
  const refusal = formState.errors.text;
  const error = refusal?.message ? (refusal.type === 'server' ? refusal.message : issueText(field, refusal.message)) : null;
  const label = t(`notes.${field}`);

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
          }} data-testid={`note-${field}-edit`}>
          {value ? t('editNote') : t('addNote')}
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
