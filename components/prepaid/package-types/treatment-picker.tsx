'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { RemovableChips } from '@/components/ui/removable-chips';
import { PackageTreatmentSearchQuery } from '@/components/prepaid/packages/package-documents';

export type PickedTreatment = { id: string; code: string; name: string; priceCents: number };

/** Matches read per keystroke: enough to pick from, never the whole catalogue. */
const MATCHES = 15;

/**
 * A searchable treatment picker: type part of a code or name, pick from the matches the server
 * finds (active treatments only); chosen ones show as chips that remove themselves. `single`
 * keeps one choice (the package actions' treatment for a package of any treatment).
 */
export function TreatmentPicker({
  label,
  value,
  onChange,
  single = false,
  error,
  testId = 'treatment-picker',
}: {
  label: string;
  value: PickedTreatment[];
  onChange: (next: PickedTreatment[]) => void;
  single?: boolean;
  error?: string | null;
  testId?: string;
}) {
  const t = useTranslations('prepaid.packageTypes.picker');
  const id = useId();
  const [search, setSearch] = useState('');
  const term = search.trim();
  const matches = useQuery(PackageTreatmentSearchQuery, { variables: { search: term, first: MATCHES }, skip: term === '' });
  const chosen = new Set(value.map((tr) => tr.id));
  const options = (matches.data?.treatments.nodes ?? []).filter((tr) => !chosen.has(tr.id));

  function pick(treatment: PickedTreatment) {
    onChange(single ? [treatment] : [...value, treatment]);
    setSearch('');
  }

  return (
    <div className={error ? 'field field--invalid' : 'field'} data-testid={testId}>
      <label htmlFor={`${id}-search`}>{label}</label>
      <RemovableChips
        chips={value.map((tr) => ({ key: tr.id, value: tr.id, label: `${tr.name} (${tr.code})`, onRemove: () => onChange(value.filter((v) => v.id !== tr.id)) }))}
        label={t('chosen')}
        removeText={t('remove')}
        chipTestId={`${testId}-chip`}
      />
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-options`}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('hint')}
        data-testid={`${testId}-search`}
      />
      {term !== '' ? (
        <ul id={`${id}-options`} role="listbox" aria-label={t('matches')} className="choice-list">
          {options.map((tr) => (
            <li key={tr.id} role="option" aria-selected={false}>
              <button type="button" className="button button--secondary" onClick={() => pick(tr)} data-testid={`${testId}-option`}>
                {tr.name} ({tr.code})
              </button>
            </li>
          ))}
          {matches.data && options.length === 0 ? <li className="muted">{t('none', { term })}</li> : null}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
