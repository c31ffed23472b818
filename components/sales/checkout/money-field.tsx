'use client';

import { useState, type InputHTMLAttributes } from 'react';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  cents: number;
  onCents: (cents: number) => void;
  /** Told whether the text typed is readable, so the screen can say so next to the field. */
  onValidity?: (valid: boolean) => void;
};

/**
 * An amount typed as text ("12.50"), handed on in cents while it reads; what does not read stays
 * on screen as typed (nothing is lost) and is marked invalid.
 */
export function MoneyField({ cents, onCents, onValidity, ...input }: Props) {
  const [text, setText] = useState(() => centsToMoneyText(cents));
  const [shownCents, setShownCents] = useState(cents);
  // An amount changed from outside (a resumed bill) replaces what is shown.
  if (shownCents !== cents && parseMoneyToCents(text) !== cents) {
    setShownCents(cents);
    setText(centsToMoneyText(cents));
  }
  const valid = parseMoneyToCents(text) !== null;
  return (
    <input
      {...input}
      className="input"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      aria-invalid={!valid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = parseMoneyToCents(event.target.value);
        onValidity?.(parsed !== null);
        if (parsed !== null) {
          setShownCents(parsed);
          onCents(parsed);
        }
      }}
    />
  );
}
