'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { BookingBranchFragment, BookingEquipmentFragment, BookingStaffFragment, BookingTreatmentFragment } from '@/graphql/generated/graphql';
import { addDays, DEFAULT_WINDOW, type BookingCriteria } from './booking-data';
import styles from './booking.module.css';

export type CriteriaOptions = {
  branches: BookingBranchFragment[];
  treatments: BookingTreatmentFragment[];
  series: string[];
  beauticians: BookingStaffFragment[];
  equipment: BookingEquipmentFragment[];
};

type Props = {
  criteria: BookingCriteria;
  options: CriteriaOptions;
  pending: boolean;
  /** The server's error, shown next to the field it names (or above the buttons). */
  serverError: { message: string; field: string | null } | null;
  onChange: (next: BookingCriteria) => void;
  onSubmit: (criteria: BookingCriteria) => void;
  onReset: () => void;
  onClose?: () => void;
};

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

/** Where a server error's field shows in this form. */
const FIELD_OF: Record<string, string> = {
  treatmentId: 'requirement',
  equipmentId: 'requirement',
  minutes: 'requirement',
  fromDate: 'dates',
  toDate: 'dates',
  windowStart: 'window',
  windowEnd: 'window',
  weekdays: 'weekdays',
  branchId: 'branch',
  beauticianId: 'beautician',
};

/** Client checks before asking for suggestions: something to book and a sensible range. */
export function criteriaErrors(criteria: BookingCriteria): Partial<Record<'requirement' | 'dates' | 'window', string>> {
  const errors: Partial<Record<'requirement' | 'dates' | 'window', string>> = {};
  if (criteria.kind === 'treatment' && !criteria.treatmentId) errors.requirement = 'pickTreatment';
  if (criteria.kind === 'equipment' && !criteria.equipmentId) errors.requirement = 'pickEquipment';
  const minutes = criteria.minutes.trim();
  if ((criteria.kind === 'minutes' || (criteria.kind === 'equipment' && minutes)) && !/^\d{1,3}$/.test(minutes)) errors.requirement = 'enterMinutes';
  if (!criteria.fromDate || !criteria.toDate) errors.dates = 'pickDates';
  else if (criteria.toDate < criteria.fromDate) errors.dates = 'datesReversed';
  if (!criteria.windowStart || !criteria.windowEnd || criteria.windowEnd <= criteria.windowStart) errors.window = 'windowReversed';
  return errors;
}

/** The booking flow's first step (選擇護理 / 選擇日期 / 選擇時間 / 喜歡的星期 / 分店 / 美容師). */
export function BookingCriteriaForm({ criteria, options, pending, serverError, onChange, onSubmit, onReset, onClose }: Props) {
  const t = useTranslations('booking.criteria');
  const weekdayName = useTranslations('booking.weekdays');
  const id = useId();
  const [series, setSeries] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof criteriaErrors>>({});
  const set = <K extends keyof BookingCriteria>(key: K, value: BookingCriteria[K]) => onChange({ ...criteria, [key]: value });
  const fieldId = (name: string) => `${id}-${name}`;
  const treatments = options.treatments.filter((x) => !series || x.series === series);
  const serverField = serverError?.field ? (FIELD_OF[serverError.field] ?? null) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = criteriaErrors(criteria);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(criteria);
  }

  const errorFor = (name: 'requirement' | 'dates' | 'window' | 'weekdays' | 'branch' | 'beautician') => {
    const text = (name in errors ? t(`errors.${errors[name as keyof typeof errors]}`) : null) ?? (serverField === name ? serverError!.message : null);
    return text ? (
      <p className="field__error" role="alert" id={fieldId(`${name}-error`)} data-testid={`booking-error-${name}`}>
        {text}
      </p>
    ) : null;
  };
  const invalid = (name: string) =>
    (name in errors || serverField === name) ? { 'aria-invalid': true as const, 'aria-describedby': fieldId(`${name}-error`) } : {};

  function nextMonth() {
    const [y, m] = criteria.fromDate.split('-').map(Number);
    const first = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const last = addDays(new Date(Date.UTC(y, m + 1, 1)).toISOString().slice(0, 10), -1);
    onChange({ ...criteria, fromDate: first, toDate: last });
  }

  function toggleWeekday(day: number) {
    set('weekdays', criteria.weekdays.includes(day) ? criteria.weekdays.filter((d) => d !== day) : [...criteria.weekdays, day].sort());
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="booking-criteria">
      <p className="field__hint">{t('hint')}</p>
      <fieldset className={`form-section ${errors.requirement || serverField === 'requirement' ? 'field--invalid' : ''}`}>
        <legend>{t('what')}</legend>
        <div className="checkbox-list" role="radiogroup">
          {(['treatment', 'equipment', 'minutes'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" name={fieldId('kind')} checked={criteria.kind === kind} onChange={() => set('kind', kind)} data-testid={`booking-kind-${kind}`} />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </div>
        {criteria.kind === 'treatment' ? (
          <div className="form-grid">
            <div className="field">
              <label htmlFor={fieldId('series')}>{t('series')}</label>
              <select id={fieldId('series')} className="input select" value={series} onChange={(e) => setSeries(e.target.value)} data-testid="booking-series">
                <option value="">{t('all')}</option>
                {options.series.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fieldId('treatment')}>{t('treatment')}</label>
              <select id={fieldId('treatment')} className="input select" value={criteria.treatmentId} onChange={(e) => set('treatmentId', e.target.value)} {...invalid('requirement')} data-testid="booking-treatment">
                <option value="">{t('choose')}</option>
                {treatments.map((x) => (
                  <option key={x.id} value={x.id}>
                    {t('treatmentOption', { name: x.name, code: x.code, minutes: x.durationMinutes })}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        {criteria.kind === 'equipment' ? (
          <div className="form-grid">
            <div className="field">
              <label htmlFor={fieldId('equipment')}>{t('equipment')}</label>
              <select id={fieldId('equipment')} className="input select" value={criteria.equipmentId} onChange={(e) => set('equipmentId', e.target.value)} {...invalid('requirement')} data-testid="booking-equipment">
                <option value="">{t('choose')}</option>
                {options.equipment.map((x) => (
                  <option key={x.id} value={x.id}>
                    {`${x.name} (${x.code})`}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fieldId('equipment-minutes')}>{t('equipmentMinutes')}</label>
              <input id={fieldId('equipment-minutes')} className="input" inputMode="numeric" value={criteria.minutes} onChange={(e) => set('minutes', e.target.value)} data-testid="booking-equipment-minutes" />
            </div>
          </div>
        ) : null}
        {criteria.kind === 'minutes' ? (
          <div className="field">
            <label htmlFor={fieldId('minutes')}>{t('minutes')}</label>
            <input id={fieldId('minutes')} className="input" inputMode="numeric" value={criteria.minutes} onChange={(e) => set('minutes', e.target.value)} {...invalid('requirement')} data-testid="booking-minutes" />
          </div>
        ) : null}
        {errorFor('requirement')}
      </fieldset>

      <div className="form-grid">
        <div className={`field ${errors.dates || serverField === 'dates' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('from')}>{t('fromDate')}</label>
          <input id={fieldId('from')} className="input" type="date" value={criteria.fromDate} onChange={(e) => set('fromDate', e.target.value)} {...invalid('dates')} data-testid="booking-from" />
        </div>
        <div className={`field ${errors.dates || serverField === 'dates' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('to')}>{t('toDate')}</label>
          <input id={fieldId('to')} className="input" type="date" value={criteria.toDate} onChange={(e) => set('toDate', e.target.value)} {...invalid('dates')} data-testid="booking-to" />
          {errorFor('dates')}
        </div>
        <div className={`field ${styles.alignEnd}`}>
          <button type="button" className="button button--secondary" onClick={nextMonth} data-testid="booking-next-month">
            {t('nextMonth')}
          </button>
        </div>
      </div>

      <div className="form-grid">
        <div className={`field ${errors.window || serverField === 'window' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('window-start')}>{t('windowStart')}</label>
          <input id={fieldId('window-start')} className="input" type="time" step={1800} value={criteria.windowStart} onChange={(e) => set('windowStart', e.target.value)} {...invalid('window')} data-testid="booking-window-start" />
        </div>
        <div className={`field ${errors.window || serverField === 'window' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('window-end')}>{t('windowEnd')}</label>
          <input id={fieldId('window-end')} className="input" type="time" step={1800} value={criteria.windowEnd} onChange={(e) => set('windowEnd', e.target.value)} {...invalid('window')} data-testid="booking-window-end" />
          {errorFor('window')}
        </div>
        <div className={`field ${styles.alignEnd}`}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange({ ...criteria, windowStart: DEFAULT_WINDOW.start, windowEnd: DEFAULT_WINDOW.end })}
            data-testid="booking-all-day"
          >
            {t('allDay', { from: DEFAULT_WINDOW.start, to: DEFAULT_WINDOW.end })}
          </button>
        </div>
      </div>

      <fieldset className="form-section">
        <legend>{t('weekdays')}</legend>
        <div className="checkbox-list">
          <label className="checkbox">
            <input type="checkbox" checked={criteria.weekdays.length === 0} onChange={() => set('weekdays', [])} data-testid="booking-weekday-all" />
            {t('all')}
          </label>
          {WEEKDAYS.map((day) => (
            <label key={day} className="checkbox">
              <input type="checkbox" checked={criteria.weekdays.includes(day)} onChange={() => toggleWeekday(day)} data-testid={`booking-weekday-${day}`} />
              {weekdayName(String(day))}
            </label>
          ))}
        </div>
        {errorFor('weekdays')}
      </fieldset>

      <div className="form-grid">
        <div className={`field ${serverField === 'branch' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('branch')}>{t('branch')}</label>
          <select
            id={fieldId('branch')}
            className="input select"
            value={criteria.branchId}
            onChange={(e) => onChange({ ...criteria, branchId: e.target.value, beauticianId: '', equipmentId: '' })}
            {...invalid('branch')}
            data-testid="booking-branch"
          >
            {options.branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
          {errorFor('branch')}
        </div>
        <div className={`field ${serverField === 'beautician' ? 'field--invalid' : ''}`}>
          <label htmlFor={fieldId('beautician')}>{t('beautician')}</label>
          <select id={fieldId('beautician')} className="input select" value={criteria.beauticianId} onChange={(e) => set('beauticianId', e.target.value)} {...invalid('beautician')} data-testid="booking-beautician">
            <option value="">{t('all')}</option>
            {options.beauticians.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.displayName} (${b.code})`}
              </option>
            ))}
          </select>
          {errorFor('beautician')}
        </div>
      </div>

      {serverError && !serverField ? (
        <p className="alert alert--error" role="alert" data-testid="booking-error">
          {serverError.message}
        </p>
      ) : null}
      <p className="field__hint">{t('submitHint')}</p>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="booking-suggest">
          {t('submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => {
            setErrors({});
            setSeries('');
            onReset();
          }}
          data-testid="booking-reset"
        >
          {t('reset')}
        </button>
        {onClose ? (
          <button type="button" className="button button--secondary" onClick={onClose} data-testid="booking-close">
            {t('close')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
