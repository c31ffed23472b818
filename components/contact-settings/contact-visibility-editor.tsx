'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useMemo, useState, type FormEvent } from 'react';
import type { VisibilityRuleFragment, VisibilityStaffMemberFragment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { ContactVisibilityQuery, SetContactVisibilityMutation } from './contact-settings-documents';

export type VisibilityStaff = VisibilityStaffMemberFragment;

type Rule = { ownBranch: boolean; otherBranches: boolean; all: boolean; staffIds: string[] };
type Loaded = Rule & { isDefault: boolean };

const toLoaded = (r: VisibilityRuleFragment): Loaded => ({ ownBranch: r.ownBranch, otherBranches: r.otherBranches, all: r.all, isDefault: r.isDefault, staffIds: r.staff.map((s) => s.id) });

/** The staff grouped by branch (branch code order, then staff code), for the checklist. */
export function groupByBranch(staff: VisibilityStaff[]): { branch: VisibilityStaff['branch']; staff: VisibilityStaff[] }[] {
  const groups = new Map<string, { branch: VisibilityStaff['branch']; staff: VisibilityStaff[] }>();
  for (const person of staff) {
    const group = groups.get(person.branch.id) ?? { branch: person.branch, staff: [] };
    group.staff.push(person);
    groups.set(person.branch.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.branch.code.localeCompare(b.branch.code))
    .map((g) => ({ ...g, staff: [...g.staff].sort((a, b) => a.code.localeCompare(b.code)) }));
}

/**
 * 聯絡活動查看會員權限: choose a staff member, then whose contact members they may see. Own
 * members are always visible; the flags add whole groups; the checklist adds staff one by one.
 */
export function ContactVisibilityEditor({ staff, canEdit }: { staff: VisibilityStaff[]; canEdit: boolean }) {
  const t = useTranslations('contactVisibility');
  const client = useApolloClient();
  const [setVisibility] = useMutation(SetContactVisibilityMutation);
  const [staffId, setStaffId] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [rule, setRule] = useState<Rule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const groups = useMemo(() => groupByBranch(staff), [staff]);
  const subject = staff.find((s) => s.id === staffId) ?? null;

  async function choose(id: string) {
    setStaffId(id);
    setLoaded(null);
    setRule(null);
    setError(null);
    setNotice(null);
    if (!id) return;
    try {
      // Always the server's current rule: another manager may have changed it since.
      const { data } = await client.query({ query: ContactVisibilityQuery, variables: { staffId: id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const next = toLoaded(data.contactVisibility);
      setLoaded(next);
      setRule(next);
    } catch (e) {
      setError(requestError(e).message);
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rule || !staffId || pending) return;
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      const input = { ownBranch: rule.ownBranch, otherBranches: rule.otherBranches, all: rule.all, staffIds: rule.staffIds };
      const { data } = await setVisibility({ variables: { staffId, input } });
      if (data) {
        const next = toLoaded(data.setContactVisibility);
        setLoaded(next);
        setRule(next);
      }
      setNotice(t('saved'));
    } catch (e) {
      setError(requestError(e).message);
    }
    setPending(false);
  }

  const setFlag = (flag: 'ownBranch' | 'otherBranches' | 'all', value: boolean) => setRule((r) => (r ? { ...r, [flag]: value } : r));
  const setStaff = (ids: string[], checked: boolean) =>
    setRule((r) => {
      if (!r) return r;
      const next = new Set(r.staffIds);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return { ...r, staffIds: [...next] };
    });
  const others = staff.filter((s) => s.id !== staffId).map((s) => s.id);

  return (
    <div className="form" data-testid="contact-visibility-editor">
      <div className="field">
        <label htmlFor="visibility-staff">{t('staff')}</label>
        <select id="visibility-staff" className="select select--block" value={staffId} onChange={(e) => void choose(e.target.value)} data-testid="visibility-staff">
          <option value="">{t('chooseStaff')}</option>
          {groups.map((group) => (
            <optgroup key={group.branch.id} label={group.branch.name}>
              {group.staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('staffOption', { name: s.displayName, code: s.code })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {notice ? (
        <p className="alert alert--success" role="status" data-testid="visibility-saved">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="visibility-error">
          {error}
        </p>
      ) : null}
      {subject && rule && loaded ? (
        <form className="card form" onSubmit={save} data-testid="visibility-form">
          <h2>{t('heading', { name: subject.displayName, code: subject.code })}</h2>
          {loaded.isDefault ? <p className="muted" data-testid="visibility-default">{t('isDefault')}</p> : null}
          <fieldset className="form-section" disabled={!canEdit}>
            <legend>{t('scope')}</legend>
            <div className="checkbox-list">
              <label className="checkbox">
                <input type="checkbox" checked disabled data-testid="visibility-own" />
                {t('own')}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={rule.ownBranch} onChange={(e) => setFlag('ownBranch', e.target.checked)} data-testid="visibility-ownBranch" />
                {t('ownBranch')}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={rule.otherBranches} onChange={(e) => setFlag('otherBranches', e.target.checked)} data-testid="visibility-otherBranches" />
                {t('otherBranches')}
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={rule.all} onChange={(e) => setFlag('all', e.target.checked)} data-testid="visibility-all" />
                {t('all')}
              </label>
            </div>
          </fieldset>
          <fieldset className="form-section" disabled={!canEdit}>
            <legend>{t('staffList')}</legend>
            <p className="field__hint">{t('staffListHint')}</p>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setStaff(others, true)} data-testid="visibility-select-all">
                {t('selectAll')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setStaff(others, false)} data-testid="visibility-select-none">
                {t('selectNone')}
              </button>
            </div>
            {groups.map((group) => {
              const members = group.staff.filter((s) => s.id !== staffId);
              if (members.length === 0) return null;
              return (
                <div key={group.branch.id} data-testid={`visibility-branch-${group.branch.code}`}>
                  <h3>{t('branch', { name: group.branch.name, code: group.branch.code })}</h3>
                  <div className="checkbox-list">
                    {members.map((s) => (
                      <label key={s.id} className="checkbox">
                        <input
                          type="checkbox"
                          checked={rule.staffIds.includes(s.id)}
                          onChange={(e) => setStaff([s.id], e.target.checked)}
                          data-testid={`visibility-staff-${s.code}`}
                        />
                        {t('staffOption', { name: s.displayName, code: s.code })}
                      </label>
                    ))}
                  </div>
                </div>
              );
            })}
          </fieldset>
          {canEdit ? (
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="visibility-confirm">
                {t('confirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setRule(loaded)} data-testid="visibility-reset">
                {t('reset')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void choose('')} data-testid="visibility-cancel">
                {t('cancel')}
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
