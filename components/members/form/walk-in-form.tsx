'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { graphqlFetch, GraphQLRequestError } from '@/lib/graphql-fetch';
import { DuplicatePhoneWarning } from './duplicate-phone-warning';
import { FormField } from './form-field';
import { formFieldOf } from './server-field';
import type { MemberSummary, Option } from './types';
import { normalizePhone, validateWalkIn, type FieldIssue } from './validate';

const DUPLICATES = `query WalkInDuplicatePhone($phone: String!) {
  duplicatePhoneMembers(phone: $phone, first: 10) { totalCount nodes { id memberNo displayName branch { name } } }
}`;

const CREATE = `mutation CreateWalkIn($input: CreateWalkInInput!) { createWalkIn(input: $input) { id memberNo } }`;

/**
 * The counter's quick form: a phone number and the branch give a walk-in customer with a
 * provisional K number, to be converted to a member later.
 */
export function WalkInForm({ branches, defaultBranchId }: { branches: Option[]; defaultBranchId: string }) {
  const t = useTranslations('members.form');
  const locale = useLocale();
  const router = useRouter();
  const [phone, setPhone] = useState('');
  const [branchId, setBranchId] = useState(defaultBranchId);
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ phone: string; total: number; members: MemberSummary[] } | null>(null);
  const [pending, setPending] = useState(false);

  const errorOf = (name: string) => (issues[name] ? t(`error.${issues[name].key}`, issues[name].params ?? {}) : (serverErrors[name] ?? null));

  async function create() {
    setPending(true);
    try {
      const data = await graphqlFetch<{ createWalkIn: { id: string } }>(CREATE, { input: { phone: normalizePhone(phone), branchId } }, locale);
      router.push(`/members/${data.createWalkIn.id}`);
      router.refresh();
    } catch (error) {
      setPending(false);
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof GraphQLRequestError ? formFieldOf(error.field) : null;
      if (field === 'phone' || field === 'branchId') setServerErrors({ [field]: message });
      else setFormError(message);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = validateWalkIn({ phone, branchId });
    setIssues(found);
    setServerErrors({});
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const normalized = normalizePhone(phone);
    setPending(true);
    try {
      const data = await graphqlFetch<{ duplicatePhoneMembers: { totalCount: number; nodes: MemberSummary[] } }>(DUPLICATES, { phone: normalized }, locale);
      if (data.duplicatePhoneMembers.nodes.length > 0) {
        setPending(false);
        setDuplicates({ phone: normalized, total: data.duplicatePhoneMembers.totalCount, members: data.duplicatePhoneMembers.nodes });
        return;
      }
    } catch {
      // Only a warning: without it the walk-in is still created.
    }
    await create();
  }

  return (
    <form className="form walk-in-form" onSubmit={handleSubmit} noValidate data-testid="walk-in-form">
      <p className="muted">{t('walkIn.intro')}</p>
      {formError ? (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid">
        <FormField name="walkInPhone" label={t('label.phone')} required hint={t('phoneHint')} error={errorOf('phone')}>
          {(control) => (
            <input
              {...control}
              type="tel"
              inputMode="tel"
              className="input"
              value={phone}
              maxLength={20}
              autoFocus
              onChange={(event) => {
                setPhone(event.target.value);
                setIssues({});
                setServerErrors({});
              }}
              data-testid="walk-in-phone"
            />
          )}
        </FormField>
        <FormField name="walkInBranch" label={t('label.branchId')} required error={errorOf('branchId')}>
          {(control) => (
            <select {...control} className="select select--block" value={branchId} onChange={(event) => setBranchId(event.target.value)} data-testid="walk-in-branch">
              <option value="">{t('choose')}</option>
              {branches.map((branch) => (
                <option key={branch.id} value={branch.id}>
                  {branch.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {duplicates ? (
        <DuplicatePhoneWarning
          phone={duplicates.phone}
          members={duplicates.members}
          total={duplicates.total}
          proceedLabel={t('walkIn.createAnyway')}
          onProceed={() => {
            setDuplicates(null);
            void create();
          }}
          onCancel={() => setDuplicates(null)}
        />
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="walk-in-submit">
            {pending ? t('submitting') : t('walkIn.submit')}
          </button>
        </div>
      )}
    </form>
  );
}
