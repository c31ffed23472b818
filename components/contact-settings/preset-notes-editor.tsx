'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { graphqlFetch } from '@/lib/graphql-fetch';

export type PresetNoteRow = { id: string; text: string };

const CREATE = 'mutation CreatePresetNote($input: PresetNoteInput!) { result: createPresetNote(input: $input) { id text } }';
const UPDATE = 'mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) { result: updatePresetNote(id: $id, input: $input) { id text } }';
const DELETE = 'mutation DeletePresetNote($id: ID!) { result: deletePresetNote(id: $id) }';

/** 聯絡會員備註: the canned notes salespeople pick on the contact page; list, add, edit, delete. */
export function PresetNotesEditor({ rows: initialRows, canEdit }: { rows: PresetNoteRow[]; canEdit: boolean }) {
  const t = useTranslations('contactSettings');
  const locale = useLocale();
  const [rows, setRows] = useState(initialRows);
  const [editing, setEditing] = useState<{ row: PresetNoteRow | null; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function run<T>(query: string, variables: Record<string, unknown>, onFieldError: boolean): Promise<T | null> {
    setPending(true);
    setMessage(null);
    try {
      return (await graphqlFetch<{ result: T }>(query, variables, locale)).result;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
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
    const saved = editing.row
      ? await run<PresetNoteRow>(UPDATE, { id: editing.row.id, input: { text } }, true)
      : await run<PresetNoteRow>(CREATE, { input: { text } }, true);
    if (!saved) return;
    setRows((previous) => (previous.some((r) => r.id === saved.id) ? previous.map((r) => (r.id === saved.id ? saved : r)) : [...previous, saved]));
    setEditing(null);
    setMessage({ kind: 'success', text: t('saved') });
  }

  async function remove(id: string) {
    const done = await run<boolean>(DELETE, { id }, false);
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
