'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { graphqlFetch } from '@/lib/graphql-fetch';
import { isTime, minutesOf } from '@/services/appointment-resources/resource-rules';
import { SCHEDULE_FIELDS, WEEK_ORDER } from './fields';
import styles from './resources.module.css';

export type ScheduleRow = { id: string; weekday: number; startTime: string; endTime: string; branch: { id: string; code: string } };
type Interval = { startTime: string; endTime: string };
type Week = Record<number, Interval[]>;

const SET_SCHEDULE = `mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {
  setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ${SCHEDULE_FIELDS} }
}`;

const weekAt = (rows: ScheduleRow[], branchId: string): Week => {
  const week: Week = {};
  for (const weekday of WEEK_ORDER) {
    week[weekday] = rows.filter((r) => r.branch.id === branchId && r.weekday === weekday).map((r) => ({ startTime: r.startTime, endTime: r.endTime }));
  }
  return week;
};

/**
 * 每週工作時間: per weekday, the hours the beautician works at the chosen branch (none = not working
 * there; two rows = a split shift). Hours at other branches are shown for reference; the server
 * refuses overlaps with them.
 */
export function WeeklyScheduleEditor({
  staffId, branches, rows, initialBranchId, canEdit,
}: { staffId: string; branches: { id: string; code: string }[]; rows: ScheduleRow[]; initialBranchId: string; canEdit: boolean }) {
  const t = useTranslations('appointmentSettings.schedules');
  const s = useTranslations('appointmentSettings');
  const e = useTranslations('appointmentSettings.errors');
  const locale = useLocale();
  const [all, setAll] = useState(rows);
  const [branchId, setBranchId] = useState(initialBranchId);
  const [week, setWeek] = useState(() => weekAt(rows, initialBranchId));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const chooseBranch = (id: string) => {
    setBranchId(id);
    setWeek(weekAt(all, id));
    setErrors({});
    setMessage(null);
  };
  const edit = (weekday: number, next: Interval[]) => {
    setWeek((previous) => ({ ...previous, [weekday]: next }));
    setErrors((previous) => {
      const copy = { ...previous };
      delete copy[weekday];
      return copy;
    });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const problems: Record<number, string> = {};
    for (const weekday of WEEK_ORDER) {
      const list = [...week[weekday]].sort((a, b) => a.startTime.localeCompare(b.startTime));
      if (list.some((i) => !isTime(i.startTime) || !isTime(i.endTime))) problems[weekday] = e('invalidTime');
      else if (list.some((i) => minutesOf(i.endTime) <= minutesOf(i.startTime))) problems[weekday] = e('endBeforeStart');
      else if (list.some((i, n) => n > 0 && minutesOf(i.startTime) < minutesOf(list[n - 1].endTime))) problems[weekday] = e('overlap');
    }
    setErrors(problems);
    setMessage(null);
    if (Object.keys(problems).length) return;
    setPending(true);
    try {
      const days = WEEK_ORDER.flatMap((weekday) => week[weekday].map((i) => ({ weekday, ...i })));
      const data = await graphqlFetch<{ setWorkSchedule: ScheduleRow[] }>(SET_SCHEDULE, { staffId, branchId, days }, locale);
      setAll(data.setWorkSchedule);
      setWeek(weekAt(data.setWorkSchedule, branchId));
      setMessage({ kind: 'success', text: s('saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
    setPending(false);
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="weekly-schedule-form">
      <h2>{t('weekTitle')}</h2>
      <div className="field">
        <label htmlFor="schedule-branch">{t('branch')}</label>
        <select id="schedule-branch" className="select" value={branchId} onChange={(ev) => chooseBranch(ev.target.value)} data-testid="schedule-branch">
          {branches.map((b) => (
            <option key={b.id} value={b.id}>
              {b.code}
            </option>
          ))}
        </select>
      </div>
      {message ? (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="schedule-message">
          {message.text}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('weekday')}</th>
              <th scope="col">{t('hours')}</th>
              <th scope="col">{t('elsewhere')}</th>
            </tr>
          </thead>
          <tbody>
            {WEEK_ORDER.map((weekday) => {
              const dayName = s(`weekdays.${weekday}`);
              const others = all.filter((r) => r.weekday === weekday && r.branch.id !== branchId);
              return (
                <tr key={weekday} data-testid={`schedule-row-${weekday}`}>
                  <th scope="row">{dayName}</th>
                  <td>
                    {week[weekday].length === 0 ? <span className="muted">{t('notWorking')}</span> : null}
                    {week[weekday].map((interval, n) => (
                      <div className={styles.interval} key={n}>
                        <input
                          type="time"
                          className={`input ${styles.time}`}
                          aria-label={t('startFor', { day: dayName })}
                          value={interval.startTime}
                          disabled={!canEdit}
                          onChange={(ev) => edit(weekday, week[weekday].map((i, k) => (k === n ? { ...i, startTime: ev.target.value } : i)))}
                          data-testid={`schedule-start-${weekday}-${n}`}
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          type="time"
                          className={`input ${styles.time}`}
                          aria-label={t('endFor', { day: dayName })}
                          value={interval.endTime}
                          disabled={!canEdit}
                          onChange={(ev) => edit(weekday, week[weekday].map((i, k) => (k === n ? { ...i, endTime: ev.target.value } : i)))}
                          data-testid={`schedule-end-${weekday}-${n}`}
                        />
                        {canEdit ? (
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => edit(weekday, week[weekday].filter((_, k) => k !== n))}
                            data-testid={`schedule-remove-${weekday}-${n}`}
                          >
                            {t('removeHours')}
                          </button>
                        ) : null}
                      </div>
                    ))}
                    {canEdit ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => edit(weekday, [...week[weekday], week[weekday].length ? { startTime: '18:00', endTime: '21:00' } : { startTime: '10:00', endTime: '19:00' }])}
                        data-testid={`schedule-add-${weekday}`}
                      >
                        {t('addHours')}
                      </button>
                    ) : null}
                    {errors[weekday] ? (
                      <p className="field__error" data-testid={`schedule-error-${weekday}`}>
                        {errors[weekday]}
                      </p>
                    ) : null}
                  </td>
                  <td className="muted">{others.map((r) => `${r.branch.code} ${r.startTime}–${r.endTime}`).join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="schedule-save">
            {s('save')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
