import {
  branchHoursSchema, closedDaySchema, equipmentSchema, exceptionSchema, roomSchema, scheduleDaysSchema, slotStepSchema, treatmentSchema,
} from '@/services/appointment-resources/resource-input.schema';
import { exceptionsOverlap, firstClash, intervalsOverlap, isDate, isTime, minutesOf } from '@/services/appointment-resources/resource-rules';
import { DomainError } from '@/services/errors/domain-error';
import { parseInput } from '@/services/validation/parse-input';

/** The services parse each input with its schema through parseInput, as these do. */
const validateTreatment = (input: unknown) => parseInput(treatmentSchema, input);
const validateEquipment = (input: unknown) => parseInput(equipmentSchema, input);
const validateRoom = (input: unknown) => parseInput(roomSchema, input);
const validateBranchHours = (days: unknown) => parseInput(branchHoursSchema, days);
const validateClosedDay = (input: unknown) => parseInput(closedDaySchema, input);
const validateScheduleDays = (days: unknown) => parseInput(scheduleDaysSchema, days);
const validateException = (input: unknown) => parseInput(exceptionSchema, input);
const validateSlotStep = (slotStepMinutes: unknown) => parseInput(slotStepSchema, { slotStepMinutes }).slotStepMinutes;

/** The field and message key a rule refuses with. */
function refusal(fn: () => unknown): { field?: string; key: string; params: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

const treatment = { code: 'T05', name: 'Facial C', durationMinutes: 90 };

describe('times and dates', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', (t) => expect(isTime(t)).toBe(true));
  it.each(['24:00', '9:30', '09:60', '0930', '', '09:30:00'])('refuses %p as a time', (t) => expect(isTime(t)).toBe(false));
  it('checks real calendar days', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-13-01')).toBe(false);
    expect(isDate('2025-1-01')).toBe(false);
  });
  it('counts minutes from midnight', () => expect(minutesOf('21:45')).toBe(21 * 60 + 45));
});

describe('treatments', () => {
  it('trims, defaults buffer, price and active, and keeps empty optional fields null', () => {
    expect(validateTreatment({ ...treatment, code: ' T05 ', series: ' ', roomType: ' facial ', equipmentCode: '' })).toEqual({
      code: 'T05', name: 'Facial C', series: null, durationMinutes: 90, bufferMinutes: 0, priceCents: 0, equipmentCode: null, roomType: 'facial', active: true,
    });
  });

  it.each([
    [{ code: '' }, 'code', 'required'],
    [{ code: 'x'.repeat(21) }, 'code', 'tooLong'],
    [{ name: 'n'.repeat(101) }, 'name', 'tooLong'],
    [{ series: 's'.repeat(51) }, 'series', 'tooLong'],
    [{ durationMinutes: 4 }, 'durationMinutes', 'outOfRange'],
    [{ durationMinutes: 601 }, 'durationMinutes', 'outOfRange'],
    [{ durationMinutes: 30.5 }, 'durationMinutes', 'outOfRange'],
    [{ bufferMinutes: -1 }, 'bufferMinutes', 'outOfRange'],
    [{ bufferMinutes: 121 }, 'bufferMinutes', 'outOfRange'],
    [{ priceCents: -1 }, 'priceCents', 'outOfRange'],
    [{ roomType: 'r'.repeat(31) }, 'roomType', 'tooLong'],
    [{ equipmentCode: 'e'.repeat(21) }, 'equipmentCode', 'tooLong'],
  ])('refuses %p naming %s', (override, field, key) => {
    expect(refusal(() => validateTreatment({ ...treatment, ...override }))).toMatchObject({ field, key });
  });

  it('accepts the bounds', () => {
    expect(validateTreatment({ ...treatment, durationMinutes: 5, bufferMinutes: 120 }).durationMinutes).toBe(5);
    expect(validateTreatment({ ...treatment, durationMinutes: 600 }).durationMinutes).toBe(600);
  });
});

describe('equipment and rooms', () => {
  it('defaults the count to 1 and refuses counts below 1', () => {
    expect(validateEquipment({ code: 'E01', name: 'Equipment 01' })).toEqual({ code: 'E01', name: 'Equipment 01', count: 1, active: true });
    expect(refusal(() => validateEquipment({ code: 'E01', name: 'x', count: 0 }))).toMatchObject({ field: 'count', key: 'outOfRange', params: { min: 1 } });
    expect(refusal(() => validateEquipment({ code: '', name: 'x' }))).toMatchObject({ field: 'code', key: 'required' });
  });

  it('needs a room name and type within their lengths', () => {
    expect(validateRoom({ name: ' Room 20 ', type: 'body', active: false })).toEqual({ name: 'Room 20', type: 'body', active: false });
    expect(refusal(() => validateRoom({ name: 'Room', type: ' ' }))).toMatchObject({ field: 'type', key: 'required' });
    expect(refusal(() => validateRoom({ name: 'n'.repeat(51), type: 'body' }))).toMatchObject({ field: 'name', key: 'tooLong' });
  });
});

describe('opening hours and closed days', () => {
  it('sorts the week and refuses a weekday twice, a bad weekday or closing before opening', () => {
    expect(validateBranchHours([{ weekday: 6, opensAt: '09:00', closesAt: '22:00' }, { weekday: 0, opensAt: '10:00', closesAt: '18:00' }]).map((d) => d.weekday)).toEqual([0, 6]);
    expect(refusal(() => validateBranchHours([{ weekday: 1, opensAt: '09:00', closesAt: '22:00' }, { weekday: 1, opensAt: '10:00', closesAt: '12:00' }])))
      .toMatchObject({ field: 'weekday', key: 'duplicateWeekday' });
    expect(refusal(() => validateBranchHours([{ weekday: 7, opensAt: '09:00', closesAt: '22:00' }]))).toMatchObject({ field: 'weekday', key: 'outOfRange' });
    expect(refusal(() => validateBranchHours([{ weekday: 1, opensAt: '22:00', closesAt: '09:00' }]))).toMatchObject({ field: 'closesAt', key: 'timeNotAfterStart' });
    expect(refusal(() => validateBranchHours([{ weekday: 1, opensAt: '09:00', closesAt: '09:00' }]))).toMatchObject({ field: 'closesAt', key: 'timeNotAfterStart' });
    expect(refusal(() => validateBranchHours([{ weekday: 1, opensAt: '9am', closesAt: '22:00' }]))).toMatchObject({ field: 'opensAt', key: 'invalidTime' });
    expect(validateBranchHours([])).toEqual([]);
  });

  it('needs a short reason (the LocalDate scalar lets in only real days)', () => {
    expect(validateClosedDay({ date: '2026-12-25', reason: ' ' })).toEqual({ date: '2026-12-25', reason: null });
    expect(refusal(() => validateClosedDay({ date: '2026-12-25', reason: 'r'.repeat(101) }))).toMatchObject({ field: 'reason', key: 'tooLong' });
  });
});

describe('weekly schedules', () => {
  it('allows a split shift but not overlapping hours on one weekday', () => {
    const split = validateScheduleDays([{ weekday: 2, startTime: '15:00', endTime: '19:00' }, { weekday: 2, startTime: '10:00', endTime: '13:00' }]);
    expect(split.map((d) => d.startTime)).toEqual(['10:00', '15:00']);
    expect(validateScheduleDays([{ weekday: 2, startTime: '10:00', endTime: '13:00' }, { weekday: 2, startTime: '13:00', endTime: '19:00' }])).toHaveLength(2);
    expect(refusal(() => validateScheduleDays([{ weekday: 2, startTime: '10:00', endTime: '14:00' }, { weekday: 2, startTime: '13:00', endTime: '19:00' }])))
      .toMatchObject({ field: 'startTime', key: 'scheduleOverlap' });
    expect(refusal(() => validateScheduleDays([{ weekday: 2, startTime: '19:00', endTime: '10:00' }]))).toMatchObject({ field: 'endTime', key: 'timeNotAfterStart' });
  });

  it('keeps a weekly pattern short', () => {
    const many = Array.from({ length: 29 }, (_, i) => ({ weekday: i % 7, startTime: '10:00', endTime: '11:00' }));
    expect(refusal(() => validateScheduleDays(many))).toMatchObject({ field: 'days', key: 'tooMany', params: { max: 28 } });
  });

  it('finds hours that clash with hours at another branch on the same weekday only', () => {
    const tko = [{ weekday: 1, startTime: '10:00', endTime: '14:00' }];
    expect(firstClash([{ weekday: 1, startTime: '14:00', endTime: '19:00' }], tko)).toBeNull();
    expect(firstClash([{ weekday: 2, startTime: '10:00', endTime: '19:00' }], tko)).toBeNull();
    expect(firstClash([{ weekday: 1, startTime: '13:59', endTime: '19:00' }], tko)).toEqual({ weekday: 1, startTime: '13:59', endTime: '19:00' });
  });

  it('treats intervals as half-open', () => {
    expect(intervalsOverlap({ startTime: '10:00', endTime: '12:00' }, { startTime: '12:00', endTime: '13:00' })).toBe(false);
    expect(intervalsOverlap({ startTime: '10:00', endTime: '12:01' }, { startTime: '12:00', endTime: '13:00' })).toBe(true);
  });
});

describe('schedule exceptions', () => {
  it('makes leave without times a whole day, and needs both times otherwise', () => {
    expect(validateException({ date: '2026-12-08', kind: 'leave', note: ' 年假 ' })).toEqual({ date: '2026-12-08', kind: 'leave', startTime: null, endTime: null, note: '年假' });
    expect(validateException({ date: '2026-12-08', kind: 'leave', startTime: '12:00', endTime: '15:00' })).toMatchObject({ startTime: '12:00', endTime: '15:00' });
    expect(refusal(() => validateException({ date: '2026-12-08', kind: 'leave', startTime: '12:00' }))).toMatchObject({ field: 'endTime', key: 'required' });
    expect(refusal(() => validateException({ date: '2026-12-08', kind: 'override' }))).toMatchObject({ field: 'startTime', key: 'required' });
    expect(refusal(() => validateException({ date: '2026-12-08', kind: 'override', startTime: '18:00', endTime: '10:00' }))).toMatchObject({ field: 'endTime', key: 'timeNotAfterStart' });
  });

  it('takes the API\'s kind (LEAVE, OVERRIDE) as the form sends it, and needs a real day', () => {
    expect(validateException({ date: '2026-12-08', kind: 'OVERRIDE', startTime: '10:00', endTime: '12:00' })).toMatchObject({ kind: 'override' });
    expect(refusal(() => validateException({ date: '2026-02-30', kind: 'LEAVE' }))).toMatchObject({ field: 'date', key: 'invalidDate' });
    expect(refusal(() => validateException({ date: '', kind: 'LEAVE' }))).toMatchObject({ field: 'date', key: 'required' });
    expect(refusal(() => validateException({ date: '2026-12-08', kind: 'HOLIDAY' }))).toMatchObject({ field: 'kind', key: 'notAnOption' });
  });

  it('lets a whole day overlap everything', () => {
    const day = { startTime: null, endTime: null };
    expect(exceptionsOverlap(day, { startTime: '10:00', endTime: '11:00' })).toBe(true);
    expect(exceptionsOverlap({ startTime: '10:00', endTime: '11:00' }, { startTime: '11:00', endTime: '12:00' })).toBe(false);
  });
});

describe('slot step', () => {
  it('is 5–120 whole minutes', () => {
    expect(validateSlotStep(30)).toBe(30);
    expect(validateSlotStep(5)).toBe(5);
    expect(validateSlotStep(120)).toBe(120);
    for (const bad of [4, 121, 12.5]) expect(refusal(() => validateSlotStep(bad))).toMatchObject({ field: 'slotStepMinutes', key: 'outOfRange', params: { min: 5, max: 120 } });
  });
});
