'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AttendanceAction, BoardRow, NoteField } from './board-queries';
import { BoardFrame } from './board-frame';
import { NoteCell } from './note-cell';
import { useBoard, type Notice } from './use-board';
import styles from './boards.module.css';

const NOTE_FIELDS: NoteField[] = ['attendanceNote', 'verificationNote', 'purchaseNote'];

type Props = { branchId: string; date: string; timeZone: string };

/**
 * 到達版面: the day's booked and arrived appointments at a branch. 到達 + 驗證 (for staff who may
 * verify), 到達, 取消 and 失約 (both asked twice), the three notes, and the member and appointment counts.
 */
export function ArrivalBoard({ branchId, date, timeZone }: Props) {
  const t = useTranslations('appointments.boards');
  const format = useFormatter();
  const { page, error, loading, busy, act, note } = useBoard('arrivalBoard', branchId, date);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<{ id: string; action: 'cancel' | 'noShow' } | null>(null);
  const time = (iso: string) => format.dateTime(new Date(iso), { timeStyle: 'short', timeZone });

  async function run(action: AttendanceAction, row: BoardRow) {
    setConfirming(null);
    const result = await act(action, row.id);
    setNotice(result ?? { kind: 'success', text: t(`done.${action}`, { name: row.member.displayName }) });
  }

  function actions(row: BoardRow) {
    const disabled = busy === row.id;
    if (confirming?.id === row.id) {
      return (
        <div className={styles.actions} role="group" aria-label={t(`confirm.${confirming.action}`)}>
          <span>{t(`confirm.${confirming.action}`)}</span>
          <button type="button" className={`button button--danger ${styles.small}`} disabled={disabled} onClick={() => run(confirming.action, row)} data-testid="board-confirm-yes">
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
            {t('arrivedAt', { time: time(row.arrivedAt!) })}
          </span>
          {row.verifiedAt ? (
            <span className="tag" data-testid="board-verified">{t('verified')}</span>
          ) : page?.canVerify ? (
            <button type="button" className={`button button--primary ${styles.small}`} disabled={disabled} onClick={() => run('verify', row)} data-testid="board-verify">
              {t('action.verify')}
            </button>
          ) : null}
        </div>
      );
    }
    return (
      <div className={styles.actions}>
        {page?.canVerify ? (
          <button type="button" className={`button button--primary ${styles.small}`} disabled={disabled} onClick={() => run('arriveVerify', row)} data-testid="board-arrive-verify">
            {t('action.arriveVerify')}
          </button>
        ) : (
          <button type="button" className={`button button--primary ${styles.small}`} disabled={disabled} onClick={() => run('arrive', row)} data-testid="board-arrive">
            {t('action.arrive')}
          </button>
        )}
        <button type="button" className={`button button--secondary ${styles.small}`} disabled={disabled} onClick={() => setConfirming({ id: row.id, action: 'cancel' })} data-testid="board-cancel">
          {t('action.cancel')}
        </button>
        <button type="button" className={`button button--secondary ${styles.small}`} disabled={disabled} onClick={() => setConfirming({ id: row.id, action: 'noShow' })} data-testid="board-no-show">
          {t('action.noShow')}
        </button>
      </div>
    );
  }

  return (
    <BoardFrame id="arrival-board-title" title={t('arrivalTitle')} emptyText={t('emptyArrivals')} page={page} notice={notice} error={error} loading={loading}>
      {(page) => (
        <div className="table-wrap">
          <table className={`data-table ${styles.table}`} data-testid="arrival-board">
            <thead>
              <tr>
                {(['memberNo', 'memberName', 'phone', 'actions', 'time', 'consultant', 'beautician', 'treatment', 'equipment', 'note'] as const).map((c) => (
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
                <tr key={row.id} data-testid="board-row" data-id={row.id} data-status={row.status}>
                  <td>{row.member.memberNo}</td>
                  <td>{row.member.displayName}</td>
                  <td>{row.member.phone ?? ''}</td>
                  <td>{actions(row)}</td>
                  <td className={styles.nowrap}>{`${time(row.startsAt)} – ${time(row.endsAt)}`}</td>
                  <td>{row.member.consultant ? `${row.member.consultant.displayName} (${row.member.consultant.code})` : ''}</td>
                  <td>{row.beautician ? `${row.beautician.displayName} (${row.beautician.code})` : ''}</td>
                  <td>{row.treatment ? `${row.treatment.name} (${row.treatment.code})` : ''}</td>
                  <td>{row.equipment ? `${row.equipment.name} (${row.equipment.code})` : ''}</td>
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
