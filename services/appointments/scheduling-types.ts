/**
 * The shapes the slot suggester and the booking service share. All instants are UTC `Date`s;
 * "local" strings (HH:MM, YYYY-MM-DD) are in the branch's time zone.
 */

/** What a booking needs: a treatment's resources, or bare equipment, or a number of minutes. */
export type Requirement = {
  durationMinutes: number;
  bufferMinutes: number;
  /** Equipment code one unit of which must be free; null for none. */
  equipmentCode: string | null;
  /** Room type one room of which must be free; null for no room. */
  roomType: string | null;
};

export type SuggestQuery = {
  requirement: Requirement;
  /** First and last day (branch local, YYYY-MM-DD), inclusive. */
  fromDate: string;
  toDate: string;
  /** Daily window (branch local HH:MM); a slot lies wholly inside it. */
  windowStart: string;
  windowEnd: string;
  /** Preferred weekdays, 0 = Sunday … 6 = Saturday; empty = any. */
  weekdays: number[];
  /** One beautician, or null for any who works at the branch. */
  beauticianId: number | null;
  /** Minutes between candidate start times, counted from midnight local time. */
  stepMinutes: number;
  /** How many slots to return, and where to continue ("more times"). */
  limit: number;
  after: Date | null;
};

/** Everything about one branch over the query's days that decides whether a slot is free. */
export type SchedulingWorld = {
  timeZone: string;
  /** Opening hours by weekday (0–6); a missing weekday is closed. */
  hours: Map<number, { opensAt: string; closesAt: string }>;
  closedDays: Set<string>;
  /** Weekly pattern per beautician working at the branch. */
  schedules: Array<{ staffId: number; weekday: number; startTime: string; endTime: string }>;
  /** Date exceptions per beautician (override hours at this branch, or leave). */
  exceptions: Array<{ staffId: number; date: string; kind: 'override' | 'leave'; startTime: string | null; endTime: string | null }>;
  rooms: Array<{ id: number; type: string }>;
  equipment: Array<{ id: number; code: string; count: number }>;
  /** Appointments that hold resources (booked, arrived, completed), with their buffer-inclusive end. */
  appointments: Array<{ id: number; beauticianId: number | null; roomId: number | null; equipmentId: number | null; startsAt: Date; blockedUntil: Date }>;
  /** Beauticians of the branch, ordered as suggestions should prefer them (by code). */
  beauticianIds: number[];
};

export type Slot = {
  startsAt: Date;
  endsAt: Date;
  beauticianId: number;
  roomId: number | null;
  equipmentId: number | null;
};
