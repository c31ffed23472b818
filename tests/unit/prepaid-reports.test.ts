import {
  addLiability, addRevenue, bucketBounds, liabilityFigures, NO_LIABILITY, NO_REVENUE, periodKey, revenueFigures,
} from '../../services/prepaid/prepaid-reports';
import { liabilityInstant } from '../../services/prepaid/prepaid-reports.service';

describe('prepaid liability figures', () => {
  it('totals stored value and deferred revenue, and adds branches', () => {
    const tko = liabilityFigures({ cents: 80_000, members: 1 }, { count: 1, sessions: 0, valueCents: 304_000, deferredCents: 266_000 });
    expect(tko.totalCents).toBe(346_000);
    const tst = liabilityFigures({ cents: 45_000, members: 1 }, { count: 1, sessions: 9, valueCents: 0, deferredCents: 270_000 });
    expect([tko, tst].reduce(addLiability, NO_LIABILITY)).toEqual({ storedValueCents: 125_000, storedValueMembers: 2, packages: 2, sessionsRemaining: 9, valueRemainingCents: 304_000, deferredCents: 536_000, totalCents: 661_000 });
  });

  it('reads a day as of its end in the salon\'s time zone, or now', () => {
    const now = new Date('2026-07-01T05:00:00Z');
    expect(liabilityInstant(undefined, 'Asia/Hong_Kong', now)).toBe(now);
    expect(liabilityInstant('2026-06-30', 'Asia/Hong_Kong', now).toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(liabilityInstant('2026-12-31', 'Asia/Hong_Kong', now).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});

describe('prepaid revenue figures', () => {
  const sums = { topUpPaid: 100_000, topUpBonus: 10_000, svPayments: -30_000, svReversals: 5_000, svRefunds: -2_000, packagePayments: 350_000, packageRefundPayments: -1_000, useRevenue: 42_000, reverseRevenue: -2_000, expireRevenue: 40_000 };

  it('turns signed sums into positive figures, nets voided uses and payments', () => {
    expect(revenueFigures(sums)).toEqual({
      topUpPaidCents: 100_000, topUpBonusCents: 10_000, storedValueSpentCents: 25_000, storedValueRefundedCents: 2_000, packageSalesCents: 350_000,
      packageRecognisedCents: 40_000, breakageCents: 40_000, packageRefundsCents: 1_000, recognisedTotalCents: 80_000,
    });
  });

  it('keeps empty sums at 0, not −0, and adds rows', () => {
    const empty = revenueFigures({ topUpPaid: 0, topUpBonus: 0, svPayments: 0, svReversals: 0, svRefunds: 0, packagePayments: 0, packageRefundPayments: 0, useRevenue: 0, reverseRevenue: 0, expireRevenue: 0 });
    expect(Object.values(empty).every((v) => Object.is(v, 0))).toBe(true);
    expect(addRevenue(addRevenue(NO_REVENUE, revenueFigures(sums)), revenueFigures(sums)).recognisedTotalCents).toBe(160_000);
  });

  it('buckets days into months clipped to the period', () => {
    expect(periodKey('2026-04-01', 'MONTH')).toBe('2026-04');
    expect(bucketBounds('2026-02', 'MONTH', { from: '2026-02-10', to: '2026-12-31' })).toEqual({ period: '2026-02', from: '2026-02-10', to: '2026-02-28' });
    expect(bucketBounds('2028-02', 'MONTH', { from: '2028-01-01', to: '2028-02-15' })).toEqual({ period: '2028-02', from: '2028-02-01', to: '2028-02-15' });
    expect(bucketBounds('2028-02-29', 'DAY', { from: '2028-01-01', to: '2028-03-01' })).toEqual({ period: '2028-02-29', from: '2028-02-29', to: '2028-02-29' });
  });
});
