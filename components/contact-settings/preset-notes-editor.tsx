'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import type { PresetNoteSettingFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { CreatePresetNoteMutation, DeletePresetNoteMutation, UpdatePresetNoteMutation } from './contact-settings-documents';

export type PresetNoteRow = PresetNoteSettingFragment;

/** 聯絡會員備註: the canned notes salespeople pick on the contact page; list, add, edit, delete. */
export function PresetNotesEditor({ rows: initialRows, canEdit }: { rows: PresetNoteRow[]; canEdit: boolean }) {
  const t = useTranslations('contactSettings');
  const [createNote] = useMutation(CreatePresetNoteMutation);
  const [updateNote] = useMutation(UpdatePresetNoteMutation);
  const [deleteNote] = useMutation(DeletePresetNoteMutation);
  const [rows, setRows] = useState(initialRows);
  const [editing, setEditing] = useState<{ row: PresetNoteRow | null; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function run<T>(send: () => Promise<T | undefined>, onFieldError: boolean): Promise<T | null> {
    setPending(true);
    setMessage(null);
    try {
      return (await send()) ?? null;
    } catch (failure) {
      const text = requestError(failure).message;
      if (onFieldError) setFieldError(text);
      else setMessage({ kind: 'error', text });
      return null;
    } finally {
      setPending(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing || pending) return;
    const text = editing.text.trim();
    if (!text) {
      setFieldError(t('errors.required'));
      return;
    }
    const row = editing.row;
    const saved = row
      ? await run(async () => (await updateNote({ variables: { id: row.id, input: { text } } })).data?.updatePresetNote, true)
      : await run(async () => (await createNote({ variables: { input: { text } } })).data?.createPresetNote, true);
    if (!saved) return;
    setRows((previous) => (previous.some((r) => r.id === saved.id) ? previous.map((r) => (r.id === saved.id ? saved : r)) : [...previous, saved]));
    setEditing(null);
    setMessage({ kind: 'success', text: t('saved') });
  }

  async function remove(id: string) {
    const done = await run(async () => (await deleteNote({ variables: { id } })).data?.deletePresetNote, false);
    setConfirming(null);
    if (!done) return;
    setRows((previous) => previous.filter((r) => r.id !== id));
    setMessage({ kind: 'success', text: t('notes.deleted') });
  }

  return (
    <div data-testid="notes-editor">
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('notes.text')}</th>
              {canEdit ? <th scope="col">{t('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={2} className="muted">
                  {t('notes.empty')}
                </td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={row.id} data-testid={`notes-row-${index + 1}`}>
                  <td>{row.text}</td>
                  {canEdit ? (
                    <td>
                      {confirming === row.id ? (
                        <span className="button-row confirm-inline">
                          <span>{t('notes.confirmDelete')}</span>
                          <button type="button" className="button button--danger" onClick={() => void remove(row.id)} disabled={pending} data-testid={`notes-confirm-delete-${index + 1}`}>
                            {t('notes.delete')}
                          </button>
                          <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                            {t('cancel')}
                          </button>
                        </span>
                      ) : (
                        <span className="button-row">
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => {
                              setFieldError(null);
                              setEditing({ row, text: row.text });
                            }}
                            data-testid={`notes-edit-${index + 1}`}
                          >
                            {t('edit')}
                          </button>
                          <button type="button" className="button button--secondary" onClick={() => setConfirming(row.id)} data-testid={`notes-delete-${index + 1}`}>
                            {t('notes.delete')}
                          </button>
                        </span>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {canEdit && !editing ? (
        <div className="button-row config-editor__add">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setFieldError(null);
              setEditing({ row: null, text: '' });
            }}
            data-testid="notes-new"
          >
            {t('notes.new')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form className="form card config-editor__form" onSubmit={submit} noValidate data-testid="notes-form">
          <h3>{editing.row ? t('notes.editTitle') : t('notes.newTitle')}</h3>
          <FormField name="preset-note-text" label={t('notes.text')} required hint={t('notes.textHint')} error={fieldError}>
            {(control) => (
              <textarea {...control} className="input textarea" rows={3} maxLength={500} value={editing.text} onChange={(e) => setEditing({ ...editing, text: e.target.value })} />
            )}
          </FormField>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="notes-save">
              {t('save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
