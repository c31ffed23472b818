'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { PackageKind, PackageTypeFieldsFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { PACKAGE_TYPE_LIMITS, packageTypeSchema } from '@/services/prepaid/package-type-input.schema';
import { CreatePackageTypeMutation, PackageTypesQuery, PackageValueSuggestionQuery, SetPackageTypeActiveMutation, UpdatePackageTypeMutation } from '../packages/package-documents';
import { TreatmentPicker, type PickedTreatment } from './treatment-picker';

type Draft = {
  id: string | null;
  code: string;
  name: string;
  kind: PackageKind;
  anyTreatment: boolean;
  treatments: PickedTreatment[];
  sessions: string;
  value: string;
  price: string;
  validityMonths: string;
  active: boolean;
};

const EMPTY: Draft = { id: null, code: '', name: '', kind: 'SESSIONS' as PackageKind, anyTreatment: true, treatments: [], sessions: '10', value: '', price: '', validityMonths: '6', active: true };

const draftOf = (row: PackageTypeFieldsFragment): Draft => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind,
  anyTreatment: row.treatmentsAny,
  treatments: row.treatments,
  sessions: row.sessions === null || row.sessions === undefined ? '' : String(row.sessions),
  value: row.valueCents === null || row.valueCents === undefined ? '' : centsToMoneyText(row.valueCents),
  price: centsToMoneyText(row.priceCents),
  validityMonths: String(row.validityMonths),
  active: row.active,
});

/** Money typed as "4000" or "3500.50", in cents; blank is null, anything else NaN (the schema refuses it). */
const cents = (text: string) => (text.trim() === '' ? null : (parseMoneyToCents(text.trim()) ?? Number.NaN));

/**
 * 套票類型 (package types, `003_*`): the list by code with a search and the active filter, and the
 * editor — code, name, sessions or value, linked treatments (any, or chosen with a searchable
 * picker), the value suggested from the treatments' prices × 10, a price below the value, and the
 * months it stays valid. Checked with the service's own schema; stopping a type keeps what was sold.
 */
export function PackageTypesEditor() {
  const t = useTranslations('prepaid.packageTypes');
  const format = useFormatter();
  const issueText = useIssueText();
  const client = useApolloClient();
  const id = useId();
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const list = useQuery(PackageTypesQuery, { variables: { active: showInactive ? null : true, search: search.trim() || null, first: 50, after: null } });
  const [create, creating] = useMutation(CreatePackageTypeMutation);
  const [update, updating] = useMutation(UpdatePackageTypeMutation);
  const [setActive] = useMutation(SetPackageTypeActiveMutation);
  const money = (value: number) => format.number(value / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rows = list.data?.packageTypes.nodes ?? [];

  const change = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  async function suggest(treatments: PickedTreatment[]) {
    if (!treatments.length) return;
    const { data } = await client.query({ query: PackageValueSuggestionQuery, variables: { treatmentIds: treatments.map((tr) => tr.id) }, fetchPolicy: 'no-cache' });
    if (data) change({ value: centsToMoneyText(data.packageValueSuggestion) });
  }

  function pickTreatments(next: PickedTreatment[]) {
    change({ treatments: next });
    if (draft?.kind === 'VALUE') void suggest(next);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setStatus(null);
    const input = {
      code: draft.code,
      name: draft.name,
      kind: draft.kind,
      treatmentIds: draft.anyTreatment ? null : draft.treatments.map((tr) => tr.id),
      sessions: draft.kind === 'SESSIONS' ? draft.sessions : null,
      valueCents: draft.kind === 'VALUE' ? cents(draft.value) : null,
      priceCents: cents(draft.price),
      validityMonths: draft.validityMonths,
      active: draft.active,
    };
    const checked = packageTypeSchema.safeParse(input);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[issue.path.map(String).join('.')] ??= issueText(issue.path.map(String).join('.'), issue.message);
      setErrors(found);
      return;
    }
    setErrors({});
    const values = { ...checked.data, kind: checked.data.kind as PackageKind, treatmentIds: checked.data.treatmentIds?.map(String) ?? null };
    try {
      if (draft.id) await update({ variables: { id: draft.id, input: values } });
      else await create({ variables: { input: values } });
      setStatus({ kind: 'success', text: t('saved', { name: values.name }) });
      setDraft(null);
      await list.refetch();
    } catch (failure) {
      const error = requestError(failure);
      if (error.field) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  async function toggleActive(row: PackageTypeFieldsFragment) {
    try {
      await setActive({ variables: { id: row.id, active: !row.active } });
      setStatus({ kind: 'success', text: t(row.active ? 'deactivated' : 'activated', { name: row.name }) });
      await list.refetch();
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
  }

  const busy = creating.loading || updating.loading;

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="package-types-editor">
      <div className="button-row">
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <button type="button" className="button button--primary" onClick={() => { setDraft(EMPTY); setErrors({}); }} data-testid="package-type-new">
          {t('new')}
        </button>
      </div>
      <StatusMessage status={status} />
      <div className="button-row">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('search')}</label>
          <input id={`${id}-search`} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} data-testid="package-types-search" />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={showInactive} onChange={(event) => setShowInactive(event.target.checked)} /> {t('showInactive')}
        </label>
      </div>
      <div className="table-wrap" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className="data-table" data-testid="package-types-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.code')}</th>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.holds')}</th>
              <th scope="col">{t('columns.treatments')}</th>
              <th scope="col">{t('columns.price')}</th>
              <th scope="col">{t('columns.validity')}</th>
              <th scope="col">{t('columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="package-type-row" data-active={row.active}>
                <td>{row.code}</td>
                <td>{row.name}</td>
                <td>{row.kind === 'SESSIONS' ? t('holdsSessions', { count: row.sessions ?? 0 }) : t('holdsValue', { value: money(row.valueCents ?? 0) })}</td>
                <td>{row.treatmentsAny ? t('anyTreatment') : row.treatments.map((tr) => tr.name).join(', ')}</td>
                <td>{money(row.priceCents)}</td>
                <td>{t('months', { count: row.validityMonths })}</td>
                <td>
                  <div className="button-row">
                    <button type="button" className="button button--secondary" onClick={() => { setDraft(draftOf(row)); setErrors({}); }} aria-label={t('editNamed', { name: row.name })}>
                      {t('edit')}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => void toggleActive(row)} data-testid="package-type-toggle">
                      {t(row.active ? 'deactivate' : 'activate')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.data && rows.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      {draft ? (
        <form className="form" onSubmit={(event) => void save(event)} noValidate aria-labelledby={`${id}-editor`} data-testid="package-type-form">
          <h3 id={`${id}-editor`}>{draft.id ? t('editTitle', { name: draft.name }) : t('newTitle')}</h3>
          <FormField name="code" label={t('fields.code')} required error={errors.code}>
            {(control) => <input {...control} className="input" maxLength={PACKAGE_TYPE_LIMITS.code} value={draft.code} onChange={(event) => change({ code: event.target.value })} data-testid="package-type-code" />}
          </FormField>
          <FormField name="name" label={t('fields.name')} required error={errors.name}>
            {(control) => <input {...control} className="input" maxLength={PACKAGE_TYPE_LIMITS.name} value={draft.name} onChange={(event) => change({ name: event.target.value })} data-testid="package-type-name" />}
          </FormField>
          <FormField name="kind" label={t('fields.kind')} required error={errors.kind}>
            {(control) => (
              <select {...control} className="input" value={draft.kind} onChange={(event) => change({ kind: event.target.value as PackageKind })} data-testid="package-type-kind">
                <option value="SESSIONS">{t('kinds.SESSIONS')}</option>
                <option value="VALUE">{t('kinds.VALUE')}</option>
              </select>
            )}
          </FormField>
          <fieldset className="fieldset">
            <legend>{t('fields.treatments')}</legend>
            <label className="checkbox">
              <input type="radio" name={`${id}-any`} checked={draft.anyTreatment} onChange={() => change({ anyTreatment: true })} data-testid="package-type-any" /> {t('anyTreatment')}
            </label>
            <label className="checkbox">
              <input type="radio" name={`${id}-any`} checked={!draft.anyTreatment} onChange={() => change({ anyTreatment: false })} data-testid="package-type-chosen" /> {t('chosenTreatments')}
            </label>
            {!draft.anyTreatment ? <TreatmentPicker label={t('pickTreatments')} value={draft.treatments} onChange={pickTreatments} error={errors.treatmentIds} /> : null}
          </fieldset>
          {draft.kind === 'SESSIONS' ? (
            <FormField name="sessions" label={t('fields.sessions')} required error={errors.sessions}>
              {(control) => <input {...control} className="input" inputMode="numeric" value={draft.sessions} onChange={(event) => change({ sessions: event.target.value })} data-testid="package-type-sessions" />}
            </FormField>
          ) : (
            <FormField name="valueCents" label={t('fields.value')} required error={errors.valueCents} hint={t('valueHint')}>
              {(control) => <input {...control} className="input" inputMode="decimal" value={draft.value} onChange={(event) => change({ value: event.target.value })} data-testid="package-type-value" />}
            </FormField>
          )}
          <FormField name="priceCents" label={t('fields.price')} required error={errors.priceCents} hint={draft.kind === 'VALUE' ? t('priceHint') : undefined}>
            {(control) => <input {...control} className="input" inputMode="decimal" value={draft.price} onChange={(event) => change({ price: event.target.value })} data-testid="package-type-price" />}
          </FormField>
          <FormField name="validityMonths" label={t('fields.validityMonths')} required error={errors.validityMonths}>
            {(control) => <input {...control} className="input" inputMode="numeric" value={draft.validityMonths} onChange={(event) => change({ validityMonths: event.target.value })} data-testid="package-type-validity" />}
          </FormField>
          <label className="checkbox">
            <input type="checkbox" checked={draft.active} onChange={(event) => change({ active: event.target.checked })} /> {t('fields.active')}
          </label>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy} data-testid="package-type-save">
              {t('save')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
