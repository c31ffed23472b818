'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { EXCEPTION_NOTE_MAX, isDate, isTime, minutesOf } from '@/services/appointment-resources/resource-rules';
import { EXCEPTION_FIELDS } from './fields';

export type ExceptionRow = {
  id: string;
  date: string;
  kind: 'OVERRIDE' | 'LEAVE';
  startTime: string | null;
  endTime: string | null;
  note: string | null;
  branch: { id: string; code: string };
};

const ADD = `mutation AddScheduleException($input: ScheduleExceptionInput!) { addScheduleException(input: $input) { ${EXCEPTION_FIELDS} } }`;
const REMOVE = 'mutation RemoveScheduleException($id: ID!) { removeScheduleException(id: $id) }';

type Draft = { date: string; kind: 'OVERRIDE' | 'LEAVE'; branchId: string; wholeDay: boolean; startTime: string; endTime: string; note: string };

/** 更改時間及請假: dates on which the beautician works other hours (override) or is away (leave, whole day or part). */
export function ScheduleExceptionsEditor({
  staffId, branches, defaultBranchId, rows, canEdit,
}: { staffId: string; branches: { id: string; code: string }[]; defaultBranchId: string; rows: ExceptionRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.exceptions');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const locale = useLocale();
  const blank: Draft = { date: '', kind: 'LEAVE', branchId: defaultBranchId, wholeDay: true, startTime: '10:00', endTime: '19:00', note: '' };
  const [list, setList] = useState(rows);
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const withTimes = draft.kind === 'OVERRIDE' || !draft.wholeDay;

  const set = (patch: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors({});
  };

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setMessage(null);
    const problems: Record<string, string> = {};
    if (!isDate(draft.date)) problems.date = draft.date ? e('invalidDate') : e('required');
    if (withTimes) {
      if (!isTime(draft.startTime)) problems.startTime = e('invalidTime');
      if (!isTime(draft.endTime)) problems.endTime = e('invalidTime');
      else if (isTime(draft.startTime) && minutesOf(draft.endTime) <= minutesOf(draft.startTime)) problems.endTime = e('endBeforeStart');
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setPending(true);
    try {
      const input = {
        staffId, branchId: draft.branchId, date: draft.date, kind: draft.kind,
        startTime: withTimes ? draft.startTime : null, endTime: withTimes ? draft.endTime : null, note: draft.note.trim() || null,
      };
      const data = await graphqlFetch<{ addScheduleException: ExceptionRow }>(ADD, { input }, locale);
      setList((previous) => [...previous, data.addScheduleException].sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)));
      setDraft(blank);
      setMessage({ kind: 'success', text: s('saved') });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const field = error instanceof GraphQLRequestError ? error.field?.replace(/^input\./, '') : null;
      if (field && ['date', 'startTime', 'endTime', 'note'].includes(field)) setErrors({ [field]: text });
      else setMessage({ kind: 'error', text });
    }
    setPending(false);
  }

  async function remove(row: ExceptionRow) {
    setMessage(null);
    try {
      await graphqlFetch(REMOVE, { id: row.id }, locale);
      setList((previous) => previous.filter((r) => r.id !== row.id));
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="card form" data-testid="schedule-exceptions" aria-labelledby="exceptions-title">
      <h2 id="exceptions-title">{t('title')}</h2>
      <p className="muted">{t('description')}</p>
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('branch')}</th>
              <th scope="col">{t('hours')}</th>
              <th scope="col">{t('note')}</th>
              {canEdit ? <th scope="col">{s('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              list.map((row) => (
                <tr key={row.id} data-testid={`exception-${row.id}`}>
                  <td>{row.date}</td>
                  <td>{t(`kinds.${row.kind}`)}</td>
                  <td>{row.branch.code}</td>
                  <td>{row.startTime && row.endTime ? `${row.startTime}–${row.endTime}` : t('wholeDay')}</td>
                  <td>{row.note ?? ''}</td>
                  {canEdit ? (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => remove(row)} data-testid={`exception-remove-${row.id}`}>
                        {t('remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <form onSubmit={add} noValidate data-testid="exception-form">
          <h3>{t('add')}</h3>
          <div className="form-grid">
            <FormField name="exceptionDate" label={t('date')} required error={errors.date}>
              {(control) => <input {...control} type="date" className="input" value={draft.date} onChange={(ev) => set({ date: ev.target.value })} data-testid="exception-date" />}
            </FormField>
            <FormField name="exceptionKind" label={t('kind')} required>
              {(control) => (
                <select {...control} className="select select--block" value={draft.kind} onChange={(ev) => set({ kind: ev.target.value as Draft['kind'] })} data-testid="exception-kind">
                  <option value="LEAVE">{t('kinds.LEAVE')}</option>
                  <option value="OVERRIDE">{t('kinds.OVERRIDE')}</option>
                </select>
              )}
            </FormField>
            <FormField name="exceptionBranch" label={t('branch')} required hint={t('branchHint')}>
              {(control) => (
                <select {...control} className="select select--block" value={draft.branchId} onChange={(ev) => set({ branchId: ev.target.value })} data-testid="exception-branch">
                  {branches.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.code}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {draft.kind === 'LEAVE' ? (
              <FormField name="exceptionWholeDay" label={t('wholeDay')}>
                {(control) => (
                  <input {...control} type="checkbox" className="checkbox-input" checked={draft.wholeDay} onChange={(ev) => set({ wholeDay: ev.target.checked })} data-testid="exception-whole-day" />
                )}
              </FormField>
            ) : null}
            {withTimes ? (
              <>
                <FormField name="exceptionStart" label={t('start')} required error={errors.startTime}>
                  {(control) => <input {...control} type="time" className="input" value={draft.startTime} onChange={(ev) => set({ startTime: ev.target.value })} data-testid="exception-start" />}
                </FormField>
                <FormField name="exceptionEnd" label={t('end')} required error={errors.endTime}>
                  {(control) => <input {...control} type="time" className="input" value={draft.endTime} onChange={(ev) => set({ endTime: ev.target.value })} data-testid="exception-end" />}
                </FormField>
              </>
            ) : null}
            <FormField name="exceptionNote" label={t('note')} error={errors.note}>
              {(control) => (
                <input {...control} className="input" maxLength={EXCEPTION_NOTE_MAX} value={draft.note} onChange={(ev) => set({ note: ev.target.value })} data-testid="exception-note" />
              )}
            </FormField>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="exception-add">
              {t('addButton')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
