'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { NoteField } from './use-board';
import styles from './boards.module.css';

// The editor (react-hook-form and zod, ~150 kB) loads when a note is first edited, not with the
// contact list and boards that show a 新增 on every row.
const NoteEditor = dynamic(() => import('./note-editor').then((m) => m.NoteEditor), { ssr: false });

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
 * A note (出席 / 驗證 / 購買備註) of an appointment: its text and 新增 / 編輯, editing in place
 * (note-editor.tsx). Used in the boards' rows, the contact page's booking block and the contact list.
 */
export function NoteCell({ field, value, subject, onSave }: NoteCellProps) {
  const t = useTranslations('appointments.boards');
  const [editing, setEditing] = useState(false);
  const label = t(`notes.${field}`);
  const action = value ? t('editNote') : t('addNote');

  if (editing) return <NoteEditor field={field} value={value} label={label} onSave={onSave} onClose={() => setEditing(false)} />;
  return (
    <div className={styles.note}>
      {value ? <span className={styles.noteText} data-testid={`note-${field}`}>{value}</span> : null}
      <button
        type="button"
        className={`button button--secondary ${styles.small}`}
        onClick={() => setEditing(true)}
        aria-label={subject ? t('noteAction', { action, note: label, subject }) : `${action} ${label}`}
        data-testid={`note-${field}-edit`}
      >
        {action}
      </button>
    </div>
  );
}
