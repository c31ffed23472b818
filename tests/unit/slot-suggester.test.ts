import fc from 'fast-check';
import type { Requirement, SchedulingWorld, Slot, SuggestQuery } from '../../services/appointments/scheduling-types';
import { isSlotFree, suggestSlots, ZoneClock, type SlotCursor } from '../../services/appointments/slot-suggester';
import { oracleAllSlots, oracleIsSlotFree, oraclePage } from './slot-oracle';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, n: number) => new Date(utcMidnight(date) + n * DAY).toISOString().slice(0, 10);
const plain = (slots: Slot[]) => slots.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }));

// ---------------------------------------------------------------------------------------------
// Random small worlds. Time zones with DST (incl. Lord Howe's 30-minute change), odd offsets and
// none; first days around DST changes so slots straddle them.
// ---------------------------------------------------------------------------------------------

const ZONES = ['Asia/Hong_Kong', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
const FIRST_DAYS = ['2020-07-01', '2024-03-09', '2024-03-10', '2024-11-02', '2024-11-03', '2024-03-30', '2024-03-31', '2024-10-27', '2024-04-06', '2024-10-06'];
const STAFF = [11, 12, 13];
const OUTSIDER = 99;

const quarter = fc.integer({ min: 0, max: 96 }).map((q) => q * 15);
const span = fc.tuple(quarter, quarter).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const weekday = fc.integer({ min: 0, max: 6 });
const hoursOrFullDay = fc.oneof(span, fc.constant([0, 1440] as const), fc.constant([0, 1440] as const), fc.constant([540, 1320] as const), fc.constant([60, 240] as const));

const worldArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  fromDate: fc.constantFrom(...FIRST_DAYS),
  days: fc.integer({ min: 1, max: 3 }),
  // Per weekday: opening hours, or closed.
  hours: fc.array(fc.option(hoursOrFullDay, { freq: 6, nil: null }), { minLength: 7, maxLength: 7 }),
  closed: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 1 }),
  staffOrder: fc.shuffledSubarray(STAFF, { minLength: 1 }),
  // Per beautician and weekday: shifts (none, one, or a split day).
  schedules: fc.array(
    fc.array(fc.oneof({ arbitrary: fc.array(hoursOrFullDay, { minLength: 1, maxLength: 2 }), weight: 4 }, { arbitrary: fc.constant([]), weight: 1 }), { minLength: 7, maxLength: 7 }),
    { minLength: 3, maxLength: 3 },
  ),
  exceptions: fc.array(
    fc.record({
      staff: fc.constantFrom(...STAFF),
      day: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('override' as const, 'leave' as const),
      span: fc.option(span, { nil: null }),
    }),
    { maxLength: 3 },
  ),
  rooms: fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 4 }), type: fc.constantFrom('facial', 'facial', 'body') }), { minLength: 2, maxLength: 3, selector: (r) => r.id }),
  // E1 is row 20 and E2 row 21; appointments also name row 22, which the branch lacks.
  equipment: fc.uniqueArray(fc.record({ code: fc.constantFrom('E1', 'E1', 'E2'), count: fc.constantFrom(1, 1, 1, 2, 2, 0) }), {
    minLength: 1,
    maxLength: 2,
    selector: (e) => e.code,
  }).map((list) => list.map((e) => ({ id: e.code === 'E1' ? 20 : 21, ...e }))),
  appointments: fc.array(
    fc.record({
      start: fc.integer({ min: -120, max: 2 * 288 }).map((f) => f * 5),
      minutes: fc.integer({ min: 5, max: 240 }),
      beautician: fc.option(fc.constantFrom(...STAFF, OUTSIDER), { nil: null }),
      room: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      equipment: fc.option(fc.constantFrom(20, 20, 20, 21, 22), { nil: null, freq: 2 }),
    }),
    { minLength: 5, maxLength: 30, size: 'max' },
  ),
});

type WorldSpec = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function buildWorld(spec: WorldSpec): { world: SchedulingWorld; fromDate: string; toDate: string } {
  const { fromDate } = spec;
  const toDate = addDays(fromDate, spec.days - 1);
  // Appointments are placed around the range in UTC: their local time depends on the zone.
  const origin = utcMidnight(fromDate) - 8 * 60 * MINUTE;
  return {
    fromDate,
    toDate,
    world: {
      timeZone: spec.timeZone,
      hours: new Map(spec.hours.flatMap((h, d) => (h ? [[d, { opensAt: hhmm(h[0]), closesAt: hhmm(h[1]) }] as const] : []))),
      closedDays: new Set(spec.closed.map((n) => addDays(fromDate, n))),
      schedules: spec.schedules.flatMap((week, i) =>
        week.flatMap((shifts, d) => shifts.map(([a, b]) => ({ staffId: STAFF[i], weekday: d, startTime: hhmm(a), endTime: hhmm(b) })))),
      exceptions: spec.exceptions.map((x) => ({
        staffId: x.staff,
        date: addDays(fromDate, x.day),
        kind: x.kind,
        startTime: x.span ? hhmm(x.span[0]) : null,
        endTime: x.span ? hhmm(x.span[1]) : null,
      })),
      rooms: spec.rooms,
      equipment: spec.equipment,
      appointments: spec.appointments.map((a, i) => ({
        id: i + 1,
        beauticianId: a.beautician,
        roomId: a.room,
        equipmentId: a.equipment,
        startsAt: new Date(origin + a.start * MINUTE),
        blockedUntil: new Date(origin + (a.start + a.minutes) * MINUTE),
      })),
      beauticianIds: spec.staffOrder,
    },
  };
}

const requirementArb: fc.Arbitrary<Requirement> = fc.record({
  durationMinutes: fc.oneof({ arbitrary: fc.integer({ min: 5, max: 90 }), weight: 3 }, { arbitrary: fc.integer({ min: 91, max: 240 }), weight: 1 }),
  bufferMinutes: fc.constantFrom(0, 10, 15, 30, 60),
  roomType: fc.constantFrom(null, null, 'facial', 'facial', 'facial', 'body', 'spa'),
  equipmentCode: fc.constantFrom(null, null, null, 'E1', 'E1', 'E1', 'E2', 'E3'),
});

const queryArb = fc.record({
  requirement: requirementArb,
  window: fc.oneof(fc.constant([0, 1440] as const), fc.constant([0, 1440] as const), fc.constant([540, 1320] as const), span),
  weekdays: fc.oneof({ arbitrary: fc.constant<number[]>([]), weight: 3 }, { arbitrary: fc.uniqueArray(weekday, { minLength: 1, maxLength: 4 }), weight: 1 }),
  beautician: fc.constantFrom<number | null>(null, null, null, 11, 12, OUTSIDER),
  stepMinutes: fc.constantFrom(15, 20, 30, 45, 60, 7),
  limit: fc.integer({ min: 1, max: 6 }),
  // Minutes from the first local midnight (UTC reading): before, inside or after the range.
  nowOffset: fc.oneof({ arbitrary: fc.constant(-2000), weight: 2 }, { arbitrary: fc.integer({ min: -2000, max: 5000 }), weight: 1 }),
});

type QuerySpec = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

function buildQuery(q: QuerySpec, fromDate: string, toDate: string): { query: SuggestQuery; now: Date } {
  return {
    query: {
      requirement: q.requirement,
      fromDate,
      toDate,
      windowStart: hhmm(q.window[0]),
      windowEnd: hhmm(q.window[1]),
      weekdays: q.weekdays,
      beauticianId: q.beautician,
      stepMinutes: q.stepMinutes,
      limit: q.limit,
      after: null,
    },
    now: new Date(utcMidnight(fromDate) + q.nowOffset * MINUTE),
  };
}

/** Runs per property: few enough for every test run; `npm run bench:properties` searches far longer. */
const RUNS = Number(process.env.SLOT_PROPERTY_RUNS ?? 40);

describe('suggestSlots against the brute-force oracle', () => {
  it('returns exactly the oracle page (same slots, same order, same hasMore) and, unlimited, every free slot', () => {
    fc.assert(
      fc.property(worldArb, queryArb, (spec, q) => {
        const { world, fromDate, toDate } = buildWorld(spec);
        const { query, now } = buildQuery(q, fromDate, toDate);
        const got = suggestSlots(query, world, now);
        const want = oraclePage(query, world, now);
        expect(plain(got.slots)).toEqual(plain(want.slots));
        expect(got.hasMore).toBe(want.hasMore);
        expect(plain(suggestSlots({ ...query, limit: 100_000 }, world, now).slots)).toEqual(plain(oracleAllSlots(query, world, now)));
      }),
      { numRuns: RUNS },
    );
  });

  it('pages with the (start, beautician) cursor through every free slot once, in order', () => {
    fc.assert(
      fc.property(worldArb, queryArb, (spec, q) => {
        const { world, fromDate, toDate } = buildWorld(spec);
        const { query, now } = buildQuery(q, fromDate, toDate);
        const all = oracleAllSlots(query, world, now);
        const seen: Slot[] = [];
        let cursor: SlotCursor | null = null;
        for (let page = 0; page < 500; page++) {
          const got = suggestSlots({ ...query, cursor }, world, now);
          seen.push(...got.slots);
          if (!got.hasMore) break;
          expect(got.slots).toHaveLength(query.limit);
          const last = got.slots[got.slots.length - 1];
          cursor = { startsAt: last.startsAt, beauticianId: last.beauticianId };
        }
        expect(plain(seen)).toEqual(plain(all));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('continues strictly after a bare `after` time, past every beautician at that time', () => {
    fc.assert(
      fc.property(worldArb, queryArb, fc.integer({ min: 0, max: 4 * 1440 }), (spec, q, afterOffset) => {
        const { world, fromDate, toDate } = buildWorld(spec);
        const { query, now } = buildQuery(q, fromDate, toDate);
        const after = new Date(utcMidnight(fromDate) - 8 * 60 * MINUTE + afterOffset * MINUTE);
        const got = suggestSlots({ ...query, after }, world, now);
        const want = oraclePage({ ...query, after }, world, now);
        expect(plain(got.slots)).toEqual(plain(want.slots));
        expect(got.hasMore).toBe(want.hasMore);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('isSlotFree against the oracle', () => {
  const choiceArb = fc.record({
    offset: fc.integer({ min: -600, max: 4 * 1440 }),
    beautician: fc.constantFrom(...STAFF, OUTSIDER),
    room: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    equipment: fc.option(fc.integer({ min: 20, max: 22 }), { nil: null }),
    ignore: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  });

  it('gives the same verdict, reason and picked resources at any minute', () => {
    fc.assert(
      fc.property(worldArb, requirementArb, choiceArb, fc.integer({ min: -2000, max: 5000 }), (spec, req, c, nowOffset) => {
        const { world, fromDate } = buildWorld(spec);
        const slot = {
          startsAt: new Date(utcMidnight(fromDate) - 8 * 60 * MINUTE + c.offset * MINUTE),
          beauticianId: c.beautician,
          roomId: c.room,
          equipmentId: c.equipment,
        };
        const now = new Date(utcMidnight(fromDate) + nowOffset * MINUTE);
        expect(isSlotFree(slot, req, world, now, c.ignore)).toEqual(oracleIsSlotFree(slot, req, world, now, c.ignore));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('gives the same verdict at times the beautician works, where rooms and equipment decide', () => {
    // Mostly "pick a room / unit for me", so the resource checks decide rather than a mismatch.
    const rarely = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: arb, weight: 1 });
    const picksArb = fc.array(
      fc.record({ i: fc.nat(), room: rarely(fc.integer({ min: 1, max: 4 })), equipment: rarely(fc.integer({ min: 20, max: 22 })), ignore: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(worldArb, queryArb, picksArb, (spec, q, picks) => {
        const { world, fromDate, toDate } = buildWorld(spec);
        const { query, now } = buildQuery(q, fromDate, toDate);
        // Open, working times: the free slots of a bare-minutes query with nobody booked.
        const bare = { ...query, requirement: { ...query.requirement, roomType: null, equipmentCode: null }, windowStart: '00:00', windowEnd: '24:00', weekdays: [], stepMinutes: 5 };
        const working = oracleAllSlots(bare, { ...world, appointments: [] }, now);
        if (working.length === 0) return;
        for (const c of picks) {
          const at = working[c.i % working.length];
          const slot = { startsAt: at.startsAt, beauticianId: at.beauticianId, roomId: c.room, equipmentId: c.equipment };
          expect(isSlotFree(slot, query.requirement, world, now, c.ignore)).toEqual(oracleIsSlotFree(slot, query.requirement, world, now, c.ignore));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds every suggested slot free, holding the suggested room and equipment', () => {
    fc.assert(
      fc.property(worldArb, queryArb, (spec, q) => {
        const { world, fromDate, toDate } = buildWorld(spec);
        const { query, now } = buildQuery(q, fromDate, toDate);
        for (const s of suggestSlots({ ...query, limit: 50 }, world, now).slots) {
          expect(isSlotFree({ ...s, roomId: null, equipmentId: null }, query.requirement, world, now)).toEqual({ free: true, roomId: s.roomId, equipmentId: s.equipmentId });
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------

const BETTY = 1;
const MOLLY = 2;
const facialC: Requirement = { durationMinutes: 90, bufferMinutes: 0, equipmentCode: null, roomType: 'facial' };

function tstWorld(appointments: SchedulingWorld['appointments'] = []): SchedulingWorld {
  return {
    timeZone: 'Asia/Hong_Kong',
    hours: new Map([0, 1, 2, 3, 4, 5, 6].map((d) => [d, { opensAt: '09:00', closesAt: '22:00' }])),
    closedDays: new Set<string>(),
    schedules: [0, 1, 2, 3, 4, 5, 6].flatMap((d) => [
      { staffId: BETTY, weekday: d, startTime: '10:00', endTime: '22:00' },
      { staffId: MOLLY, weekday: d, startTime: '09:00', endTime: '22:00' },
    ]),
    exceptions: [],
    rooms: [{ id: 20, type: 'facial' }, { id: 21, type: 'facial' }, { id: 5, type: 'body' }],
    equipment: [{ id: 1, code: 'E01', count: 1 }],
    appointments,
    beauticianIds: [BETTY, MOLLY],
  };
}

const july: SuggestQuery = {
  requirement: facialC,
  fromDate: '2020-07-01',
  toDate: '2020-07-31',
  windowStart: '09:00',
  windowEnd: '22:00',
  weekdays: [],
  beauticianId: null,
  stepMinutes: 30,
  limit: 10,
  after: null,
};

const hk = (local: string) => new Date(`${local}+08:00`);
const brief = (slots: Slot[]) => slots.map((s) => `${s.startsAt.toISOString()} ${s.beauticianId} ${s.roomId}`);

describe('the seed case: Facial C (90 min) at TST, Betty or Molly, 1–31 July 2020', () => {
  const appointments = [
    // Betty is busy until 16:00; room 20 is taken until 16:45 (buffer included), so room 21 comes first.
    { id: 1, beauticianId: BETTY, roomId: null, equipmentId: null, startsAt: hk('2020-07-01T14:30:00'), blockedUntil: hk('2020-07-01T16:00:00') },
    { id: 2, beauticianId: 7, roomId: 20, equipmentId: null, startsAt: hk('2020-07-01T15:00:00'), blockedUntil: hk('2020-07-01T16:45:00') },
  ];
  const now = hk('2020-07-01T15:10:00');

  it('suggests 15:30 with Molly first, then both from 16:00, in room order, 90 minutes long', () => {
    const { slots, hasMore } = suggestSlots({ ...july, limit: 5 }, tstWorld(appointments), now);
    expect(hasMore).toBe(true);
    expect(brief(slots)).toEqual([
      `${hk('2020-07-01T15:30:00').toISOString()} ${MOLLY} 21`,
      `${hk('2020-07-01T16:00:00').toISOString()} ${BETTY} 21`,
      `${hk('2020-07-01T16:00:00').toISOString()} ${MOLLY} 21`,
      `${hk('2020-07-01T16:30:00').toISOString()} ${BETTY} 21`,
      `${hk('2020-07-01T16:30:00').toISOString()} ${MOLLY} 21`,
    ]);
    expect(slots[0].endsAt).toEqual(hk('2020-07-01T17:00:00'));
  });

  it('ends each day with the last start that finishes by closing (20:30), and agrees with the oracle over the month', () => {
    const world = tstWorld(appointments);
    const all = oracleAllSlots({ ...july, toDate: '2020-07-03' }, world, now);
    const got = suggestSlots({ ...july, toDate: '2020-07-03', limit: 1000 }, world, now);
    expect(plain(got.slots)).toEqual(plain(all));
    const july1 = got.slots.filter((s) => s.startsAt < hk('2020-07-02T00:00:00'));
    expect(july1[july1.length - 1].startsAt).toEqual(hk('2020-07-01T20:30:00'));
    expect(got.slots.find((s) => s.startsAt.getTime() === hk('2020-07-02T09:00:00').getTime())?.beauticianId).toBe(MOLLY);
  });

  it('pages "more times" without repeating or skipping beauticians that share a start', () => {
    const world = tstWorld(appointments);
    const first = suggestSlots({ ...july, limit: 3 }, world, now);
    const last = first.slots[2];
    expect(last.beauticianId).toBe(MOLLY);
    const second = suggestSlots({ ...july, limit: 3, cursor: { startsAt: last.startsAt, beauticianId: BETTY } }, world, now);
    expect(second.slots[0]).toMatchObject({ startsAt: last.startsAt, beauticianId: MOLLY });
  });

  it('honours one beautician, preferred weekdays, closed days and the equipment count', () => {
    const world = { ...tstWorld(), closedDays: new Set(['2020-07-04']), appointments: [
      { id: 9, beauticianId: 7, roomId: null, equipmentId: 1, startsAt: hk('2020-07-11T09:00:00'), blockedUntil: hk('2020-07-11T12:00:00') },
    ] };
    // Saturdays only: 4 July is closed, so 11 July; E01's only unit is busy until 12:00.
    const { slots } = suggestSlots(
      { ...july, requirement: { durationMinutes: 60, bufferMinutes: 0, equipmentCode: 'E01', roomType: null }, weekdays: [6], beauticianId: BETTY, limit: 2 },
      world,
      hk('2020-06-30T00:00:00'),
    );
    expect(brief(slots)).toEqual([`${hk('2020-07-11T12:00:00').toISOString()} ${BETTY} null`, `${hk('2020-07-11T12:30:00').toISOString()} ${BETTY} null`]);
    expect(slots[0].equipmentId).toBe(1);
  });

  it('keeps the buffer clear on the beautician, the room and every equipment unit', () => {
    const req: Requirement = { durationMinutes: 60, bufferMinutes: 15, equipmentCode: 'E01', roomType: 'body' };
    const base = { ...tstWorld(), equipment: [{ id: 1, code: 'E01', count: 2 }] };
    const query = { ...july, requirement: req, toDate: '2020-07-01', beauticianId: MOLLY, limit: 1 };
    const first = (appointments: SchedulingWorld['appointments']) => suggestSlots(query, { ...base, appointments }, new Date(0)).slots[0]?.startsAt;
    const at = (from: string, to: string, extra: Partial<SchedulingWorld['appointments'][number]>) => ({
      id: Math.random(), beauticianId: null, roomId: null, equipmentId: null, startsAt: hk(`2020-07-01T${from}:00`), blockedUntil: hk(`2020-07-01T${to}:00`), ...extra,
    });
    // 09:00 + 60 + 15 buffer = 10:15: anything held from 10:00 to 10:15 pushes the first slot.
    expect(first([])).toEqual(hk('2020-07-01T09:00:00'));
    expect(first([at('10:00', '11:00', { beauticianId: MOLLY })])).toEqual(hk('2020-07-01T11:00:00'));
    expect(first([at('10:14', '11:00', { roomId: 5 })])).toEqual(hk('2020-07-01T11:00:00'));
    expect(first([at('10:15', '11:00', { roomId: 5 })])).toEqual(hk('2020-07-01T09:00:00'));
    expect(first([at('10:10', '11:00', { equipmentId: 1 })])).toEqual(hk('2020-07-01T09:00:00'));
    // Both units: one until 09:30, one from 10:10 — 09:00 overlaps both (count 2), 09:30 only one.
    expect(first([at('10:10', '11:00', { equipmentId: 1 }), at('08:00', '09:30', { equipmentId: 1 })])).toEqual(hk('2020-07-01T09:30:00'));
    expect(first([at('10:10', '11:00', { equipmentId: 1 }), at('08:00', '09:31', { equipmentId: 1 })])).toEqual(hk('2020-07-01T10:00:00'));
  });

  it('explains why a slot is not free', () => {
    const world = tstWorld(appointments);
    const at = (local: string, beauticianId = MOLLY, roomId: number | null = null) => isSlotFree({ startsAt: hk(local), beauticianId, roomId, equipmentId: null }, facialC, world, now);
    expect(at('2020-07-01T15:00:00')).toEqual({ free: false, reason: 'past' });
    expect(at('2020-07-01T21:00:00')).toEqual({ free: false, reason: 'closed' });
    expect(at('2020-07-02T09:30:00', BETTY)).toEqual({ free: false, reason: 'notWorking' });
    expect(at('2020-07-01T15:30:00', BETTY)).toEqual({ free: false, reason: 'beauticianBusy' });
    expect(at('2020-07-01T15:30:00', MOLLY, 20)).toEqual({ free: false, reason: 'roomBusy' });
    expect(at('2020-07-01T15:30:00', MOLLY, 5)).toEqual({ free: false, reason: 'noRoom' });
    expect(at('2020-07-01T15:30:00', MOLLY)).toEqual({ free: true, roomId: 21, equipmentId: null });
    expect(at('2020-07-01T17:00:00', MOLLY)).toEqual({ free: true, roomId: 20, equipmentId: null });
    // Moving Betty's own appointment: it no longer blocks her.
    expect(isSlotFree({ startsAt: hk('2020-07-01T15:30:00'), beauticianId: BETTY, roomId: null, equipmentId: null }, facialC, world, now, 1)).toEqual({ free: true, roomId: 21, equipmentId: null });
  });
});

describe('time zones: a branch keeps its local hours across DST changes', () => {
  const allDay = (timeZone: string, opensAt = '09:00', closesAt = '18:00'): SchedulingWorld => ({
    timeZone,
    hours: new Map([0, 1, 2, 3, 4, 5, 6].map((d) => [d, { opensAt, closesAt }])),
    closedDays: new Set(),
    schedules: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ staffId: 1, weekday: d, startTime: '00:00', endTime: '24:00' })),
    exceptions: [],
    rooms: [],
    equipment: [],
    appointments: [],
    beauticianIds: [1],
  });
  const q = (fromDate: string, toDate: string, minutes = 60, stepMinutes = 60): SuggestQuery => ({
    requirement: { durationMinutes: minutes, bufferMinutes: 0, equipmentCode: null, roomType: null },
    fromDate, toDate, windowStart: '00:00', windowEnd: '24:00', weekdays: [], beauticianId: null, stepMinutes, limit: 1000, after: null,
  });
  const epoch = new Date(0);

  it('New York: 09:00 local is 14:00Z before and 13:00Z after spring-forward', () => {
    const { slots } = suggestSlots(q('2024-03-09', '2024-03-10'), allDay('America/New_York'), epoch);
    const firsts = [slots[0], slots.find((s) => s.startsAt.toISOString().startsWith('2024-03-10'))!];
    expect(firsts.map((s) => s.startsAt.toISOString())).toEqual(['2024-03-09T14:00:00.000Z', '2024-03-10T13:00:00.000Z']);
    // Last start of each day: 17:00 local.
    expect(slots.filter((s) => s.startsAt.toISOString() < '2024-03-10T05:00:00Z').pop()!.startsAt.toISOString()).toBe('2024-03-09T22:00:00.000Z');
    expect(slots[slots.length - 1].startsAt.toISOString()).toBe('2024-03-10T21:00:00.000Z');
  });

  it('New York: the spring day has 23 hourly starts (no 02:00), the autumn day 25 (01:00 twice)', () => {
    const world = allDay('America/New_York', '00:00', '24:00');
    const spring = suggestSlots(q('2024-03-10', '2024-03-10'), world, epoch).slots;
    const autumn = suggestSlots(q('2024-11-03', '2024-11-03'), world, epoch).slots;
    expect(spring).toHaveLength(23);
    expect(autumn).toHaveLength(25);
    expect(autumn.slice(1, 3).map((s) => s.startsAt.toISOString())).toEqual(['2024-11-03T05:00:00.000Z', '2024-11-03T06:00:00.000Z']);
    expect(plain(spring)).toEqual(plain(oracleAllSlots(q('2024-03-10', '2024-03-10'), world, epoch)));
    expect(plain(autumn)).toEqual(plain(oracleAllSlots(q('2024-11-03', '2024-11-03'), world, epoch)));
  });

  it('New York: a treatment across the change lasts its real minutes and must fit the local hours', () => {
    const world = allDay('America/New_York', '00:00', '04:00');
    // 01:00 EST + 120 min = 04:00 EDT: fits 00:00–04:00 exactly; 01:30 would end 04:30.
    const { slots } = suggestSlots(q('2024-03-10', '2024-03-10', 120, 30), world, epoch);
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['2024-03-10T05:00:00.000Z', '2024-03-10T07:00:00.000Z'],
      ['2024-03-10T05:30:00.000Z', '2024-03-10T07:30:00.000Z'],
      ['2024-03-10T06:00:00.000Z', '2024-03-10T08:00:00.000Z'],
    ]);
  });

  it('London: 09:00 is 09:00Z in winter and 08:00Z in summer time, around both changes', () => {
    const world = allDay('Europe/London');
    const starts = (from: string, to: string) => {
      const { slots } = suggestSlots(q(from, to), world, epoch);
      return [...new Set(slots.map((s) => new ZoneClock('Europe/London', 0, 1).local(s.startsAt.getTime()).date))].map((d) => slots.find((s) => new ZoneClock('Europe/London', 0, 1).local(s.startsAt.getTime()).date === d)!.startsAt.toISOString());
    };
    expect(starts('2024-03-30', '2024-03-31')).toEqual(['2024-03-30T09:00:00.000Z', '2024-03-31T08:00:00.000Z']);
    expect(starts('2024-10-26', '2024-10-27')).toEqual(['2024-10-26T08:00:00.000Z', '2024-10-27T09:00:00.000Z']);
  });

  it('isSlotFree uses the local day of the slot: 17:30 New York time on the spring day is open until 18:00', () => {
    const world = allDay('America/New_York');
    const req = { durationMinutes: 30, bufferMinutes: 0, equipmentCode: null, roomType: null };
    expect(isSlotFree({ startsAt: new Date('2024-03-10T21:30:00Z'), beauticianId: 1, roomId: null, equipmentId: null }, req, world, epoch)).toEqual({ free: true, roomId: null, equipmentId: null });
    expect(isSlotFree({ startsAt: new Date('2024-03-10T22:00:00Z'), beauticianId: 1, roomId: null, equipmentId: null }, req, world, epoch)).toEqual({ free: false, reason: 'closed' });
  });
});
