'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { toggleColumn, type OptionalColumn } from './table-columns';
import styles from './contact-list.module.css';

type Props = {
  columns: OptionalColumn[];
  /** The columns the contact settings allow. */
  available: readonly OptionalColumn[];
  onChange: (columns: OptionalColumn[]) => void;
};

/** 欄位: the optional columns to add to the table, ticked on and off; Escape or 完成 closes it. */
export function ColumnPicker({ columns, available, onChange }: Props) {
  const t = useTranslations('contacts.list');
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.picker} onKeyDown={(e) => (e.key === 'Escape' ? setOpen(false) : undefined)}>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        data-testid="contacts-columns"
      >
        {t('columnsButton', { count: columns.length })}
      </button>
      {open ? (
        <fieldset id={id} className={styles.pickerPanel} data-testid="contacts-columns-panel">
          <legend>{t('columnsLegend')}</legend>
          <div className={styles.pickerList}>
            {available.map((c) => (
              <label key={c} className={styles.pickerOption}>
                <input type="checkbox" checked={columns.includes(c)} onChange={() => onChange(toggleColumn(columns, c))} data-testid={`column-toggle-${c}`} />
                {t(`columns.${c}`)}
              </label>
            ))}
          </div>
          <button type="button" className="button button--primary" onClick={() => setOpen(false)} data-testid="contacts-columns-done">
            {t('columnsDone')}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
