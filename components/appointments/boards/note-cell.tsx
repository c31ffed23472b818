'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { NoteField } from './use-board';
import styles from './boards.module.css';

const MAX = 500;

type Props = {
  field: NoteField;
  value: string;
  onSave: (text: string) => Promise<void>;
};

/** A note (出席 / 驗證 / 購買備註) in a board row: its text and 新增 / 編輯, editing in place. */
export function NoteCell({ field, value, onSave }: Props) {
  const t = useTranslations('appointments.boards');
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`notes.${field}`);

  async function save() {
    if (draft === null) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(draft);
      setDraft(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  if (draft === null) {
    return (
      <div className={styles.note}>
        {value ? <span className={styles.noteText} data-testid={`note-${field}`}>{value}</span> : null}
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setDraft(value)} data-testid={`note-${field}-edit`}>
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
        value={draft}
        maxLength={MAX}
        onChange={(e) => setDraft(e.target.value)}
        data-testid={`note-${field}-input`}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className={`button button--primary ${styles.small}`} onClick={save} disabled={saving} data-testid={`note-${field}-save`}>
          {t('save')}
        </button>
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setDraft(null)} disabled={saving}>
          {t('cancelEdit')}
        </button>
      </div>
    </div>
  );
}
