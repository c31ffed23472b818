'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { requestError } from '@/lib/apollo/request-error';
import { graphqlFetch } from '@/lib/graphql-fetch';

export type FieldValue = string | boolean;
export type FormValues = Record<string, FieldValue>;

export type FieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'checkbox' | 'lines';
  required?: boolean;
  hint?: string;
  maxLength?: number;
  options?: { value: string; label: string }[];
  /** Shown only when this returns true for the current values (e.g. max length for text fields). */
  visible?: (values: FormValues) => boolean;
};

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode };

/** Either the mutation input, or the client-side problems by field name (already localised). */
export type InputResult = { input: Record<string, unknown> } | { errors: Record<string, string> };

type Props<Row extends { id: string }> = {
  testId: string;
  rows: Row[];
  columns: Column<Row>[];
  fields: FieldSpec[];
  canEdit: boolean;
  /** Null when rows cannot be created here (e.g. numbering rules exist per branch). */
  blank: FormValues | null;
  valuesOf: (row: Row) => FormValues;
  toInput: (values: FormValues, row: Row | null) => InputResult;
  /** Mutation for a new row: variables { input }; for a change: { id, input }. Both select the row's fields. */
  createMutation?: { query: string; root: string };
  updateMutation?: { query: string; root: string; variables?: (row: Row, input: Record<string, unknown>) => Record<string, unknown> };
  /** Typed pages save through their own mutations (useMutation) instead, answering the saved row. */
  save?: {
    create?: (input: Record<string, unknown>) => Promise<Row | undefined>;
    update: (row: Row, input: Record<string, unknown>) => Promise<Row | undefined>;
  };
  rowKey?: (row: Row) => string;
  extraActions?: (row: Row, save: (input: Record<string, unknown>) => Promise<void>) => ReactNode;
  emptyText: string;
};

/**
 * A settings list with an inline form to add or change one row. The server validates every input
 * and names the field; its localised message is shown next to that field.
 */
export function ConfigEditor<Row extends { id: string }>(props: Props<Row>) {
  const t = useTranslations('settings.editor');
  const locale = useLocale();
  const key = props.rowKey ?? ((row: Row) => row.id);
  const [rows, setRows] = useState(props.rows);
  const [editing, setEditing] = useState<{ row: Row | null } | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function open(row: Row | null) {
    setEditing({ row });
    setValues(row ? props.valuesOf(row) : { ...(props.blank ?? {}) });
    setErrors({});
    setFormError(null);
    setNotice(null);
  }

  async function savedRow(row: Row | null, input: Record<string, unknown>): Promise<Row | undefined> {
    if (props.save) return row ? props.save.update(row, input) : props.save.create?.(input);
    const mutation = row ? props.updateMutation : props.createMutation;
    if (!mutation) return undefined;
    const variables = row ? (props.updateMutation?.variables?.(row, input) ?? { id: row.id, input }) : { input };
    const data = await graphqlFetch<Record<string, Row>>(mutation.query, variables, locale);
    return data[mutation.root];
  }

  async function send(row: Row | null, input: Record<string, unknown>) {
    const saved = await savedRow(row, input);
    if (!saved) return;
    setRows((previous) => (previous.some((r) => key(r) === key(saved)) ? previous.map((r) => (key(r) === key(saved) ? saved : r)) : [...previous, saved]));
    setNotice(t('saved'));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing || pending) return;
    const result = props.toInput(values, editing.row);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(null);
    try {
      await send(editing.row, result.input);
      setEditing(null);
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const field = named ? named.replace(/^input\./, '').split('.')[0] : null;
      if (field && props.fields.some((spec) => spec.name === field)) setErrors({ [field]: message });
      else setFormError(message);
    }
    setPending(false);
  }

  async function quickSave(row: Row, input: Record<string, unknown>) {
    setNotice(null);
    setFormError(null);
    try {
      await send(row, input);
    } catch (error) {
      setFormError(requestError(error).message);
    }
  }

  const set = (name: string, value: FieldValue) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      const next = { ...previous };
      delete next[name];
      return next;
    });
  };

  return (
    <div className="config-editor" data-testid={props.testId}>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      {formError && !editing ? (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th scope="col" key={column.header}>
                  {column.header}
                </th>
              ))}
              {props.canEdit ? <th scope="col">{t('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={props.columns.length + 1} className="muted">
                  {props.emptyText}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={key(row)}>
                  {props.columns.map((column) => (
                    <td key={column.header}>{column.cell(row)}</td>
                  ))}
                  {props.canEdit ? (
                    <td>
                      <span className="button-row">
                        <button type="button" className="button button--secondary" onClick={() => open(row)} data-testid={`edit-${key(row)}`}>
                          {t('edit')}
                        </button>
                        {props.extraActions?.(row, (input) => quickSave(row, input))}
                      </span>
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {props.canEdit && props.blank && (props.createMutation || props.save?.create) && !editing ? (
        <div className="button-row config-editor__add">
          <button type="button" className="button button--primary" onClick={() => open(null)} data-testid="config-new">
            {t('new')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form className="form card config-editor__form" onSubmit={submit} noValidate data-testid="config-form">
          <h2>{editing.row ? t('editTitle') : t('newTitle')}</h2>
          {formError ? (
            <p className="alert alert--error" role="alert">
              {formError}
            </p>
          ) : null}
          <div className="form-grid">
            {props.fields
              .filter((spec) => spec.visible?.(values) ?? true)
              .map((spec) => (
                <FormField key={spec.name} name={spec.name} label={spec.label} required={spec.required} hint={spec.hint} error={errors[spec.name]}>
                  {(control) => {
                    const value = values[spec.name];
                    if (spec.kind === 'checkbox') {
                      return <input {...control} type="checkbox" className="checkbox-input" checked={value === true} onChange={(e) => set(spec.name, e.target.checked)} />;
                    }
                    if (spec.kind === 'select') {
                      return (
                        <select {...control} className="select select--block" value={String(value ?? '')} onChange={(e) => set(spec.name, e.target.value)}>
                          {spec.options?.map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.label}
                            </option>
                          ))}
                        </select>
                      );
                    }
                    if (spec.kind === 'lines') {
                      return <textarea {...control} className="input textarea" rows={4} value={String(value ?? '')} onChange={(e) => set(spec.name, e.target.value)} />;
                    }
                    return (
                      <input
                        {...control}
                        className="input"
                        inputMode={spec.kind === 'number' ? 'decimal' : undefined}
                        maxLength={spec.maxLength}
                        value={String(value ?? '')}
                        onChange={(e) => set(spec.name, e.target.value)}
                      />
                    );
                  }}
                </FormField>
              ))}
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="config-save">
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

/** Client-side helpers shared by the settings editors' toInput functions. */
export function intValue(raw: FieldValue | undefined): number | null {
  const text = String(raw ?? '').trim();
  return /^-?\d+$/.test(text) ? Number(text) : null;
}
