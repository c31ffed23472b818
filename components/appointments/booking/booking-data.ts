/** The booking flow's GraphQL documents, shapes and date helpers (pure, so they are unit-tested). */

export type BranchOption = { id: string; code: string; name: string; timeZone: string };
export type StaffOption = { id: string; displayName: string; code: string };
export type TreatmentOption = { id: string; code: string; name: string; series: string | null; durationMinutes: number };
export type EquipmentOption = { id: string; code: string; name: string };

export type BookingMember = { id: string; memberNo: string; displayName: string; phones?: string };

export type SuggestedSlot = {
  startsAt: string;
  endsAt: string;
  beautician: StaffOption;
  room: { id: string; name: string } | null;
  equipment: { id: string; code: string; name: string } | null;
};

export type SlotPage = { slots: SuggestedSlot[]; hasMore: boolean; endCursor: string | null };

/** What the staff member asked for (選擇護理 … 美容師), as the suggester's input needs it. */
export type BookingCriteria = {
  kind: 'treatment' | 'equipment' | 'minutes';
  treatmentId: string;
  equipmentId: string;
  minutes: string;
  fromDate: string;
  toDate: string;
  windowStart: string;
  windowEnd: string;
  weekdays: number[];
  branchId: string;
  beauticianId: string;
};

export type BookedAppointment = {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  version: number;
  note: string;
  offerCode: string | null;
  branch: BranchOption;
  beautician: StaffOption | null;
  room: { id: string; name: string } | null;
  equipment: EquipmentOption | null;
  treatment: TreatmentOption | null;
};

export const APPOINTMENT_FIELDS = `id startsAt endsAt status version note offerCode
  branch { id code name timeZone } beautician { id displayName code } room { id name } equipment { id code name }
  treatment { id code name series durationMinutes }`;

export const BOOKING_OPTIONS_QUERY = `query BookingOptions {
  viewer { id branch { id } }
  branches(first: 100) { nodes { id code name timeZone } }
  treatments(first: 100) { nodes { id code name series durationMinutes } }
  treatmentSeries
}`;

export const BRANCH_RESOURCES_QUERY = `query BookingBranchResources($branchId: ID!) {
  beauticians(branchId: $branchId, first: 100) { nodes { id displayName code } }
  equipment(branchId: $branchId, first: 100) { nodes { id code name } }
}`;

export const SUGGEST_SLOTS_QUERY = `query BookingSuggestions($input: SlotSuggestionInput!) {
  suggestSlots(input: $input) {
    hasMore endCursor
    slots { startsAt endsAt beautician { id displayName code } room { id name } equipment { id code name } }
  }
}`;

export const BOOK_APPOINTMENT = `mutation BookAppointment($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { ${APPOINTMENT_FIELDS} }
}`;

export const UPDATE_APPOINTMENT = `mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {
  updateAppointment(id: $id, input: $input) { ${APPOINTMENT_FIELDS} }
}`;

export const CANCEL_APPOINTMENT = `mutation CancelAppointment($id: ID!) {
  cancelAppointment(id: $id) { ${APPOINTMENT_FIELDS} }
}`;

export const CONTACT_BOOKING_QUERY = `query ContactBooking($id: ID!) {
  contactSettings { allowBooking }
  contactMember(id: $id) { id appointment { ${APPOINTMENT_FIELDS} } }
}`;

/** How many suggestions a page shows; 更多可用的時間 fetches the next page. */
export const SUGGESTION_PAGE_SIZE = 10;
export const DEFAULT_WINDOW = { start: '09:00', end: '22:00' } as const;
export const DEFAULT_RANGE_DAYS = 30;

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A YYYY-MM-DD date plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The form's starting values: today … +30 days in the branch's zone, 09:00–22:00, any weekday, any beautician. */
export function defaultCriteria(branchId: string, timeZone: string, now: Date): BookingCriteria {
  const today = localDate(now, timeZone);
  return {
    kind: 'treatment',
    treatmentId: '',
    equipmentId: '',
    minutes: '',
    fromDate: today,
    toDate: addDays(today, DEFAULT_RANGE_DAYS),
    windowStart: DEFAULT_WINDOW.start,
    windowEnd: DEFAULT_WINDOW.end,
    weekdays: [],
    branchId,
    beauticianId: '',
  };
}

/** The one requirement the criteria name, as GraphQL input fields. */
export function requirementInput(criteria: BookingCriteria): { treatmentId?: string; equipmentId?: string; minutes?: number } {
  if (criteria.kind === 'treatment') return criteria.treatmentId ? { treatmentId: criteria.treatmentId } : {};
  if (criteria.kind === 'equipment') {
    return {
      ...(criteria.equipmentId ? { equipmentId: criteria.equipmentId } : {}),
      ...(criteria.minutes.trim() ? { minutes: Number(criteria.minutes) } : {}),
    };
  }
  return criteria.minutes.trim() ? { minutes: Number(criteria.minutes) } : {};
}

/** The suggester's input for the criteria and a page cursor. */
export function suggestionInput(criteria: BookingCriteria, after: string | null) {
  return {
    branchId: criteria.branchId,
    ...requirementInput(criteria),
    fromDate: criteria.fromDate,
    toDate: criteria.toDate,
    windowStart: criteria.windowStart,
    windowEnd: criteria.windowEnd,
    weekdays: criteria.weekdays,
    beauticianId: criteria.beauticianId || null,
    first: SUGGESTION_PAGE_SIZE,
    after,
  };
}

/** HH:MM of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** The instant a wall-clock date and time (YYYY-MM-DD, HH:MM) names in a time zone (the later reading when it repeats). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(instant / 60_000) * 60_000;
  };
  // Two rounds settle the offset, also across a DST change between the guess and the answer.
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return new Date(guess);
}

export const MEMBER_APPOINTMENTS_QUERY = `query MemberAppointments($id: ID!, $after: String) {
  member(id: $id) {
    id
    appointments(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${APPOINTMENT_FIELDS} } }
  }
}`;

export type MemberCampaignRow = {
  id: string;
  createdAt: string;
  campaign: { id: string; code: string; name: string };
  salesperson: { id: string; displayName: string; code: string } | null;
  contactMember: { id: string; lastContactAt: string | null; status: { id: string; label: string }; lastLog: { id: string; note: string } | null } | null;
};

/** 預約表 > 會員, in two requests: each stays well inside the API's query cost limit. */
export const MEMBER_BOOKING_PAGE_QUERY = `query MemberBookingPage($id: ID!) {
  viewer { id branch { id timeZone } }
  member(id: $id) {
    id memberNo displayName phone phone2
    appointments(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { ${APPOINTMENT_FIELDS} } }
  }
}`;

export const MEMBER_CAMPAIGNS_QUERY = `query MemberBookingCampaigns($id: ID!) {
  member(id: $id) {
    id
    campaigns(first: 30) {
      nodes {
        id createdAt campaign { id code name } salesperson { id displayName code }
        contactMember { id lastContactAt status { id label } lastLog { id note } }
      }
    }
  }
}`;
