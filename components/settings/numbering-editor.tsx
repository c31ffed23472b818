'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import type { MemberNumberSequenceInput, NumberSequenceSettingFragment } from '@/graphql/generated/graphql';
import { SEQUENCE_LIMITS } from '@/services/numbering/member-number';
import { numberSequenceSchema } from '@/services/numbering/number-sequence-input.schema';
import { ConfigEditor, numberValue, type FormValues, type InputResult } from './config-editor';
import { SaveMemberNumberSequenceMutation } from './settings-documents';

/** One numbering rule per branch and one for walk-ins; `id` is the scope for rows not yet saved. */
export type NumberingRow = Omit<NumberSequenceSettingFragment, '__typename'> & { scopeLabel: string; saved: boolean };

/** The next number a rule will hand out, e.g. "A" + 3 digits at 12 → "A012". */
export function exampleNumber(prefix: string, digits: number, nextValue: number): string {
  return `${prefix}${String(nextValue).padStart(digits, '0')}`;
}

/** 會員編號: per-branch prefix, digits and next value, and the walk-in K sequence. */
export function NumberingEditor({ rows, canEdit }: { rows: NumberingRow[]; canEdit: boolean }) {
  const t = useTranslations('settings.numbering');
  const labels = new Map(rows.map((row) => [row.scope, row.scopeLabel]));
  const [saveSequence] = useMutation(SaveMemberNumberSequenceMutation);
  // Checked with the number sequence service's own schema (`schema` below) before it is sent.
  const toInput = (values: FormValues, row: NumberingRow | null): InputResult => ({
    input: { scope: row?.scope ?? '', prefix: String(values.prefix).trim(), digits: numberValue(values.digits), nextValue: numberValue(values.nextValue) },
  });
  return (
    <ConfigEditor<NumberingRow>
      testId="numbering-editor"
      rows={rows}
      rowKey={(row) => row.scope}
      canEdit={canEdit}
      emptyText={t('empty')}
      fields={[
        { name: 'prefix', label: t('prefix'), kind: 'text', maxLength: SEQUENCE_LIMITS.prefix },
        { name: 'digits', label: t('digits'), kind: 'number', required: true },
        { name: 'nextValue', label: t('nextValue'), kind: 'number', required: true },
      ]}
      blank={null}
      valuesOf={(row) => ({ prefix: row.prefix, digits: String(row.digits), nextValue: String(row.nextValue) })}
      toInput={toInput}
      schema={numberSequenceSchema}
      save={{
        update: async (row, input) => {
          // The input is the MemberNumberSequenceInput toInput built above; the row now has a saved rule.
          const saved = (await saveSequence({ variables: { input: input as MemberNumberSequenceInput } })).data?.saveMemberNumberSequence;
          return saved && { ...saved, scopeLabel: row.scopeLabel, saved: true };
        },
      }}
      columns={[
        { header: t('scope'), cell: (row) => labels.get(row.scope) ?? row.scopeLabel ?? row.scope },
        { header: t('prefix'), cell: (row) => <code>{row.prefix}</code> },
        { header: t('digits'), cell: (row) => row.digits },
        { header: t('nextNumber'), cell: (row) => <strong>{exampleNumber(row.prefix, row.digits, row.nextValue)}</strong> },
        { header: t('status'), cell: (row) => (row.saved === false ? <span className="tag tag--muted">{t('default')}</span> : t('configured')) },
      ]}
    />
  );
}
