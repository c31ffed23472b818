'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { Fragment, useCallback, useState } from 'react';
import { SetAppointmentNotesMutation } from '@/components/appointments/boards/board-documents';
import type { ContactListRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { formatMemberName } from '@/services/members/member-name';
import { useContactCells, type SaveNote } from './contact-cells';
import type { ContactSortField, ContactSortInput } from './filter-params';
import { FollowUpBadge } from './follow-up-badge';
import type { OptionalColumn } from './table-columns';
import styles from './contact-list.module.css';

type Props = {
  rows: ContactListRowFragment[];
  sort: ContactSortInput;
  onSort: (field: ContactSortField) => void;
  timeZone: string;
  /** The optional columns shown besides the key ones. */
  columns: OptionalColumn[];
  /** Every optional column the contact settings allow: the row's detail shows them all. */
  available: readonly OptionalColumn[];
  /** Row checkboxes for managers' reassignment; null hides them. */
  selection: { selected: Set<string>; toggle: (id: string) => void; togglePage: () => void } | null;
  busy: boolean;
  /** Called before a row is changed here (a note saved), so the rows shown are the client cache's, which the change updates. */
  beforeChange?: () => void;
};

/** Cells that hold a paragraph rather than a value: they get room to wrap. */
const WIDE = new Set<OptionalColumn>(['content', 'bookingNote', 'attendanceNote', 'verificationNote', 'products', 'treatments', 'purchaseNote']);

/**
 * The contact list's table: the key columns (member, status, latest note, next follow-up,
 * booking), the optional columns chosen, and per row a detail with every column of the manual.
 * The member column stays in view when the table scrolls sideways; at tablet width each row is a card.
 */
export function ContactTable({ rows, sort, onSort, timeZone, columns, available, selection, busy, beforeChange }: Props) {
  const t = useTranslations('contacts.list');
  const [setNotes] = useMutation(SetAppointmentNotesMutation);
  const saveNote = useCallback<SaveNote>(
    async (id, field, text) => {
      beforeChange?.();
      try {
        // The answer updates the appointment in the cache, so the row shows the note saved.
        await setNotes({ variables: { id, input: { [field]: text } } });
      } catch (failure) {
        throw requestError(failure);
      }
    },
    [setNotes, beforeChange],
  );
  const cells = useContactCells(timeZone, saveNote);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const allSelected = selection !== null && rows.length > 0 && rows.every((r) => selection.selected.has(r.id));
  const label = (column: OptionalColumn) => t(`columns.${column}`);
  const span = 5 + columns.length;

  function sortHeader(text: string, field: ContactSortField, className?: string) {
    const active = sort.field === field;
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className={styles.sortButton} onClick={() => onSort(field)} data-testid={`sort-${field}`} title={t('sortBy', { column: text })}>
          {text}
          <span aria-hidden="true">{active ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  }

  function toggleOpen(id: string) {
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className={`table-wrap ${styles.tableWrap}`} tabIndex={0} role="region" aria-label={t('tableLabel')} data-testid="contacts-table-region">
      <table className={`data-table ${styles.table}`} aria-busy={busy} data-testid="contacts-table">
        <thead>
          <tr>
            <th scope="col" className={styles.first} aria-sort={sort.field === 'MEMBER_NO' ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
              <div className={styles.firstInner}>
                {selection ? (
                  <label className={styles.check}>
                    <input type="checkbox" checked={allSelected} onChange={selection.togglePage} data-testid="contacts-select-page" />
                    <span className="visually-hidden">{t('selectPage')}</span>
                  </label>
                ) : null}
                <button type="button" className={styles.sortButton} onClick={() => onSort('MEMBER_NO')} data-testid="sort-MEMBER_NO" title={t('sortBy', { column: t('columns.member') })}>
                  {t('columns.member')}
                  <span aria-hidden="true">{sort.field === 'MEMBER_NO' ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </div>
            </th>
            {columns.includes('campaign') ? <th scope="col">{label('campaign')}</th> : null}
            {columns.includes('salesperson') ? <th scope="col">{label('salesperson')}</th> : null}
            <th scope="col">{t('columns.status')}</th>
            {sortHeader(t('columns.note'), 'LAST_CONTACT', styles.noteColumn)}
            {sortHeader(t('columns.nextFollowUpAt'), 'NEXT_FOLLOW_UP')}
            <th scope="col">{t('columns.appointment')}</th>
            {columns
              .filter((c) => c !== 'campaign' && c !== 'salesperson')
              .map((c) => (
                <th key={c} scope="col" className={WIDE.has(c) ? styles.wide : undefined}>
                  {label(c)}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = formatMemberName(row.member);
            const expanded = open.has(row.id);
            const detailId = `contact-detail-${row.id}`;
            const optional = (c: OptionalColumn) => (
              <td key={c} data-label={label(c)} className={WIDE.has(c) ? styles.wide : undefined} data-testid={`contact-row-${c}`}>
                {cells.optional(c, row)}
              </td>
            );
            return (
              <Fragment key={row.id}>
                <tr data-testid="contact-row" data-id={row.id} className={styles.row}>
                  <td className={styles.first}>
                    <div className={styles.firstInner}>
                      {selection ? (
                        <label className={styles.check}>
                          <input type="checkbox" checked={selection.selected.has(row.id)} onChange={() => selection.toggle(row.id)} data-testid="contact-row-select" />
                          <span className="visually-hidden">{t('select', { name: `${name} (${row.campaign.code})` })}</span>
                        </label>
                      ) : null}
                      <div className={styles.stack}>
                        <Link href={`/contacts/${row.id}`} className={styles.rowLink} data-testid="contact-row-link">
                          {name}
                        </Link>
                        <span className="muted" data-testid="contact-row-member-no">{row.member.memberNo}</span>
                      </div>
                      <button
                        type="button"
                        className={styles.expand}
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailId : undefined}
                        onClick={() => toggleOpen(row.id)}
                        data-testid="contact-row-expand"
                      >
                        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                        <span className={styles.expandText}>{t('details')}</span>
                        <span className="visually-hidden">{` ${name}`}</span>
                      </button>
                    </div>
                  </td>
                  {columns.includes('campaign') ? optional('campaign') : null}
                  {columns.includes('salesperson') ? optional('salesperson') : null}
                  <td data-label={t('columns.status')} data-testid="contact-row-status">{row.status.label}</td>
                  <td data-label={t('columns.note')} className={styles.noteColumn}>{cells.latest(row)}</td>
                  <td data-label={t('columns.nextFollowUpAt')} data-testid="contact-row-next-follow-up">
                    <div className={styles.stack}>
                      {row.nextFollowUpAt ? <span>{cells.when(row.nextFollowUpAt)}</span> : null}
                      <FollowUpBadge state={row.followUpState} />
                    </div>
                  </td>
                  <td data-label={t('columns.appointment')} data-testid="contact-row-appointment">{cells.booking(row)}</td>
                  {columns.filter((c) => c !== 'campaign' && c !== 'salesperson').map(optional)}
                </tr>
                {expanded ? (
                  <tr className={styles.detailRow} data-testid="contact-row-detail" data-id={row.id}>
                    <td colSpan={span} id={detailId}>
                      <dl className={styles.detail}>
                        {available.map((c) => (
                          <div key={c} className={WIDE.has(c) ? styles.detailWide : undefined} data-testid={`contact-detail-${c}`}>
                            <dt>{label(c)}</dt>
                            <dd>{cells.optional(c, row) || '—'}</dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
