import { endOfMonth, format, parseISO, startOfMonth } from 'date-fns';
import { invalidField } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { reportRange } from './report-range';

/**
 * The arithmetic of 同事跟進的統計 (staff follow-up statistics), with no database: the period,
 * the method columns, and rows and totals assembled from the grouped counts the database returns.
 */

/** The numbers of a row, each of which drills down to the contact members behind it. */
export const FOLLOW_UP_METRICS = ['ASSIGNED', 'CONTACTED', 'LOGGED', 'BOOKED', 'ATTENDED', 'OVERDUE'] as const;
export type FollowUpMetric = (typeof FOLLOW_UP_METRICS)[number];

/** Salon days, both inclusive (YYYY-MM-DD). */
export type FollowUpPeriod = { from: string; to: string };

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The report's period: the given days; an open end is the start's month end, an open start the
 * end's month start, and with neither the month of `today`. Errors name `<field>.contactedTo`
 * (the filter's contact range is the period).
 */
export function followUpPeriod(from: string | undefined, to: string | undefined, today: string, field = 'filter'): FollowUpPeriod {
  const anchor = parseISO(from ?? to ?? today);
  const start = from ?? day(startOfMonth(anchor));
  const end = to ?? day(endOfMonth(anchor));
  return reportRange(start, end, field);
}

/** From the contact-member query: per salesperson, members assigned, contacted in the period, overdue now. */
export type MemberCounts = { salespersonId: number; assigned: number; contacted: number; overdue: number };
/** From the log query: logs in the period per salesperson and method. */
export type LogCount = { salespersonId: number; methodId: number; count: number };
/** From the appointment query: appointments booked, and attendance verified, in the period per salesperson. */
export type AppointmentCounts = { salespersonId: number; booked: number; attended: number };

export type MethodCount = { methodId: number; count: number };

/** The figures of a row or of the totals. */
export type FollowUpFigures = {
  assigned: number;
  contacted: number;
  logs: number;
  /** One entry per method column, in the columns' order. */
  logsByMethod: MethodCount[];
  booked: number;
  attended: number;
  overdue: number;
};

export type FollowUpRow = FollowUpFigures & { salespersonId: number };

/** A contact method as a column needs it, in the configured order already. */
export type ReportMethod = { id: number; active: boolean };

/**
 * The method columns: the configured methods in their order; an inactive one only when the
 * period has logs with it, so every log counted shows in a column.
 */
export function methodColumns<M extends ReportMethod>(methods: readonly M[], logs: readonly LogCount[]): M[] {
  const used = new Set(logs.filter((l) => l.count > 0).map((l) => l.methodId));
  return methods.filter((m) => m.active || used.has(m.id));
}

const EMPTY = { assigned: 0, contacted: 0, booked: 0, attended: 0, overdue: 0 };

/**
 * One row per salesperson found in any of the counts (every one normally has assigned members;
 * a row is never dropped because a count came from another query), in the order first seen.
 */
export function followUpRows(
  members: readonly MemberCounts[],
  logs: readonly LogCount[],
  appointments: readonly AppointmentCounts[],
  columns: readonly Pick<ReportMethod, 'id'>[],
): FollowUpRow[] {
  const rows = new Map<number, Omit<FollowUpRow, 'logs' | 'logsByMethod'> & { byMethod: Map<number, number> }>();
  const rowOf = (salespersonId: number) => {
    let row = rows.get(salespersonId);
    if (!row) rows.set(salespersonId, (row = { salespersonId, ...EMPTY, byMethod: new Map() }));
    return row;
  };
  for (const m of members) Object.assign(rowOf(m.salespersonId), { assigned: m.assigned, contacted: m.contacted, overdue: m.overdue });
  for (const l of logs) {
    const row = rowOf(l.salespersonId);
    row.byMethod.set(l.methodId, (row.byMethod.get(l.methodId) ?? 0) + l.count);
  }
  for (const a of appointments) Object.assign(rowOf(a.salespersonId), { booked: a.booked, attended: a.attended });
  return [...rows.values()].map(({ byMethod, ...row }) => ({
    ...row,
    logs: [...byMethod.values()].reduce((sum, n) => sum + n, 0),
    logsByMethod: columns.map((c) => ({ methodId: c.id, count: byMethod.get(c.id) ?? 0 })),
  }));
}

/**
 * The totals row: each figure summed over the rows. Every contact member has exactly one
 * salesperson, so the rows partition the members and their sums are the distinct totals.
 */
export function followUpTotals(rows: readonly FollowUpFigures[], columns: readonly Pick<ReportMethod, 'id'>[]): FollowUpFigures {
  const sum = (pick: (row: FollowUpFigures) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    assigned: sum((r) => r.assigned),
    contacted: sum((r) => r.contacted),
    logs: sum((r) => r.logs),
    logsByMethod: columns.map((c, i) => ({ methodId: c.id, count: sum((r) => r.logsByMethod[i]?.count ?? 0) })),
    booked: sum((r) => r.booked),
    attended: sum((r) => r.attended),
    overdue: sum((r) => r.overdue),
  };
}

/** A labelled row: sorted and paged by its code, then id. */
export type Keyed = { code: string; id: number };

export function byCode(a: Keyed, b: Keyed): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id;
}

/** A page of rows sorted by byCode, after the row whose cursor is `after`. */
export function pageByCode<T>(rows: readonly T[], keyOf: (row: T) => Keyed, first: number, after?: string | null): { nodes: T[]; hasNextPage: boolean; cursorOf: (row: T) => string } {
  let start = 0;
  if (after) {
    const [code, id] = decodeCursor(after, 2);
    if (typeof code !== 'string' || typeof id !== 'number') throw invalidField('after', 'invalidCursor');
    const next = rows.findIndex((row) => byCode(keyOf(row), { code, id }) > 0);
    start = next < 0 ? rows.length : next;
  }
  const cursorOf = (row: T) => {
    const key = keyOf(row);
    return encodeCursor([key.code, key.id]);
  };
  return { ...sliceWithLookahead(rows.slice(start, start + first + 1), first), cursorOf };
}
