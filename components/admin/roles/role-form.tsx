'use client';

import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { get, useForm, useWatch, type FieldError } from 'react-hook-form';
import { FormField } from '@/components/members/form/form-field';
import type { Permission as PermissionKey, PermissionCatalogueQuery, RoleInput } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { Permission } from '@/services/admin/permission';
import { ROLE_LIMITS, roleSchema, type RoleFormInput, type RoleValues } from '@/services/admin/role-input.schema';
import { CreateRoleMutation, UpdateRoleMutation } from './role-documents';
import styles from './role-editor.module.css';

export type CatalogueArea = PermissionCatalogueQuery['permissionCatalogue']['areas'][number];

/** The form's values: names as typed, permissions as catalogue values ("data.export"). */
export type RoleFormValues = {
  name: string;
  translations: { zhHK: string; en: string; zhCN: string; th: string };
  permissions: string[];
};

export const BLANK_ROLE: RoleFormValues = { name: '', translations: { zhHK: '', en: '', zhCN: '', th: '' }, permissions: [] };

const TRANSLATION_FIELDS = ['zhHK', 'en', 'zhCN', 'th'] as const;
const FIELDS = ['name', ...TRANSLATION_FIELDS.map((l) => `translations.${l}` as const), 'permissions'] as const;
type Field = (typeof FIELDS)[number];

/** GraphQL spells a permission by its enum name (DataExport); code and messages by its value (data.export). */
const KEY_OF = new Map<string, PermissionKey>(Object.entries(Permission).map(([key, value]) => [value, key as PermissionKey]));

/** A checkbox that shows "some but not all" of an area as the mixed state; its label names the area for screen readers. */
function AreaCheckbox({ checked, mixed, disabled, label, area, onChange, testId }: { checked: boolean; mixed: boolean; disabled: boolean; label: string; area: string; onChange: (on: boolean) => void; testId: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label>
      <input ref={ref} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} data-testid={testId} />
      {label}
      <span className="visually-hidden"> {area}</span>
    </label>
  );
}

/**
 * 新增 / 編輯角色: name and its translations, and the permission catalogue by area as checkboxes
 * with each permission's description and a select-all per area. Permissions the viewer does not
 * hold cannot be ticked (the server refuses them too); ones the role already grants may stay.
 */
export function RoleForm({ roleId, initial, areas }: { roleId: string | null; initial: RoleFormValues; areas: CatalogueArea[] }) {
  const t = useTranslations('admin.roles');
  const issueText = useIssueText();
  const router = useRouter();
  const [createRole] = useMutation(CreateRoleMutation);
  const [updateRole] = useMutation(UpdateRoleMutation);
  const { register, handleSubmit, setError, clearErrors, setValue, control, formState } = useForm<RoleFormInput, unknown, RoleValues>({
    resolver: zodResolver(roleSchema),
    defaultValues: initial,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const chosen = new Set(useWatch({ control, name: 'permissions' }) ?? []);
  const pending = formState.isSubmitting;
  // What may be ticked: what the viewer holds, and what the role already granted when the page opened.
  const tickable = (permission: string, grantable: boolean) => grantable || initial.permissions.includes(permission);

  const errors = Object.fromEntries(
    FIELDS.flatMap((name) => {
      const error = get(formState.errors, name) as FieldError | undefined;
      if (!error?.message) return [];
      return [[name, error.type === 'server' ? error.message : issueText(name, error.message)]];
    }),
  ) as Partial<Record<Field, string>>;

  const field = (name: Exclude<Field, 'permissions'>) => register(name, { onChange: () => clearErrors(name) });

  function choose(permissions: string[], on: boolean) {
    const next = new Set(chosen);
    for (const permission of permissions) {
      if (on) next.add(permission);
      else next.delete(permission);
    }
    clearErrors('permissions');
    setValue('permissions', [...next], { shouldDirty: true });
  }

  async function submit(values: RoleValues) {
    setFormError(null);
    const input: RoleInput = {
      name: values.name,
      translations: { zhHK: values.translations?.['zh-HK'] ?? null, en: values.translations?.en ?? null, zhCN: values.translations?.['zh-CN'] ?? null, th: values.translations?.th ?? null },
      permissions: values.permissions.map((permission) => KEY_OF.get(permission)!),
    };
    try {
      const saved = roleId ? (await updateRole({ variables: { id: roleId, input } })).data?.updateRole : (await createRole({ variables: { input } })).data?.createRole;
      router.push(saved && !roleId ? `/settings/roles/${saved.id}?saved=1` : '/settings/roles?saved=1');
      router.refresh();
    } catch (failure) {
      const { message, field: named } = requestError(failure);
      const name = named ? (named.replace(/^input\./, '') as Field) : null;
      if (name && FIELDS.includes(name)) setError(name, { type: 'server', message });
      else setFormError(message);
    }
  }

  return (
    <form className="form card" onSubmit={handleSubmit(submit)} noValidate data-testid="role-form">
      {formError ? (
        <p className="alert alert--error" role="alert" data-testid="role-form-error">
          {formError}
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('form.details')}</legend>
        <div className="form-grid">
          <FormField name="name" label={t('name')} required hint={t('form.nameHint')} error={errors.name}>
            {(controlProps) => <input {...controlProps} {...field('name')} className="input" maxLength={ROLE_LIMITS.name} data-testid="role-name" />}
          </FormField>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('form.translations')}</legend>
        <p className="field__hint">{t('form.translationsHint')}</p>
        <div className="form-grid">
          {TRANSLATION_FIELDS.map((locale) => (
            <FormField key={locale} name={`translations.${locale}`} label={t(`form.translation.${locale}`)} error={errors[`translations.${locale}`]}>
              {(controlProps) => <input {...controlProps} {...field(`translations.${locale}`)} className="input" maxLength={ROLE_LIMITS.name} />}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section" aria-describedby="role-permissions-hint" data-testid="role-permissions">
        <legend>{t('form.permissions')}</legend>
        <p id="role-permissions-hint" className="field__hint">
          {t('form.permissionsHint')}
        </p>
        {errors.permissions ? (
          <p className="field__error" role="alert" data-testid="error-permissions">
            {errors.permissions}
          </p>
        ) : null}
        <div className={styles.areas}>
          {areas.map((area) => {
            const open = area.permissions.filter((p) => tickable(p.value, p.grantable)).map((p) => p.value);
            const on = area.permissions.filter((p) => chosen.has(p.value)).length;
            const allOn = open.length > 0 && open.every((p) => chosen.has(p));
            return (
              <fieldset key={area.key} className={styles.area} data-testid={`role-area-${area.key}`}>
                <legend className={styles.areaName}>{area.name}</legend>
                <div className={styles.areaHead}>
                  <span className={styles.count}>{t('form.selectedCount', { count: on, total: area.permissions.length })}</span>
                  <AreaCheckbox
                    checked={allOn}
                    mixed={!allOn && on > 0}
                    disabled={open.length === 0}
                    label={t('form.selectAll')}
                    area={area.name}
                    onChange={(value) => choose(open, value)}
                    testId={`role-select-all-${area.key}`}
                  />
                </div>
                <ul className={styles.list}>
                  {area.permissions.map((p) => {
                    const id = `role-permission-${p.value.replace(/\W/g, '-')}`;
                    const enabled = tickable(p.value, p.grantable);
                    return (
                      <li key={p.value} className={styles.permission}>
                        <label htmlFor={id}>
                          <input
                            id={id}
                            type="checkbox"
                            checked={chosen.has(p.value)}
                            disabled={!enabled}
                            aria-describedby={`${id}-description`}
                            onChange={(event) => choose([p.value], event.target.checked)}
                            data-testid={`role-permission-${p.value}`}
                          />
                          {p.name}
                        </label>
                        <p id={`${id}-description`} className={styles.description}>
                          {p.description}
                          {enabled ? null : ` ${t('form.notGrantable')}`}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            );
          })}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="role-save">
          {t('form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => router.push('/settings/roles')} data-testid="role-cancel">
          {t('form.back')}
        </button>
      </div>
    </form>
  );
}
