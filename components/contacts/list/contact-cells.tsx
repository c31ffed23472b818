'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { NoteCell } from '@/components/appointments/boards/note-cell';
import type { ContactListRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatMemberName } from '@/services/members/member-name';
import type { OptionalColumn } from './table-columns';
import styles from './contact-list.module.css';

/** Saves an appointment's 出席, 驗證 or 購買備註 (the boards' mutation, under the same rules). */
export type SaveNote = (appointmentId: string, field: NoteField, text: string) => Promise<void>;

type NoteField = 'attendanceNote' | 'verificationNote' | 'purchaseNote';

const staffLabel = (s: { displayName: string; code: string }) => `${s.displayName} (${s.code})`;

/**
 * What each column shows for a row, shared by the table's cells and the row's detail, so a value
 * reads the same in both. The two notes offer 新增 / 編輯 in place, as on the boards.
 */
export function useContactCells(timeZone: string, saveNote: SaveNote) {
  const t = useTranslations('contacts.list');
  const tStatus = useTranslations('booking.status');
  const tPurchase = useTranslations('contacts.purchases');
  const format = useFormatter();
  const when = (iso: string | null | undefined) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone }) : '');
  // A business day (YYYY-MM-DD) is a calendar date: read and written in UTC so no zone shifts it.
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const money = (cents: number) => format.number(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const items = (row: ContactListRowFragment, kind: 'PRODUCT' | 'TREATMENT') =>
    (row.sameDayPurchase?.items ?? [])
      .filter((item) => item.kind === kind)
      .map((item) => `${item.description} (${item.code})${item.quantity > 1 ? ` × ${item.quantity}` : ''}`)
      .join(', ');

  function note(row: ContactListRowFragment, field: NoteField): ReactNode {
    const appointment = row.appointment;
    if (!appointment) return null;
    return <NoteCell field={field} value={appointment[field] ?? ''} subject={formatMemberName(row.member)} onSave={(text) => saveNote(appointment.id, field, text)} />;
  }

  function optional(column: OptionalColumn, row: ContactListRowFragment): ReactNode {
    const a = row.appointment;
    switch (column) {
      case 'campaign':
        return `${row.campaign.name} (${row.campaign.code})`;
      case 'salesperson':
        return staffLabel(row.salesperson);
      case 'phones':
        return [row.member.phone, row.member.phone2].filter(Boolean).join(', ');
      case 'lastContactAt':
        return row.lastContactAt ? when(row.lastContactAt) : <span className="muted">{t('notContacted')}</span>;
      case 'method':
        return row.lastLog?.method.label ?? '';
      case 'content':
        return row.lastLog?.content ? <span className={styles.clamp}>{row.lastLog.content}</span> : '';
      case 'bookingBranch':
        return a?.branch.code ?? '';
      case 'bookingAt':
        return when(a?.startsAt);
      case 'bookingNote':
        return a?.note ?? '';
      case 'bookingStatus':
        return a ? tStatus(a.status) : '';
      case 'attendanceNote':
        return note(row, 'attendanceNote');
      case 'attendanceVerified':
        return a ? (a.verifiedAt ? `✓ ${t('verifiedYes')}` : <span className="muted">{t('verifiedNo')}</span>) : '';
      case 'verifiedBy':
        return a?.verifiedBy ? staffLabel(a.verifiedBy) : '';
      case 'verifiedAt':
        return when(a?.verifiedAt);
      case 'verificationNote':
        return note(row, 'verificationNote');
      case 'successfulPurchase':
        return row.successfulPurchase === null || row.successfulPurchase === undefined ? '' : (
          <span className={row.successfulPurchase ? styles.successYes : undefined} data-testid="contact-row-success">
            {row.successfulPurchase ? tPurchase('yes') : tPurchase('no')}
          </span>
        );
      case 'invoiceDate':
        return row.sameDayPurchase ? day(row.sameDayPurchase.date) : '';
      case 'invoiceNumbers':
        return row.sameDayPurchase?.invoices.length ? (
          <span className={styles.stack}>
            {row.sameDayPurchase.invoices.map((invoice) => (
              <Link key={invoice.id} href={`/sales/invoices/${invoice.id}`} data-testid="contact-row-invoice">
                {invoice.number}
              </Link>
            ))}
          </span>
        ) : '';
      case 'invoiceAmount':
        return row.sameDayPurchase ? money(row.sameDayPurchase.invoiceCents) : '';
      case 'products':
        return items(row, 'PRODUCT');
      case 'productAmount':
        return row.sameDayPurchase ? money(row.sameDayPurchase.productCents) : '';
      case 'treatments':
        return items(row, 'TREATMENT');
      case 'treatmentAmount':
        return row.sameDayPurchase ? money(row.sameDayPurchase.treatmentCents) : '';
      case 'purchaseNote':
        return note(row, 'purchaseNote');
    }
  }

  /** The key booking column: where and when, its state, and the attendance verification. */
  function booking(row: ContactListRowFragment): ReactNode {
    const a = row.appointment;
    if (!a) return <span className="muted">{t('notBooked')}</span>;
    return (
      <div className={styles.stack}>
        <span>{`${a.branch.code} · ${when(a.startsAt)}`}</span>
        <span>{tStatus(a.status)}</span>
        <span className={a.verifiedAt ? undefined : 'muted'} data-testid="contact-row-attendance">
          {a.verifiedAt ? t('verifiedBy', { name: a.verifiedBy ? staffLabel(a.verifiedBy) : '', at: when(a.verifiedAt) }) : t('notVerified')}
        </span>
      </div>
    );
  }

  /** The key latest-note column: the note, and when and how the contact was made. */
  function latest(row: ContactListRowFragment): ReactNode {
    return (
      <div className={styles.stack}>
        {row.lastLog?.note ? <span className={styles.clamp} data-testid="contact-row-note">{row.lastLog.note}</span> : null}
        {row.lastContactAt ? (
          <span className="muted">{[when(row.lastContactAt), row.lastLog?.method.label].filter(Boolean).join(' · ')}</span>
        ) : (
          <span className="muted">{t('notContacted')}</span>
        )}
      </div>
    );
  }

  return { when, optional, booking, latest };
}
