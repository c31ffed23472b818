'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { FormField } from '@/components/members/form/form-field';
import { DataTable, type Column } from '@/components/ui/data-table';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import styles from './config-editor.module.css';
import { moved } from './reorder';

export type { Column } from '@/components/ui/data-table';

/** One working or opening interval, HH:MM to HH:MM. */
export type Interval = { startTime: string; endTime: string };
export type FieldValue = string | boolean | Interval[] | string[];
export type FormValues = Record<string, FieldValue>;

export type FieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'checkbox' | 'lines' | 'date' | 'time' | 'intervals' | 'multi';
  required?: boolean;
  hint?: string;
  maxLength?: number;
  /** For `select`, and for `multi` (a box each; the value is the ticked ones). */
  options?: { value: string; label: string }[];
  /** Shown only when this returns true for the current values (e.g. max length for text fields). */
  visible?: (values: FormValues) => boolean;
  /** The API's names of what this field holds, whose refusals it shows (an intervals field: startTime, endTime). */
  holds?: string[];
  /** For `intervals`: the buttons' words, the inputs' names, and the interval a new row starts as. */
  intervals?: { add: string; remove: string; start: string; end: string; next: (list: Interval[]) => Interval };
};

/** Either the mutation input, or the client-side problems by field name (already localised). */
export type InputResult = { input: Record<string, unknown> } | { errors: Record<string, string> };

/** What a save answers: the saved row, or every row when the mutation answers the whole list (a week, an order). */
export type Saved<Row> = Row | Row[] | undefined;

type Props<Row extends { id: string }> = {
  testId: string;
  rows: Row[];
  columns: Column<Row>[];
  fields: FieldSpec[];
  canEdit: boolean;
  /** Null when rows cannot be created here (e.g. numbering rules exist per branch). */
  blank: FormValues | null;
  /** The form's values for a row; without it rows are not edited, only added (and removed). */
  valuesOf?: (row: Row) => FormValues;
  toInput: (values: FormValues, row: Row | null) => InputResult;
  /**
   * The schema the service parses this input with (services/…/*.schema.ts): the input toInput
   * built is checked with it before anything is sent, and each issue is shown next to its field in
   * the words the API uses for the same refusal.
   */
  schema?: z.ZodType;
  /** What `schema` checks when the mutation saves more than this form's input (a whole week of which it edits a day). */
  schemaInput?: (input: Record<string, unknown>, row: Row | null, rows: Row[]) => unknown;
  /** The page's own typed mutations (useMutation); `rows` are the rows as shown, for mutations that replace a whole list. */
  save: {
    create?: (input: Record<string, unknown>) => Promise<Saved<Row>>;
    update?: (row: Row, input: Record<string, unknown>, rows: Row[]) => Promise<Saved<Row>>;
  };
  /** A remove button per row, asking first when `confirm` is given; `notice` is said once it is gone. */
  remove?: { label: string; confirm?: string; run: (row: Row) => Promise<unknown>; notice?: (row: Row) => string };
  /** Up and down buttons (no drag needed on a tablet); `run` saves the new order and answers the rows in it. */
  reorder?: { run: (ids: string[]) => Promise<Row[] | undefined>; upLabel: (row: Row) => string; downLabel: (row: Row) => string };
  /** A choice above the list that the rows are shown and saved for (e.g. the branch of a weekly schedule). */
  scope?: { label: string; options: { value: string; label: string }[]; value: string; onChange: (value: string) => void };
  /** The order rows are kept in after a save (e.g. by date). */
  sort?: (a: Row, b: Row) => number;
  /** The form for a new row is always shown under the list (lists that are added to, not edited). */
  addFormOpen?: boolean;
  /** Words for this list instead of the generic ones. */
  labels?: { new?: string; newTitle?: string; editTitle?: (row: Row) => string; save?: string };
  /** Keeps control ids apart when two editors share a page. */
  idPrefix?: string;
  /** The list sits in a titled section of its page, so the form's title is one level below it. */
  nested?: boolean;
  rowKey?: (row: Row) => string;
  extraActions?: (row: Row, save: (input: Record<string, unknown>) => Promise<void>, pending: boolean) => ReactNode;
  emptyText: string;
};

/**
 * A settings list with an inline form to add or change one row, and optionally removing and
 * reordering rows. The server validates every input and names the field; its localised message is
 * shown next to that field. With `schema`, the form first checks with the server's own schema.
 */
export function ConfigEditor<Row extends { id: string }>(props: Props<Row>) {
  const t = useTranslations('settings.editor');
  const issueText = useIssueText();
  const key = props.rowKey ?? ((row: Row) => row.id);
  const keepsAddForm = Boolean(props.addFormOpen && props.canEdit && props.blank && props.save.create);
  const [rows, setRows] = useState(props.rows);
  const [editing, setEditing] = useState<{ row: Row | null } | null>(keepsAddForm ? { row: null } : null);
  const [values, setValues] = useState<FormValues>(keepsAddForm ? { ...(props.blank ?? {}) } : {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const controlName = (name: string) => (props.idPrefix ? `${props.idPrefix}-${name}` : name);

  function show(row: Row | null) {
    setEditing({ row });
    setValues(row && props.valuesOf ? props.valuesOf(row) : { ...(props.blank ?? {}) });
    setErrors({});
    setFormError(null);
  }

  function open(row: Row | null) {
    show(row);
    setStatus(null);
  }

  /** After a save or cancel: the form goes, or (lists only added to) starts blank again. */
  function close() {
    if (keepsAddForm) show(null);
    else setEditing(null);
  }

  function keep(saved: Saved<Row>) {
    if (!saved) return false;
    const ordered = (list: Row[]) => (props.sort ? [...list].sort(props.sort) : list);
    if (Array.isArray(saved)) setRows(ordered(saved));
    else setRows((previous) => ordered(previous.some((r) => key(r) === key(saved)) ? previous.map((r) => (key(r) === key(saved) ? saved : r)) : [...previous, saved]));
    return true;
  }

  async function send(row: Row | null, input: Record<string, unknown>) {
    const saved = row ? await props.save.update?.(row, input, rows) : await props.save.create?.(input);
    if (keep(saved)) setStatus({ kind: 'success', text: t('saved') });
  }

  /** The field a refusal names (`input.translations.en` → `translations.en`, `input.options.2` → `options`), if the form has it. */
  function fieldOf(named: string | null): string | null {
    if (!named) return null;
    const path = named.replace(/^input\./, '');
    const first = path.split('.')[0];
    const spec = props.fields.find((f) => f.name === path) ?? props.fields.find((f) => f.name === first || f.holds?.includes(first));
    return spec?.name ?? null;
  }

  /** The schema's issues by form field (the first per field); one about a field the form lacks is said above the fields. */
  function refuse(error: z.ZodError) {
    const found: Record<string, string> = {};
    let general: string | null = null;
    for (const issue of error.issues) {
      const named = issue.path.map(String).join('.');
      const text = issueText(named, issue.message);
      const field = fieldOf(named);
      if (field) found[field] ??= text;
      else general ??= text;
    }
    setErrors(found);
    setFormError(general);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing || pending) return;
    const result = props.toInput(values, editing.row);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    const checked = props.schema?.safeParse(props.schemaInput ? props.schemaInput(result.input, editing.row, rows) : result.input);
    if (checked && !checked.success) {
      refuse(checked.error);
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(null);
    setStatus(null);
    try {
      await send(editing.row, result.input);
      close();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const field = fieldOf(named);
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setPending(false);
  }

  /** A row action outside the form (toggle, remove, move): its refusal is said above the list. */
  async function act(action: () => Promise<void>) {
    setStatus(null);
    setFormError(null);
    setPending(true);
    try {
      await action();
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setPending(false);
  }

  const quickSave = (row: Row) => (input: Record<string, unknown>) => act(() => send(row, input));

  const remove = (row: Row) =>
    act(async () => {
      setConfirming(null);
      await props.remove?.run(row);
      setRows((previous) => previous.filter((r) => key(r) !== key(row)));
      const notice = props.remove?.notice?.(row);
      if (notice) setStatus({ kind: 'success', text: notice });
    });

  const move = (row: Row, step: -1 | 1) =>
    act(async () => {
      const ids = rows.map((r) => r.id);
      const next = moved(ids, row.id, step);
      if (next !== ids) keep(await props.reorder?.run(next));
    });

  const set = (name: string, value: FieldValue) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      const next = { ...previous };
      delete next[name];
      return next;
    });
  };

  function actions(row: Row, index: number): ReactNode {
    const id = key(row);
    if (props.remove?.confirm && confirming === id) {
      return (
        <span className="button-row confirm-inline">
          <span>{props.remove.confirm}</span>
          <button type="button" className="button button--danger" onClick={() => void remove(row)} disabled={pending} data-testid={`confirm-remove-${id}`}>
            {props.remove.label}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
            {t('cancel')}
          </button>
        </span>
      );
    }
    return (
      <span className="button-row">
        {props.reorder ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => void move(row, -1)} disabled={pending || index === 0} aria-label={props.reorder.upLabel(row)} data-testid={`move-up-${id}`}>
              ↑
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void move(row, 1)}
              disabled={pending || index === rows.length - 1}
              aria-label={props.reorder.downLabel(row)}
              data-testid={`move-down-${id}`}
            >
              ↓
            </button>
          </>
        ) : null}
        {props.valuesOf && props.save.update ? (
          <button type="button" className="button button--secondary" onClick={() => open(row)} data-testid={`edit-${id}`}>
            {t('edit')}
          </button>
        ) : null}
        {props.extraActions?.(row, quickSave(row), pending)}
        {props.remove ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => (props.remove?.confirm ? setConfirming(id) : void remove(row))}
            disabled={pending}
            data-testid={`remove-${id}`}
          >
            {props.remove.label}
          </button>
        ) : null}
      </span>
    );
  }

  function control(spec: FieldSpec, attributes: { id: string }) {
    const value = values[spec.name];
    const change = (next: FieldValue) => set(spec.name, next);
    switch (spec.kind) {
      case 'checkbox':
        return <input {...attributes} type="checkbox" className="checkbox-input" checked={value === true} onChange={(e) => change(e.target.checked)} />;
      case 'select':
        return (
          <select {...attributes} className="select select--block" value={String(value ?? '')} onChange={(e) => change(e.target.value)}>
            {spec.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        );
      case 'lines':
        return <textarea {...attributes} className="input textarea" rows={4} maxLength={spec.maxLength} value={String(value ?? '')} onChange={(e) => change(e.target.value)} />;
      case 'intervals':
        return <IntervalsControl {...attributes} spec={spec} list={Array.isArray(value) ? (value as Interval[]) : []} onChange={change} />;
      case 'multi':
        return <MultiControl {...attributes} label={spec.label} options={spec.options ?? []} ticked={Array.isArray(value) ? (value as string[]) : []} onChange={change} />;
      default:
        return (
          <input
            {...attributes}
            type={spec.kind === 'date' || spec.kind === 'time' ? spec.kind : 'text'}
            className="input"
            inputMode={spec.kind === 'number' ? 'decimal' : undefined}
            maxLength={spec.maxLength}
            value={String(value ?? '')}
            onChange={(e) => change(e.target.value)}
          />
        );
    }
  }

  const columns: Column<Row>[] = props.canEdit ? [...props.columns, { header: t('actions'), cell: actions }] : props.columns;
  const FormHeading = props.nested ? 'h3' : 'h2';
  const adds = props.canEdit && props.blank && props.save.create;

  return (
    <div className="config-editor" data-testid={props.testId}>
      {props.scope ? (
        <div className="field">
          <label htmlFor={`${props.testId}-scope`}>{props.scope.label}</label>
          <select
            id={`${props.testId}-scope`}
            className="select"
            value={props.scope.value}
            onChange={(e) => {
              props.scope?.onChange(e.target.value);
              setEditing(null);
              setStatus(null);
            }}
            data-testid={`${props.testId}-scope`}
          >
            {props.scope.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <StatusMessage status={status} testId={`${props.testId}-message`} />
      <DataTable label={t('table')} columns={columns} rows={rows} rowKey={key} emptyText={props.emptyText} rowTestId={(row) => `row-${key(row)}`} />
      {adds && !editing ? (
        <div className="button-row config-editor__add">
          <button type="button" className="button button--primary" onClick={() => open(null)} data-testid="config-new">
            {props.labels?.new ?? t('new')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form className="form card config-editor__form" onSubmit={submit} noValidate data-testid="config-form">
          <FormHeading>{editing.row ? (props.labels?.editTitle?.(editing.row) ?? t('editTitle')) : (props.labels?.newTitle ?? t('newTitle'))}</FormHeading>
          <StatusMessage status={formError ? { kind: 'error', text: formError } : null} />
          <div className="form-grid">
            {props.fields
              .filter((spec) => spec.visible?.(values) ?? true)
              .map((spec) => (
                <FormField key={spec.name} name={controlName(spec.name)} label={spec.label} required={spec.required} hint={spec.hint} error={errors[spec.name]}>
                  {(attributes) => control(spec, attributes)}
                </FormField>
              ))}
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="config-save">
              {props.labels?.save ?? t('save')}
            </button>
            {keepsAddForm && !editing.row ? null : (
              <button type="button" className="button button--secondary" onClick={close}>
                {t('cancel')}
              </button>
            )}
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** Any number of intervals in one field (a split shift is two): start and end time, a remove button each, one to add. */
function IntervalsControl({
  id, spec, list, onChange, ...described
}: { id: string; spec: FieldSpec; list: Interval[]; onChange: (list: Interval[]) => void; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const words = spec.intervals;
  if (!words) return null;
  const edit = (n: number, patch: Partial<Interval>) => onChange(list.map((interval, k) => (k === n ? { ...interval, ...patch } : interval)));
  return (
    <div id={id} role="group" {...described}>
      {list.map((interval, n) => (
        <div className={styles.interval} key={n}>
          <input type="time" className={`input ${styles.time}`} aria-label={words.start} value={interval.startTime} onChange={(e) => edit(n, { startTime: e.target.value })} data-testid={`${id}-start-${n}`} />
          <span aria-hidden="true">–</span>
          <input type="time" className={`input ${styles.time}`} aria-label={words.end} value={interval.endTime} onChange={(e) => edit(n, { endTime: e.target.value })} data-testid={`${id}-end-${n}`} />
          <button type="button" className="button button--secondary" onClick={() => onChange(list.filter((_, k) => k !== n))} data-testid={`${id}-remove-${n}`}>
            {words.remove}
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...list, words.next(list)])} data-testid={`${id}-add`}>
        {words.add}
      </button>
    </div>
  );
}

/** Several choices in one field (e.g. the branches an offer applies at): a box each. */
function MultiControl({
  id, label, options, ticked, onChange, ...described
}: { id: string; label: string; options: { value: string; label: string }[]; ticked: string[]; onChange: (list: string[]) => void; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...ticked, value] : ticked.filter((v) => v !== value));
  return (
    <div id={id} role="group" aria-label={label} className={styles.multi} {...described}>
      {options.map((option) => (
        <label key={option.value} className={styles.multiChoice}>
          <input type="checkbox" className="checkbox-input" checked={ticked.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} data-testid={`${id}-${option.value}`} />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** Client-side helpers shared by the settings editors' toInput functions. */
export function intValue(raw: FieldValue | undefined): number | null {
  const text = String(raw ?? '').trim();
  return /^-?\d+$/.test(text) ? Number(text) : null;
}

/**
 * A number field as the input schemas take it: blank is not given (null), whole-number text its
 * number, anything else NaN, which the schemas refuse as out of range in the server's words.
 */
export function numberValue(raw: FieldValue | undefined): number | null {
  const text = String(raw ?? '').trim();
  return text === '' ? null : (intValue(text) ?? Number.NaN);
}
