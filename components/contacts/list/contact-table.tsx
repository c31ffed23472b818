'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ContactListRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatMemberName } from '@/services/members/member-name';
import type { ContactSortField, ContactSortInput } from './filter-params';
import { FollowUpBadge } from './follow-up-badge';
import styles from './contact-list.module.css';

type Props = {
  rows: ContactListRowFragment[];
  sort: ContactSortInput;
  onSort: (field: ContactSortField) => void;
  timeZone: string;
  /** Row checkboxes for managers' reassignment; null hides them. */
  selection: { selected: Set<string>; toggle: (id: string) => void; togglePage: () => void } | null;
  busy: boolean;
};

const COLUMNS = ['campaign', 'memberName', 'memberNo', 'phones', 'salesperson', 'lastContactAt', 'method', 'status', 'note', 'content', 'nextFollowUpAt', 'appointment', 'attendance'] as const;
type Column = (typeof COLUMNS)[number];
const SORTABLE: Partial<Record<Column, ContactSortField>> = { memberNo: 'MEMBER_NO', lastContactAt: 'LAST_CONTACT', nextFollowUpAt: 'NEXT_FOLLOW_UP' };

/** The contact list's table (活動, 會員名稱 … 聯絡內容, next follow-up); each row opens the contact page. */
export function ContactTable({ rows, sort, onSort, timeZone, selection, busy }: Props) {
  const t = useTranslations('contacts.list');
  const tStatus = useTranslations('booking.status');
  const format = useFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone }) : '');
  const allSelected = selection !== null && rows.length > 0 && rows.every((r) => selection.selected.has(r.id));

  function header(column: Column) {
    const label = column === 'nextFollowUpAt' ? t('columns.nextFollowUpAt') : t(`columns.${column}`);
    const field = SORTABLE[column];
    if (!field) return <th key={column} scope="col">{label}</th>;
    const active = sort.field === field;
    const ariaSort = active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none';
    return (
      <th key={column} scope="col" aria-sort={ariaSort}>
        <button type="button" className={styles.sortButton} onClick={() => onSort(field)} data-testid={`sort-${field}`} title={t('sortBy', { column: label })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  }

  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.table}`} aria-busy={busy} data-testid="contacts-table">
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <input type="checkbox" className={styles.rowCheck} aria-label={t('selectPage')} checked={allSelected} onChange={selection.togglePage} data-testid="contacts-select-page" />
              </th>
            ) : null}
            {COLUMNS.map(header)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = formatMemberName(row.member);
            return (
              <tr key={row.id} data-testid="contact-row" data-id={row.id}>
                {selection ? (
                  <td>
                    <input
                      type="checkbox"
                      className={styles.rowCheck}
                      aria-label={t('select', { name: `${name} (${row.campaign.code})` })}
                      checked={selection.selected.has(row.id)}
                      onChange={() => selection.toggle(row.id)}
                      data-testid="contact-row-select"
                    />
                  </td>
                ) : null}
                <td>{`${row.campaign.name} (${row.campaign.code})`}</td>
                <td>
                  <Link href={`/contacts/${row.id}`} className={styles.rowLink} data-testid="contact-row-link">
                    {name}
                  </Link>
                </td>
                <td data-testid="contact-row-member-no">{row.member.memberNo}</td>
                <td>{[row.member.phone, row.member.phone2].filter(Boolean).join(', ')}</td>
                <td data-testid="contact-row-salesperson">{`${row.salesperson.displayName} (${row.salesperson.code})`}</td>
                <td data-testid="contact-row-last-contact">{row.lastContactAt ? when(row.lastContactAt) : <span className="muted">{t('notContacted')}</span>}</td>
                <td>{row.lastLog?.method.label ?? ''}</td>
                <td data-testid="contact-row-status">{row.status.label}</td>
                <td className={styles.text} data-testid="contact-row-note">{row.lastLog?.note ?? ''}</td>
                <td className={styles.text}>{row.lastLog?.content ?? ''}</td>
                <td>
                  <div className={styles.followUpCell}>
                    {row.nextFollowUpAt ? <span>{when(row.nextFollowUpAt)}</span> : null}
                    <FollowUpBadge state={row.followUpState} />
                  </div>
                </td>
                <td data-testid="contact-row-appointment">
                  {row.appointment ? (
                    <div className={styles.followUpCell}>
                      <span>{`${row.appointment.branch.code} · ${when(row.appointment.startsAt)}`}</span>
                      <span>{tStatus(row.appointment.status)}</span>
                      {row.appointment.note ? <span className="muted">{row.appointment.note}</span> : null}
                    </div>
                  ) : (
                    <span className="muted">{t('notBooked')}</span>
                  )}
                </td>
                <td data-testid="contact-row-attendance">
                  {row.appointment?.verifiedAt ? (
                    <div className={styles.followUpCell}>
                      <span>
                        {t('verifiedBy', {
                          name: row.appointment.verifiedBy ? `${row.appointment.verifiedBy.displayName} (${row.appointment.verifiedBy.code})` : '',
                          at: when(row.appointment.verifiedAt),
                        })}
                      </span>
                      {row.appointment.attendanceNote ? <span className="muted">{row.appointment.attendanceNote}</span> : null}
                      {row.appointment.verificationNote ? <span className="muted">{row.appointment.verificationNote}</span> : null}
                    </div>
                  ) : row.appointment ? (
                    <span className="muted">{t('notVerified')}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
