'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useIssueText } from '@/lib/forms/issue-text';
import { attendanceNote } from '@/services/appointments/attendance-notes.schema';
import type { NoteCellProps } from './note-cell';
import styles from './boards.module.css';

/** One note as the attendance service reads it (attendance-notes.schema.ts). */
const noteSchema = z.object({ text: attendanceNote });

type Props = Pick<NoteCellProps, 'field' | 'value' | 'onSave'> & {
  /** The note's name (出席備註…), the textarea's label. */
  label: string;
  /** Back to the note's text: after a save, or on 取消. */
  onClose: () => void;
};

/**
 * Editing a note in place: a note the service would refuse is refused here first, in the
 * service's words; the API's refusal keeps the editor open showing it.
 */
export function NoteEditor({ field, value, label, onSave, onClose }: Props) {
  const t = useTranslations('appointments.boards');
  const id = useId();
  const issueText = useIssueText();
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(noteSchema), defaultValues: { text: value } });
  const saving = formState.isSubmitting;
  const refusal = formState.errors.text;
  const error = refusal?.message ? (refusal.type === 'server' ? refusal.message : issueText(field, refusal.message)) : null;

  async function save({ text }: { text: string }) {
    try {
      await onSave(text);
      onClose();
    } catch (e) {
      setError('text', { type: 'server', message: e instanceof Error ? e.message : String(e) });
    }
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
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={onClose} disabled={saving}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}
