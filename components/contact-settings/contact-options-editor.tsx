'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { ContactOptionInput } from '@/graphql/generated/graphql';
import { contactOptionSchema } from '@/services/contact-settings/contact-option-input.schema';
import {
  CreateContactMethodMutation, CreateContactStatusMutation, ReorderContactMethodsMutation, ReorderContactStatusesMutation, UpdateContactMethodMutation,
  UpdateContactStatusMutation, type ContactOptionRow,
} from './contact-settings-documents';
import { useRecycleBinRemove } from '@/components/admin/recycle-bin/use-recycle-bin-remove';

const LOCALES = ['zhHK', 'en', 'zhCN', 'th'] as const;

const inputOf = (name: string, translations: Record<string, string | null | undefined>, active?: boolean): ContactOptionInput => ({
  name,
  translations: Object.fromEntries(LOCALES.map((l) => [l, translations[l]?.trim() || null])),
  ...(active === undefined ? {} : { active }),
});

/**
 * 聯絡狀態 / 聯絡方法: an ordered list with up/down buttons (no drag needed on a tablet), edit with
 * translations, deactivate/reactivate and add. For statuses, the first active one is the default.
 */
export function ContactOptionsEditor({ kind, rows, canEdit }: { kind: 'status' | 'method'; rows: ContactOptionRow[]; canEdit: boolean }) {
  const t = useTranslations('contactSettings');
  const section = kind === 'status' ? 'statuses' : 'methods';
  const [createStatus] = useMutation(CreateContactStatusMutation);
  const [updateStatus] = useMutation(UpdateContactStatusMutation);
  const [reorderStatuses] = useMutation(ReorderContactStatusesMutation);
  const [createMethod] = useMutation(CreateContactMethodMutation);
  const [updateMethod] = useMutation(UpdateContactMethodMutation);
  const [reorderMethods] = useMutation(ReorderContactMethodsMutation);
  const removeStatus = useRecycleBinRemove<ContactOptionRow>('contactStatus', (row) => row.label);
  const removeMethod = useRecycleBinRemove<ContactOptionRow>('contactMethod', (row) => row.label);
  const mutations =
    kind === 'status'
      ? {
          create: async (input: ContactOptionInput) => (await createStatus({ variables: { input } })).data?.createContactStatus,
          update: async (id: string, input: ContactOptionInput) => (await updateStatus({ variables: { id, input } })).data?.updateContactStatus,
          reorder: async (ids: string[]) => (await reorderStatuses({ variables: { ids } })).data?.reorderContactStatuses,
        }
      : {
          create: async (input: ContactOptionInput) => (await createMethod({ variables: { input } })).data?.createContactMethod,
          update: async (id: string, input: ContactOptionInput) => (await updateMethod({ variables: { id, input } })).data?.updateContactMethod,
          reorder: async (ids: string[]) => (await reorderMethods({ variables: { ids } })).data?.reorderContactMethods,
        };
  // Checked with the contact option service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({
    input: inputOf(String(values.name).trim(), Object.fromEntries(LOCALES.map((l) => [l, String(values[`translations.${l}`])]))),
  });
  return (
    <ConfigEditor<ContactOptionRow>
      key={kind}
      testId={`${section}-editor`}
      nested
      idPrefix={kind}
      rows={rows}
      canEdit={canEdit}
      emptyText=""
      labels={{ new: t(`${section}.new`), newTitle: t(`${section}.newTitle`), editTitle: () => t(`${section}.editTitle`) }}
      fields={[
        { name: 'name', label: t('name'), kind: 'text', required: true, maxLength: 100, hint: t('nameHint') },
        ...LOCALES.map((l) => ({ name: `translations.${l}`, label: t(`translation.${l}`), kind: 'text' as const, maxLength: 100 })),
      ]}
      blank={{ name: '', ...Object.fromEntries(LOCALES.map((l) => [`translations.${l}`, ''])) }}
      valuesOf={(row) => ({ name: row.name, ...Object.fromEntries(LOCALES.map((l) => [`translations.${l}`, row.translations[l] ?? ''])) })}
      toInput={toInput}
      schema={contactOptionSchema}
      save={{
        // The input is the ContactOptionInput toInput (or the toggle) built.
        create: (input) => mutations.create(input as ContactOptionInput),
        update: (row, input) => mutations.update(row.id, input as ContactOptionInput),
      }}
      remove={kind === 'status' ? removeStatus : removeMethod}
      reorder={{ run: mutations.reorder, upLabel: (row) => t('moveUp', { name: row.label }), downLabel: (row) => t('moveDown', { name: row.label }) }}
      extraActions={(row, save, pending) => (
        <button type="button" className="button button--secondary" onClick={() => void save(inputOf(row.name, row.translations, !row.active))} disabled={pending} data-testid={`toggle-${row.id}`}>
          {row.active ? t('deactivate') : t('activate')}
        </button>
      )}
      columns={[
        { header: t('position'), cell: (_row, index) => index + 1 },
        { header: t('name'), cell: (row) => row.name },
        { header: t('shownAs'), cell: (row) => row.label },
        {
          header: t('state'),
          cell: (row, _index, shown) => (
            <>
              {row.active ? t('active') : <span className="tag tag--muted">{t('inactive')}</span>}{' '}
              {kind === 'status' && shown.find((r) => r.active)?.id === row.id ? (
                <span className="tag" data-testid="status-default">
                  {t('statuses.default')}
                </span>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
