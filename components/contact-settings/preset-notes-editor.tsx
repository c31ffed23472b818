'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { ConfigEditor, type FormValues, type InputResult } from '@/components/settings/config-editor';
import type { PresetNoteSettingFragment } from '@/graphql/generated/graphql';
import { presetNoteSchema } from '@/services/contact-settings/contact-option-input.schema';
import { CreatePresetNoteMutation, DeletePresetNoteMutation, UpdatePresetNoteMutation } from './contact-settings-documents';

export type PresetNoteRow = PresetNoteSettingFragment;

/** 聯絡會員備註: the canned notes salespeople pick on the contact page; list, add, edit, delete. */
export function PresetNotesEditor({ rows, canEdit }: { rows: PresetNoteRow[]; canEdit: boolean }) {
  const t = useTranslations('contactSettings');
  const [createNote] = useMutation(CreatePresetNoteMutation);
  const [updateNote] = useMutation(UpdatePresetNoteMutation);
  const [deleteNote] = useMutation(DeletePresetNoteMutation);
  // Checked with the preset note service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues): InputResult => ({ input: { text: String(values.text).trim() } });
  return (
    <ConfigEditor<PresetNoteRow>
      testId="notes-editor"
      nested
      idPrefix="preset-note"
      rows={rows}
      canEdit={canEdit}
      emptyText={t('notes.empty')}
      labels={{ new: t('notes.new'), newTitle: t('notes.newTitle'), editTitle: () => t('notes.editTitle') }}
      fields={[{ name: 'text', label: t('notes.text'), kind: 'lines', required: true, maxLength: 500, hint: t('notes.textHint') }]}
      blank={{ text: '' }}
      valuesOf={(row) => ({ text: row.text })}
      toInput={toInput}
      schema={presetNoteSchema}
      save={{
        create: async (input) => (await createNote({ variables: { input: { text: String(input.text) } } })).data?.createPresetNote,
        update: async (row, input) => (await updateNote({ variables: { id: row.id, input: { text: String(input.text) } } })).data?.updatePresetNote,
      }}
      remove={{
        label: t('notes.delete'),
        confirm: t('notes.confirmDelete'),
        run: (row) => deleteNote({ variables: { id: row.id } }),
        notice: () => t('notes.deleted'),
      }}
      columns={[{ header: t('notes.text'), cell: (row) => row.text }]}
    />
  );
}
