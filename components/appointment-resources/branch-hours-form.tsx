'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { isTime, minutesOf } from '@/services/appointment-resources/resource-rules';
import { WEEK_ORDER } from './fields';
import styles from './resources.module.css';

export type HoursRow = { weekday: number; opensAt: string; closesAt: string };
type DayState = { open: boolean; opensAt: string; closesAt: string };

const SET_HOURS = `mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {
  setBranchHours(branchId: $branchId, days: $days) { weekday opensAt closesAt }
}`;

const stateOf = (rows: HoursRow[]): Record<number, DayState> => {
  const out: Record<number, DayState> = {};
  for (const weekday of WEEK_ORDER) {
    const row = rows.find((r) => r.weekday === weekday);
    out[weekday] = row ? { open: true, opensAt: row.opensAt, closesAt: row.closesAt } : { open: false, opensAt: '09:00', closesAt: '22:00' };
  }
  return out;
};

/** 營業時間: one row per weekday (open or closed, opening and closing time); the whole week is saved at once. */
export function BranchHoursForm({ branchId, rows, canEdit }: { branchId: string; rows: HoursRow[]; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.hours');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const locale = useLocale();
  const [days, setDays] = useState(() => stateOf(rows));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const change = (weekday: number, patch: Partial<DayState>) => {
    setDays((previous) => ({ ...previous, [weekday]: { ...previous[weekday], ...patch } }));
    setErrors((previous) => {
      const next = { ...previous };
      delete next[weekday];
      return next;
    });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const problems: Record<number, string> = {};
    for (const weekday of WEEK_ORDER) {
      const day = days[weekday];
      if (!day.open) continue;
      if (!isTime(day.opensAt) || !isTime(day.closesAt)) problems[weekday] = e('invalidTime');
      else if (minutesOf(day.closesAt) <= minutesOf(day.opensAt)) problems[weekday] = e('closesBeforeOpens');
    }
    setErrors(problems);
    setMessage(null);
    if (Object.keys(problems).length) return;
    setPending(true);
    try {
      const input = WEEK_ORDER.filter((w) => days[w].open).map((weekday) => ({ weekday, opensAt: days[weekday].opensAt, closesAt: days[weekday].closesAt }));
      const data = await graphqlFetch<{ setBranchHours: HoursRow[] }>(SET_HOURS, { branchId, days: input }, locale);
      setDays(stateOf(data.setBranchHours));
      setMessage({ kind: 'success', text: s('saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof GraphQLRequestError || error instanceof Error ? error.message : String(error) });
    }
    setPending(false);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="branch-hours-form">
      <h2>{t('title')}</h2>
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('weekday')}</th>
              <th scope="col">{t('open')}</th>
              <th scope="col">{t('opensAt')}</th>
              <th scope="col">{t('closesAt')}</th>
            </tr>
          </thead>
          <tbody>
            {WEEK_ORDER.map((weekday) => {
              const day = days[weekday];
              const dayName = s(`weekdays.${weekday}`);
              return (
                <tr key={weekday} data-testid={`hours-row-${weekday}`}>
                  <th scope="row">{dayName}</th>
                  <td>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        className="checkbox-input"
                        checked={day.open}
                        disabled={!canEdit}
                        onChange={(ev) => change(weekday, { open: ev.target.checked })}
                        data-testid={`hours-open-${weekday}`}
                      />
                      {day.open ? t('openState') : t('closedState')}
                    </label>
                  </td>
                  <td>
                    <input
                      type="time"
                      className={`input ${styles.time}`}
                      aria-label={t('opensAtFor', { day: dayName })}
                      value={day.opensAt}
                      disabled={!canEdit || !day.open}
                      onChange={(ev) => change(weekday, { opensAt: ev.target.value })}
                      data-testid={`hours-opens-${weekday}`}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      className={`input ${styles.time}`}
                      aria-label={t('closesAtFor', { day: dayName })}
                      aria-invalid={errors[weekday] ? true : undefined}
                      value={day.closesAt}
                      disabled={!canEdit || !day.open}
                      onChange={(ev) => change(weekday, { closesAt: ev.target.value })}
                      data-testid={`hours-closes-${weekday}`}
                    />
                    {errors[weekday] ? (
                      <p className="field__error" data-testid={`hours-error-${weekday}`}>
                        {errors[weekday]}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="hours-save">
            {s('save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
