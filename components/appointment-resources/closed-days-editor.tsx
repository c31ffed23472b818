'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { CLOSED_DAY_REASON_MAX, isDate } from '@/services/appointment-resources/resource-rules';

export type ClosedDayRow = { id: string; date: string; reason: string | null };

const ADD = `mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {
  addBranchClosedDay(branchId: $branchId, input: $input) { id date reason }
}`;
const REMOVE = 'mutation RemoveBranchClosedDay($id: ID!) { removeBranchClosedDay(id: $id) }';

/** 休息日: the branch's closed days from today on, with a form to add one and a button to open a day again. */
export function ClosedDaysEditor({ branchId, rows, canEdit }: { branchId: string; rows: ClosedDayRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.closedDays');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const locale = useLocale();
  const [list, setList] = useState(rows);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setMessage(null);
    if (!isDate(date)) {
      setErrors({ date: date ? e('invalidDate') : e('required') });
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const data = await graphqlFetch<{ addBranchClosedDay: ClosedDayRow }>(ADD, { branchId, input: { date, reason: reason.trim() || null } }, locale);
      setList((previous) => [...previous, data.addBranchClosedDay].sort((a, b) => a.date.localeCompare(b.date)));
      setDate('');
      setReason('');
      setMessage({ kind: 'success', text: s('saved') });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const field = error instanceof GraphQLRequestError ? error.field?.replace(/^input\./, '') : null;
      if (field === 'date' || field === 'reason') setErrors({ [field]: text });
      else setMessage({ kind: 'error', text });
    }
    setPending(false);
  }

  async function remove(row: ClosedDayRow) {
    setMessage(null);
    try {
      await graphqlFetch(REMOVE, { id: row.id }, locale);
      setList((previous) => previous.filter((r) => r.id !== row.id));
      setMessage({ kind: 'success', text: t('removed', { date: row.date }) });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="card form" data-testid="closed-days-editor" aria-labelledby="closed-days-title">
      <h2 id="closed-days-title">{t('title')}</h2>
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
              <th scope="col">{t('reason')}</th>
              {canEdit ? <th scope="col">{s('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              list.map((row) => (
                <tr key={row.id} data-testid={`closed-day-${row.date}`}>
                  <td>{row.date}</td>
                  <td>{row.reason ?? ''}</td>
                  {canEdit ? (
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => remove(row)} data-testid={`closed-day-remove-${row.date}`}>
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
        <form onSubmit={add} noValidate data-testid="closed-day-form">
          <div className="form-grid">
            <FormField name="closedDate" label={t('date')} required error={errors.date}>
              {(control) => <input {...control} type="date" className="input" value={date} onChange={(ev) => setDate(ev.target.value)} data-testid="closed-day-date" />}
            </FormField>
            <FormField name="closedReason" label={t('reason')} error={errors.reason}>
              {(control) => (
                <input {...control} className="input" maxLength={CLOSED_DAY_REASON_MAX} value={reason} onChange={(ev) => setReason(ev.target.value)} data-testid="closed-day-reason" />
              )}
            </FormField>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="closed-day-add">
              {t('add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
