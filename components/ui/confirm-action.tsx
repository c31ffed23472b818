'use client';

import { useState, type ReactNode } from 'react';

/**
 * A button for an action that is hard to undo (closing a branch, deactivating or resetting a staff
 * member, deleting a role): the first press only asks, inline, and the question's own button acts.
 * Shared so every such question is announced the same way — an alertdialog named by its prompt,
 * busy while the request runs — instead of each screen rebuilding it by hand.
 */
export function ConfirmAction({
  label,
  confirmLabel = label,
  cancelLabel,
  prompt,
  promptId,
  variant,
  triggerVariant = variant,
  pending,
  onConfirm,
  onOpen,
  className = 'confirm-inline',
  testIds,
}: {
  label: string;
  confirmLabel?: string;
  cancelLabel: string;
  prompt: ReactNode;
  /** Unique on the page: the alertdialog takes its accessible name from the prompt. */
  promptId: string;
  variant: 'danger' | 'primary';
  triggerVariant?: 'danger' | 'primary' | 'secondary';
  pending: boolean;
  /** `close` is the caller's to call, because some outcomes (a refusal to read) keep the question open. */
  onConfirm: (close: () => void) => void;
  /** Returning false keeps the question closed, e.g. when the input it would act on is invalid. */
  onOpen?: () => boolean | void;
  className?: string;
  testIds: { trigger: string; dialog: string; confirm: string };
}) {
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);

  if (confirming) {
    return (
      <div className={className} role="alertdialog" aria-labelledby={promptId} data-testid={testIds.dialog}>
        <p id={promptId}>{prompt}</p>
        <div className="button-row">
          <button type="button" className={`button button--${variant}`} onClick={() => onConfirm(close)} disabled={pending} aria-busy={pending} data-testid={testIds.confirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={close} disabled={pending}>
            {cancelLabel}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="button-row">
      <button
        type="button"
        className={`button button--${triggerVariant}`}
        onClick={() => {
          if (onOpen?.() !== false) setConfirming(true);
        }}
        data-testid={testIds.trigger}
      >
        {label}
      </button>
    </div>
  );
}
