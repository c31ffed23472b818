'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import type { ContactOptionInput } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import {
  CreateContactMethodMutation, CreateContactStatusMutation, ReorderContactMethodsMutation, ReorderContactStatusesMutation, UpdateContactMethodMutation,
  UpdateContactStatusMutation, type ContactOptionRow,
} from './contact-settings-documents';

const LOCALES = ['zhHK', 'en', 'zhCN', 'th'] as const;

type Translations = ContactOptionRow['translations'];

type FormState = { row: ContactOptionRow | null; name: string; translations: Record<(typeof LOCALES)[number], string> };

/** The ids in their new order after moving one row up (-1) or down (+1); unchanged at the ends. */
export function moved(ids: string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/**
 * 聯絡狀態 / 聯絡方法: an ordered list with up/down buttons (no drag needed on a tablet), edit with
 * translations, deactivate/reactivate and add. For statuses, the first active one is the default.
 */
export function ContactOptionsEditor({ kind, rows: initialRows, canEdit }: { kind: 'status' | 'method'; rows: ContactOptionRow[]; canEdit: boolean }) {
  const t = useTranslations('contactSettings');
  const [rows, setRows] = useState(initialRows);
  const [form, setForm] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const section = kind === 'status' ? 'statuses' : 'methods';
  const defaultId = kind === 'status' ? rows.find((r) => r.active)?.id : undefined;
  const [createStatus] = useMutation(CreateContactStatusMutation);
  const [updateStatus] = useMutation(UpdateContactStatusMutation);
  const [reorderStatuses] = useMutation(ReorderContactStatusesMutation);
  const [createMethod] = useMutation(CreateContactMethodMutation);
  const [updateMethod] = useMutation(UpdateContactMethodMutation);
  const [reorderMethods] = useMutation(ReorderContactMethodsMutation);
  const mutations =
    kind === 'status'
      ? {
          create: async (input: ContactOptionInput) => (await createStatus({ variables: { input } })).data?.createContactStatus,
          update: async (id: string, input: ContactOptionInput) => (await updateStatus({ variables: { id, input } })).data?.updateContactStatus,
          reorder: async (ids: string[]) => (await reorderStatuses({ variables: { ids } })).data?.reorderContactStatuses,
        }
      : {
          create: async (input: ContactOptionInput) => (await createMethod({ variables: { input } })).data?.createContactMethod,
          update: async (id: string, input: ContactOptionInput) => (await updateMethod({ variables: { id, input } })).data?.updateContactMethod,
          reorder: async (ids: string[]) => (await reorderMethods({ variables: { ids } })).data?.reorderContactMethods,
        };

  async function run<T>(send: () => Promise<T | undefined>): Promise<T | null> {
    setPending(true);
    setMessage(null);
    try {
      return (await send()) ?? null;
    } catch (failure) {
      const { message: text, field: named } = requestError(failure);
      const field = named?.replace(/^input\./, '');
      if (form && field && (field === 'name' || field.startsWith('translations.'))) setErrors({ [field]: text });
      else setMessage({ kind: 'error', text });
      return null;
    } finally {
      setPending(false);
    }
  }

  async function move(id: string, step: -1 | 1) {
    const ids = moved(rows.map((r) => r.id), id, step);
    const result = await run(() => mutations.reorder(ids));
    if (result) setRows(result);
  }

  const inputOf = (name: string, translations: Translations | FormState['translations'], active?: boolean): ContactOptionInput => ({
    name,
    translations: Object.fromEntries(LOCALES.map((l) => [l, translations[l]?.trim() || null])),
    ...(active === undefined ? {} : { active }),
  });

  async function toggle(row: ContactOptionRow) {
    const result = await run(() => mutations.update(row.id, inputOf(row.name, row.translations, !row.active)));
    if (result) {
      setRows((previous) => previous.map((r) => (r.id === result.id ? result : r)));
      setMessage({ kind: 'success', text: t('saved') });
    }
  }

  function open(row: ContactOptionRow | null) {
    setErrors({});
    setMessage(null);
    setForm({
      row,
      name: row?.name ?? '',
      translations: Object.fromEntries(LOCALES.map((l) => [l, row?.translations[l] ?? ''])) as FormState['translations'],
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form || pending) return;
    if (!form.name.trim()) {
      setErrors({ name: t('errors.required') });
      return;
    }
    const input = inputOf(form.name.trim(), form.translations);
    const editing = form.row;
    const result = editing
      ? await run(() => mutations.update(editing.id, input))
      : await run(() => mutations.create(input));
    if (!result) return;
    setRows((previous) => (previous.some((r) => r.id === result.id) ? previous.map((r) => (r.id === result.id ? result : r)) : [...previous, result]));
    setForm(null);
    setMessage({ kind: 'success', text: t('saved') });
  }

  return (
    <div data-testid={`${section}-editor`}>
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('position')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('shownAs')}</th>
              <th scope="col">{t('state')}</th>
              {canEdit ? <th scope="col">{t('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} data-testid={`${section}-row-${index + 1}`}>
                <td>{index + 1}</td>
                <td>{row.name}</td>
                <td>{row.label}</td>
                <td>
                  {row.active ? t('active') : <span className="tag tag--muted">{t('inactive')}</span>}{' '}
                  {row.id === defaultId ? <span className="tag" data-testid="status-default">{t('statuses.default')}</span> : null}
                </td>
                {canEdit ? (
                  <td>
                    <span className="button-row">
                      <button type="button" className="button button--secondary" onClick={() => void move(row.id, -1)} disabled={pending || index === 0} aria-label={t('moveUp', { name: row.label })} data-testid={`${section}-up-${index + 1}`}>
                        ↑
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => void move(row.id, 1)} disabled={pending || index === rows.length - 1} aria-label={t('moveDown', { name: row.label })} data-testid={`${section}-down-${index + 1}`}>
                        ↓
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => open(row)} data-testid={`${section}-edit-${index + 1}`}>
                        {t('edit')}
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => void toggle(row)} disabled={pending} data-testid={`${section}-toggle-${index + 1}`}>
                        {row.active ? t('deactivate') : t('activate')}
                      </button>
                    </span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && !form ? (
        <div className="button-row config-editor__add">
          <button type="button" className="button button--primary" onClick={() => open(null)} data-testid={`${section}-new`}>
            {t(`${section}.new`)}
          </button>
        </div>
      ) : null}
      {form ? (
        <form className="form card config-editor__form" onSubmit={submit} noValidate data-testid={`${section}-form`}>
          <h3>{form.row ? t(`${section}.editTitle`) : t(`${section}.newTitle`)}</h3>
          <div className="form-grid">
            <FormField name={`${kind}-name`} label={t('name')} required hint={t('nameHint')} error={errors.name}>
              {(control) => <input {...control} className="input" maxLength={100} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}
            </FormField>
            {LOCALES.map((l) => (
              <FormField key={l} name={`${kind}-translation-${l}`} label={t(`translation.${l}`)} error={errors[`translations.${l}`]}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    maxLength={100}
                    value={form.translations[l]}
                    onChange={(e) => setForm({ ...form, translations: { ...form.translations, [l]: e.target.value } })}
                  />
                )}
              </FormField>
            ))}
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid={`${section}-save`}>
              {t('save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setForm(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
