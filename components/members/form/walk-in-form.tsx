'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import type { MemberSummaryFragment } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { walkInSchema } from '@/services/members/member-input.schema';
import { DuplicatePhoneWarning } from './duplicate-phone-warning';
import { FormField } from './form-field';
import { useIssueText } from '@/lib/forms/issue-text';
import { CreateWalkInMutation, DuplicatePhoneQuery } from './member-form-documents';
import type { Option } from './member-values';
import { formFieldOf } from './server-field';

type WalkInInput = z.input<typeof walkInSchema>;
type WalkIn = z.output<typeof walkInSchema>;

/**
 * The counter's quick form: a phone number and the branch give a walk-in customer with a
 * provisional K number, to be converted to a member later. Checked with the server's schema.
 */
export function WalkInForm({ branches, defaultBranchId }: { branches: Option[]; defaultBranchId: string }) {
  const t = useTranslations('members.form');
  const issueText = useIssueText();
  const router = useRouter();
  const client = useApolloClient();
  const [createWalkIn] = useMutation(CreateWalkInMutation);
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<WalkInInput, unknown, WalkIn>({
    resolver: zodResolver(walkInSchema),
    defaultValues: { phone: '', branchId: defaultBranchId },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ walkIn: WalkIn; total: number; members: MemberSummaryFragment[] } | null>(null);
  const [pending, setPending] = useState(false);

  const errorOf = (name: keyof WalkInInput) => {
    const error = get(formState.errors, name) as FieldError | undefined;
    if (!error?.message) return null;
    return error.type === 'server' ? error.message : issueText(name, error.message);
  };

  async function create(walkIn: WalkIn) {
    setPending(true);
    try {
      const { data } = await createWalkIn({ variables: { input: walkIn } });
      if (data) {
        router.push(`/members/${data.createWalkIn.id}`);
        router.refresh();
      }
    } catch (failure) {
      setPending(false);
      const error = requestError(failure);
      const field = formFieldOf(error.field);
      if (field === 'phone' || field === 'branchId') setError(field, { type: 'server', message: error.message });
      else setFormError(error.message);
    }
  }

  async function submit(walkIn: WalkIn) {
    if (pending) return;
    setFormError(null);
    setPending(true);
    try {
      const { data } = await client.query({ query: DuplicatePhoneQuery, variables: { phone: walkIn.phone }, fetchPolicy: 'network-only' });
      const found = data?.duplicatePhoneMembers;
      if (found && found.nodes.length > 0) {
        setPending(false);
        setDuplicates({ walkIn, total: found.totalCount, members: found.nodes });
        return;
      }
    } catch {
      // Only a warning: without it the walk-in is still created.
    }
    await create(walkIn);
  }

  return (
    <form className="form walk-in-form" onSubmit={handleSubmit(submit)} noValidate data-testid="walk-in-form">
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
              {...register('phone', { onChange: () => clearErrors() })}
              type="tel"
              inputMode="tel"
              className="input"
              maxLength={20}
              autoFocus
              data-testid="walk-in-phone"
            />
          )}
        </FormField>
        <FormField name="walkInBranch" label={t('label.branchId')} required error={errorOf('branchId')}>
          {(control) => (
            <select {...control} {...register('branchId', { onChange: () => clearErrors('branchId') })} className="select select--block" data-testid="walk-in-branch">
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
          phone={duplicates.walkIn.phone}
          members={duplicates.members}
          total={duplicates.total}
          proceedLabel={t('walkIn.createAnyway')}
          onProceed={() => {
            setDuplicates(null);
            void create(duplicates.walkIn);
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
