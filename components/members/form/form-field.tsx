'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** Accessibility wiring for one control: its id and the ids that describe it (hint, error). */
export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-required'?: boolean };

/**
 * One labelled control with its required marker, hint and error. The error is the client check's
 * reason or the server's localised message, shown next to the control it concerns.
 */
export function FormField({
  name,
  label,
  required = false,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
  children: (control: ControlProps) => ReactNode;
}) {
  const t = useTranslations('members.form');
  const id = `member-field-${name.replace(/\W/g, '-')}`;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'} data-testid={`field-${name}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" title={t('requiredMark')}>
            {' '}*
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })}
      {hint ? (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId ?? undefined} className="field__error" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
