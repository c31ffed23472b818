'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { get, useForm, useWatch, type FieldError } from 'react-hook-form';
import { FormField } from '@/components/members/form/form-field';
import type { MemberReach as GraphQLMemberReach } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import type { PasswordPolicy } from '@/services/admin/password-policy';
import { STAFF_LIMITS, staffCreateSchema, staffUpdateSchema, type StaffCreateInput, type StaffCreateValues } from '@/services/admin/staff-admin-input.schema';
import { CreateStaffMutation, UpdateStaffMutation } from './staff-documents';
import { InitialPasswordNotice } from './initial-password-notice';

/** The form's values as typed; the staff service's own schema checks them before anything is sent. */
export type StaffFormValues = {
  login: string;
  displayName: string;
  code: string;
  branchId: string;
  salesGroupId: string;
  roleKeys: string[];
  memberReach: 'own_branch' | 'chosen_branches' | 'all';
  memberBranchIds: string[];
  initialPassword: string;
};

export type Choice = { id: string; label: string };
export type RoleChoice = { key: string; label: string };

const FIELDS = ['login', 'displayName', 'code', 'branchId', 'salesGroupId', 'roleKeys', 'memberReach', 'memberBranchIds', 'initialPassword'] as const;
type Field = (typeof FIELDS)[number];
const REACHES = ['own_branch', 'chosen_branches', 'all'] as const;

/**
 * 新增 / 編輯員工: sign-in name, name, code, branch, sales group, roles (those the viewer may grant),
 * member visibility and, for a new staff member, the initial password (typed, or generated and
 * shown once after saving).
 */
export function StaffForm({
  staffId, initial, branches, salesGroups, roles, policy, canSeeAllBranches,
}: {
  staffId: string | null;
  initial: StaffFormValues;
  /** Branches the viewer may choose (within their own member scope). */
  branches: Choice[];
  salesGroups: Choice[];
  roles: RoleChoice[];
  policy: PasswordPolicy;
  /** Whether "all branches" may be given (the viewer sees every branch). */
  canSeeAllBranches: boolean;
}) {
  const t = useTranslations('admin.staff');
  const tErrors = useTranslations('errors');
  const issueText = useIssueText();
  const router = useRouter();
  const [createStaff] = useMutation(CreateStaffMutation);
  const [updateStaff] = useMutation(UpdateStaffMutation);
  const schema = useMemo(() => (staffId ? staffUpdateSchema : staffCreateSchema(policy)), [staffId, policy]);
  const { register, handleSubmit, setError, clearErrors, formState, control, setValue } = useForm<StaffCreateInput, unknown, StaffCreateValues>({
    resolver: zodResolver(schema as ReturnType<typeof staffCreateSchema>),
    defaultValues: initial,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string; password: string } | null>(null);
  const pending = formState.isSubmitting;
  const roleKeys = (useWatch({ control, name: 'roleKeys' }) ?? []) as string[];
  const reach = useWatch({ control, name: 'memberReach' }) as StaffFormValues['memberReach'];
  const chosenBranches = ((useWatch({ control, name: 'memberBranchIds' }) ?? []) as Array<string | number>).map(String);
  const ownBranch = String(useWatch({ control, name: 'branchId' }) ?? '');

  const label = (name: Field) => tErrors(`fields.${name}`);
  const errors = Object.fromEntries(
    FIELDS.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<Field, string>>;

  const field = (name: Field) => register(name, { onChange: () => clearErrors(name) });

  async function submit(values: StaffCreateValues) {
    setFormError(null);
    const input = {
      login: values.login,
      displayName: values.displayName,
      code: values.code,
      branchId: String(values.branchId),
      salesGroupId: values.salesGroupId === null ? null : String(values.salesGroupId),
      roleKeys: values.roleKeys,
      memberReach: values.memberReach.toUpperCase() as GraphQLMemberReach,
      memberBranchIds: values.memberBranchIds.map(String),
    };
    try {
      if (staffId) {
        await updateStaff({ variables: { id: staffId, input } });
        router.push(`/settings/staff/${staffId}?saved=1`);
        router.refresh();
        return;
      }
      const result = (await createStaff({ variables: { input: { ...input, initialPassword: values.initialPassword } } })).data?.createStaff;
      if (!result) throw new Error('The mutation returned no data');
      if (result.initialPassword) {
        setCreated({ id: result.staff.id, name: result.staff.displayName, password: result.initialPassword });
        return;
      }
      router.push(`/settings/staff/${result.staff.id}?saved=1`);
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && FIELDS.includes(name)) setError(name, { type: 'server', message });
      else setFormError(message);
    }
  }

  if (created) {
    return (
      <section className="card" data-testid="staff-created">
        <p className="alert alert--success" role="status">
          {t('form.createdNotice', { name: created.name })}
        </p>
        <InitialPasswordNotice password={created.password} />
        <div className="button-row">
          <Link href={`/settings/staff/${created.id}`} className="button button--primary" data-testid="staff-created-open">
            {t('form.openCreated')}
          </Link>
          <Link href="/settings/staff" className="button button--secondary">
            {t('backToList')}
          </Link>
        </div>
      </section>
    );
  }

  const policyHint = [
    t('form.policy.minLength', { min: policy.minLength }),
    policy.requireLettersAndDigits ? t('form.policy.lettersAndDigits') : null,
    policy.requireMixedCase ? t('form.policy.mixedCase') : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="form card" onSubmit={handleSubmit(submit)} noValidate data-testid="staff-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="staff-form-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          <FormField name="displayName" label={label('displayName')} required error={errors.displayName}>
            {(control) => <input {...control} {...field('displayName')} className="input" maxLength={STAFF_LIMITS.displayName} autoComplete="off" />}
          </FormField>
          <FormField name="code" label={t('code')} required hint={t('form.codeHint')} error={errors.code}>
            {(control) => <input {...control} {...field('code')} className="input" maxLength={STAFF_LIMITS.code} autoCapitalize="characters" autoComplete="off" />}
          </FormField>
          <FormField name="login" label={label('login')} required hint={t('form.loginHint')} error={errors.login}>
            {(control) => <input {...control} {...field('login')} className="input" maxLength={STAFF_LIMITS.login} autoCapitalize="none" autoComplete="off" spellCheck={false} />}
          </FormField>
          <FormField name="branchId" label={t('branch')} required error={errors.branchId}>
            {(control) => (
              <select {...control} {...field('branchId')} className="select select--block">
                <option value="">{t('form.chooseBranch')}</option>
                {branches.map((branch) => (
                  <option key={branch.id} value={branch.id}>
                    {branch.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="salesGroupId" label={label('salesGroupId')} hint={t('form.salesGroupHint')} error={errors.salesGroupId}>
            {(control) => (
              <select {...control} {...field('salesGroupId')} className="select select--block">
                <option value="">{t('form.noSalesGroup')}</option>
                {salesGroups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section" data-testid="field-roleKeys" aria-describedby="staff-roles-hint">
        <legend>
          {label('roleKeys')}
          <span className="required-mark"> *</span>
        </legend>
        <p id="staff-roles-hint" className="field__hint">
          {t('form.rolesHint')}
        </p>
        <div className="checkbox-list">
          {roles.map((role) => (
            <label key={role.key} className="checkbox">
              <input
                type="checkbox"
                checked={roleKeys.includes(role.key)}
                onChange={(event) => {
                  setValue('roleKeys', event.target.checked ? [...roleKeys, role.key] : roleKeys.filter((key) => key !== role.key));
                  clearErrors('roleKeys');
                }}
                data-testid={`staff-role-${role.key}`}
              />
              {role.label}
            </label>
          ))}
        </div>
        {errors.roleKeys ? (
          <p className="field__error" role="alert" data-testid="error-roleKeys">
            {errors.roleKeys}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="form-section" data-testid="field-memberReach">
        <legend>{label('memberReach')}</legend>
        <p className="field__hint">{t('form.reachHint')}</p>
        <div className="checkbox-list">
          {REACHES.filter((value) => value !== 'all' || canSeeAllBranches || reach === 'all').map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                value={value}
                {...register('memberReach', { onChange: () => clearErrors(['memberReach', 'memberBranchIds']) })}
                data-testid={`staff-reach-${value}`}
              />
              {t(`reach.${value}`)}
            </label>
          ))}
        </div>
        {errors.memberReach ? (
          <p className="field__error" role="alert" data-testid="error-memberReach">
            {errors.memberReach}
          </p>
        ) : null}
        {reach === 'chosen_branches' ? (
          <fieldset className="form-section" data-testid="field-memberBranchIds">
            <legend>{label('memberBranchIds')}</legend>
            <div className="checkbox-list">
              {branches
                .filter((branch) => branch.id !== ownBranch)
                .map((branch) => (
                  <label key={branch.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosenBranches.includes(branch.id)}
                      onChange={(event) => {
                        setValue('memberBranchIds', event.target.checked ? [...chosenBranches, branch.id] : chosenBranches.filter((id) => id !== branch.id));
                        clearErrors('memberBranchIds');
                      }}
                    />
                    {branch.label}
                  </label>
                ))}
            </div>
            {errors.memberBranchIds ? (
              <p className="field__error" role="alert" data-testid="error-memberBranchIds">
                {errors.memberBranchIds}
              </p>
            ) : null}
          </fieldset>
        ) : null}
      </fieldset>

      {staffId ? null : (
        <fieldset className="form-section">
          <legend>{t('form.passwordSection')}</legend>
          <FormField name="initialPassword" label={label('initialPassword')} hint={`${t('form.passwordHint')} ${policyHint}`} error={errors.initialPassword}>
            {(control) => <input {...control} {...field('initialPassword')} className="input" type="text" autoComplete="new-password" autoCapitalize="none" spellCheck={false} />}
          </FormField>
        </fieldset>
      )}

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="staff-save">
          {t('form.save')}
        </button>
        <Link href={staffId ? `/settings/staff/${staffId}` : '/settings/staff'} className="button button--secondary" data-testid="staff-cancel">
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
