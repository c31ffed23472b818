'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { ContactLogItemFragment, ContactPageOptionsQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import type { Choice } from './contact-page-documents';
import { characterCount, fromDateTimeInputs, toDateTimeInputs } from './date-time';
import styles from './contact-page.module.css';

export const NOTE_MAX = 500;
export const CONTENT_MAX = 500;

/** What the form sends: instants as ISO strings, ids as the API's. */
export type ContactLogFormValues = {
  contactedAt: string;
  methodId: string;
  statusId: string;
  note: string;
  content: string;
  nextFollowUpAt: string | null;
};

type Fields = {
  date: string;
  time: string;
  methodId: string;
  statusId: string;
  note: string;
  content: string;
  next: string;
};

type FieldName = 'contactedAt' | 'methodId' | 'statusId' | 'note' | 'content' | 'nextFollowUpAt';

export type ContactLogFormProps = {
  timeZone: string;
  methods: Choice[];
  statuses: Choice[];
  presetNotes: ContactPageOptionsQuery['presetNotes']['nodes'];
  /** The log being edited; absent when adding. */
  log?: ContactLogItemFragment;
  /** The contact member's current status: the default of a new log. */
  currentStatusId?: string;
  now?: () => Date;
  onSubmit: (values: ContactLogFormValues) => Promise<void>;
  onCancel?: () => void;
};

/** Choices the form offers: the active ones, plus the one an edited log already has. */
function offered(choices: Choice[], keep?: string): Choice[] {
  return choices.filter((c) => c.active || c.id === keep);
}

function initialFields(props: ContactLogFormProps): Fields {
  const { log, timeZone } = props;
  if (log) {
    const at = toDateTimeInputs(new Date(log.contactedAt), timeZone);
    const next = log.nextFollowUpAt ? toDateTimeInputs(new Date(log.nextFollowUpAt), timeZone) : null;
    return {
      ...at,
      methodId: log.method.id,
      statusId: log.status.id,
      note: log.note,
      content: log.content,
      next: next ? `${next.date}T${next.time}` : '',
    };
  }
  const statuses = offered(props.statuses);
  const statusId = statuses.some((s) => s.id === props.currentStatusId) ? props.currentStatusId! : (statuses[0]?.id ?? '');
  return {
    ...toDateTimeInputs((props.now ?? (() => new Date()))(), timeZone),
    methodId: offered(props.methods)[0]?.id ?? '',
    statusId,
    note: '',
    content: '',
    next: '',
  };
}

/**
 * 新增聯絡備註 / editing a past log: date and time (now in the salon's time zone by default),
 * method, status, a note typed or picked from the preset notes, content, and the next follow-up.
 * Checks what it can before sending; the server's errors appear next to the field they name.
 */
export function ContactLogForm(props: ContactLogFormProps) {
  const t = useTranslations('contactPage.form');
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => initialFields(props));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const editing = Boolean(props.log);
  const methods = offered(props.methods, props.log?.method.id);
  const statuses = offered(props.statuses, props.log?.status.id);

  const set = (name: keyof Fields) => (value: string) => setFields((previous) => ({ ...previous, [name]: value }));

  function check(): { values?: ContactLogFormValues; problems: Partial<Record<FieldName, string>> } {
    const problems: Partial<Record<FieldName, string>> = {};
    const contactedAt = fromDateTimeInputs(fields.date, fields.time, props.timeZone);
    if (!contactedAt) problems.contactedAt = t('invalidDateTime');
    if (!fields.methodId) problems.methodId = t('required');
    if (!fields.statusId) problems.statusId = t('required');
    if (characterCount(fields.note.trim()) > NOTE_MAX) problems.note = t('tooLong', { max: NOTE_MAX });
    if (characterCount(fields.content.trim()) > CONTENT_MAX) problems.content = t('tooLong', { max: CONTENT_MAX });
    let next: Date | null = null;
    if (fields.next) {
      const [date, time] = fields.next.split('T');
      next = fromDateTimeInputs(date ?? '', (time ?? '').slice(0, 5), props.timeZone);
      if (!next) problems.nextFollowUpAt = t('invalidDateTime');
      else if (contactedAt && next.getTime() < contactedAt.getTime()) problems.nextFollowUpAt = t('beforeContactedAt');
    }
    if (Object.keys(problems).length > 0 || !contactedAt) return { problems };
    return {
      problems,
      values: {
        contactedAt: contactedAt.toISOString(),
        methodId: fields.methodId,
        statusId: fields.statusId,
        note: fields.note.trim(),
        content: fields.content.trim(),
        nextFollowUpAt: next ? next.toISOString() : null,
      },
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { values, problems } = check();
    setErrors(problems);
    setGeneral(null);
    if (!values) return;
    setPending(true);
    try {
      await props.onSubmit(values);
      if (!editing) reset();
    } catch (failure) {
      const { field, message } = requestError(failure);
      if (field && ['contactedAt', 'methodId', 'statusId', 'note', 'content', 'nextFollowUpAt'].includes(field)) {
        setErrors({ [field as FieldName]: message });
      } else {
        setGeneral(message);
      }
    }
    setPending(false);
  }

  function reset() {
    setFields(initialFields(props));
    setErrors({});
    setGeneral(null);
    setPickerOpen(false);
  }

  const fieldId = (name: string) => `${id}-${name}`;
  const error = (name: FieldName) =>
    errors[name] ? (
      <p className="field__error" role="alert" id={fieldId(`${name}-error`)} data-testid={`log-error-${name}`}>
        {errors[name]}
      </p>
    ) : null;
  const invalid = (name: FieldName) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': fieldId(`${name}-error`) } : {});
  const counter = (text: string, max: number, testId: string) => {
    const count = characterCount(text.trim());
    return (
      <p className={`field__hint ${count > max ? styles.over : ''}`} aria-live="polite" data-testid={testId}>
        {t('counter', { count, max })}
      </p>
    );
  };

  return (
    <form className="form" onSubmit={submit} onReset={(event) => {
        event.preventDefault();
        reset();
      }} noValidate data-testid={editing ? 'log-edit-form' : 'log-add-form'}>
      {!editing ? <p className="field__hint">{t('hint')}</p> : null}
      <div className="form-grid">
        <div className={`field ${errors.contactedAt ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('date')}>{t('date')}</label>
          <input id={fieldId('date')} className="input" type="date" value={fields.date} onChange={(e) => set('date')(e.target.value)} {...invalid('contactedAt')} data-testid="log-date" />
        </div>
        <div className={`field ${errors.contactedAt ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('time')}>{t('time')}</label>
          <input id={fieldId('time')} className="input" type="time" value={fields.time} onChange={(e) => set('time')(e.target.value)} {...invalid('contactedAt')} data-testid="log-time" />
          {error('contactedAt')}
        </div>
        <div className={`field ${errors.methodId ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('method')}>{t('method')}</label>
          <select id={fieldId('method')} className="input select" value={fields.methodId} onChange={(e) => set('methodId')(e.target.value)} {...invalid('methodId')} data-testid="log-method">
            {methods.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          {error('methodId')}
        </div>
        <div className={`field ${errors.statusId ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('status')}>{t('status')}</label>
          <select id={fieldId('status')} className="input select" value={fields.statusId} onChange={(e) => set('statusId')(e.target.value)} {...invalid('statusId')} data-testid="log-status">
            {statuses.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          {error('statusId')}
        </div>
      </div>

      <div className={`field ${errors.note ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('note')}>{t('note', { max: NOTE_MAX })}</label>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={pickerOpen}
            aria-controls={fieldId('presets')}
            onClick={() => setPickerOpen((open) => !open)}
            data-testid="log-preset-toggle"
          >
            {t('presetNotes')}
          </button>
        </div>
        {pickerOpen ? (
          props.presetNotes.length ? (
            <ul id={fieldId('presets')} className={styles.presets} aria-label={t('presetNotes')} data-testid="log-preset-list">
              {props.presetNotes.map((preset) => (
                <li key={preset.id}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      set('note')(preset.text);
                      setPickerOpen(false);
                    }}
                    data-testid="log-preset"
                  >
                    {preset.text}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p id={fieldId('presets')} className="field__hint">
              {t('presetNotesEmpty')}
            </p>
          )
        ) : null}
        <textarea id={fieldId('note')} className="input textarea" rows={2} value={fields.note} onChange={(e) => set('note')(e.target.value)} {...invalid('note')} data-testid="log-note" />
        {counter(fields.note, NOTE_MAX, 'log-note-count')}
        {error('note')}
      </div>

      <div className={`field ${errors.content ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('content')}>{t('content', { max: CONTENT_MAX })}</label>
        <textarea id={fieldId('content')} className="input textarea" rows={4} value={fields.content} onChange={(e) => set('content')(e.target.value)} {...invalid('content')} data-testid="log-content" />
        {counter(fields.content, CONTENT_MAX, 'log-content-count')}
        {error('content')}
      </div>

      <div className={`field ${errors.nextFollowUpAt ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('next')}>{t('nextFollowUp')}</label>
        <input id={fieldId('next')} className="input" type="datetime-local" value={fields.next} onChange={(e) => set('next')(e.target.value)} {...invalid('nextFollowUpAt')} data-testid="log-next" />
        {error('nextFollowUpAt')}
      </div>

      {general ? (
        <p className="alert alert--error" role="alert" data-testid="log-error">
          {general}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="log-submit">
          {t('submit')}
        </button>
        <button type="reset" className="button button--secondary" disabled={pending} data-testid="log-reset">
          {t('reset')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button button--secondary" onClick={props.onCancel} disabled={pending} data-testid="log-cancel">
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
