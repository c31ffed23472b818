/**
 * The prepaid arithmetic on its own: a top-up's bonus, a discount package's suggested value, a
 * package's last valid day (month ends, leap years), an instalment schedule that adds up to the
 * price to the cent, the revenue each use recognises (all of the price by the last use), overdue.
 */
import { instalmentSchedule, isOverdue, packageValidTo, recognisedRevenueCents, suggestedPackageValueCents, topUpBonusCents } from '../../services/prepaid/prepaid-rules';

describe('topUpBonusCents', () => {
  it('gives the level\'s percent, rounded down to the cent', () => {
    expect(topUpBonusCents(100_000, 10)).toBe(10_000);
    expect(topUpBonusCents(999, 10)).toBe(99);
    expect(topUpBonusCents(100_000, 0)).toBe(0);
  });
});

describe('suggestedPackageValueCents', () => {
  it('adds the treatments\' prices up and multiplies by ten', () => {
    expect(suggestedPackageValueCents([10_000, 15_000, 5_000, 10_000])).toBe(400_000);
    expect(suggestedPackageValueCents([])).toBe(0);
  });
});

describe('packageValidTo', () => {
  it('is the day before the same day `months` later', () => {
    expect(packageValidTo('2026-12-07', 6)).toBe('2027-06-06');
    expect(packageValidTo('2026-01-01', 12)).toBe('2026-12-31');
  });

  it('runs to the last day of a later month too short for the day (31 Aug + 6 months → through 28 Feb)', () => {
    expect(packageValidTo('2026-08-31', 6)).toBe('2027-02-28');
    expect(packageValidTo('2027-08-31', 6)).toBe('2028-02-29');
    expect(packageValidTo('2026-01-31', 1)).toBe('2026-02-28');
    expect(packageValidTo('2026-03-31', 1)).toBe('2026-04-30');
    expect(packageValidTo('2026-01-30', 1)).toBe('2026-02-28');
    expect(packageValidTo('2026-01-28', 1)).toBe('2026-02-27');
  });
});

describe('instalmentSchedule', () => {
  it('splits the price into monthly parts that add up exactly, the odd cents on the first', () => {
    const schedule = instalmentSchedule(100_001, 3, '2026-12-07');
    expect(schedule).toEqual([
      { sequence: 1, dueDate: '2026-12-07', amountCents: 33_335 },
      { sequence: 2, dueDate: '2027-01-07', amountCents: 33_333 },
      { sequence: 3, dueDate: '2027-02-07', amountCents: 33_333 },
    ]);
  });

  it('adds up to the price for every count from 1 to 24', () => {
    for (const total of [1, 99, 350_000, 123_457])
      for (let count = 1; count <= 24; count++) {
        const schedule = instalmentSchedule(total, count, '2026-01-31');
        expect(schedule).toHaveLength(count);
        expect(schedule.reduce((sum, part) => sum + part.amountCents, 0)).toBe(total);
        expect(schedule.every((part) => part.amountCents >= 0)).toBe(true);
      }
  });

  it('falls due on the month\'s last day when the first day does not exist later', () => {
    expect(instalmentSchedule(300, 3, '2026-01-31').map((part) => part.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
});

describe('recognisedRevenueCents', () => {
  it('recognises a use\'s share of what is deferred and all of it on the last use', () => {
    expect(recognisedRevenueCents(100_000, 10, 1)).toBe(10_000);
    expect(recognisedRevenueCents(350_000, 400_000, 48_000)).toBe(42_000);
    expect(recognisedRevenueCents(777, 3, 3)).toBe(777);
    expect(recognisedRevenueCents(777, 3, 5)).toBe(777);
  });

  it('adds up to the price over every use, whatever the rounding', () => {
    let deferred = 100_001;
    let remaining = 7;
    let recognised = 0;
    while (remaining > 0) {
      const revenue = recognisedRevenueCents(deferred, remaining, 1);
      recognised += revenue;
      deferred -= revenue;
      remaining -= 1;
    }
    expect(recognised).toBe(100_001);
    expect(deferred).toBe(0);
  });
});

describe('isOverdue', () => {
  const part = { dueDate: '2026-12-07', amountCents: 1_000, paidCents: 0 };
  it('is overdue after its day while not paid in full', () => {
    expect(isOverdue(part, '2026-12-07')).toBe(false);
    expect(isOverdue(part, '2026-12-08')).toBe(true);
    expect(isOverdue({ ...part, paidCents: 999 }, '2026-12-08')).toBe(true);
    expect(isOverdue({ ...part, paidCents: 1_000 }, '2026-12-08')).toBe(false);
  });
});
