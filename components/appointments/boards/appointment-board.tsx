'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { AppointmentBoardRowFragment as Row } from '@/graphql/generated/graphql';
import { BoardSessionUse } from '@/components/prepaid/packages/board-session-use';
import { Link } from '@/i18n/navigation';
import { NoteCell } from './note-cell';
import { useBoard, type AttendanceAction, type BoardKind, type NoteField, type Notice } from './use-board';
import styles from './boards.module.css';

const NOTE_FIELDS: NoteField[] = ['attendanceNote', 'verificationNote', 'purchaseNote'];

type Column = 'memberNo' | 'memberName' | 'phone' | 'actions' | 'time' | 'consultant' | 'arrived' | 'beautician' | 'treatment' | 'equipment' | 'room' | 'note';

/** What each board is: its title, its empty text and its columns (the three notes follow them on both). */
const KINDS: Record<BoardKind, { id: string; title: string; empty: string; testId: string; columns: Column[] }> = {
  arrivals: {
    id: 'arrival-board-title',
    title: 'arrivalTitle',
    empty: 'emptyArrivals',
    testId: 'arrival-board',
    columns: ['memberNo', 'memberName', 'phone', 'actions', 'time', 'consultant', 'beautician', 'treatment', 'equipment', 'note'],
  },
  completions: {
    id: 'completion-board-title',
    title: 'completionTitle',
    empty: 'emptyCompletions',
    testId: 'completion-board',
    columns: ['memberNo', 'memberName', 'phone', 'actions', 'time', 'arrived', 'beautician', 'treatment', 'equipment', 'room', 'note'],
  },
};

const NOWRAP: ReadonlySet<Column> = new Set(['time', 'arrived']);
/** Cells that take a card's whole width when the board shows a card per row (narrow screens). */
const WIDE: ReadonlySet<Column> = new Set(['actions']);

const labelled = (x: { displayName?: string; name?: string; code: string } | null | undefined) => (x ? `${x.displayName ?? x.name} (${x.code})` : '');

type Props = {
  kind: BoardKind;
  branchId: string;
  date: string;
  timeZone: string;
  /** The viewer may ring up sales: each completion row offers 結帳, opening the cashier with the visit. */
  canCheckout?: boolean;
  /** The viewer may use package sessions (prepaid.useSessions): each completion row with a member and a treatment offers 計次消費. */
  canUseSessions?: boolean;
};

/**
 * The day's board of a branch, one component for both kinds. 到達版面 (arrivals): booked and
 * arrived appointments with 到達 + 驗證 (for staff who may verify), 到達, 取消 and 失約 (both asked
 * twice), and the consultant. 完成版面 (completions): arrived appointments with the arrival time and
 * the minutes since (the server's count, re-read each minute), the room, and 完成. Both: 備註 is the
 * analysis code (分析編號) the booking carries, as the manual shows it; the booking note sits under
 * the time; the three notes with 新增; the day's member and appointment counts. Arriving and
 * verifying happen on the visit's day only: on another day's board they are disabled, saying why.
 * Narrow screens (a tablet upright) show each row as a card, so every note is on screen. With
 * sales.checkout, completion rows also offer 結帳: the cashier with the visit's member and treatment;
 * with prepaid.useSessions, 計次消費: a session of one of her packages covering the treatment.
 */
export function AppointmentBoard({ kind, branchId, date, timeZone, canCheckout = false, canUseSessions = false }: Props) {
  const t = useTranslations('appointments.boards');
  const checkout = useTranslations('sales.checkout');
  const format = useFormatter();
  const { page, error, loading, busy, act, note } = useBoard(kind, branchId, date);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<{ id: string; action: 'cancel' | 'noShow' } | null>(null);
  const time = (iso: string) => format.dateTime(new Date(iso), { timeStyle: 'short', timeZone });
  const spec = KINDS[kind];
  const rows = page?.edges.map((edge) => edge.node) ?? [];
  // Arrivals only on the visit's day, verifications from it on (the service refuses the others).
  const ahead = page !== null && date > page.today;
  const notToday = page && page.today !== date ? t(ahead ? 'notToday' : 'pastDay', { date, today: page.today }) : null;
  const notTodayId = `${spec.id}-not-today`;

  async function run(action: AttendanceAction, row: Row) {
    setConfirming(null);
    const result = await act(action, row.id);
    setNotice(result ?? { kind: 'success', text: t(`done.${action}`, { name: row.member?.displayName ?? '' }) });
  }

  const onTheDayOnly = (action: AttendanceAction) => action === 'arriveVerify' || action === 'arrive' || (action === 'verify' && ahead);

  const button = (action: AttendanceAction, row: Row, testId: string, primary: boolean, onClick: () => void = () => void run(action, row)) => {
    const refused = notToday !== null && onTheDayOnly(action);
    return (
      <button
        type="button"
        className={`button ${primary ? 'button--primary' : 'button--secondary'} ${styles.small}`}
        disabled={busy === row.id || refused}
        aria-describedby={refused ? notTodayId : undefined}
        title={refused ? notToday : undefined}
        onClick={onClick}
        data-testid={testId}
      >
        {t(`action.${action}`)}
      </button>
    );
  };

  function arrivalActions(row: Row): ReactNode {
    if (confirming?.id === row.id) {
      return (
        <div className={styles.actions} role="group" aria-label={t(`confirm.${confirming.action}`)}>
          <span>{t(`confirm.${confirming.action}`)}</span>
          <button type="button" className={`button button--danger ${styles.small}`} disabled={busy === row.id} onClick={() => run(confirming.action, row)} data-testid="board-confirm-yes">
            {t('confirm.yes')}
          </button>
          <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setConfirming(null)} data-testid="board-confirm-no">
            {t('confirm.no')}
          </button>
        </div>
      );
    }
    if (row.status === 'ARRIVED') {
      return (
        <div className={styles.actions}>
          <span className="tag" data-testid="board-arrived">
            {t('arrivedAt', { time: row.arrivedAt ? time(row.arrivedAt) : '' })}
          </span>
          {row.verifiedAt ? (
            <span className="tag" data-testid="board-verified">
              {t('verified')}
            </span>
          ) : page?.canVerify ? (
            button('verify', row, 'board-verify', true)
          ) : null}
        </div>
      );
    }
    return (
      <div className={styles.actions}>
        {page?.canVerify ? button('arriveVerify', row, 'board-arrive-verify', true) : button('arrive', row, 'board-arrive', true)}
        {button('cancel', row, 'board-cancel', false, () => setConfirming({ id: row.id, action: 'cancel' }))}
        {button('noShow', row, 'board-no-show', false, () => setConfirming({ id: row.id, action: 'noShow' }))}
      </div>
    );
  }

  function cell(column: Column, row: Row): ReactNode {
    switch (column) {
      case 'memberNo':
        return row.member?.memberNo ?? '';
      case 'memberName':
        return row.member?.displayName ?? '';
      case 'phone':
        return row.member?.phone ?? '';
      case 'actions':
        if (kind === 'arrivals') return arrivalActions(row);
        return (
          <div className={styles.actions}>
            {button('complete', row, 'board-complete', true)}
            {canCheckout ? (
              <Link
                href={{ pathname: '/sales/checkout', query: { appointment: row.id } }}
                className={`button button--secondary ${styles.small}`}
                aria-label={checkout('fromBoardNamed', { name: row.member?.displayName ?? '' })}
                data-testid="board-checkout"
              >
                {checkout('fromBoard')}
              </Link>
            ) : null}
            {canUseSessions && row.member && row.treatment ? (
              <BoardSessionUse appointmentId={row.id} memberId={row.member.id} treatmentId={row.treatment.id} branchId={branchId} memberName={row.member.displayName} buttonClassName={styles.small} />
            ) : null}
          </div>
        );
      case 'time':
        return (
          <>
            <span className={styles.nowrap}>{`${time(row.startsAt)} – ${time(row.endsAt)}`}</span>
            {row.note ? (
              <span className={styles.bookingNote} data-testid="board-booking-note">
                <span className={styles.bookingNoteLabel}>{t('bookingNote')}</span> {row.note}
              </span>
            ) : null}
          </>
        );
      case 'consultant':
        return labelled(row.member?.consultant);
      case 'arrived':
        return row.arrivedAt ? (
          <>
            {time(row.arrivedAt)}
            <br />
            <strong data-testid="board-minutes">{t('minutesSince', { minutes: row.minutesSinceArrival ?? 0 })}</strong>
          </>
        ) : null;
      case 'beautician':
        return labelled(row.beautician);
      case 'treatment':
        return labelled(row.treatment);
      case 'equipment':
        return labelled(row.equipment);
      case 'room':
        return row.room?.name ?? '';
      case 'note':
        return row.analysisCode ? <span data-testid="board-analysis-code">{row.analysisCode}</span> : null;
    }
  }

  return (
    <section className={styles.board} aria-labelledby={spec.id}>
      <div className={styles.boardHeader}>
        <h2 id={spec.id}>{t(spec.title)}</h2>
        {page ? (
          <p className={styles.counts} aria-live="polite" data-testid="board-counts">
            {t('counts', { members: page.memberCount, appointments: page.appointmentCount })}
          </p>
        ) : null}
      </div>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="board-notice">
          {notice.text}
        </p>
      ) : null}
      {notToday && kind === 'arrivals' ? (
        <p className="alert alert--info" id={notTodayId} data-testid="board-not-today">
          {notToday}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {loading ? <p className="muted">{t('loading')}</p> : null}
      {page && rows.length === 0 ? (
        <p className="muted" data-testid="board-empty">
          {t(spec.empty)}
        </p>
      ) : null}
      {rows.length > 0 ? (
        // Focusable, so the keyboard can scroll it when a wide screen still needs to.
        <div className={`table-wrap ${styles.wrap}`} role="region" aria-labelledby={spec.id} tabIndex={0}>
          <table className={`data-table ${styles.table}`} data-testid={spec.testId}>
            <thead>
              <tr>
                {spec.columns.map((c) => (
                  <th key={c} scope="col" className={NOWRAP.has(c) ? styles.nowrap : undefined}>
                    {t(`columns.${c}`)}
                  </th>
                ))}
                {NOTE_FIELDS.map((f) => (
                  <th key={f} scope="col">
                    {t(`notes.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="board-row" data-id={row.id} data-status={row.status}>
                  {spec.columns.map((c) => (
                    <td key={c} className={WIDE.has(c) ? styles.wide : undefined} data-label={t(`columns.${c}`)} data-column={c}>
                      {cell(c, row)}
                    </td>
                  ))}
                  {NOTE_FIELDS.map((f) => (
                    <td key={f} data-label={t(`notes.${f}`)} data-column={f}>
                      <NoteCell field={f} value={row[f]} subject={row.member?.displayName} onSave={(text) => note(row.id, f, text)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
