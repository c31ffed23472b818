'use client';

import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { CalendarBlockFragment as CalendarAppointment } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { instantAt, localMinutes, toHhmm, toMinutes } from '../boards/day-params';
import { BranchDayQuery, CALENDAR_PAGE_SIZE, MoveAppointmentMutation } from './calendar-documents';
import { CalendarBooking, type BookingPlace } from './calendar-booking';
import { gridRange, placeBlocks, ROW_MINUTES, snapStart } from './calendar-layout';
import styles from './day-calendar.module.css';

/** Pixels per grid row (15 minutes): a block of 30 minutes is a comfortable touch target. */
const ROW_PX = 24;
const PX_PER_MIN = ROW_PX / ROW_MINUTES;
/** Column id of appointments without a beautician. */
const UNASSIGNED = '';

type Move = { beauticianId: string; start: number };
type Notice = { kind: 'success' | 'error'; text: string } | null;

/**
 * 日曆: a branch's day with one column per beautician and rows every 15 minutes over the opening
 * hours. A booked appointment moves by dragging it (mouse) or by tapping it, tapping the new place
 * and confirming (touch, keyboard: the panel's fields); a refused move (CONFLICT) shows why and
 * the block goes back.
 */
export function DayCalendar({ branchId, date }: { branchId: string; date: string }) {
  const t = useTranslations('appointments.calendar');
  // The day as it is now, every page of it; each change is read again from the server.
  const query = useQuery(BranchDayQuery, { variables: { branchId, date, first: CALENDAR_PAGE_SIZE }, fetchPolicy: 'network-only' });
  const [moveAppointment] = useMutation(MoveAppointmentMutation);
  const [pending, setPending] = useState<Map<string, Move>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  const [target, setTarget] = useState<{ beauticianId: string; time: string } | null>(null);
  /** 新增預約: the empty place tapped (no booking chosen), prefilling the booking panel. */
  const [booking, setBooking] = useState<BookingPlace | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const drag = useRef<{ id: string; grabMinutes: number } | null>(null);
  const { fetchMore, refetch, networkStatus } = query;
  const frame = query.data?.branchDay ?? null;
  const nextCursor = frame?.appointments.pageInfo.hasNextPage ? frame.appointments.pageInfo.endCursor : null;

  useEffect(() => {
    // The cache appends each further page to the day's appointments (relay-style pagination).
    if (nextCursor && networkStatus === NetworkStatus.ready) void fetchMore({ variables: { after: nextCursor } });
  }, [nextCursor, networkStatus, fetchMore]);

  const day = useMemo(() => (frame ? { ...frame, appointments: frame.appointments.edges.map((edge) => edge.node) } : null), [frame]);
  const timeZone = day?.timeZone ?? 'UTC';

  const layout = useMemo(() => {
    if (!day) return null;
    const known = new Set(day.beauticians.map((b) => b.id));
    const blocks = day.appointments.map((a) => {
      const moved = pending.get(a.id);
      const start = localMinutes(new Date(a.startsAt), date, day.timeZone);
      const end = localMinutes(new Date(a.endsAt), date, day.timeZone);
      const columnId = moved?.beauticianId ?? (a.beautician && known.has(a.beautician.id) ? a.beautician.id : UNASSIGNED);
      return moved ? { id: a.id, columnId, start: moved.start, end: moved.start + (end - start) } : { id: a.id, columnId, start, end };
    });
    const columns: Array<{ id: string; label: string }> = day.beauticians.map((b) => ({ id: b.id, label: `${b.displayName} (${b.code})` }));
    if (blocks.some((b) => b.columnId === UNASSIGNED)) columns.push({ id: UNASSIGNED, label: t('unassigned') });
    const opens = day.opensAt ? toMinutes(day.opensAt) : null;
    const closes = day.closesAt ? toMinutes(day.closesAt) : null;
    const range = gridRange(day.closed && blocks.length ? null : opens, day.closed && blocks.length ? null : closes, blocks);
    return { columns, blocks: placeBlocks(blocks), range, opens, closes };
  }, [day, date, pending, t]);

  const byId = useMemo(() => new Map((day?.appointments ?? []).map((a) => [a.id, a])), [day]);
  const chosen = selected ? byId.get(selected) ?? null : null;

  async function move(appointment: CalendarAppointment, to: Move) {
    const from = localMinutes(new Date(appointment.startsAt), date, timeZone);
    setSelected(null);
    setTarget(null);
    if (to.start === from && to.beauticianId === appointment.beautician?.id) return;
    setPending((p) => new Map(p).set(appointment.id, to));
    try {
      // The answer's time and beautician replace the block's in the cache: it stays where it was dropped.
      await moveAppointment({
        variables: { id: appointment.id, input: { startsAt: instantAt(date, to.start, timeZone).toISOString(), beauticianId: to.beauticianId, version: appointment.version } },
      });
      setNotice({ kind: 'success', text: t('moved', { name: appointment.member?.displayName ?? '', time: toHhmm(to.start) }) });
    } catch (failure) {
      const error = requestError(failure);
      // Refused: the block goes back to where it was at once.
      setNotice({ kind: 'error', text: error.code === 'CONFLICT' ? t('conflict', { message: error.message }) : error.message });
    } finally {
      setPending((p) => {
        const next = new Map(p);
        next.delete(appointment.id);
        return next;
      });
    }
    // Re-read the day either way: a conflict may mean someone else changed it (a new version).
    void refetch().catch(() => undefined);
  }

  function minutesAt(event: { clientY: number; currentTarget: HTMLElement }): number {
    return (event.clientY - event.currentTarget.getBoundingClientRect().top) / PX_PER_MIN;
  }

  function onDragStart(event: DragEvent<HTMLButtonElement>, appointment: CalendarAppointment) {
    drag.current = { id: appointment.id, grabMinutes: (event.clientY - event.currentTarget.getBoundingClientRect().top) / PX_PER_MIN };
    event.dataTransfer.setData('text/plain', appointment.id);
    event.dataTransfer.effectAllowed = 'move';
  }

  function onDrop(event: DragEvent<HTMLDivElement>, columnId: string) {
    event.preventDefault();
    const dragged = drag.current ? byId.get(drag.current.id) : null;
    const grab = drag.current?.grabMinutes ?? 0;
    drag.current = null;
    if (!dragged || !layout?.range || columnId === UNASSIGNED) return;
    const duration = localMinutes(new Date(dragged.endsAt), date, timeZone) - localMinutes(new Date(dragged.startsAt), date, timeZone);
    void move(dragged, { beauticianId: columnId, start: snapStart(layout.range.start, layout.range.end, minutesAt(event) - grab, duration) });
  }

  function onColumnTap(event: MouseEvent<HTMLDivElement>, columnId: string) {
    if (!layout?.range || columnId === UNASSIGNED) return;
    if (!chosen) {
      // Nothing chosen: a tap on an empty place starts a new booking there.
      const start = snapStart(layout.range.start, layout.range.end, Math.floor(minutesAt(event) / ROW_MINUTES) * ROW_MINUTES, ROW_MINUTES);
      setBooking({ beauticianId: columnId, time: toHhmm(start) });
      return;
    }
    const duration = localMinutes(new Date(chosen.endsAt), date, timeZone) - localMinutes(new Date(chosen.startsAt), date, timeZone);
    const start = snapStart(layout.range.start, layout.range.end, Math.floor(minutesAt(event) / ROW_MINUTES) * ROW_MINUTES, duration);
    setTarget({ beauticianId: columnId, time: toHhmm(start) });
  }

  function choose(appointment: CalendarAppointment) {
    setBooking(null);
    if (selected === appointment.id) {
      setSelected(null);
      setTarget(null);
      return;
    }
    setSelected(appointment.id);
    setTarget({ beauticianId: appointment.beautician?.id ?? '', time: toHhmm(localMinutes(new Date(appointment.startsAt), date, timeZone)) });
  }

  const error = query.error ? requestError(query.error).message : null;
  const timeOf = (iso: string) => toHhmm(localMinutes(new Date(iso), date, timeZone));

  return (
    <section className={styles.calendar} aria-labelledby="day-calendar-title">
      <div className={styles.header}>
        <h2 id="day-calendar-title">{t('title')}</h2>
        {day ? (
          <p className={styles.hours} data-testid="calendar-hours">
            {day.closed ? t('closed') : t('hours', { opens: day.opensAt ?? '', closes: day.closesAt ?? '' })}
            {' · '}
            {t('count', { count: day.appointments.length })}
          </p>
        ) : null}
      </div>
      <p className="muted">{t('hint')}</p>
      <p className="muted">{t('book.tapHint')}</p>
      {notice ? (
        <p className={`alert alert--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="calendar-notice">
          {notice.text}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {!day && !error ? <p className="muted">{t('loading')}</p> : null}
      {chosen && target ? (
        <form
          className={styles.panel}
          onSubmit={(e) => {
            e.preventDefault();
            if (target.beauticianId && /^\d{2}:\d{2}$/.test(target.time)) void move(chosen, { beauticianId: target.beauticianId, start: toMinutes(target.time) });
          }}
          data-testid="calendar-move-panel"
        >
          <p className={styles.panelTitle}>
            {t('moveTitle', { name: chosen.member?.displayName ?? '', time: `${timeOf(chosen.startsAt)}–${timeOf(chosen.endsAt)}` })}
          </p>
          <p className="muted">{t('moveHint')}</p>
          <div className={styles.panelFields}>
            <div className="field">
              <label htmlFor="calendar-move-beautician">{t('beautician')}</label>
              <select
                id="calendar-move-beautician"
                className="select"
                value={target.beauticianId}
                onChange={(e) => setTarget({ ...target, beauticianId: e.target.value })}
                data-testid="calendar-move-beautician"
              >
                <option value="" disabled>
                  {t('chooseBeautician')}
                </option>
                {day?.beauticians.map((b) => (
                  <option key={b.id} value={b.id}>
                    {`${b.displayName} (${b.code})`}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="calendar-move-time">{t('time')}</label>
              <input
                id="calendar-move-time"
                type="time"
                step={ROW_MINUTES * 60}
                className="input"
                value={target.time}
                onChange={(e) => setTarget({ ...target, time: e.target.value })}
                data-testid="calendar-move-time"
              />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={!target.beauticianId} data-testid="calendar-move-confirm">
              {t('confirmMove')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSelected(null);
                setTarget(null);
              }}
              data-testid="calendar-move-cancel"
            >
              {t('cancelMove')}
            </button>
          </div>
        </form>
      ) : null}
      {day && booking && !chosen ? (
        <CalendarBooking
          branchId={branchId}
          date={date}
          timeZone={day.timeZone}
          beauticians={day.beauticians}
          place={booking}
          onPlaceChange={setBooking}
          onBooked={(booked) => {
            setBooking(null);
            setNotice({ kind: 'success', text: t('book.booked', booked) });
            void refetch().catch(() => undefined);
          }}
          onCancel={() => setBooking(null)}
        />
      ) : null}
      {day && layout && !layout.range ? (
        <p className="muted" data-testid="calendar-closed">
          {t('closedEmpty')}
        </p>
      ) : null}
      {day && layout?.range && layout.columns.length === 0 ? (
        <p className="muted" data-testid="calendar-no-beauticians">
          {t('noBeauticians')}
        </p>
      ) : null}
      {day && layout?.range && layout.columns.length > 0 ? (
        // Focusable, so the arrow keys scroll it on a day without bookings (nothing inside to tab to).
        <div className={styles.scroller} role="region" aria-labelledby="day-calendar-title" tabIndex={0}>
          <div
            className={styles.grid}
            style={{ gridTemplateColumns: `64px repeat(${layout.columns.length}, minmax(150px, 1fr))` }}
            data-testid="day-calendar"
          >
            <div className={styles.corner} />
            {layout.columns.map((c) => (
              <div key={c.id || 'unassigned'} className={styles.columnHead} data-testid="calendar-column-head">
                {c.label}
              </div>
            ))}
            <div className={styles.axis} style={{ height: (layout.range.end - layout.range.start) * PX_PER_MIN }}>
              {Array.from({ length: (layout.range.end - layout.range.start) / 30 }, (_, i) => layout.range!.start + i * 30).map((m) => (
                <span key={m} className={styles.axisLabel} style={{ top: (m - layout.range!.start) * PX_PER_MIN }}>
                  {toHhmm(m)}
                </span>
              ))}
            </div>
            {layout.columns.map((column) => {
              const range = layout.range!;
              const shade = (from: number, to: number, k: string) =>
                to > from ? <div key={k} className={styles.closedShade} style={{ top: (from - range.start) * PX_PER_MIN, height: (to - from) * PX_PER_MIN }} /> : null;
              const ghost = chosen && target && target.beauticianId === column.id && /^\d{2}:\d{2}$/.test(target.time);
              const bookingGhost = !chosen && booking && booking.beauticianId === column.id && /^\d{2}:\d{2}$/.test(booking.time);
              const chosenLength = chosen ? localMinutes(new Date(chosen.endsAt), date, timeZone) - localMinutes(new Date(chosen.startsAt), date, timeZone) : 0;
              return (
                <div
                  key={column.id || 'unassigned'}
                  className={`${styles.column} ${chosen && column.id !== UNASSIGNED ? styles.columnTarget : ''}`}
                  style={{ height: (range.end - range.start) * PX_PER_MIN }}
                  onDragOver={(e) => {
                    if (drag.current && column.id !== UNASSIGNED) e.preventDefault();
                  }}
                  onDrop={(e) => onDrop(e, column.id)}
                  onClick={(e) => onColumnTap(e, column.id)}
                  data-testid="calendar-column"
                  data-beautician-id={column.id}
                >
                  {day.closed ? shade(range.start, range.end, 'closed') : null}
                  {!day.closed && layout.opens !== null ? shade(range.start, layout.opens, 'before') : null}
                  {!day.closed && layout.closes !== null ? shade(layout.closes, range.end, 'after') : null}
                  {ghost ? (
                    <div
                      className={styles.ghost}
                      style={{ top: (toMinutes(target.time) - range.start) * PX_PER_MIN, height: Math.max(chosenLength, ROW_MINUTES) * PX_PER_MIN }}
                      data-testid="calendar-move-ghost"
                    />
                  ) : null}
                  {bookingGhost ? (
                    <div
                      className={styles.ghost}
                      style={{ top: (toMinutes(booking.time) - range.start) * PX_PER_MIN, height: ROW_MINUTES * 2 * PX_PER_MIN }}
                      data-testid="calendar-book-ghost"
                    />
                  ) : null}
                  {layout.blocks
                    .filter((b) => b.columnId === column.id)
                    .map((block) => {
                      const appointment = byId.get(block.id)!;
                      const movable = appointment.status === 'BOOKED' && !pending.has(block.id);
                      const label = t('blockLabel', {
                        name: appointment.member?.displayName ?? '',
                        time: `${toHhmm(block.start)}–${toHhmm(block.end)}`,
                        treatment: appointment.treatment?.name ?? '',
                        status: t(`status.${appointment.status}`),
                      });
                      return (
                        <button
                          key={block.id}
                          type="button"
                          className={`${styles.block} ${styles[`status${appointment.status}`]} ${selected === block.id ? styles.blockSelected : ''} ${pending.has(block.id) ? styles.blockPending : ''}`}
                          style={{
                            top: (block.start - range.start) * PX_PER_MIN,
                            height: Math.max(block.end - block.start, ROW_MINUTES) * PX_PER_MIN - 2,
                            left: `calc(${(100 / block.lanes) * block.lane}% + 2px)`,
                            width: `calc(${100 / block.lanes}% - 4px)`,
                          }}
                          draggable={movable}
                          onDragStart={(e) => onDragStart(e, appointment)}
                          onDragEnd={() => {
                            drag.current = null;
                          }}
                          onClick={(e) => {
                            // With another booking chosen, a tap here means "move it here": the column handles it.
                            if (chosen && chosen.id !== block.id) return;
                            e.stopPropagation();
                            if (movable) choose(appointment);
                          }}
                          aria-label={label}
                          aria-pressed={selected === block.id}
                          aria-disabled={!movable}
                          data-testid="calendar-block"
                          data-id={block.id}
                          data-status={appointment.status}
                        >
                          <span className={styles.blockTime}>{`${toHhmm(block.start)}–${toHhmm(block.end)}`}</span>
                          <span className={styles.blockName}>{appointment.member ? `${appointment.member.displayName} (${appointment.member.memberNo})` : ''}</span>
                          {appointment.treatment ? <span>{appointment.treatment.name}</span> : null}
                          {appointment.room ? <span className={styles.blockMeta}>{appointment.room.name}</span> : null}
                        </button>
                      );
                    })}
                </div>
              );
            })}
          </div>
        </div>
      ) : null}
    </section>
  );
}
