import {
  addDays, defaultCriteria, localDate, localTime, requirementInput, suggestionInput, zonedInstant, type BookingCriteria,
} from '../../components/appointments/booking/booking-data';
import { criteriaErrors } from '../../components/appointments/booking/booking-criteria-form';
import { formatLocalDateTime } from '../../services/appointments/booking.service';

describe('the booking form\'s dates', () => {
  it('defaults to today … +30 days in the branch\'s zone, 09:00–22:00, any weekday and beautician', () => {
    // 2024-03-31 20:00 UTC is already 1 April in Hong Kong.
    const criteria = defaultCriteria('7', 'Asia/Hong_Kong', new Date('2024-03-31T20:00:00Z'));
    expect(criteria).toMatchObject({ fromDate: '2024-04-01', toDate: '2024-05-01', windowStart: '09:00', windowEnd: '22:00', weekdays: [], branchId: '7', beauticianId: '' });
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('turns a branch wall time into the instant, also around a DST change', () => {
    expect(zonedInstant('2024-07-01', '15:30', 'Asia/Hong_Kong').toISOString()).toBe('2024-07-01T07:30:00.000Z');
    expect(zonedInstant('2024-03-31', '09:00', 'Europe/London').toISOString()).toBe('2024-03-31T08:00:00.000Z');
    expect(zonedInstant('2024-03-30', '09:00', 'Europe/London').toISOString()).toBe('2024-03-30T09:00:00.000Z');
    const at = new Date('2024-10-27T13:45:00Z');
    expect(zonedInstant(localDate(at, 'Europe/London'), localTime(at, 'Europe/London'), 'Europe/London')).toEqual(at);
  });

  it('writes the contact log\'s booking time in the branch\'s zone', () => {
    expect(formatLocalDateTime(new Date('2020-07-01T07:30:00Z'), 'Asia/Hong_Kong')).toBe('2020年7月1日 15:30');
  });
});

describe('the booking form\'s requirement', () => {
  const base: BookingCriteria = { ...defaultCriteria('1', 'Asia/Hong_Kong', new Date('2024-01-01T00:00:00Z')), treatmentId: '5', equipmentId: '9', minutes: '45' };

  it('sends only the chosen kind', () => {
    expect(requirementInput({ ...base, kind: 'treatment' })).toEqual({ treatmentId: '5' });
    expect(requirementInput({ ...base, kind: 'equipment' })).toEqual({ equipmentId: '9', minutes: 45 });
    expect(requirementInput({ ...base, kind: 'equipment', minutes: '' })).toEqual({ equipmentId: '9' });
    expect(requirementInput({ ...base, kind: 'minutes' })).toEqual({ minutes: 45 });
    expect(suggestionInput({ ...base, kind: 'minutes', beauticianId: '' }, 'c1')).toMatchObject({ minutes: 45, beauticianId: null, after: 'c1', first: 10 });
  });

  it('asks for what is missing before fetching suggestions', () => {
    expect(criteriaErrors({ ...base, kind: 'treatment', treatmentId: '' })).toEqual({ requirement: 'pickTreatment' });
    expect(criteriaErrors({ ...base, kind: 'minutes', minutes: 'abc' })).toEqual({ requirement: 'enterMinutes' });
    expect(criteriaErrors({ ...base, kind: 'treatment', toDate: '2023-12-01' })).toEqual({ dates: 'datesReversed' });
    expect(criteriaErrors({ ...base, kind: 'treatment', windowStart: '18:00', windowEnd: '10:00' })).toEqual({ window: 'windowReversed' });
    expect(criteriaErrors({ ...base, kind: 'treatment' })).toEqual({});
  });
});
