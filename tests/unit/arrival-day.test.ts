import { DomainError } from '../../services/errors/domain-error';
import { checkArrivalDay, checkVerifyDay, isArrivalDay, localDateIn } from '../../services/appointments/arrival-day';

describe('the arrival day', () => {
  const now = new Date('2026-12-06T17:30:00Z'); // 01:30 on 7 December in Hong Kong, 00:30 in Bangkok

  it('reads the day in the branch\'s time zone, not UTC', () => {
    expect(localDateIn(now, 'Asia/Hong_Kong')).toBe('2026-12-07');
    expect(localDateIn(now, 'UTC')).toBe('2026-12-06');
    expect(isArrivalDay(new Date('2026-12-07T03:00:00Z'), 'Asia/Hong_Kong', now)).toBe(true);
    expect(isArrivalDay(new Date('2026-12-06T15:59:00Z'), 'Asia/Hong_Kong', now)).toBe(false); // 23:59 the day before
    expect(isArrivalDay(new Date('2026-12-06T16:59:00Z'), 'Asia/Bangkok', now)).toBe(false); // 23:59 the day before there
  });

  it('refuses another day naming startsAt, with the visit\'s day and today', () => {
    expect(() => checkArrivalDay(new Date('2026-12-07T10:00:00Z'), 'Asia/Hong_Kong', now)).not.toThrow();
    let refusal: unknown;
    try {
      checkArrivalDay(new Date('2026-12-10T04:00:00Z'), 'Asia/Hong_Kong', now);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'notArrivalDay', field: 'startsAt', params: { date: '2026-12-10', today: '2026-12-07' } });
  });

  it('verifies from the visit\'s day on: the day itself and later days pass, a day still to come is refused', () => {
    expect(() => checkVerifyDay(new Date('2026-12-07T10:00:00Z'), 'Asia/Hong_Kong', now)).not.toThrow();
    expect(() => checkVerifyDay(new Date('2026-12-04T04:00:00Z'), 'Asia/Hong_Kong', now)).not.toThrow();
    expect(() => checkVerifyDay(new Date('2026-12-08T04:00:00Z'), 'Asia/Hong_Kong', now)).toThrow(
      expect.objectContaining({ messageKey: 'verifyBeforeVisitDay', field: 'startsAt', params: { date: '2026-12-08', today: '2026-12-07' } }),
    );
  });
});
