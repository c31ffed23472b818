'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { get, useForm, useWatch, type FieldError, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { ContactLogItemFragment, ContactPageOptionsQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { CONTACT_LOG_LIMITS, contactLogSchema } from '@/services/contacts/contact-log-input.schema';
import type { Choice } from './contact-page-documents';
import { characterCount, fromDateTimeInputs, toDateTimeInputs } from './date-time';
import styles from './contact-page.module.css';

export const NOTE_MAX = CONTACT_LOG_LIMITS.note;
export const CONTENT_MAX = CONTACT_LOG_LIMITS.content;

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

const FIELD_NAMES: readonly string[] = ['contactedAt', 'methodId', 'statusId', 'note', 'content', 'nextFollowUpAt'];

/** A date and time typed in the salon's time zone; a day or time that does not exist is an invalid Date, which the schema refuses. */
const instantOf = (date: string, time: string, timeZone: string) => fromDateTimeInputs(date, time, timeZone) ?? new Date(NaN);

/**
 * The form's inputs read as the service reads a log, then checked by the service's own schema
 * (contact-log-input.schema.ts), so the form refuses what the server refuses, for the same reason.
 */
function formSchema(timeZone: string, now: Date) {
  return z
    .object({ date: z.string(), time: z.string(), methodId: z.string(), statusId: z.string(), note: z.string(), content: z.string(), next: z.string() })
    .transform((fields, ctx): ContactLogFormValues => {
      const [nextDate = '', nextTime = ''] = fields.next.split('T');
      const result = contactLogSchema(now).safeParse({
        contactedAt: instantOf(fields.date, fields.time, timeZone),
        methodId: fields.methodId,
        statusId: fields.statusId,
        note: fields.note,
        content: fields.content,
        nextFollowUpAt: fields.next ? instantOf(nextDate, nextTime.slice(0, 5), timeZone) : null,
      });
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        return z.NEVER;
      }
      const log = result.data;
      return {
        contactedAt: log.contactedAt.toISOString(),
        methodId: String(log.methodId),
        statusId: String(log.statusId),
        note: log.note,
        content: log.content,
        nextFollowUpAt: log.nextFollowUpAt ? log.nextFollowUpAt.toISOString() : null,
      };
    });
}

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
  const issueText = useIssueText();
  const id = useId();
  const now = props.now ?? (() => new Date());
  // The schema is made at each check: "at most a day ahead" counts from the moment of submitting.
  const resolver: Resolver<Fields, unknown, ContactLogFormValues> = (values, context, options) =>
    zodResolver(formSchema(props.timeZone, now()))(values, context, options);
  const { register, handleSubmit, reset: resetForm, setValue, setError, control, formState } = useForm<Fields, unknown, ContactLogFormValues>({
    resolver,
    defaultValues: initialFields(props),
  });
  const [note, content] = useWatch({ control, name: ['note', 'content'] });
  const [general, setGeneral] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const pending = formState.isSubmitting;
  const editing = Boolean(props.log);
  const methods = offered(props.methods, props.log?.method.id);
  const statuses = offered(props.statuses, props.log?.status.id);

  const errors = Object.fromEntries(
    FIELD_NAMES.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<FieldName, string>>;

  async function submit(values: ContactLogFormValues) {
    setGeneral(null);
    try {
      await props.onSubmit(values);
      if (!editing) reset();
    } catch (failure) {
      const { field, message } = requestError(failure);
      if (field && FIELD_NAMES.includes(field)) setError(field as FieldName & keyof Fields, { type: 'server', message });
      else setGeneral(message);
    }
  }

  function reset() {
    resetForm(initialFields(props));
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
    <form className="form" onSubmit={handleSubmit(submit)} onReset={(event) => {
        event.preventDefault();
        reset();
      }} noValidate data-testid={editing ? 'log-edit-form' : 'log-add-form'}>
      {!editing ? <p className="field__hint">{t('hint')}</p> : null}
      <div className="form-grid">
        <div className={`field ${errors.contactedAt ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('date')}>{t('date')}</label>
          <input id={fieldId('date')} className="input" type="date" {...register('date')} {...invalid('contactedAt')} data-testid="log-date" />
        </div>
        <div className={`field ${errors.contactedAt ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('time')}>{t('time')}</label>
          <input id={fieldId('time')} className="input" type="time" {...register('time')} {...invalid('contactedAt')} data-testid="log-time" />
          {error('contactedAt')}
        </div>
        <div className={`field ${errors.methodId ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('method')}>{t('method')}</label>
          <select id={fieldId('method')} className="input select" {...register('methodId')} {...invalid('methodId')} data-testid="log-method">
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
          <select id={fieldId('status')} className="input select" {...register('statusId')} {...invalid('statusId')} data-testid="log-status">
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
                      setValue('note', preset.text);
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
        <textarea id={fieldId('note')} className="input textarea" rows={2} {...register('note')} {...invalid('note')} data-testid="log-note" />
        {counter(note, NOTE_MAX, 'log-note-count')}
        {error('note')}
      </div>

      <div className={`field ${errors.content ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('content')}>{t('content', { max: CONTENT_MAX })}</label>
        <textarea id={fieldId('content')} className="input textarea" rows={4} {...register('content')} {...invalid('content')} data-testid="log-content" />
        {counter(content, CONTENT_MAX, 'log-content-count')}
        {error('content')}
      </div>

      <div className={`field ${errors.nextFollowUpAt ? 'field--invalid' : ''}`}>
        <label htmlFor={fieldId('next')}>{t('nextFollowUp')}</label>
        <input id={fieldId('next')} className="input" type="datetime-local" {...register('next')} {...invalid('nextFollowUpAt')} data-testid="log-next" />
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
