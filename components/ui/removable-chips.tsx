import type { ReactNode } from 'react';
import styles from './removable-chips.module.css';

/** One chip: what it stands for, and what pressing it removes. */
export type RemovableChip = {
  key: string;
  label: string;
  onRemove: () => void;
  /** The value the chip stands for, as data-value (tests and scripts find a chip by it). */
  value?: string;
  /** The filter field it belongs to, as data-field. */
  field?: string;
};

type Props = {
  chips: RemovableChip[];
  /** The list's accessible name ("Filters in force", "Chosen 活動"). */
  label: string;
  /** Words a screen reader hears after a chip's label, saying pressing removes it. */
  removeText: string;
  chipTestId: string;
  testId?: string;
  /** A last item after the chips (e.g. "clear all"), styled by `chipClassName`. */
  after?: ReactNode;
};

export const chipClassName = `${styles.chip} ${styles.plain}`;

/**
 * What is chosen, shown as finger-sized chips that wrap (never clipped) and each remove their item:
 * the contact list's filters in force and the report filters' chosen campaigns look and read alike.
 */
export function RemovableChips({ chips, label, removeText, chipTestId, testId, after }: Props) {
  if (chips.length === 0 && !after) return null;
  return (
    <ul className={styles.chips} aria-label={label} data-testid={testId}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <button type="button" className={styles.chip} onClick={chip.onRemove} data-testid={chipTestId} data-value={chip.value} data-field={chip.field}>
            <span>{chip.label}</span>
            <span aria-hidden="true" className={styles.remove}>
              ✕
            </span>
            <span className="visually-hidden">{removeText}</span>
          </button>
        </li>
      ))}
      {after ? <li>{after}</li> : null}
    </ul>
  );
}
