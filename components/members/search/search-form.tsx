'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { buildFilter, EMPTY_FORM, formFromFilter, type FilterFormValues, type MemberFilterInput, type MemberKind } from './filter-params';
import type { Option, SearchOptions } from './use-search-options';
import styles from './member-search.module.css';

type Props = {
  /** The filter of the search shown (from the URL). */
  filter: MemberFilterInput;
  options: SearchOptions;
  onSearch: (filter: MemberFilterInput) => void;
  onReset: () => void;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const GENDERS = ['FEMALE', 'MALE', 'UNKNOWN'] as const;
const KINDS: MemberKind[] = ['ALL', 'MEMBERS', 'WALK_INS'];

function toggle(values: string[], id: string, on: boolean): string[] {
  return on ? [...values, id] : values.filter((v) => v !== id);
}

/** A box of tickable choices; none ticked means 全部, as in the seed's lists. */
function CheckboxGroup({
  legend, options, values, onChange, testId, children,
}: {
  legend: string;
  options: Option[];
  values: string[];
  onChange: (values: string[]) => void;
  testId: string;
  children?: ReactNode;
}) {
  const t = useTranslations('members.search');
  return (
    <fieldset className={styles.choices} data-testid={testId}>
      <legend>{legend}</legend>
      <div className={styles.choiceList}>
        <label className={styles.choice}>
          <input type="checkbox" checked={values.length === 0} onChange={() => onChange([])} />
          {t('all')}
        </label>
        {options.map((option) => (
          <label key={option.id} className={styles.choice}>
            <input
              type="checkbox"
              value={option.id}
              checked={values.includes(option.id)}
              onChange={(event) => onChange(toggle(values, option.id, event.target.checked))}
            />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

/**
 * 會員基本搜尋: every filter of seed 000 plus phone, birthday month, join dates, interest group,
 * members/walk-ins and custom fields. Submitting hands the built filter to the page, which puts
 * it in the URL.
 */
export function SearchForm({ filter, options, onSearch, onReset }: Props) {
  const t = useTranslations('members.search');
  const id = useId();
  const [values, setValues] = useState<FilterFormValues>(() => formFromFilter(filter));
  const set = <K extends keyof FilterFormValues>(key: K, value: FilterFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const moreActive = Boolean(
    filter.birthMonth || filter.joinedFrom || filter.joinedTo || filter.interestGroupIds || filter.kind || filter.customFields,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(buildFilter(values));
  }

  function handleReset() {
    setValues(EMPTY_FORM);
    onReset();
  }

  const text = (key: 'memberNo' | 'name' | 'idCard' | 'phone', extra: Record<string, string> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(key)}</label>
      <input
        id={`${id}-${key}`}
        className="input"
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
        maxLength={key === 'idCard' || key === 'phone' ? 20 : 50}
        autoComplete="off"
        data-testid={`search-${key}`}
        {...extra}
      />
    </div>
  );

  const campaignSelect = (key: 'inCampaign' | 'notInCampaign') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(key)}</label>
      <select
        id={`${id}-${key}`}
        className={`select ${styles.wide}`}
        value={values[key]}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`search-${key}`}
      >
        <option value="">{t('allMembers')}</option>
        {/* 會員不在 lists "not in any" first, so its ANY/NONE read the other way round. */}
        {key === 'inCampaign' ? (
          <>
            <option value="ANY">{t('inAnyCampaign')}</option>
            <option value="NONE">{t('inNoCampaign')}</option>
          </>
        ) : (
          <>
            <option value="ANY">{t('inNoCampaign')}</option>
            <option value="NONE">{t('inAnyCampaign')}</option>
          </>
        )}
        {options.campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className={`card ${styles.form}`} onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="member-search-form">
      <h2 id={`${id}-title`} className={styles.formTitle}>
        {t('title')}
      </h2>
      <CheckboxGroup
        legend={t('branch')}
        options={options.branches}
        values={values.branchIds}
        onChange={(v) => set('branchIds', v)}
        testId="search-branches"
      />
      <CheckboxGroup
        legend={t('group')}
        options={options.groups}
        values={values.groupIds}
        onChange={(v) => set('groupIds', v)}
        testId="search-groups"
      >
        <p className={styles.note}>{t('deletedNote')}</p>
      </CheckboxGroup>
      <div className={styles.grid}>
        {text('memberNo', { autoCapitalize: 'characters' })}
        {text('name')}
        {text('phone', { inputMode: 'tel' })}
        {text('idCard', { autoCapitalize: 'characters' })}
        <div className="field">
          <label htmlFor={`${id}-gender`}>{t('gender')}</label>
          <select
            id={`${id}-gender`}
            className={`select ${styles.wide}`}
            value={values.gender}
            onChange={(event) => set('gender', event.target.value as FilterFormValues['gender'])}
            data-testid="search-gender"
          >
            <option value="">{t('all')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`genderOption.${g}`)}
              </option>
            ))}
          </select>
        </div>
        {campaignSelect('inCampaign')}
        {campaignSelect('notInCampaign')}
        <div className="field">
          <label htmlFor={`${id}-salesperson`}>{t('salesperson')}</label>
          <select
            id={`${id}-salesperson`}
            className={`select ${styles.wide}`}
            value={values.campaignSalespersonId}
            onChange={(event) => set('campaignSalespersonId', event.target.value)}
            data-testid="search-salesperson"
          >
            <option value="">{t('all')}</option>
            {options.salespeople.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className={styles.more} open={moreActive || undefined}>
        <summary>{t('moreFilters')}</summary>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor={`${id}-month`}>{t('birthMonth')}</label>
            <select
              id={`${id}-month`}
              className={`select ${styles.wide}`}
              value={values.birthMonth}
              onChange={(event) => set('birthMonth', event.target.value)}
              data-testid="search-birthMonth"
            >
              <option value="">{t('all')}</option>
              {MONTHS.map((m) => (
                <option key={m} value={String(m)}>
                  {t('month', { month: String(m) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('joinedFrom')}</label>
            <input
              id={`${id}-from`}
              type="date"
              className="input"
              value={values.joinedFrom}
              max={values.joinedTo || undefined}
              onChange={(event) => set('joinedFrom', event.target.value)}
              data-testid="search-joinedFrom"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('joinedTo')}</label>
            <input
              id={`${id}-to`}
              type="date"
              className="input"
              value={values.joinedTo}
              min={values.joinedFrom || undefined}
              onChange={(event) => set('joinedTo', event.target.value)}
              data-testid="search-joinedTo"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('kind')}</label>
            <select
              id={`${id}-kind`}
              className={`select ${styles.wide}`}
              value={values.kind}
              onChange={(event) => set('kind', event.target.value as MemberKind)}
              data-testid="search-kind"
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kindOption.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {options.customFields.map((field) => {
            const fieldId = `${id}-cf-${field.id}`;
            const value = values.customFields[field.id] ?? '';
            const change = (next: string) => set('customFields', { ...values.customFields, [field.id]: next });
            return (
              <div className="field" key={field.id}>
                <label htmlFor={fieldId}>{field.label}</label>
                {field.type === 'SELECT' ? (
                  <select
                    id={fieldId}
                    className={`select ${styles.wide}`}
                    value={value}
                    onChange={(event) => change(event.target.value)}
                    data-testid={`search-custom-${field.id}`}
                  >
                    <option value="">{t('all')}</option>
                    {field.options.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={fieldId}
                    className="input"
                    type={field.type === 'DATE' ? 'date' : field.type === 'NUMBER' ? 'number' : 'text'}
                    value={value}
                    maxLength={500}
                    onChange={(event) => change(event.target.value)}
                    data-testid={`search-custom-${field.id}`}
                  />
                )}
              </div>
            );
          })}
        </div>
        {options.interestGroups.length ? (
          <CheckboxGroup
            legend={t('interestGroup')}
            options={options.interestGroups}
            values={values.interestGroupIds}
            onChange={(v) => set('interestGroupIds', v)}
            testId="search-interests"
          />
        ) : null}
      </details>
      <div className={styles.formActions}>
        <button type="submit" className="button button--primary" data-testid="search-submit">
          {t('submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={handleReset} data-testid="search-reset">
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
