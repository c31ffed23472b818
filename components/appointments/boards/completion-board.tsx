'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { BoardRow, NoteField } from './board-queries';
import { BoardFrame } from './board-frame';
import { NoteCell } from './note-cell';
import { useBoard, type Notice } from './use-board';
import styles from './boards.module.css';

const NOTE_FIELDS: NoteField[] = ['attendanceNote', 'verificationNote', 'purchaseNote'];

type Props = { branchId: string; date: string; timeZone: string };

/** Whole minutes between arrival and now on the server's clock (`skew` = server − browser). */
export function minutesSince(arrivedAt: string, browserNow: number, skew: number): number {
  return Math.max(0, Math.floor((browserNow + skew - new Date(arrivedAt).getTime()) / 60_000));
}

/**
 * 完成版面: the day's arrived appointments at a branch with their arrival time and the minutes
 * since (counted on the server's clock, refreshed each minute), beautician and room; 完成 and the
 * three notes.
 */
export function CompletionBoard({ branchId, date, timeZone }: Props) {
  const t = useTranslations('appointments.boards');
  const format = useFormatter();
  const { page, error, loading, readAt, busy, act, note } = useBoard('completionBoard', branchId, date);
  const [notice, setNotice] = useState<Notice>(null);
  const [clock, setClock] = useState(() => Date.now());
  const time = (iso: string) => format.dateTime(new Date(iso), { timeStyle: 'short', timeZone });
  const skew = page ? new Date(page.now).getTime() - readAt : 0;

  useEffect(() => {
    const timer = setInterval(() => setClock(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  async function complete(row: BoardRow) {
    const result = await act('complete', row.id);
    setNotice(result ?? { kind: 'success', text: t('done.complete', { name: row.member.displayName }) });
  }

  return (
    <BoardFrame id="completion-board-title" title={t('completionTitle')} emptyText={t('emptyCompletions')} page={page} notice={notice} error={error} loading={loading}>
      {(page) => (
        <div className="table-wrap">
          <table className={`data-table ${styles.table}`} data-testid="completion-board">
            <thead>
              <tr>
                {(['memberNo', 'memberName', 'phone', 'actions', 'time', 'arrived', 'beautician', 'treatment', 'equipment', 'room', 'note'] as const).map((c) => (
                  <th key={c} scope="col">
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
              {page.nodes.map((row) => (
                <tr key={row.id} data-testid="board-row" data-id={row.id}>
                  <td>{row.member.memberNo}</td>
                  <td>{row.member.displayName}</td>
                  <td>{row.member.phone ?? ''}</td>
                  <td>
                    <button type="button" className={`button button--primary ${styles.small}`} disabled={busy === row.id} onClick={() => complete(row)} data-testid="board-complete">
                      {t('action.complete')}
                    </button>
                  </td>
                  <td className={styles.nowrap}>{`${time(row.startsAt)} – ${time(row.endsAt)}`}</td>
                  <td className={styles.nowrap}>
                    {row.arrivedAt ? (
                      <>
                        {time(row.arrivedAt)}
                        <br />
                        <strong data-testid="board-minutes">{t('minutesSince', { minutes: minutesSince(row.arrivedAt, Math.max(clock, readAt), skew) })}</strong>
                      </>
                    ) : null}
                  </td>
                  <td>{row.beautician ? `${row.beautician.displayName} (${row.beautician.code})` : ''}</td>
                  <td>{row.treatment ? `${row.treatment.name} (${row.treatment.code})` : ''}</td>
                  <td>{row.equipment ? `${row.equipment.name} (${row.equipment.code})` : ''}</td>
                  <td>{row.room?.name ?? ''}</td>
                  <td>{row.note}</td>
                  {NOTE_FIELDS.map((f) => (
                    <td key={f}>
                      <NoteCell field={f} value={row[f]} onSave={(text) => note(row.id, f, text)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BoardFrame>
  );
}
